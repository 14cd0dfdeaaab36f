/** The question screen: where we are, the question, the area's points, the buttons, the timer, the framework's text. */
import { html, nothing, type TemplateResult } from 'lit';
import { areaContext, formatClock, frameworkText, progress, type DialogueCard, type TextBlock } from '../../content/dialogue';
import type { DialogueRun } from '../../content/dialogue-run';
import { lookup } from '../../content/lookup';
import type { Framework } from '../../content/model';
import type { Announcer } from '../shared/controllers/announcer';
import { heading, marker } from '../shared/markup';
import { button } from '../shared/button';
import type { DialogueUi } from './dialogue.strings';

export interface StageView {
  run: DialogueRun;
  cards: DialogueCard[];
  /** Full screen can be used here, and is in use. */
  canFullscreen: boolean;
  fullscreen: boolean;
}

export interface StageHandlers {
  previous: () => void;
  next: () => void;
  toggleText: () => void;
  toggleTimer: () => void;
  toggleFullscreen: () => void;
  print: () => void;
  finish: () => void;
}

export function renderStage(v: StageView, fw: Framework, s: DialogueUi, h: number, announcer: Announcer, on: StageHandlers): TemplateResult {
  const { run, cards } = v;
  const card = cards[run.index];
  if (!card) return html``;
  const { current, count } = progress(run.index, cards.length);
  const find = lookup(fw);
  const level = find.level(card.levelId);
  const area = card.areaId ? find.area(card.areaId) : undefined;
  const context = areaContext(fw, card);
  const timer = run.timer;
  return html`<section class="stage ${card.areaId ?? ''}" part="stage" tabindex="-1" aria-labelledby="question">
      <div class="meta">
        <p class="where">
          <span>${level?.title}</span>${card.partTitle ? html` · <span>${card.partTitle}</span>` : nothing}
          ${area ? html`<br /><span class="area-name">${marker}${area.title}</span>` : nothing}
        </p>
        <div class="progress" part="progress">
          <span id="progress-text">${s.progress(current, count)}</span>
          <progress max=${count} .value=${current} aria-labelledby="progress-text"></progress>
        </div>
      </div>
      ${heading(h, card.question, 'question', 'question')}
      ${context && !v.fullscreen ? html`<div class="context" part="context">${block(context, false)}</div>` : nothing}
      <div class="controls" part="controls">
        <div class="actions nav">
          ${button(html`<span aria-hidden="true">←</span> ${s.previous}`, on.previous, {
            id: 'previous',
            disabled: current <= 1,
            shortcut: 'ArrowLeft PageUp',
          })}
          ${button(html`${s.next} <span aria-hidden="true">→</span>`, on.next, {
            id: 'next',
            cls: 'primary',
            disabled: current >= count,
            shortcut: 'ArrowRight PageDown Space',
          })}
          ${v.fullscreen ? nothing : button(withKey(run.showText ? s.hideText : s.showText, s.textKey), on.toggleText, {
            id: 'toggle-text',
            expanded: run.showText,
            controls: 'framework-text',
            shortcut: 'T',
          })}
        </div>
        ${timer ? renderTimer(timer, s, on.toggleTimer) : nothing}
        <div class="actions">
          ${v.canFullscreen
            ? button(v.fullscreen ? s.exitFullscreen : s.fullscreen, on.toggleFullscreen, { id: 'fullscreen', pressed: v.fullscreen })
            : nothing}
          ${v.fullscreen
            ? nothing
            : html`${button(s.printCards, on.print, { id: 'print' })} ${button(s.finish, on.finish, { id: 'finish' })}`}
        </div>
      </div>
      <div id="framework-text" class="framework-text" part="framework-text" role="region" aria-label=${s.fromFramework}
        ?hidden=${!run.showText}>
        ${run.showText ? frameworkText(fw, card).map((b) => block(b, true)) : nothing}
      </div>
      ${v.fullscreen ? nothing : html`<p class="keys">${s.keys}</p>`}
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">${announcer.text}</p>
    </section>`;
}

/** The last minute of a question. */
const SOON_MS = 60_000;

/**
 * The timer, readable across a meeting room: large figures; in the last minute a thick border; when time is up the
 * whole box turns to the text colour with "Time is up" in words, so it is seen without reading the figures.
 */
function renderTimer(timer: NonNullable<DialogueRun['timer']>, s: DialogueUi, toggle: () => void): TemplateResult {
  const state = timer.remaining <= 0 ? 'done' : timer.remaining <= SOON_MS ? 'soon' : '';
  return html`<div class="timer ${state}" part="timer">
      <span id="timer-label">${state === 'done' ? s.timeIsUp : s.timeLeft}</span>
      <span class="clock" role="timer" aria-labelledby="timer-label">${formatClock(timer.remaining)}</span>
      ${button(timer.ticking ? s.pause : timer.remaining <= 0 ? s.restart : s.resume, toggle, { id: 'timer-toggle' })}
    </div>`;
}

function block(b: TextBlock, withHeading: boolean): TemplateResult {
  return html`<div class="block ${b.areaId ?? ''}">
      ${withHeading ? html`<p class="block-heading">${marker}${b.heading}</p>` : nothing}
      ${b.lead ? html`<p class="lead">${b.lead}</p>` : nothing}
      ${b.items ? html`<ul>${b.items.map((t) => html`<li>${t}</li>`)}</ul>` : nothing}
      ${b.paragraphs ? b.paragraphs.map((p) => html`<p>${p}</p>`) : nothing}
    </div>`;
}

/** A button's words and its key, the key kept on the line of the last word (at 375 px it wrapped onto a line alone). */
function withKey(words: string, key: string): TemplateResult {
  const at = words.lastIndexOf(' ') + 1;
  return html`${words.slice(0, at)}<span class="with-key">${words.slice(at)} <kbd aria-hidden="true">${key}</kbd></span>`;
}
