import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  areaChoice,
  areaContext,
  dialogueSequence,
  formatClock,
  frameworkText,
  isAreaId,
  keyAction,
  move,
  parseMinutes,
  progress,
  type AreaChoice,
  type DialogueAction,
  type DialogueCard,
  type KeyTarget,
  type TextBlock,
} from '../../content/dialogue';
import { REFLECTION_LEVEL_IDS } from '../../content/model';
import { controls } from '../shared/controls';
import { LgElement } from '../shared/lg-element';
import { heading } from '../shared/markup';
import { focusAfterRender } from '../shared/focus';
import { base } from '../shared/styles';
import { DIALOGUE_UI, type DialogueUi } from './dialogue.strings';
import { styles } from './dialogue.styles';
import { button } from '../shared/markup';
import { printCards, renderCards } from './cards';
import { renderSetup } from './setup';

/** Where a key was pressed, for `keyAction`: form controls keep their keys; buttons keep Space and Enter. */
function keyTarget(el: Element | null): KeyTarget {
  if (!el) return 'other';
  if (el.matches('input, textarea, select, [contenteditable]:not([contenteditable="false"])') || el.closest('form')) return 'control';
  if (el.matches('button, summary, [role="button"], a[href]')) return 'button';
  return 'other';
}

/**
 * "Our conversation": the framework's reflection questions for a leader group, a TRIO or a work community in a
 * meeting. Choose the level (and optionally one focus area, or all four in turn), then the questions come one at a
 * time, large enough to read across a room, with the area's colour as an accent (its title is always shown too) and
 * the framework's own text a key press away.
 *
 * Keyboard, while focus is in the element (and not in a form field): → PageDown Space next, ← PageUp Shift+Space
 * previous, Home/End first/last, T shows or hides the framework text. Buttons do the same. A progress line
 * ("Spørgsmål 2 af 5") and bar; an optional timer per question whose end is announced politely (once). Full screen
 * uses the Fullscreen API on the element (the button is left out where it is unavailable). Printing gives the
 * chosen questions as dialogue cards, six to an A4 sheet with dashed cut lines.
 *
 * @tagname lg-dialogue
 * @summary One reflection question at a time, for a meeting: keyboard, timer, full screen, printable cards.
 *
 * @attr level - The level to start with: `enkelte-leder`, `ledergruppe` (default), `arbejdsfaellesskaber` or `overordnet-leder`.
 * @attr area - Optional focus area: `faglighed`, `innovation`, `mening`, `drift`, or `all` (the four in turn).
 * @attr minutes - Optional minutes per question for the timer (0 or absent: no timer).
 * @attr heading-level - Level of the title heading, 2–5 (default 2); the question is one level below.
 * @attr lang - Language (`da` or `en`); otherwise inherited from the nearest ancestor with `lang`, else Danish.
 *
 * @event change - The question shown changed, or the conversation started or ended (`detail`: `{ index, count, questionId }`, index −1 when ended). Bubbles, composed.
 *
 * @csspart title - The title heading.
 * @csspart setup - The form for choosing level, area and timer.
 * @csspart stage - The question screen.
 * @csspart question - The question (a heading).
 * @csspart progress - The progress line and bar.
 * @csspart context - The area's points shown under the question.
 * @csspart framework-text - The framework text shown on request.
 * @csspart controls - The row of buttons.
 * @csspart timer - The timer.
 * @csspart button - Every button.
 * @csspart cards - The printed dialogue cards.
 * @csspart notice - The message shown for bad input.
 *
 * @cssproperty --lg-font-family - Font stack (default: the system UI font).
 * @cssproperty --lg-font-size - Base font size (default 1rem).
 * @cssproperty --lg-color-text - Text colour.
 * @cssproperty --lg-color-background - Background colour (also of the full-screen view).
 * @cssproperty --lg-color-surface - Background of the framework text.
 * @cssproperty --lg-color-border - Border colour.
 * @cssproperty --lg-color-focus - Focus outline and button colour.
 * @cssproperty --lg-color-faglighed - Accent of "faglighed".
 * @cssproperty --lg-color-innovation - Accent of "innovation".
 * @cssproperty --lg-color-mening - Accent of "mening".
 * @cssproperty --lg-color-drift - Accent of "drift".
 * @cssproperty --lg-radius - Corner radius.
 * @cssproperty --lg-space - Base spacing.
 */
