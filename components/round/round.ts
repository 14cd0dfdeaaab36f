import { html, nothing, type PropertyDeclarations } from 'lit';
import { localDate, formatDay } from '../../content/format';
import type { FocusAreaId } from '../../content/model';
import { MIN_ANSWERS, needed, people as countPeople, pictureOf, type RoundRecord } from '../../content/round';
import { newRound, randomSymbols } from '../../content/round-code';
import * as session from '../../content/round-session';
import { Announcer } from '../shared/controllers/announcer';
import { LgRoundRevealEvent } from '../shared/events';
import { Confirmation } from '../shared/controllers/confirmation';
import { Copier } from '../shared/controllers/copier';
import { RecordList, settled } from '../shared/controllers/record-list';
import { controls } from '../shared/controls';
import { scaleStyles } from '../shared/scales';
import { focusAfterRender } from '../shared/focus';
import { LgElement, idAttribute } from '../shared/lg-element';
import { heading, translationNote } from '../shared/markup';
import { printAlone } from '../shared/print';
import { openRoundStore, type RoundStore } from '../shared/round-store';
import { base } from '../shared/styles';
import { heartMeterStyles } from '../shared/heart-meter';
import { readByHand, renderCollect, renderSaved, renderSetup } from './facilitator';
import { ParticipantSide } from './participant-side';
import { pictureMarkdown, renderRevealed } from './picture';
import { ROUND_UI, type RoundUi } from './round.strings';
import { styles } from './round.styles';
import { ScanController } from './scan-controller';
import { fragmentRound, roundLink } from '../shared/round-link';
import { rememberShown, shownBefore } from './shown-round';

type Mode = 'facilitator' | 'participant';
const MODES: Mode[] = ['facilitator', 'participant'];

/**
 * "The group's picture": a round in which each person answers on their own device and the group's view is put
 * together on the meeting screen, blind and anonymous, without a server. The facilitator starts a round on a task or
 * on our leadership and shows its code, link and QR code; each participant answers privately and gets a short answer
 * code (no name, no time), which the facilitator types, pastes or scans in. Nothing is shown until the facilitator
 * reveals, and only once at least three have answered; then per area (withheld where fewer answered it) the counts
 * per step, the spread, and where to start the conversation. The rounds are kept on the facilitator's computer
 * (IndexedDB): an open round's answer codes (tabs on one round unite them), a revealed round's counts only. A page
 * whose URL fragment holds a round (`#lg-round=…`) opens the participant's side. Uses `<lg-dialogue>`.
 *
 * @tagname lg-round
 * @summary A group's blind, anonymous picture of a task or of its leadership, without a server.
 *
 * @attr mode - `facilitator` or `participant`; without it, participant when the URL fragment holds a round, else facilitator.
 * @attr href - The page participants open (default: this page); the link and QR code point there.
 * @attr heading-level - Level of the title heading, 2–5 (default 2).
 * @attr lang - Language (`da` or `en`); otherwise inherited from the nearest ancestor with `lang`, else Danish.
 *
 * @event lg-round-reveal - The group's picture was revealed (`detail`: the round's id, day, topic, task, people, counts per area and step, the areas withheld, and where the group disagrees most). Bubbles, composed.
 *
 * @csspart title - The title heading.
 * @csspart translation-note - On the English translation: the note that the Danish text is the original.
 * @csspart setup - The form that starts a round.
 * @csspart collect - The screen that collects the answers.
 * @csspart count - The number of answers in.
 * @csspart qr - A QR code.
 * @csspart picture - The group's picture.
 * @csspart area - One focus area in the picture.
 * @csspart start-here - Where the group disagrees most, with the framework's text.
 * @csspart saved - The rounds kept on this computer.
 * @csspart join - The participant's form for the round code.
 * @csspart answer - The participant's answer, and their answer code.
 * @csspart code - The participant's answer code.
 * @csspart scale - One focus area's steps.
 * @csspart button - Every button.
 * @csspart notice - A message about bad input or storage.
 *
 * @cssproperty --lg-font-family - Font stack (default: the system UI font).
 * @cssproperty --lg-font-size - Base font size (default `max(1rem, 16px)`: grows with the page's root size, never below 16 px).
 * @cssproperty --lg-color-text - Text colour.
 * @cssproperty --lg-color-background - Background colour.
 * @cssproperty --lg-color-surface - Background of boxes.
 * @cssproperty --lg-color-border - Border colour.
 * @cssproperty --lg-color-focus - Focus outline and button colour.
 * @cssproperty --lg-color-faglighed - Accent of "faglighed".
 * @cssproperty --lg-color-innovation - Accent of "innovation".
 * @cssproperty --lg-color-mening - Accent of "mening".
 * @cssproperty --lg-color-drift - Accent of "drift".
 * @cssproperty --lg-radius - Corner radius.
 * @cssproperty --lg-space - Base spacing.
 */
