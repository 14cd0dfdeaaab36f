import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { formatDay, localDate } from '../../content/format';
import { defaultPlan, movePhase, setMinutes, toggleSkipped, type Phase, type PhaseId } from '../../content/meeting-plan';
import type { FocusAreaId } from '../../content/model';
import { randomSymbols } from '../../content/round-code';
import { first, timeId, leadershipRounds, madeIn, meetingsNewestFirst, mergeTeams, newTeam, followUp, revise, settle, type Agreement, type AgreementStatus, type Conflict, type Meeting, type Team } from '../../content/team';
import { exportTeam, parseTeamFile } from '../../content/team-file';
import { canSeal, isSealedFile, openFile, sealWithNewPassphrase } from '../../content/sealed';
import { passphraseField } from '../shared/passphrase-field';
import { PASSPHRASE_UI } from '../shared/passphrase.strings';
import { Announcer } from '../shared/controllers/announcer';
import { Copier } from '../shared/controllers/copier';
import { settled } from '../shared/controllers/record-list';
import { controls } from '../shared/controls';
import type { RoundRevealed } from '../shared/events';
import { focusAfterRender } from '../shared/focus';
import { LgElement } from '../shared/lg-element';
import { heading, translationNote } from '../shared/markup';
import { button } from '../shared/button';
import { printAlone } from '../shared/print';
import { base } from '../shared/styles';
import { renderFollowUp, renderNewAgreements, agreementLine, type NewAgreement } from './agreements-view';
import { MEETING_UI, type MeetingUi } from './meeting.strings';
import { styles } from './meeting.styles';
import { minutesMarkdown, minutesOf, renderMinutes } from './minutes';
import { renderPlan } from './plan-view';
import { fragmentRound } from '../shared/round-link';
import { TeamData } from './team-data';
import { TeamFilePort } from './team-file-port';
import { renderTrend } from './trend';

/**
 * "The team's meeting": a leadership team's, a TRIO's or a work community's meeting on the framework, from the plan to
 * the follow-up. The plan (drejebog) runs check-in → last time's agreements → a round → the group's picture → the
 * dialogue where the group disagrees most → new agreements → close, each phase with a timebox and a short note, moved
 * or skipped as the facilitator likes, printable on one A4 page. Last time's open agreements come first, each given a
 * status; new ones say what, who (initials or a role: no accounts), by when and which area. The round is
 * `<lg-round>` (which opens `<lg-dialogue>`); what the team keeps of it is the counts. The minutes (the day, the
 * picture, the areas talked about, the agreements) print on A4 and copy as Markdown; the team's leadership rounds side
 * by side show its trend. Everything is the team's file (`ledelsesgrundlag-team`), which the team keeps where it keeps
 * its files — opened and saved where it lies where the browser can, else uploaded and downloaded; two copies merge
 * without losing anything, a real conflict shown to the person. The facilitator's browser keeps a copy (IndexedDB).
 *
 * @tagname lg-meeting
 * @summary A team's meeting on the framework: plan, agreements, round, minutes and trend, kept in the team's own file.
 *
 * @attr heading-level - Level of the title heading, 2–4 (default 2).
 * @attr lang - Language (`da` or `en`); otherwise inherited from the nearest ancestor with `lang`, else Danish.
 *
 * @csspart title - The title heading.
 * @csspart translation-note - On the English translation: the note that the Danish text is the original.
 * @csspart team - The team's name and its file.
 * @csspart plan - The meeting's plan.
 * @csspart phase - One phase of the meeting.
 * @csspart minutes - A meeting's minutes.
 * @csspart trend - The team over time.
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
 * @cssproperty --lg-radius - Corner radius.
 * @cssproperty --lg-space - Base spacing.
 */
export class LgMeeting extends LgElement {
  static override styles = [base, controls, styles];

