import { html, nothing, type PropertyDeclarations } from 'lit';
import { FOCUS_AREA_IDS, REFLECTION_LEVEL_IDS, type FocusAreaId, type ReflectionLevelId } from '../../content/model';
import { MIN_ANSWERS, addAnswer, addByHand, emptyCounts, newRoundRecord, pictureOf, reveal, type Counts, type RoundRecord } from '../../content/round';
import { answerCode, newAnswer, newRound, parseRoundCode, roundCode, type RoundValues, type Step } from '../../content/round-code';
import { Announcer } from '../shared/controllers/announcer';
import { Copier } from '../shared/controllers/copier';
import { RecordList } from '../shared/controllers/record-list';
import { controls } from '../shared/controls';
import { scaleStyles } from '../shared/scales';
import { focusAfterRender } from '../shared/focus';
import { LgElement } from '../shared/lg-element';
import { heading, translationNote } from '../shared/markup';
import { printAlone } from '../shared/print';
import { openRoundStore, type RoundStore } from '../shared/round-store';
import { base } from '../shared/styles';
import { heartMeterStyles } from '../shared/heart-meter';
import { renderCollect, renderSaved, renderSetup, type SetupState } from './facilitator';
import { renderParticipant, type ParticipantState } from './participant';
import { pictureMarkdown, renderPicture } from './picture';
import { ROUND_UI, type RoundUi } from './round.strings';
import { styles } from './round.styles';

type Mode = 'facilitator' | 'participant';
const MODES: Mode[] = ['facilitator', 'participant'];
/** The URL fragment that carries a round to a participant: `#lg-round=TXXXXXXX&task=…`. */
const FRAGMENT = 'lg-round';