export class LgRound extends LgElement {
  static override styles = [base, controls, heartMeterStyles, scaleStyles, styles];

  static override properties: PropertyDeclarations = {
    mode: { reflect: true, converter: idAttribute },
    href: {},
    session: { state: true },
    joining: { state: true },
  };

  /** `facilitator`, `participant`, or null (from the URL fragment). */
  declare mode: string | null;
  /** The participants' page. */
  declare href: string | null;
  /** @internal The facilitator's screen: setup, a round collecting answers, or its picture (content/round-session). */
  private declare session: session.RoundSession;
  /** @internal On a page without `mode`: the person chose to join someone else's round with its code. */
  private declare joining: boolean;

  /** @internal */
  private readonly rounds = new RecordList<RoundRecord, RoundStore>(this, () => openRoundStore());
  /** @internal Cancelling the open round, or deleting a kept one with answers, awaits an answer. */
  private readonly confirming = new Confirmation<{ kind: 'cancel' } | { kind: 'remove'; id: string }>(this);
  /** @internal */
  private readonly scan = new ScanController(this, {
    video: () => this.renderRoot.querySelector('video'),
    take: (code) => this.addAnswerCode(code),
    failed: () => this.status.say(this.strings.scanFailed, true),
  });
  /** @internal The participant's side: the round joined, the steps chosen, the answer code. */
  private readonly participant = new ParticipantSide(this, () => this.strings);
  /** @internal */
  private readonly status = new Announcer(this);
  /** @internal */
  private readonly copier = new Copier(this);

  constructor() {
    super();
    this.mode = null;
    this.href = null;
    this.session = session.setupSession();
    this.joining = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.arrive(); // moved in the page; the first time, before the first render (willUpdate)
  }

  /**
   * @internal In the page: a participant's link joins its round; the facilitator's side reads the rounds kept here and
   * brings back this tab's. Done before the first render rather than at connection, because the side depends on `mode`,
   * which a framework (React's wrappers) sets after the element is in the page.
   */
  private arrive(): void {
    const carried = fragmentRound(location.hash);
    if (carried && this.currentMode === 'participant') this.participant.join(carried.code, carried.task, 'link', carried.scan);
    if (this.currentMode === 'facilitator') void this.rounds.refresh().then(() => this.resume());
  }

  /** @internal After a reload: the round this tab showed comes back, if it is still kept and nothing else is shown. */
  private resume(): void {
    const id = shownBefore();
    const record = id && this.session.stage === 'setup' ? this.rounds.items?.find((r) => r.id === id) : undefined;
    if (record) this.session = session.openRecord(this.session, record);
  }

  protected override willUpdate(): void {
    if (!this.hasUpdated) this.arrive();
    // another tab took answers into the round shown, or revealed it: the screen follows
    const shown = session.recordOf(this.session);
    const kept = shown && this.rounds.items?.find((r) => r.id === shown.id);
    if (kept) this.session = session.withRecord(this.session, kept);
  }

  /** Resolves when the element has rendered and every storage operation has settled. */
  protected override getUpdateComplete(): Promise<boolean> {
    return settled(this, [this.rounds], () => super.getUpdateComplete());
  }

  // ------------------------------------------------------------------------------------------
  // public API

  /** The side shown: the `mode` attribute, else participant when the URL fragment holds a round. */
  get currentMode(): Mode {
    if (this.mode === 'facilitator' || this.mode === 'participant') return this.mode;
    return this.joining || (typeof location !== 'undefined' && fragmentRound(location.hash)) ? 'participant' : 'facilitator';
  }

  /** The round on the facilitator's screen, if any (a copy). */
  get round(): RoundRecord | undefined {
    const record = session.recordOf(this.session);
    return record && structuredClone(record);
  }

  /**
   * Takes the answer codes in `text` into the open round: one code, typed or scanned, or many pasted at once (a
   * meeting chat copied whole). Resolves to true when any was taken; what happened is said either way.
   */
  async addAnswerCode(text: string): Promise<boolean> {
    if (!session.recordOf(this.session)) return false;
    const result = session.takeCodes(this.session, text);
    if (!result.ok) {
      this.status.say(this.strings.problems[result.problem as keyof RoundUi['problems']], true);
      return false;
    }
    const kept = (await this.show(result.session))!;
    // another tab revealed the round meanwhile: the reveal is final, and these answers are not taken
    if (kept.revealed) {
      this.status.say(this.strings.problems.closed, true);
      return false;
    }
    const { added, already, notCodes, old } = result.added;
    const one = added === 1 && !already && !notCodes && !old;
    this.status.say(one ? this.strings.answerAdded(countPeople(kept)) : this.strings.answersAdded(added, already, notCodes, old, countPeople(kept)), !added);
    return added > 0;
  }