  static override properties: PropertyDeclarations = {
    shownMinutes: { state: true },
    encrypt: { state: true },
    sealed: { state: true },
  };

  /** @internal An earlier meeting whose minutes are open. */
  private declare shownMinutes: string | undefined;
  /** @internal The team's file is saved encrypted with a passphrase (its fields are shown). */
  private declare encrypt: boolean;
  /** @internal An encrypted team file chosen, waiting for its passphrase. */
  private declare sealed: { text: string; handle?: Parameters<TeamFilePort['remember']>[1] } | undefined;

  /** @internal The team shown and the teams kept: one owner. */
  private readonly data = new TeamData(this);
  /** @internal */
  private readonly file = new TeamFilePort();
  /** @internal */
  private readonly status = new Announcer(this);
  /** @internal The agreement form's own line. */
  private readonly agreementStatus = new Announcer(this);
  /** @internal */
  private readonly copier = new Copier(this);
  /** @internal Whether a file chosen is opened as the team, or merged into the team shown. */
  private fileMeant: 'open' | 'merge' = 'open';

  constructor() {
    super();
    this.encrypt = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.data.teams.refresh();
  }

  /** Resolves when the element has rendered and every storage operation has settled. */
  protected override getUpdateComplete(): Promise<boolean> {
    return settled(this, [this.data.teams], () => super.getUpdateComplete());
  }

  /** The team on the screen, if any (a copy). */
  get team(): Team | undefined {
    return this.data.team && structuredClone(this.data.team);
  }

  // ------------------------------------------------------------------------------------------
  // changes: each a function of the team (content/team.ts), kept at once

  /** @internal */
  private get strings(): MeetingUi {
    return MEETING_UI[this.language];
  }

  /** @internal A fresh revision id and the time now. */
  private stamp(): [string, string] {
    return [randomSymbols(10), new Date().toISOString()];
  }

  /** @internal The meeting in progress: the newest one not ended. */
  private get current(): Meeting | undefined {
    return this.data.team && meetingsNewestFirst(this.data.team).find((m) => !m.ended);
  }

  /** @internal Changes the meeting in progress. */
  private changeMeeting(change: Partial<Omit<Meeting, 'id' | 'updatedAt' | 'rev' | 'revs'>>): Promise<void> {
    const meeting = this.current;
    if (!meeting) return Promise.resolve();
    const [rev, now] = this.stamp();
    return this.data.change((t) => ({ ...t, meetings: t.meetings.map((m) => (m.id === meeting.id ? revise(m, change, rev, now) : m)) }));
  }

  /** @internal */
  private createTeam(form: HTMLFormElement): void {
    const name = (form.elements.namedItem('team-name') as HTMLInputElement).value.trim();
    if (!name) {
      this.status.say(this.strings.nameMissing, true);
      return void focusAfterRender(this, '#team-name');
    }
    const [id, now] = [randomSymbols(10), new Date().toISOString()];
    this.status.clear();
    void this.data.show(newTeam(id, name, now)).then(() => focusAfterRender(this, '#team-h'));
  }

  /** @internal */
  private startMeeting(): void {
    const [rev, now] = this.stamp();
    const meeting: Meeting = { ...first(timeId(new Date(now), randomSymbols(6)), rev, now), day: localDate(new Date()), plan: defaultPlan(), ended: false, round: '', talkedAbout: [], notes: '' };
    void this.data.change((t) => ({ ...t, meetings: [...t.meetings, meeting] })).then(() => focusAfterRender(this, '#meeting-h'));
  }

  /** @internal */
  private setStatus(a: Agreement, status: AgreementStatus): void {
    const [rev, now] = this.stamp();
    void this.data.change((t) => ({ ...t, agreements: t.agreements.map((x) => (x.id === a.id ? revise(x, { status }, rev, now) : x)) }));
  }