/** The round a URL fragment carries, if any. */
function fragmentRound(hash: string): { code: string; task: string } | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get(FRAGMENT);
  return code ? { code, task: (params.get('task') ?? '').slice(0, 200) } : undefined;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * "The group's picture": a round in which each person answers on their own device and the group's view is put
 * together on the meeting screen, blind and anonymous, without a server. The facilitator starts a round on a task
 * (which focus areas does it call for?) or on our leadership (where do we stand in each?), and shows its code, link
 * and QR code. Each participant answers privately and gets a short answer code (no name, no time), which the
 * facilitator types, pastes or scans in. Nothing is shown until the facilitator reveals, and only once at least three
 * have answered; then per area the counts per step, the spread, and where the group disagrees most, with the
 * framework's text and the reflection questions to start the conversation there.
 *
 * The facilitator's rounds are kept on their computer (IndexedDB): an open round's answer codes (so a reload loses
 * none), a revealed round's counts only. A participant's answer is not stored.
 *
 * A page whose URL fragment holds a round (`#lg-round=…`, the link the facilitator shows) opens the participant's
 * side; otherwise the facilitator's. Uses `<lg-dialogue>` to start the conversation at the most disputed area.
 *
 * @tagname lg-round
 * @summary A group's blind, anonymous picture of a task or of its leadership, without a server.
 *
 * @attr mode - `facilitator` or `participant`; without it, participant when the URL fragment holds a round, else facilitator.
 * @attr href - The page participants open (default: this page); the link and QR code point there.
 * @attr heading-level - Level of the title heading, 2–5 (default 2).
 * @attr lang - Language (`da` or `en`); otherwise inherited from the nearest ancestor with `lang`, else Danish.
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
    mode: { reflect: true },
    href: {},
  };

  /** `facilitator`, `participant`, or null (from the URL fragment). */
  declare mode: string | null;
  /** The participants' page. */
  declare href: string | null;

  /** @internal */
  private readonly rounds = new RecordList<RoundRecord, RoundStore>(this, () => openRoundStore());
  /** @internal The round open on the facilitator's screen (collecting, or its picture). */
  private record: RoundRecord | undefined;
  /** @internal */
  private setup: SetupState = { topic: 'leadership', task: '', level: 'ledergruppe', threshold: String(MIN_ANSWERS) };
  /** @internal */
  private byHandOpen = false;
  /** @internal */
  private confirmCancel = false;
  /** @internal The area a conversation was started on (an `<lg-dialogue>` below the picture). */
  private dialogueArea: FocusAreaId | undefined;
  /** @internal */
  private participant: ParticipantState = { chosen: {}, joinCode: '' };
  /** @internal */
  private scanner: { stream: MediaStream; timer: ReturnType<typeof setInterval> } | undefined;
  /** @internal */
  private readonly status = new Announcer(this);
  /** @internal */
  private readonly copier = new Copier(this);

  constructor() {
    super();
    this.mode = null;
    this.href = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const carried = fragmentRound(location.hash);
    if (carried && this.currentMode === 'participant') this.join(carried.code, carried.task, false);
    if (this.currentMode === 'facilitator') void this.rounds.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopScan();
  }

  /** Resolves when the element has rendered and every storage operation has settled. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    await this.rounds.idle();
    if (this.isUpdatePending) done = await super.getUpdateComplete();
    return done;
  }

  // ------------------------------------------------------------------------------------------
  // public API

  /** The side shown: the `mode` attribute, else participant when the URL fragment holds a round. */
  get currentMode(): Mode {
    if (this.mode === 'facilitator' || this.mode === 'participant') return this.mode;
    return typeof location !== 'undefined' && fragmentRound(location.hash) ? 'participant' : 'facilitator';
  }

  /** The round on the facilitator's screen, if any (a copy). */
  get round(): RoundRecord | undefined {
    return this.record && structuredClone(this.record);
  }

  /** Takes an answer code into the open round. Resolves to true when taken; otherwise the reason is shown. */
  async addAnswerCode(code: string): Promise<boolean> {
    if (!this.record) return false;
    const result = addAnswer(this.record, code);
    const s = this.strings;
    if (!result.ok) {
      this.status.say(s.problems[result.problem], true);
      return false;
    }
    await this.keep(result.record);
    this.status.say(s.answerAdded(result.record.answers.length + result.record.byHandPeople));
    return true;
  }

  // ------------------------------------------------------------------------------------------
  // state

  /** @internal */
  private get strings(): RoundUi {
    return ROUND_UI[this.language];
  }

  /** @internal The participants' link of a round. */
  private linkOf(record: RoundRecord): string {
    const page = new URL(this.href ?? location.href, location.href);
    page.hash = '';
    const params = new URLSearchParams({ [FRAGMENT]: roundCode(record) });
    if (record.task) params.set('task', record.task);
    return `${page.href}#${params}`;
  }

  /** @internal Shows `record` and keeps it (IndexedDB, or memory where it cannot). */
  private async keep(record: RoundRecord | undefined): Promise<void> {
    this.record = record;
    this.requestUpdate();
    if (!record) return;
    await this.rounds.track(this.rounds.open().then((store) => store.put(record)));
    void this.rounds.refresh();
  }

  /** @internal */
  private start(): void {
    const s = this.strings;
    const { topic, task, level, threshold } = this.setup;
    if (topic === 'task' && !task.trim()) {
      this.status.say(s.taskMissing, true);
      void focusAfterRender(this, '#task');
      return;
    }
    if (!/^\s*\d+\s*$/.test(threshold) || Number(threshold) < MIN_ANSWERS) {
      this.status.say(s.thresholdBad(MIN_ANSWERS), true);
      void focusAfterRender(this, '#threshold');
      return;
    }
    this.status.clear();
    this.dialogueArea = undefined;
    void this.keep(newRoundRecord(newRound(topic), task, level, Number(threshold), today()));
    void focusAfterRender(this, '#answer-code');
  }

  /** @internal */
  private showPicture(): void {
    const shown = this.record && reveal(this.record);
    if (!shown) {
      this.status.say(this.strings.revealTooFew(Math.max(MIN_ANSWERS, this.record?.threshold ?? MIN_ANSWERS)), true);
      return;
    }
    this.stopScan();
    this.status.clear();
    this.byHandOpen = false;
    void this.keep(shown);
    void focusAfterRender(this, '.picture');
  }

  /** @internal */
  private takeByHand(form: HTMLFormElement): void {
    if (!this.record) return;
    const number = (name: string) => {
      const v = (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';
      return /^\d+$/.test(v) ? Number(v) : v === '' ? 0 : NaN;
    };
    const counts: Counts = emptyCounts();
    for (const id of FOCUS_AREA_IDS) counts[id] = [0, 1, 2, 3].map((i) => number(`${id}-${i}`)) as Counts[FocusAreaId];
    const result = addByHand(this.record, number('people'), counts);
    if (!result.ok) {
      this.status.say(this.strings.byHandBad, true);
      return;
    }
    this.byHandOpen = false;
    void this.keep(result.record);
    this.status.say(this.strings.byHandAdded(result.record.answers.length + result.record.byHandPeople));
  }

  /** @internal */
  private async cancelRound(yes: boolean): Promise<void> {
    this.confirmCancel = false;
    if (!yes || !this.record) {
      this.requestUpdate();
      void focusAfterRender(this, '#cancel');
      return;
    }
    const id = this.record.id;
    this.stopScan();
    this.record = undefined;
    await this.rounds.track(this.rounds.open().then((store) => store.delete(id)));
    void this.rounds.refresh();
    this.status.say(this.strings.cancelled);
  }

  /** @internal */
  private async removeSaved(record: RoundRecord): Promise<void> {
    if (this.record?.id === record.id) this.record = undefined;
    await this.rounds.track(this.rounds.open().then((store) => store.delete(record.id)));
    void this.rounds.refresh();
    this.status.say(this.strings.removed);
  }

  /** @internal */
  private async copyPicture(): Promise<void> {
    if (!this.record) return;
    const ok = await this.copier.copy(pictureMarkdown(this.record, pictureOf(this.record), this.framework, this.strings, this.language));
    this.status.say(ok ? this.strings.copied : this.strings.copyFailed, !ok);
  }

  /** @internal */
  private printPicture(): void {
    const picture = this.renderRoot.querySelector('.picture');
    if (picture) void printAlone(picture, LgRound.styles, this.language, this.strings.pictureTitle);
  }

  /** @internal */
  private async startDialogue(area: FocusAreaId): Promise<void> {
    this.dialogueArea = area;
    this.requestUpdate();
    await this.updateComplete;
    const dialogue = this.renderRoot.querySelector('lg-dialogue') as (HTMLElement & { start(): boolean; updateComplete: Promise<unknown> }) | null;
    if (!dialogue) return;
    await customElements.whenDefined('lg-dialogue');
    await dialogue.updateComplete;
    dialogue.start();
  }

  // ------------------------------------------------------------------------------------------
  // camera (BarcodeDetector, where the browser has it)

  /** @internal */
  private get canScan(): boolean {
    return 'BarcodeDetector' in globalThis && !!navigator.mediaDevices?.getUserMedia;
  }

  /** @internal */
  private async toggleScan(): Promise<void> {
    if (this.scanner) return this.stopScan();
    try {
      const Detector = (globalThis as unknown as { BarcodeDetector: new (o: object) => { detect(v: HTMLVideoElement): Promise<{ rawValue: string }[]> } }).BarcodeDetector;
      const detector = new Detector({ formats: ['qr_code'] });
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      // the code just taken is still in front of the camera for a moment: not read again (and not called a duplicate)
      let taken = '';
      const timer = setInterval(async () => {
        const video = this.renderRoot.querySelector('video');
        if (!video || video.readyState < 2) return;
        const [found] = await detector.detect(video).catch(() => []);
        if (!found || found.rawValue === taken) return;
        if (await this.addAnswerCode(found.rawValue)) taken = found.rawValue;
      }, 400);
      this.scanner = { stream, timer };
      this.requestUpdate();
      await this.updateComplete;
      const video = this.renderRoot.querySelector('video');
      if (video) {
        video.srcObject = stream;
        await video.play().catch(() => {});
      }
    } catch {
      this.stopScan();
      this.status.say(this.strings.scanFailed, true);
    }
  }

  /** @internal */
  private stopScan(): void {
    if (!this.scanner) return;
    clearInterval(this.scanner.timer);
    this.scanner.stream.getTracks().forEach((t) => t.stop());
    this.scanner = undefined;
    this.requestUpdate();
  }

  // ------------------------------------------------------------------------------------------
  // participant

  /** @internal Joins the round of `code`; `announce`: say why not, where it cannot. */
  private join(code: string, task: string, announce = true): void {
    const parsed = parseRoundCode(code);
    this.participant = { ...this.participant, joinCode: code };
    if (!parsed.ok) {
      if (announce || code) this.status.say(this.strings.roundProblems[parsed.problem], true);
      this.requestUpdate();
      return;
    }
    this.status.clear();
    this.participant = { joined: { round: parsed.value, task }, chosen: {}, joinCode: '' };
    this.requestUpdate();
    if (announce) void focusAfterRender(this, '#question-h');
  }

  /** @internal */
  private makeCode(): void {
    const { joined, chosen } = this.participant;
    if (!joined) return;
    if (FOCUS_AREA_IDS.some((id) => !(id in chosen))) {
      this.status.say(this.strings.chooseAll, true);
      return;
    }
    const values = Object.fromEntries(FOCUS_AREA_IDS.map((id) => [id, chosen[id] ?? null])) as RoundValues;
    this.status.clear();
    this.participant = { ...this.participant, code: answerCode(newAnswer(joined.round, values)) };
    this.requestUpdate();
    void focusAfterRender(this, '#answer-code');
  }

  // ------------------------------------------------------------------------------------------
  // rendering

  override render() {
    const s = this.strings;
    const [h, bad] = this.headingLevelOf();
    const level = Math.min(h, 5);
    const fw = this.framework;
    const modeOk = this.mode === null || MODES.includes(this.mode as Mode);
    const body = this.currentMode === 'participant' ? this.renderParticipantSide(level) : this.renderFacilitatorSide(level);
    return html`<div class="round" lang=${this.language}>
      ${heading(level, this.currentMode === 'participant' ? s.participantTitle : s.title, 'title', 'title')} ${translationNote(fw)}
      ${modeOk ? nothing : this.notice('mode', s.unknownMode, this.mode, MODES.join(', '))} ${bad} ${body}
    </div>`;
  }

  /** @internal */
  private renderParticipantSide(level: number) {
    return renderParticipant(this.participant, this.framework, this.strings, level + 1, this.status, {
      join: (code) => this.join(code, ''),
      choose: (area: FocusAreaId, step: Step | null) => {
        this.participant = { ...this.participant, chosen: { ...this.participant.chosen, [area]: step } };
        this.requestUpdate();
      },
      makeCode: () => this.makeCode(),
      copyCode: async () => {
        const ok = await this.copier.copy(this.participant.code ?? '');
        this.status.say(ok ? this.strings.codeCopied : this.strings.copyFailed, !ok);
      },
      change: () => {
        this.participant = { ...this.participant, code: undefined };
        this.requestUpdate();
        void focusAfterRender(this, '#question-h');
      },
    });
  }

  /** @internal */
  private renderFacilitatorSide(level: number) {
    const s = this.strings;
    const fw = this.framework;
    const record = this.record;
    const store = this.rounds.store;
    const dayText = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString(this.language === 'da' ? 'da-DK' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    const main = !record
      ? renderSetup(this.setup, fw, s, this.status, {
          change: (next) => {
            this.setup = { ...this.setup, ...next };
            if (next.level && !REFLECTION_LEVEL_IDS.includes(next.level as ReflectionLevelId)) this.setup.level = 'ledergruppe';
            this.requestUpdate();
          },
          start: () => this.start(),
        })
      : record.revealed
        ? html`${renderPicture(record, pictureOf(record), fw, s, this.language, level + 1, {
            print: () => this.printPicture(),
            copy: () => void this.copyPicture(),
            startDialogue: (area) => void this.startDialogue(area),
            newRound: () => {
              this.record = undefined;
              this.dialogueArea = undefined;
              this.requestUpdate();
              void focusAfterRender(this, 'input[name="topic"]');
            },
          })}
          <p class="status" role="status">${this.status.text}</p>
          ${this.dialogueArea
            ? html`<lg-dialogue level=${record.level} area=${this.dialogueArea} heading-level=${Math.min(level + 1, 5)} lang=${this.language}></lg-dialogue>`
            : nothing}`
        : renderCollect(
            {
              record,
              link: this.linkOf(record),
              byHandOpen: this.byHandOpen,
              canScan: this.canScan,
              scanning: !!this.scanner,
              persistent: store?.persistent ?? true,
              confirmCancel: this.confirmCancel,
            },
            fw,
            s,
            level + 1,
            this.status,
            {
              add: (code) => void this.addAnswerCode(code).then((ok) => ok && this.clearAnswerField()),
              copyLink: async () => {
                const ok = await this.copier.copy(this.linkOf(record));
                this.status.say(ok ? s.linkCopied : s.copyFailed, !ok);
              },
              reveal: () => this.showPicture(),
              toggleByHand: () => {
                this.byHandOpen = !this.byHandOpen;
                this.requestUpdate();
                if (this.byHandOpen) void focusAfterRender(this, '#hand-people');
              },
              addByHand: (form) => this.takeByHand(form),
              scan: () => void this.toggleScan(),
              cancel: () => {
                this.confirmCancel = true;
                this.requestUpdate();
                void focusAfterRender(this, '#confirm-no');
              },
              confirmCancel: (yes) => void this.cancelRound(yes),
            },
          );
    const others = this.rounds.items?.filter((r) => r.id !== record?.id);
    return html`${main}
      ${renderSaved(others, s, level + 1, dayText, {
        open: (r) => {
          this.record = r;
          this.dialogueArea = undefined;
          this.status.clear();
          this.requestUpdate();
          void focusAfterRender(this, r.revealed ? '.picture' : '#answer-code');
        },
        remove: (r) => void this.removeSaved(r),
      })}`;
  }

  /** @internal */
  private clearAnswerField(): void {
    const field = this.renderRoot.querySelector<HTMLInputElement>('#answer-code');
    if (field) {
      field.value = '';
      field.focus();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lg-round': LgRound;
  }
}