  // ------------------------------------------------------------------------------------------
  // the facilitator's work

  /** @internal */
  private get strings(): RoundUi {
    return ROUND_UI[this.language];
  }

  /**
   * @internal Shows `next`, and keeps its round (IndexedDB, or memory where it cannot): what is kept is the round as
   * this tab and any other have it, made one (answers only grow, a reveal is final), and the screen shows that.
   */
  private async show(next: session.RoundSession): Promise<RoundRecord | undefined> {
    this.session = next;
    const record = session.recordOf(next);
    rememberShown(record?.id);
    if (!record) return undefined;
    const kept = await this.rounds.track(this.rounds.open().then((store) => store.put(record)));
    this.session = session.withRecord(this.session, kept);
    void this.rounds.refresh();
    return kept;
  }

  /** @internal */
  private start(): void {
    const result = session.startRound(this.session, newRound(this.session.setup.topic), localDate(new Date()));
    if (!result.ok) {
      const s = this.strings;
      this.status.say(result.problem === 'task-missing' ? s.taskMissing : s.thresholdBad(MIN_ANSWERS), true);
      void focusAfterRender(this, result.problem === 'task-missing' ? '#task' : '#threshold');
      return;
    }
    this.status.clear();
    void this.show(result.session);
    void focusAfterRender(this, '#answer-code');
  }

  /** @internal Reveals the round as every tab has it (the answers another tab took count too). */
  private async showPicture(): Promise<void> {
    const shown = session.recordOf(this.session);
    const kept = shown && (await (await this.rounds.open()).get(shown.id));
    if (kept) this.session = session.withRecord(this.session, kept);
    const result = session.revealRound(this.session);
    const record = session.recordOf(this.session);
    if (!result.ok) return record?.revealed ? undefined : this.status.say(this.strings.revealTooFew(needed(record ?? { threshold: MIN_ANSWERS })), true);
    this.scan.stop();
    this.status.clear();
    void focusAfterRender(this, '.picture');
    const shownNow = await this.show(result.session);
    // what a meeting around the round keeps of it: the counts
    if (shownNow?.revealed) {
      const { id, day, topic, task, revealed } = shownNow;
      const detail = { id, day, topic, task, people: revealed.people, counts: revealed.counts, withheld: revealed.withheld, disputed: pictureOf(shownNow).disputed };
      this.dispatchEvent(new LgRoundRevealEvent(structuredClone(detail)));
    }
  }

  /** @internal */
  private takeByHand(form: HTMLFormElement): void {
    const { people, counts } = readByHand(form);
    const result = session.takeByHand(this.session, people, counts, `h${randomSymbols(8)}`);
    if (!result.ok) return this.status.say(this.strings.byHandBad[session.recordOf(this.session)?.topic ?? 'leadership'], true);
    void this.show(result.session);
    this.status.say(this.strings.byHandAdded(countPeople(session.recordOf(result.session)!)));
  }

  /** @internal Forgets a round (cancelled, or removed from the list); the setup form comes back if it was shown. */
  private async forget(id: string, said: string): Promise<void> {
    this.confirming.close();
    if (session.recordOf(this.session)?.id === id) this.scan.stop();
    this.session = session.closeRound(this.session, id);
    if (!session.recordOf(this.session)) rememberShown(undefined);
    await this.rounds.track(this.rounds.open().then((store) => store.delete(id)));
    void this.rounds.refresh();
    this.status.say(said);
  }

  /** @internal Starts the conversation at `area`: `<lg-dialogue>` (registered with this element) below the picture. */
  private async startDialogue(area: FocusAreaId): Promise<void> {
    this.session = session.startDialogue(this.session, area);
    await this.updateComplete;
    const dialogue = this.renderRoot.querySelector('lg-dialogue');
    if (!dialogue) return;
    if (!customElements.get('lg-dialogue')) return this.status.say(this.strings.dialogueMissing, true);
    await dialogue.updateComplete;
    dialogue.start();
  }

  // ------------------------------------------------------------------------------------------
  // rendering