  /** @internal */
  private addAgreement(value: NewAgreement, form: HTMLFormElement): void {
    const meeting = this.current;
    if (!meeting) return;
    if (!value.what) {
      this.agreementStatus.say(this.strings.whatMissing, true);
      return void focusAfterRender(this, '#what');
    }
    const [rev, now] = this.stamp();
    const agreement: Agreement = { ...first(timeId(new Date(now), randomSymbols(6)), rev, now), ...value, what: value.what.slice(0, 500), who: value.who.slice(0, 60), status: 'new', meeting: meeting.id };
    void this.data.change((t) => ({ ...t, agreements: [...t.agreements, agreement] }));
    form.reset();
    this.agreementStatus.say(this.strings.agreementAdded);
    void focusAfterRender(this, '#what');
  }

  /** @internal The round inside was revealed: the team keeps its counts, and the meeting names it. */
  private roundRevealed(r: RoundRevealed): void {
    const meeting = this.current;
    if (!meeting || !this.data.team) return;
    const [rev, now] = this.stamp();
    const round = { ...first(r.id, rev, now), day: r.day, topic: r.topic, task: r.task, people: r.people, counts: r.counts, withheld: r.withheld };
    const talkedAbout = r.disputed && !meeting.talkedAbout.includes(r.disputed) ? [...meeting.talkedAbout, r.disputed] : meeting.talkedAbout;
    void this.data.change((t) => ({
      ...t,
      rounds: t.rounds.some((x) => x.id === r.id) ? t.rounds : [...t.rounds, round],
      meetings: t.meetings.map((m) => (m.id === meeting.id ? revise(m, { round: r.id, talkedAbout }, `${rev}m`, now) : m)),
    }));
  }

  /** @internal */
  private toggleTalked(id: FocusAreaId, on: boolean): void {
    const meeting = this.current;
    if (!meeting) return;
    void this.changeMeeting({ talkedAbout: on ? [...new Set([...meeting.talkedAbout, id])] : meeting.talkedAbout.filter((x) => x !== id) });
  }

  /** @internal */
  private changePlan(plan: Phase[]): void {
    void this.changeMeeting({ plan });
  }

  /** @internal */
  private settleConflict(conflict: Conflict, choice: 'kept' | 'other'): void {
    const [rev, now] = this.stamp();
    void this.data.change((t) => settle(t, conflict, choice, rev, now));
  }

  // ------------------------------------------------------------------------------------------
  // the team's file