export class LgDialogue extends LgElement {
  static override styles = [base, controls, styles];

  static override properties: PropertyDeclarations = {
    level: { reflect: true },
    area: { reflect: true },
    minutes: {},
    _running: { state: true, attribute: false },
    _index: { state: true, attribute: false },
    _showText: { state: true, attribute: false },
    _remaining: { state: true, attribute: false },
    _ticking: { state: true, attribute: false },
    _announce: { state: true, attribute: false },
    _fullscreen: { state: true, attribute: false },
    _formMsg: { state: true, attribute: false },
  };

  /** The chosen level's id. */
  declare level: string;
  /** '' (none), an area id, or 'all'. */
  declare area: string;
  /** Minutes per question, as given (see parseMinutes). */
  declare minutes: string;

  // State. Members documented `@private` are not public API (custom-elements.json lists them as private), but they
  // are not TypeScript-private either: this folder's section modules render them (setup.ts, cards.ts).

  declare private _running: boolean;
  declare private _index: number;
  declare private _showText: boolean;
  /** Milliseconds left on the timer, rounded up to whole seconds; undefined without a timer. */
  declare private _remaining: number | undefined;
  declare private _ticking: boolean;
  declare private _announce: string;
  declare private _fullscreen: boolean;
  /** The setup form's status line. @private */
  declare _formMsg: string;