  override render() {
    const s = this.strings;
    const [h, bad] = this.headingLevelOf();
    const level = Math.min(h, 5);
    const modeOk = this.mode === null || MODES.includes(this.mode as Mode);
    const back = this.joining && this.mode === null ? () => this.setJoining(false) : undefined;
    const body = this.currentMode === 'participant' ? this.participant.render(this.framework, level + 1, back) : this.renderFacilitatorSide(level);
    return html`<div class="round" lang=${this.language}>
      ${heading(level, this.currentMode === 'participant' ? s.participantTitle : s.title, 'title', 'title')} ${translationNote(this.framework)}
      ${modeOk ? nothing : this.notice(s.unknownMode, this.mode, MODES.join(', '))} ${bad} ${body}
    </div>`;
  }

  /** @internal */
  private renderFacilitatorSide(level: number) {
    const s = this.strings;
    const fw = this.framework;
    const now = this.session;
    const main =
      now.stage === 'setup'
        ? renderSetup(now.setup, fw, s, this.status, {
            change: (next) => this.editSetup(next),
            start: () => this.start(),
            // a page without `mode` serves both: the facilitator's setup, and joining someone else's round
            join: this.mode === null ? () => this.setJoining(true) : undefined,
          })
        : now.stage === 'revealed'
          ? renderRevealed(now.record, now.dialogueArea, fw, s, this.language, level + 1, this.status, {
              // the picture alone, as its own pages; or as Markdown for the minutes
              print: () => void printAlone(this.renderRoot.querySelector('.picture')!, LgRound.styles, this.language, s.pictureTitle),
              copy: () => void this.copier.copy(pictureMarkdown(now.record, pictureOf(now.record), fw, s, this.language)).then((ok) => this.status.say(ok ? s.copied : s.copyFailed, !ok)),
              startDialogue: (area) => void this.startDialogue(area),
              newRound: () => this.newRound(),
            })
          : renderCollect(
              {
                record: now.record,
                link: roundLink(now.record, this.href, this.scan.available),
                byHandOpen: now.byHandOpen,
                canScan: this.scan.available,
                scanning: this.scan.scanning,
                persistent: this.rounds.store?.persistent ?? true,
                confirmCancel: this.confirming.is({ kind: 'cancel' }),
              },
              fw,
              s,
              level + 1,
              this.status,
              {
                add: (code) => this.addAnswerCode(code),
                copyLink: async () => {
                  const ok = await this.copier.copy(roundLink(now.record, this.href, this.scan.available));
                  this.status.say(ok ? s.linkCopied : s.copyFailed, !ok);
                },
                reveal: () => void this.rounds.track(this.showPicture()),
                toggleByHand: () => {
                  this.session = session.toggleByHand(this.session);
                  if (this.session.stage === 'collecting' && this.session.byHandOpen) void focusAfterRender(this, '#hand-people');
                },
                addByHand: (form) => this.takeByHand(form),
                scan: () => void this.scan.toggle(),
                cancel: () => this.confirming.ask({ kind: 'cancel' }, '#confirm-no', '#cancel'),
                confirmCancel: (yes) => (yes ? void this.forget(now.record.id, s.cancelled) : this.confirming.cancel()),
              },
            );
    const shown = session.recordOf(now);
    // the round on the screen is listed once it is revealed: an earlier round from then on
    const others = this.rounds.items?.filter((r) => r.id !== shown?.id || r.revealed);
    const removing = this.confirming.pending?.kind === 'remove' ? this.confirming.pending.id : undefined;
    return html`${main}
      ${renderSaved(others, s, level + 1, (day) => formatDay(day, this.language), removing, {
        open: (r) => this.openSaved(r),
        // a round with answers asks first, and says how many
        remove: (r) => (countPeople(r) ? this.confirming.ask({ kind: 'remove', id: r.id }, '#remove-no') : void this.forget(r.id, s.removed)),
        confirmRemove: (r) => void this.forget(r.id, s.removed),
        keep: () => this.confirming.cancel(),
      })}`;
  }

  /** @internal Switches between joining a round with its code and the facilitator's setup (a page without `mode`). */
  private setJoining(joining: boolean): void {
    this.joining = joining;
    if (joining) this.scan.stop();
    void focusAfterRender(this, joining ? '#round-code' : '#join-with-code');
  }

  /** @internal Something was typed or chosen in the setup form. */
  private editSetup(next: Partial<session.SetupState>): void {
    this.session = session.editSetup(this.session, next);
  }

  /** @internal Back to the setup form, for a new round. */
  private newRound(): void {
    this.session = session.closeRound(this.session);
    rememberShown(undefined);
    void focusAfterRender(this, 'input[name="topic"]');
  }

  /** @internal Opens a kept round: collecting, or its picture. */
  private openSaved(record: RoundRecord): void {
    this.session = session.openRecord(this.session, record);
    rememberShown(record.id);
    this.status.clear();
    void focusAfterRender(this, record.revealed ? '.picture' : '#answer-code');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lg-round': LgRound;
  }
}
