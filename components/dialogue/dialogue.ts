import { html, nothing, type PropertyDeclarations } from 'lit';
import { areaChoice, dialogueSequence, isAreaId, keyAction, parseMinutes, progress, type AreaChoice, type DialogueAction, type DialogueCard, type KeyTarget } from '../../content/dialogue';
import * as run from '../../content/dialogue-run';
import { REFLECTION_LEVEL_IDS } from '../../content/model';
import { Announcer } from '../shared/controllers/announcer';
import { controls } from '../shared/controls';
import { LgQuestionChangeEvent } from '../shared/events';
import { focusAfterRender } from '../shared/focus';
import { LgElement, idAttribute } from '../shared/lg-element';
import { heading, translationNote } from '../shared/markup';
import { base } from '../shared/styles';
import { printAlone } from '../shared/print';
import { renderCards } from './cards';
import { DIALOGUE_UI, type DialogueUi } from './dialogue.strings';
import { styles } from './dialogue.styles';
import { renderSetup } from './setup';
import { renderStage } from './stage';

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
 * @event lg-question-change - The question shown changed, or the conversation started or ended (`detail`: `{ index, count, questionId }`, index −1 when ended). Bubbles, composed.
 *
 * @csspart translation-note - On the English translation: the note that it is unofficial and that the Danish text is the original.
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
 * @cssproperty --lg-font-size - Base font size (default `max(1rem, 16px)`: grows with the page's root size, never below 16 px).
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
    level: { reflect: true, converter: idAttribute },
    // no area: no attribute (not area="")
    area: { reflect: true, converter: { fromAttribute: (v: string | null) => idAttribute.fromAttribute(v) ?? '', toAttribute: (v: string) => v || null } },
    minutes: {},
  };

  /** The chosen level's id. */
  declare level: string;
  /** '' (none), an area id, or 'all'. */
  declare area: string;
  /** Minutes per question, as given (see parseMinutes). */
  declare minutes: string;

  /** @internal The conversation under way (content/dialogue-run). */
  private run: run.DialogueRun = run.idleRun();
  /** @internal */
  private fullscreen = false;
  /** @internal The timer's interval while it runs. */
  private interval: ReturnType<typeof setInterval> | undefined;
  /** @internal The question screen's polite live region. */
  private readonly announcer = new Announcer(this);
  /** @internal The setup form's status line. */
  private readonly setupStatus = new Announcer(this);

  constructor() {
    super();
    this.level = 'ledergruppe';
    this.area = '';
    this.minutes = '';
    this.addEventListener('keydown', this.onKey);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('fullscreenchange', this.onFullscreen);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('fullscreenchange', this.onFullscreen);
    this.stopInterval();
  }

  // ------------------------------------------------------------------------------------------
  // public API

  /** The cards of the chosen level and area, in order. */
  get cards(): DialogueCard[] {
    return dialogueSequence(this.framework, this.level, this.areaChoice);
  }

  /** True while the questions are shown (after start, before finish). */
  get running(): boolean {
    return this.run.running;
  }

  /** The position of the question shown (0-based). */
  get index(): number {
    return this.run.index;
  }

  /** Shows the first question of the chosen level and area. Returns false if there is none (unknown level). */
  start(): boolean {
    const cards = this.cards;
    if (!cards.length) {
      this.setupStatus.say(this.strings.chooseLevel);
      return false;
    }
    this.setupStatus.clear();
    // on start, focus goes to the question itself, which says the same
    this.announcer.clear();
    this.show(run.showQuestion(this.run, 0, cards.length, this.ms, Date.now()));
    this.emit(0);
    void focusAfterRender(this, '.stage');
    return true;
  }

  /** Back to the choice of level (leaves full screen). */
  finish(): void {
    this.show(run.idleRun());
    this.announcer.clear();
    if (this.fullscreen && document.fullscreenElement === this) void document.exitFullscreen?.().catch(() => {});
    this.emit(-1);
    void focusAfterRender(this, '#start');
  }

  /** Does what a key or button asks: next, previous, first, last, toggle-text. */
  act(action: DialogueAction): void {
    const cards = this.cards;
    const { run: next, edge, moved } = run.step(this.run, action, cards.length, this.ms, Date.now());
    this.show(next);
    const s = this.strings;
    if (edge) this.announcer.say(edge === 'last' ? s.lastQuestion : s.firstQuestion);
    if (!moved) return;
    const { current, count } = progress(next.index, cards.length);
    this.announcer.say(s.announce(current, count, cards[next.index].question));
    this.emit(next.index);
  }

  next(): void {
    this.act('next');
  }

  previous(): void {
    this.act('previous');
  }

  // ------------------------------------------------------------------------------------------
  // state

  /** @internal The element's own words, in its language. */
  private get strings(): DialogueUi {
    return DIALOGUE_UI[this.language];
  }

  /** @internal The area choice from the `area` attribute. */
  private get areaChoice(): AreaChoice {
    return areaChoice(this.area);
  }

  /** @internal Milliseconds per question (0: no timer). */
  private get ms(): number {
    return parseMinutes(this.minutes) * 60_000;
  }

  /** @internal Takes the next run: renders it, and keeps the timer's interval going while it ticks. */
  private show(next: run.DialogueRun): void {
    this.run = next;
    if (next.timer?.ticking) this.interval ??= setInterval(() => this.tick(), 250);
    else this.stopInterval();
    this.requestUpdate();
  }

  /** @internal */
  private tick(): void {
    const { run: next, timeUp } = run.tick(this.run, Date.now());
    if (next.timer?.remaining !== this.run.timer?.remaining || timeUp) this.show(next);
    else this.run = next;
    // the only announcement the timer makes
    if (timeUp) this.announcer.say(this.strings.timeUp(next.index + 1));
  }

  /** @internal */
  private stopInterval(): void {
    if (this.interval !== undefined) clearInterval(this.interval);
    this.interval = undefined;
  }

  /** @internal Prints the chosen questions as cards, six to a sheet, alone (not the page around the dialogue). */
  private printCards(): void {
    const cards = this.renderRoot.querySelector('.cards');
    if (cards) void printAlone(cards, LgDialogue.styles, this.language, this.strings.cards);
  }

  /** @internal */
  private emit(index: number): void {
    const cards = this.cards;
    this.dispatchEvent(new LgQuestionChangeEvent({ index, count: cards.length, questionId: cards[index]?.questionId ?? null }));
  }

  // ------------------------------------------------------------------------------------------
  // keyboard, full screen (printing: ./cards.ts)

  /** @internal */
  private onKey = (e: KeyboardEvent): void => {
    if (!this.run.running || e.defaultPrevented) return;
    const target = (e.composedPath()[0] as Element | undefined) ?? null;
    const action = keyAction(e, keyTarget(target instanceof Element ? target : null));
    if (!action) return;
    e.preventDefault();
    this.act(action);
  };

  /** @internal */
  private get canFullscreen(): boolean {
    return typeof document !== 'undefined' && !!document.fullscreenEnabled && typeof this.requestFullscreen === 'function';
  }

  /** @internal */
  private async toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement === this) await document.exitFullscreen();
      else await this.requestFullscreen();
    } catch {
      this.announcer.say(this.strings.fullscreenFailed);
    }
  }

  /** @internal */
  private onFullscreen = (): void => {
    this.fullscreen = document.fullscreenElement === this;
    this.requestUpdate();
  };

  // ------------------------------------------------------------------------------------------
  // rendering

  override render() {
    const s = this.strings;
    const [h, bad] = this.headingLevelOf();
    const level = Math.min(h, 5);
    const fw = this.framework;
    const cards = this.cards;
    const levelOk = fw.reflection.some((r) => r.id === this.level);
    const areaOk = !this.area || this.area === 'all' || isAreaId(this.area);
    const notices = [
      levelOk ? nothing : this.notice(this.ui.unknownLevel, this.level, REFLECTION_LEVEL_IDS.join(', ')),
      areaOk ? nothing : this.notice(this.ui.unknownArea, this.area, [...fw.focusAreas.map((a) => a.id), 'all'].join(', ')),
    ];
    const body = this.run.running
      ? renderStage({ run: this.run, cards, canFullscreen: this.canFullscreen, fullscreen: this.fullscreen }, fw, s, level + 1, this.announcer, {
          previous: () => this.act('previous'),
          next: () => this.act('next'),
          toggleText: () => this.act('toggle-text'),
          toggleTimer: () => this.show(run.toggleTimer(this.run, this.ms, Date.now())),
          toggleFullscreen: () => void this.toggleFullscreen(),
          print: () => this.printCards(),
          finish: () => this.finish(),
        })
      : renderSetup({ level: this.level, area: this.areaChoice, minutes: this.minutes, count: cards.length }, fw, s, this.setupStatus, {
          level: (id) => (this.level = id),
          area: (value) => (this.area = value),
          minutes: (value) => (this.minutes = value),
          start: () => this.start(),
          print: () => this.printCards(),
        });
    return html`<div class="dialogue ${this.run.running ? 'running' : ''}" lang=${this.language}>
        ${heading(level, s.title, 'title', 'title')} ${translationNote(fw)} ${body} ${notices} ${bad}
      </div>
      ${renderCards(cards, fw, s, this.language)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lg-dialogue': LgDialogue;
  }
}
