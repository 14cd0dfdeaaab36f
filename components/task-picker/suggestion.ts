/**
 * The suggestion from the task's words: weights suggested by content/suggest, always shown with the words they
 * rest on, and applied only when the person accepts them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import kwDa from '../../content/gentofte/keywords.da.json';
import kwEn from '../../content/gentofte/keywords.en.json';
import { FOCUS_AREA_IDS } from '../../content/model';
import { suggestWeights, type KeywordLists } from '../../content/suggest';
import { focusAfterRender, heading } from '../shared/lg-element';
import { button, marker, short } from './markup';
import { say } from './status';
import type { LgTaskPicker } from './task-picker';

const KEYWORDS: Record<string, KeywordLists> = { da: kwDa, en: kwEn };

/** Suggests weights from the title and description, and moves focus to the suggestion. */
export function suggest(el: LgTaskPicker): void {
  const { task, description } = el._state;
  el._sug = suggestWeights(`${task}\n${description}`, KEYWORDS[el.language]);
  void focusAfterRender(el, '#sug-h');
}

function useSuggestion(el: LgTaskPicker): void {
  if (el._sug) el.weights = el._sug.weights;
  el._sug = undefined;
  el._fire(true, true);
  say(el, el._s.used);
  void focusAfterRender(el, '#suggest');
}

function dismiss(el: LgTaskPicker): void {
  el._sug = undefined;
  void focusAfterRender(el, '#suggest');
}

export function renderSuggestion(el: LgTaskPicker, h: number): TemplateResult | typeof nothing {
  const s = el._s;
  const sug = el._sug;
  if (!sug) return nothing;
  return html`<section class="sug edit" part="suggestion">
              ${heading(h + 1, s.suggestion, 'sug-h')}
              ${sug.hasEvidence
                ? html`<p>${s.suggestNote}</p>
                    <ul>${FOCUS_AREA_IDS.map((id) => {
                      const ev = [...new Set(sug.areas[id].evidence.map((e) => e.word))];
                      return html`<li class=${id}>${marker}<strong>${short(s, id)}</strong>: ${s.levels[sug.weights[id]]}${ev.length
                        ? ` – ${s.basedOn}: ${ev.map((x) => `«${x}»`).join(', ')}`
                        : ''}</li>`;
                    })}</ul>`
                : html`<p>${s.noEvidence}</p>`}
              <div class="row">
                ${sug.hasEvidence ? button(s.use, () => useSuggestion(el), 'primary') : nothing}
                ${button(s.dismiss, () => dismiss(el))}
              </div>
            </section>`;
}
