/**
 * The suggestion from the task's words: weights suggested by content/suggest, always shown with the words they
 * rest on, and applied only when the person accepts them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { FOCUS_AREA_IDS } from '../../content/model';
import type { Suggestion } from '../../content/suggest';
import { heading, marker } from '../shared/markup';
import { button } from '../shared/button';
import type { TaskPickerStrings } from './task-picker.strings';

export interface SuggestionHandlers {
  use: () => void;
  dismiss: () => void;
}

export function renderSuggestion(sug: Suggestion | undefined, s: TaskPickerStrings, h: number, on: SuggestionHandlers): TemplateResult | typeof nothing {
  if (!sug) return nothing;
  return html`<section class="sug edit" part="suggestion">
              ${heading(h + 1, s.suggestion, 'sug-h')}
              ${sug.hasEvidence
                ? html`<p>${s.suggestNote}</p>
                    <ul>${FOCUS_AREA_IDS.map((id) => {
                      const area = sug.areas[id];
                      const ev = [...new Set(area.evidence.map((e) => e.word))];
                      // why this weight, so that an area that fell when text was added says why
                      const why = area.reason ? ` (${s.reasons[area.reason](s.areaShort[sug.strongest[0]] ?? '', ev.length)})` : '';
                      return html`<li class=${id}>${marker}<strong>${s.areaShort[id]}</strong>: ${s.levels[sug.weights[id]]}${ev.length
                        ? ` – ${s.basedOn}: ${ev.map(s.quote).join(', ')}${why}`
                        : ''}</li>`;
                    })}</ul>`
                : html`<p>${s.noEvidence}</p>`}
              <div class="row">
                ${sug.hasEvidence ? button(s.use, on.use, { cls: 'primary' }) : nothing}
                ${button(s.dismiss, on.dismiss, { cls: 'quiet' })}
              </div>
            </section>`;
}