  /** @internal The file's name: the team's name, plainly. */
  private fileName(team: Team): string {
    const plain = team.name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9æøåÆØÅ]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
    return `${plain || 'team'}.ledelsesgrundlag-team.json`;
  }

  /** @internal Asks for the team's file: where it lies, or by the file field. */
  private async chooseFile(meant: 'open' | 'merge'): Promise<void> {
    this.fileMeant = meant;
    if (!this.file.direct) return this.renderRoot.querySelector<HTMLInputElement>('#team-file')?.click();
    const picked = await this.file.pick();
    if (picked === null) return this.status.say(this.strings.readFailed, true);
    if (picked) await this.fromFile(picked.text, picked.handle);
  }

  /** @internal A file chosen with the file field. */
  private async fileChosen(input: HTMLInputElement): Promise<void> {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    let text: string;
    try {
      text = await chosen.text();
    } catch {
      return this.status.say(this.strings.readFailed, true);
    }
    await this.fromFile(text);
  }

  /** @internal A team file's text: opened as the team, or merged into the team shown (the same team only). */
  private async fromFile(text: string, handle?: Parameters<TeamFilePort['remember']>[1]): Promise<void> {
    const s = this.strings;
    if (isSealedFile(text)) {
      this.sealed = { text, handle };
      this.status.clear();
      return void focusAfterRender(this, '#sealed-pass');
    }
    this.sealed = undefined;
    const read = parseTeamFile(text);
    if (!read.ok) return this.status.say(s.fileIssues[read.issue.code], true);
    const shown = this.data.team;
    if (this.fileMeant === 'merge' && shown) {
      if (read.team.id !== shown.id) return this.status.say(s.otherTeam(read.team.name), true);
      this.file.remember(shown.id, handle);
      await this.data.change((t) => mergeTeams(t, read.team));
      return this.status.say(s.merged(this.data.team!.name, this.data.team!.conflicts.length));
    }
    this.file.remember(read.team.id, handle);
    const kept = await this.data.show(read.team, true);
    this.status.say(kept.conflicts.length ? s.merged(kept.name, kept.conflicts.length) : s.opened(kept.name));
    void focusAfterRender(this, '#team-h');
  }

  /** @internal The team's file is (not) to be saved encrypted: the passphrase fields show or go. */
  private setEncrypt(on: boolean): void {
    this.encrypt = on;
  }

  /** @internal The encrypted file chosen is not opened after all. */
  private cancelSealed(): void {
    this.sealed = undefined;
  }

  /** @internal An earlier meeting's minutes open, or close again. */
  private toggleMinutes(id: string): void {
    this.shownMinutes = this.shownMinutes === id ? undefined : id;
  }

  /** @internal The encrypted file chosen is opened with the passphrase typed. */
  private async openSealed(form: HTMLFormElement): Promise<void> {
    const sealed = this.sealed;
    if (!sealed) return;
    const passphrase = (form.elements.namedItem('passphrase') as HTMLInputElement).value;
    const opened = await openFile(sealed.text, passphrase);
    if (!opened.ok) return this.status.say(PASSPHRASE_UI[this.language].issues[opened.issue.code], true);
    await this.fromFile(opened.text, sealed.handle);
  }

  /**
   * @internal Saves the team's file: what the file holds now (another facilitator's save) is merged in first; encrypted
   * with the passphrase typed twice, where asked (an encrypted file there is opened with it to merge).
   */
  private async saveFile(): Promise<void> {
    const s = this.strings;
    const p = PASSPHRASE_UI[this.language];
    const team = this.data.team;
    if (!team) return;
    const field = (id: string) => this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '';
    const [passphrase, again] = this.encrypt ? [field('team-pass'), field('team-again')] : ['', ''];
    let refused: string | undefined;
    const written = await this.file.write(
      team.id,
      async (onDisk) => {
        const plain = onDisk && isSealedFile(onDisk) ? await openFile(onDisk, passphrase) : { ok: true as const, text: onDisk };
        if (!plain.ok) throw new Error((refused = s.sealedThere));
        const there = plain.text === undefined ? undefined : parseTeamFile(plain.text);
        if (there?.ok && there.team.id === team.id) await this.data.change((t) => mergeTeams(t, there.team));
        const text = exportTeam(this.data.team!, new Date());
        if (!this.encrypt) return text;
        const sealedText = await sealWithNewPassphrase(text, passphrase, again);
        if (!sealedText.ok) throw new Error((refused = p.problem[sealedText.problem]));
        return sealedText.text;
      },
      this.fileName(team),
      this.renderRoot,
    );
    if (refused) return this.status.say(refused, true);
    if (written.kind === 'cancelled') return;
    if (written.kind === 'failed') return this.status.say(s.writeFailed, true);
    this.data.saved();
    this.status.say(written.kind === 'saved' ? s.savedTo(written.name) : s.downloaded(written.name));
  }

  // ------------------------------------------------------------------------------------------
  // rendering

  /** @internal */
  private day = (d: string) => formatDay(d, this.language);

  override render() {
    const s = this.strings;
    const [h] = this.headingLevelOf();
    const level = Math.min(h, 4);
    const team = this.data.team;
    // a participant's link to this page's round: the participant's side, nothing of the team
    if (typeof location !== 'undefined' && fragmentRound(location.hash)) return html`<lg-round heading-level=${level} lang=${this.language}></lg-round>`;
    return html`<div class="meeting" lang=${this.language}>
      ${heading(level, s.title, 'title', 'title')} ${translationNote(this.framework)}
      ${this.data.teams.problem ? html`<p class="notice" part="notice">${s.storage}</p>` : nothing}
      <input id="team-file" type="file" accept=".json,application/json" hidden @change=${(e: Event) => void this.fileChosen(e.target as HTMLInputElement)} />
      ${team ? this.renderTeam(team, level + 1) : this.renderStart(level + 1)}
      ${this.sealed ? this.renderSealed() : nothing}
      <p class="status ${this.status.error ? 'error' : ''}" role="status" id="meeting-status">${this.status.text}</p>
    </div>`;
  }

  /** @internal Saving the file encrypted: the option, and the passphrase typed twice. */
  private renderEncrypt(): TemplateResult | typeof nothing {
    if (!canSeal()) return nothing;
    const p = PASSPHRASE_UI[this.language];
    return html`<div class="encrypt">
      <label class="check"><input type="checkbox" id="team-encrypt" .checked=${this.encrypt} aria-describedby="team-encrypt-hint"
        @change=${(e: Event) => this.setEncrypt((e.target as HTMLInputElement).checked)} /> ${p.encryptFile}</label>
      <p class="hint" id="team-encrypt-hint">${p.encryptHint}</p>
      ${this.encrypt
        ? html`${passphraseField('team-pass', 'passphrase', p.passphrase, 'new-password', 'team-pass-hint')}
            <p class="hint" id="team-pass-hint">${p.passphraseHint}</p>
            ${passphraseField('team-again', 'again', p.passphraseAgain, 'new-password')}`
        : nothing}
    </div>`;
  }

  /** @internal An encrypted team file: its passphrase, to open it. */
  private renderSealed(): TemplateResult {
    const p = PASSPHRASE_UI[this.language];
    return html`<form class="sealed" novalidate @submit=${(e: Event) => {
        e.preventDefault();
        void this.openSealed(e.target as HTMLFormElement);
      }}>
      <p>${p.sealedFile}</p>
      ${passphraseField('sealed-pass', 'passphrase', p.passphrase, 'current-password', 'meeting-status')}
      <p class="actions"><button type="submit" part="button" class="primary">${p.openFile}</button>
        ${button(this.strings.cancel, () => this.cancelSealed(), { cls: 'quiet' })}</p>
    </form>`;
  }

  /** @internal No team yet: a new one, its file, or one kept here. */
  private renderStart(level: number): TemplateResult {
    const s = this.strings;
    const kept = this.data.teams.items ?? [];
    return html`<p>${s.intro}</p>
      <form class="new-team" novalidate @submit=${(e: Event) => {
          e.preventDefault();
          this.createTeam(e.target as HTMLFormElement);
        }}>
        ${heading(level, s.newTeam)}
        <div class="field"><label for="team-name">${s.teamName}</label>
          <input id="team-name" name="team-name" maxlength="120" aria-describedby="team-name-hint meeting-status" />
          <p class="hint" id="team-name-hint">${s.teamNameHint}</p></div>
        <button type="submit" part="button" class="primary">${s.create}</button>
      </form>
      <p class="open-file">${button(s.openFile, () => void this.chooseFile('open'), { id: 'open-file' })} <span class="hint">${s.openFileHint}</span></p>
      ${kept.length
        ? html`<section aria-labelledby="kept-h">${heading(level, s.keptTeams, 'kept-h')}
            <ul class="kept" role="list">${kept.map((t) => html`<li><span>${t.name}</span> ${button(s.openTeam, () => void this.data.show(t).then(() => focusAfterRender(this, '#team-h')), { ariaLabel: `${s.openTeam}: ${t.name}` })}</li>`)}</ul>
          </section>`
        : nothing}`;
  }

  /** @internal The team: its file, its conflicts, the meeting in progress (or the button to start one), the past. */
  private renderTeam(team: Team, level: number): TemplateResult {
    const s = this.strings;
    const meeting = this.current;
    const ended = meetingsNewestFirst(team).filter((m) => m.ended);
    return html`<section class="team" part="team" aria-labelledby="team-h">
        ${heading(level, team.name, 'team-h')}
        <p class="actions">
          ${button(s.saveFile, () => void this.saveFile(), { cls: this.data.unsaved ? 'primary' : undefined, id: 'save-file' })}
          ${button(s.mergeFile, () => void this.chooseFile('merge'), { id: 'merge-file' })}
        </p>
        ${this.data.unsaved ? html`<p class="hint unsaved">${s.notSaved}</p>` : nothing}
        ${this.renderEncrypt()}
      </section>
      ${team.conflicts.length ? this.renderConflicts(team, level) : nothing}
      ${meeting
        ? this.renderMeeting(team, meeting, level)
        : html`<p>${button(s.startMeeting, () => this.startMeeting(), { cls: 'primary', id: 'start-meeting' })}</p>`}
      ${ended.length
        ? html`<section class="earlier" aria-labelledby="earlier-h">${heading(level, s.earlier, 'earlier-h')}
            <ul role="list">${ended.map(
              (m) => html`<li>${button(`${s.show}: ${this.day(m.day)}`, () => this.toggleMinutes(m.id), { expanded: this.shownMinutes === m.id })}
                ${this.shownMinutes === m.id ? this.renderMinutesBox(team, m, level + 1) : nothing}</li>`,
            )}</ul></section>`
        : nothing}
      ${renderTrend(leadershipRounds(team), this.framework, s, this.language, level, this.day)}`;
  }

  /** @internal Two versions of one record: the person chooses. */
  private renderConflicts(team: Team, level: number): TemplateResult {
    const s = this.strings;
    const words = (r: unknown) => ('what' in (r as object) ? agreementLine(r as Agreement, this.framework, s, this.day) + ` — ${s.statuses[(r as Agreement).status]}` : this.day((r as Meeting).day));
    return html`<section class="conflicts" aria-labelledby="conflicts-h">${heading(level, s.conflicts, 'conflicts-h')}
      <p>${s.conflictsIntro}</p>
      <ul role="list">${team.conflicts.map((c) => {
        const kept = (team[c.kind] as unknown[]).find((r) => (r as { id: string }).id === c.id);
        return html`<li class="conflict"><p>${words(kept)} ${button(s.keepThis, () => this.settleConflict(c, 'kept'))}</p>
          <p>${words(c.other)} ${button(s.takeOther, () => this.settleConflict(c, 'other'))}</p></li>`;
      })}</ul></section>`;
  }

  /** @internal The meeting in progress: its plan, then its phases in the plan's order. */
  private renderMeeting(team: Team, meeting: Meeting, level: number): TemplateResult {
    const s = this.strings;
    return html`<section class="current" aria-labelledby="meeting-h">
      ${heading(level, s.meetingOf(this.day(meeting.day)), 'meeting-h')}
      ${renderPlan(meeting.plan, s, level + 1, {
        move: (id, by) => this.changePlan(movePhase(meeting.plan, id, by)),
        skip: (id) => this.changePlan(toggleSkipped(meeting.plan, id)),
        minutes: (id, typed) => {
          const result = setMinutes(meeting.plan, id, typed);
          if (!result.ok) return this.status.say(s.minutesBad, true);
          this.changePlan(result.plan);
        },
        print: () => void printAlone(this.renderRoot.querySelector('.plan')!, LgMeeting.styles, this.language, `${s.plan}: ${team.name}`),
      })}
      ${meeting.plan.filter((p) => !p.skipped).map((p) => this.renderPhase(team, meeting, p.id, level + 1))}
    </section>`;
  }

  /** @internal One phase of the meeting. */
  private renderPhase(team: Team, meeting: Meeting, id: PhaseId, level: number): TemplateResult {
    const s = this.strings;
    const fw = this.framework;
    const body = {
      checkin: () => nothing,
      'follow-up': () => renderFollowUp(followUp(team, meeting), fw, s, this.day, (a, st) => this.setStatus(a, st)),
      round: () => html`<lg-round mode="facilitator" heading-level=${Math.min(level + 1, 5)} lang=${this.language}
        @lg-round-reveal=${(e: CustomEvent<RoundRevealed>) => this.roundRevealed(e.detail)}></lg-round>`,
      picture: () => nothing,
      dialogue: () => html`<fieldset class="talked"><legend>${s.talkedAbout}</legend>
        ${fw.focusAreas.map((a) => html`<label><input type="checkbox" .checked=${meeting.talkedAbout.includes(a.id)}
          @change=${(e: Event) => this.toggleTalked(a.id, (e.target as HTMLInputElement).checked)} />${a.title}</label>`)}</fieldset>`,
      agreements: () => renderNewAgreements(madeIn(team, meeting.id), fw, s, level + 1, this.agreementStatus, this.day, (v, form) => this.addAgreement(v, form)),
      close: () => html`<div class="field"><label for="meeting-notes">${s.meetingNotes}</label>
          <textarea id="meeting-notes" rows="3" maxlength="4000" .value=${meeting.notes}
            @change=${(e: Event) => void this.changeMeeting({ notes: (e.target as HTMLTextAreaElement).value })}></textarea></div>
        ${this.renderMinutesBox(team, meeting, level + 1)}
        <p>${button(s.endMeeting, () => void this.changeMeeting({ ended: true }).then(() => this.status.say(s.ended)), { id: 'end-meeting' })}</p>`,
    }[id];
    const phase = meeting.plan.find((p) => p.id === id)!;
    return html`<section class="phase ${id}" part="phase" aria-labelledby=${`phase-${id}`}>
      ${heading(level, html`${s.phases[id]} <span class="timebox">${phase.minutes} ${s.minutesUnit}</span>`, `phase-${id}`)}
      <p class="note">${s.notes[id]}</p>
      ${body()}
    </section>`;
  }

  /** @internal A meeting's minutes, with copy and print. */
  private renderMinutesBox(team: Team, meeting: Meeting, level: number): TemplateResult {
    const s = this.strings;
    return html`<div class="minutes-box" data-meeting=${meeting.id}>
      ${renderMinutes(minutesOf(team, meeting), this.framework, s, this.language, level, this.day)}
      <p class="actions">
        ${button(s.copyMinutes, () => void this.copyMinutes(meeting.id))}
        ${button(s.printMinutes, () => void this.printMinutes(meeting.id))}
      </p>
    </div>`;
  }

  /**
   * @internal The minutes of the meeting `id` as Markdown, from the team as it is now: a note typed a moment ago (its
   * change fired by the click itself) is in them although the screen has not rendered it yet.
   */
  private async copyMinutes(id: string): Promise<void> {
    const s = this.strings;
    const team = this.data.team;
    const meeting = team?.meetings.find((m) => m.id === id);
    if (!team || !meeting) return;
    const ok = await this.copier.copy(minutesMarkdown(minutesOf(team, meeting), this.framework, s, this.language, this.day));
    this.status.say(ok ? s.copied : s.copyFailed, !ok);
  }

  /** @internal Prints the minutes of the meeting `id` alone, once the screen shows the team as it is now. */
  private async printMinutes(id: string): Promise<void> {
    await this.updateComplete;
    const box = this.renderRoot.querySelector(`.minutes-box[data-meeting="${id}"] .minutes`);
    if (box) await printAlone(box, LgMeeting.styles, this.language, `${this.strings.minutes}: ${this.data.team?.name ?? ''}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lg-meeting': LgMeeting;
  }
}