  private _deadline = 0;
  private _timer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.level = 'ledergruppe';
    this.area = '';
    this.minutes = '';
    this._running = false;
    this._index = 0;
    this._showText = false;
    this._ticking = false;
    this._announce = '';
    this._fullscreen = false;
    this._formMsg = '';
    this.addEventListener('keydown', this._onKey);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('fullscreenchange', this._onFullscreen);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('fullscreenchange', this._onFullscreen);
    this._stopTimer();
  }

  // ------------------------------------------------------------------------------------------
  // state

  /** The element's own words, in its language. @private */
  get _s(): DialogueUi {
    return DIALOGUE_UI[this.language];
  }

  /** The area choice from the `area` attribute. @private */
  get _area(): AreaChoice {
    return areaChoice(this.area);
  }

  /** The cards of the chosen level and area, in order. */
  get cards(): DialogueCard[] {
    return dialogueSequence(this.framework, this.level, this._area);
  }

  /** True while the questions are shown (after start, before finish). */
  get running(): boolean {
    return this._running;
  }

  /** The position of the question shown (0-based). */
  get index(): number {
    return this._index;
  }

  /** Shows the first question of the chosen level and area. Returns false if there is none (unknown level). */
  start(): boolean {
    if (!this.cards.length) {
      this._formMsg = this._s.chooseLevel;
      return false;
    }
    this._running = true;
    this._formMsg = '';
    this._go(0, true);
    void focusAfterRender(this, '.stage');
    return true;
  }

  /** Back to the choice of level (leaves full screen). */
  finish(): void {
    this._running = false;
    this._showText = false;
    this._stopTimer();
    this._remaining = undefined;
    this._announce = '';
    if (this._fullscreen && document.fullscreenElement === this) void document.exitFullscreen?.().catch(() => {});
    this._emit(-1);
    void focusAfterRender(this, '#start');
  }

  /** Does what a key or button asks: next, previous, first, last, toggle-text. */
  act(action: DialogueAction): void {
    if (!this._running) return;
    if (action === 'toggle-text') {
      this._showText = !this._showText;
      return;
    }
    const count = this.cards.length;
    const to = move(this._index, count, action);
    if (to === this._index) {
      if (action === 'next' || action === 'last') this._announce = this._s.lastQuestion;
      else this._announce = this._s.firstQuestion;
      return;
    }
    this._go(to);
  }

  next(): void {
    this.act('next');
  }

  previous(): void {
    this.act('previous');
  }

  private _go(index: number, first = false): void {
    const cards = this.cards;
    this._index = Math.max(0, Math.min(cards.length - 1, index));
    const card = cards[this._index];
    const { current, count } = progress(this._index, cards.length);
    // on start, focus goes to the question itself, which says the same
    this._announce = first ? '' : this._s.announce(current, count, card.question);
    this._startTimer();
    this._emit(this._index);
  }

  private _emit(index: number): void {
    const cards = this.cards;
    this.dispatchEvent(
      new CustomEvent('change', {
        bubbles: true,
        composed: true,
        detail: { index, count: cards.length, questionId: cards[index]?.questionId ?? null },
      }),
    );
  }

  // ------------------------------------------------------------------------------------------
  // the timer

  private get _ms(): number {
    return parseMinutes(this.minutes) * 60_000;
  }

  private _startTimer(): void {
    this._stopTimer();
    const ms = this._ms;
    if (!ms) {
      this._remaining = undefined;
      return;
    }
    this._deadline = Date.now() + ms;
    this._remaining = Math.ceil(ms / 1000) * 1000;
    this._resumeTicking();
  }

  private _resumeTicking(): void {
    this._ticking = true;
    this._timer = setInterval(() => this._tick(), 250);
  }

  private _tick(): void {
    const left = Math.max(0, this._deadline - Date.now());
    const shown = Math.ceil(left / 1000) * 1000;
    if (shown !== this._remaining) this._remaining = shown;
    if (left <= 0) {
      this._stopTimer();
      // the only announcement the timer makes
      this._announce = this._s.timeUp(this._index + 1);
    }
  }

  private _stopTimer(): void {
    if (this._timer !== undefined) clearInterval(this._timer);
    this._timer = undefined;
    this._ticking = false;
  }

  private _toggleTimer(): void {
    if (this._remaining === undefined) return;
    if (this._ticking) {
      this._stopTimer();
      this._remaining = Math.max(0, this._deadline - Date.now());
    } else if (this._remaining <= 0) this._startTimer();
    else {
      this._deadline = Date.now() + this._remaining;
      this._resumeTicking();
    }
  }

  // ------------------------------------------------------------------------------------------
  // keyboard, full screen (printing: ./cards.ts)

  private _onKey = (e: KeyboardEvent): void => {
    if (!this._running || e.defaultPrevented) return;
    const target = (e.composedPath()[0] as Element | undefined) ?? null;
    const action = keyAction(e, keyTarget(target instanceof Element ? target : null));
    if (!action) return;
    e.preventDefault();
    this.act(action);
  };

  private get _canFullscreen(): boolean {
    return typeof document !== 'undefined' && !!document.fullscreenEnabled && typeof this.requestFullscreen === 'function';
  }

  private async _toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement === this) await document.exitFullscreen();
      else await this.requestFullscreen();
    } catch {
      this._announce = this._s.fullscreenFailed;
    }
  }

  private _onFullscreen = (): void => {
    this._fullscreen = document.fullscreenElement === this;
  };

  // ------------------------------------------------------------------------------------------
  // rendering

  override render() {
    const s = this._s;
    const [h, bad] = this.headingLevelOf();
    const level = Math.min(h, 5);
    const fw = this.framework;
    const levelOk = fw.reflection.some((r) => r.id === this.level);
    const areaOk = !this.area || this.area === 'all' || isAreaId(this.area);
    const notices = [
      levelOk ? nothing : this.notice('level', this.ui.unknownLevel, this.level, REFLECTION_LEVEL_IDS.join(', ')),
      areaOk ? nothing : this.notice('area', this.ui.unknownArea, this.area, [...fw.focusAreas.map((a) => a.id), 'all'].join(', ')),
    ];
    return html`<div class="dialogue ${this._running ? 'running' : ''}" lang=${this.language}>
        ${heading(level, s.title, 'title', 'title')}
        ${this._running ? this._renderStage(level + 1) : renderSetup(this)} ${notices} ${bad}
      </div>
      ${renderCards(this)}`;
  }

  private _renderStage(h: number): TemplateResult {
    const s = this._s;
    const fw = this.framework;
    const cards = this.cards;
    const card = cards[this._index];
    if (!card) return html``;
    const { current, count } = progress(this._index, cards.length);
    const level = fw.reflection.find((r) => r.id === card.levelId);
    const area = card.areaId ? fw.focusAreas.find((a) => a.id === card.areaId) : undefined;
    const context = areaContext(fw, card);
    const remaining = this._remaining;
    return html`<section class="stage ${card.areaId ?? ''}" part="stage" tabindex="-1" aria-labelledby="question">
      <div class="meta">
        <p class="where">
          <span>${level?.title}</span>${card.partTitle ? html` · <span>${card.partTitle}</span>` : nothing}
          ${area ? html`<br /><span class="area-name"><span class="marker" aria-hidden="true"></span>${area.title}</span>` : nothing}
        </p>
        <div class="progress" part="progress">
          <span id="progress-text">${s.progress(current, count)}</span>
          <progress max=${count} .value=${current} aria-labelledby="progress-text"></progress>
        </div>
      </div>
      ${heading(h, card.question, 'question', 'question')}
      ${context ? html`<div class="context" part="context">${this._block(context, false)}</div>` : nothing}
      <div class="controls" part="controls">
        <div class="actions nav">
          ${button(html`<span aria-hidden="true">←</span> ${s.previous}`, () => this.act('previous'), {
            id: 'previous',
            disabled: current <= 1,
            shortcut: 'ArrowLeft PageUp',
          })}
          ${button(html`${s.next} <span aria-hidden="true">→</span>`, () => this.act('next'), {
            id: 'next',
            cls: 'primary',
            disabled: current >= count,
            shortcut: 'ArrowRight PageDown Space',
          })}
          ${button(html`${this._showText ? s.hideText : s.showText} <kbd aria-hidden="true">${s.textKey}</kbd>`, () => this.act('toggle-text'), {
            id: 'toggle-text',
            expanded: this._showText,
            controls: 'framework-text',
            shortcut: 'T',
          })}
        </div>
        ${remaining !== undefined
          ? html`<div class="timer ${remaining <= 0 ? 'done' : ''}" part="timer">
              <span id="timer-label">${s.timeLeft}</span>
              <span class="clock" role="timer" aria-labelledby="timer-label">${formatClock(remaining)}</span>
              ${button(this._ticking ? s.pause : remaining <= 0 ? s.restart : s.resume, () => this._toggleTimer(), { id: 'timer-toggle' })}
            </div>`
          : nothing}
        <div class="actions">
          ${this._canFullscreen
            ? button(this._fullscreen ? s.exitFullscreen : s.fullscreen, () => void this._toggleFullscreen(), {
                id: 'fullscreen',
                pressed: this._fullscreen,
              })
            : nothing}
          ${button(s.printCards, printCards, { id: 'print' })}
          ${button(s.finish, () => this.finish(), { id: 'finish' })}
        </div>
      </div>
      <div id="framework-text" class="framework-text" part="framework-text" role="region" aria-label=${s.fromFramework}
        ?hidden=${!this._showText}>
        ${this._showText ? frameworkText(fw, card).map((b) => this._block(b, true)) : nothing}
      </div>
      <p class="keys">${s.keys}</p>
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">${this._announce}</p>
    </section>`;
  }

  private _block(b: TextBlock, withHeading: boolean): TemplateResult {
    return html`<div class="block ${b.areaId ?? ''}">
      ${withHeading ? html`<p class="block-heading"><span class="marker" aria-hidden="true"></span>${b.heading}</p>` : nothing}
      ${b.lead ? html`<p class="lead">${b.lead}</p>` : nothing}
      ${b.items ? html`<ul>${b.items.map((t) => html`<li>${t}</li>`)}</ul>` : nothing}
      ${b.paragraphs ? b.paragraphs.map((p) => html`<p>${p}</p>`) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lg-dialogue': LgDialogue;
  }
}
