import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { formatDay, localDate } from '../../content/format';
import { byDate, exportJournal, isFutureDate, journalMarkdown, talkMarkdown, type GroupView } from '../../content/journal';
import type { RoundRecord } from '../../content/round';
import type { ImportPlan, JournalEntry } from '../../content/journal';
import * as model from '../../content/journal-draft';
import { Announcer } from '../shared/controllers/announcer';
import { Confirmation } from '../shared/controllers/confirmation';
import { Copier } from '../shared/controllers/copier';
import { DraftKeeper } from './draft-keeper';
import { PersistenceRequest } from '../shared/controllers/persistence';
import { ExportReminder } from '../shared/controllers/export-reminder';
import { renderReminder } from '../shared/reminder';
import { PAGE } from '../shared/paging';
import { RecordList } from '../shared/controllers/record-list';
import { WidthWatcher } from './width-watcher';
import { controls } from '../shared/controls';
import { downloadText } from '../shared/download';
import { printAlone } from '../shared/print';
import { LgJournalChangeEvent, type JournalAction } from '../shared/events';
import { focusAfterRender } from '../shared/focus';
import { openJournalStore, type JournalOverview, type JournalStore } from './journal-store';
import { openTaskStore } from '../shared/task-store';
import { openRoundStore, type RoundStore } from '../shared/round-store';
import { exportBackup } from '../../content/backup';
import { canSeal, isSealedFile, newPassphraseProblem, openFile, sealWithNewPassphrase } from '../../content/sealed';
import { PASSPHRASE_UI, type PassphraseUi } from '../shared/passphrase.strings';
import { LgElement } from '../shared/lg-element';
import { heading, translationNote } from '../shared/markup';
import { base } from '../shared/styles';
import { renderData } from './data-section';
import { fieldChange, renderForm } from './entry-form';
import { renderHistory } from './history';
import { renderLocked, renderLockSection, type LockView } from './lock-section';
import { JOURNAL_UI, journalLabels, type JournalUi } from './reflection-journal.strings';
import { styles } from './reflection-journal.styles';
import { renderTalk } from './talk-sheet';

/**
 * The individual leader's private reflection journal. For each focus area: where am I now (a four-step scale in
 * words), my strengths and where I need to develop — the framework's own questions — plus its question on how I
 * work with the four areas and its question for the talk with my own leader, in free text. Entries are dated by the
 * clock (`now`) and kept in this browser's IndexedDB (the database `ledelsesgrundlag`, store `journal`).
 *
 * What the person types is kept as a draft in localStorage (`draft-key`) as they type and restored after a
 * reload, until the entry is saved; where localStorage is unavailable the draft is kept in memory and the element
 * says so. If saving fails (storage full, another tab blocking the database upgrade, no IndexedDB) the entry is kept
 * in this tab, the draft is kept, and a message says what happened.
 *
 * The history shows each area's level over time (a small chart per area, an image whose text alternative lists
 * the values, and a table of every entry), and two entries side by side. "Forbered samtalen med min leder" gathers
 * the latest entry and the framework's question for leder/overordnet leder into a printable section and Markdown.
 * Export (JSON, Markdown), import (validated, previewed, all or nothing, duplicates recognised) and delete all;
 * the JSON exports can be encrypted with a passphrase, and an encrypted file asks for its passphrase before the
 * preview. The lock (*Lås dagbogen*) keeps every entry encrypted at rest with a passphrase whose key lives only in
 * memory; locked, the element shows nothing but the unlock field (components/reflection-journal/journal-store.ts).
 * Nothing is ever sent anywhere.
 *
 * @tagname lg-reflection-journal
 * @summary My reflection: private, dated notes on the four focus areas, with history, export and import.
 *
 * @attr heading-level - Level of the title heading, 2–5 (default 2); sections are one level below.
 * @attr draft-key - The localStorage key of this instance's draft (default `lg-journal-draft`).
 * @attr lang - Language (`da` or `en`); otherwise inherited from the nearest ancestor with `lang`, else Danish.
 *
 * @prop {() => Date} now - The clock: new entries are dated by it (default: the system clock).
 * @prop {JournalStore | undefined} store - The journal store to use; opened on first connection when unset.
 *
 * @event lg-journal-change - The stored reflections changed (`detail.action`: `save`, `delete`, `import` or `clear`). Bubbles, composed.
 *
 * @csspart translation-note - On the English translation: the note that it is unofficial and that the Danish text is the original.
 * @csspart title - The title heading.
 * @csspart privacy - The line saying that the notes stay in this browser.
 * @csspart persistence - After the first save: whether the browser has promised to keep the notes.
 * @csspart reminder - The quiet reminder to export, after 10 saved changes or a month without an export.
 * @csspart problem - The message shown when notes cannot be kept in the browser.
 * @csspart form - The form for a new or edited entry.
 * @csspart area - Each focus area's fieldset in the form (its colour as the start border).
 * @csspart history - The history section.
 * @csspart chart - Each area's chart (a figure).
 * @csspart table - The table of every entry's levels.
 * @csspart talk - The printable preparation for the talk with one's leader.
 * @csspart data - The export, import and delete section.
 * @csspart import-problems - The box with what is wrong with a file to import: its headline and each problem.
 * @csspart lock - The section that locks the journal with a passphrase (or, locked and opened, locks it again or removes the lock).
 * @csspart locked - All a locked journal shows below its title: the unlock field.
 * @csspart button - Every button.
 * @csspart notice - The message shown for a malformed heading-level.
 *
 * @cssproperty --lg-font-family - Font stack (default: the system UI font).
 * @cssproperty --lg-font-size - Base font size (default `max(1rem, 16px)`: grows with the page's root size, never below 16 px).
 * @cssproperty --lg-color-text - Text colour.
 * @cssproperty --lg-color-background - Background colour.
 * @cssproperty --lg-color-surface - Background of fieldsets, messages and the talk sheet.
 * @cssproperty --lg-color-border - Border colour.
 * @cssproperty --lg-color-focus - Focus outline, buttons and link colour.
 * @cssproperty --lg-color-faglighed - Accent of "faglighed".
 * @cssproperty --lg-color-innovation - Accent of "innovation".
 * @cssproperty --lg-color-mening - Accent of "mening".
 * @cssproperty --lg-color-drift - Accent of "drift".
 * @cssproperty --lg-radius - Corner radius.
 * @cssproperty --lg-space - Base spacing.
 */
export class LgReflectionJournal extends LgElement {
  static override styles = [base, controls, styles];

  static override properties: PropertyDeclarations = {
    draftKey: { attribute: 'draft-key' },
    now: { attribute: false },
    store: { attribute: false },
  };

  /** The localStorage key of the draft. */
  declare draftKey: string;
  /** The clock: new entries are dated by it. */
  declare now: () => Date;
  /** The journal store; opened on first connection when unset. */
  declare store: JournalStore | undefined;

  /** @internal The entry being written (content/journal-draft). */
  private draft: model.EntryDraft = model.emptyEntryDraft();
  /** @internal What importing the chosen file would do, or what is wrong with it. */
  private preview: model.ImportPreview | undefined;
  /** @internal The talk sheet is shown. */
  private talkOpen = false;
  /** @internal The id of the group's picture (a round of <lg-round>) shown beside mine on the talk sheet. */
  private talkGroup = '';
  /** @internal The ids of the two entries compared (default: the last two). */
  private compare: [string, string] | undefined;
  /** @internal The form that turns the lock on is open. */
  private lockFormOpen = false;
  /** @internal The JSON exports are encrypted with the passphrase typed beside them. */
  private encrypt = false;
  /** @internal The chosen file is encrypted: its text, until its passphrase is given (or the import cancelled). */
  private sealedText: string | undefined;
  /** @internal A key is being derived (unlocking, locking, an encrypted file): the buttons wait. */
  private working = false;
  /** @internal How many entries (the newest) the history's table and list show. */
  private historyShown = PAGE;
  /** @internal */
  private readonly drafts = new DraftKeeper(this, () => this.draftKey);
  /** @internal The history as shown: every entry's day and levels, and the newest `historyShown` entries. */
  private readonly journal = new RecordList<JournalEntry, JournalStore, JournalOverview>(
    this,
    () => openJournalStore({ now: () => this.now() }),
    (store) => store.overview(this.historyShown),
  );
  /** @internal The rounds of <lg-round> kept in this browser: their pictures of our leadership, for the talk sheet (read when it opens). */
  private readonly rounds = new RecordList<RoundRecord, RoundStore>(this, () => openRoundStore());
  /** @internal */
  private readonly persistence = new PersistenceRequest(this);
  /** @internal */
  private readonly reminder = new ExportReminder(this, 'lg-export-reminder-journal', () => this.now());
  /** @internal 'all', or the id of the entry whose deletion awaits confirmation. */
  private readonly deletion = new Confirmation<string>(this);
  /** @internal */
  private readonly formStatus = new Announcer(this);
  /** @internal */
  private readonly dataStatus = new Announcer(this);
  /** @internal */
  private readonly talkStatus = new Announcer(this);
  /** @internal */
  private readonly lockStatus = new Announcer(this);
  /** @internal */
  private readonly copier = new Copier(this);
  /** @internal The width the charts are shown at: they are drawn at it, so their text keeps its size on a phone. */
  private readonly chartWidth = new WidthWatcher(this, '.chart svg');

  constructor() {
    super();
    this.draftKey = 'lg-journal-draft';
    this.now = () => new Date();
  }

  // ------------------------------------------------------------------------------------------
  // lifecycle and storage

  override connectedCallback(): void {
    super.connectedCallback();
    const kept = this.drafts.read();
    if (kept) this.draft = { ...kept, restored: true };
    void this.reload();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // a locked journal keeps nothing of the draft readable in the browser (also when another tab locked it)
    if (this.lockState !== 'off') this.drafts.keepInMemory();
    this.otherDraftArrived();
    // a store given (or changed) while connected: show its entries
    if (changed.has('store')) {
      this.journal.use(this.store);
      if (this.store && this.isConnected) void this.reload();
    }
  }

  /** Resolves when rendering and every pending storage operation (opening, saving, importing) are done. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await Promise.all([this.journal.idle(), this.rounds.idle()]);
    return super.getUpdateComplete();
  }

  /** @internal Reads the history as shown (and any storage problem) from the store again. */
  private async reload(): Promise<void> {
    this.journal.use(this.store);
    const { newest } = await this.journal.refresh();
    if (this.compare && !this.compare.every((id) => newest.some((e) => e.id === id))) this.compare = undefined;
  }

  /** Every entry, oldest first, as stored (waits for the store to open; not for rendering). */
  async entries(): Promise<JournalEntry[]> {
    return (await (await this.journal.open()).list()).sort(byDate);
  }

  // ------------------------------------------------------------------------------------------
  // the draft

  /** @internal Takes the next draft, and keeps it. */
  private keep(next: model.EntryDraft): void {
    this.draft = next;
    this.drafts.write(next, this.now());
    this.requestUpdate();
  }

  /** @internal */
  private onInput(e: Event): void {
    const change = fieldChange(e.target as HTMLInputElement | HTMLTextAreaElement);
    if (!change) return;
    this.keep(model.editDraft(this.draft, change));
    this.formStatus.clear();
  }

  /** @internal Opens an entry in the form, unless another one is being written there. */
  private edit(entry: JournalEntry): void {
    if (!model.mayOpen(this.draft, entry)) {
      this.formStatus.say(this.strings.finishDraftFirst);
      void focusAfterRender(this, '#form-msg');
      return;
    }
    this.keep(model.draftOfEntry(entry));
    this.formStatus.clear();
    void focusAfterRender(this, '#write-heading');
  }

  /**
   * @internal Another tab wrote the draft: nothing to decide when it is the same text, or this form is empty (it
   * takes the other text); otherwise the notice asks.
   */
  private otherDraftArrived(): void {
    const other = this.drafts.elsewhere;
    if (!other) return;
    if (model.sameDraft(other, this.draft)) this.drafts.settle();
    else if (model.isBlank(this.draft)) {
      this.draft = { ...other, restored: false };
      this.drafts.settle();
    }
  }

  /** @internal The other tab's text becomes this form's (and the draft). */
  private useOtherDraft(): void {
    const other = this.drafts.elsewhere;
    this.drafts.settle();
    if (other) this.keep({ ...other, restored: false });
    void focusAfterRender(this, '#write-heading');
  }

  /** @internal This tab's text stays the draft (the other tab is told in turn). */
  private keepMyDraft(): void {
    this.drafts.settle();
    this.keep(this.draft);
    void focusAfterRender(this, '#write-heading');
  }

  /** @internal Empties the form and discards the draft (Cancel editing, Discard the draft). */
  private discard(): void {
    this.keep(model.emptyEntryDraft());
    this.formStatus.say(this.strings.draftDiscarded);
    void focusAfterRender(this, '#write-heading');
  }

  // ------------------------------------------------------------------------------------------
  // public API

  /** Saves the form as an entry (new, or the one being edited). Resolves to the entry, or undefined if nothing was written. */
  save(): Promise<JournalEntry | undefined> {
    return this.journal.track(this.saveEntry());
  }

  /** Deletes every entry (no confirmation: the element's button asks first). */
  deleteAll(): Promise<void> {
    return this.journal.track(this.clearAll());
  }

  /** The whole journal as the JSON export file. */
  async exportJson(): Promise<string> {
    return exportJournal(await this.entries());
  }

  /** The whole journal as Markdown, in the element's language. */
  async exportMarkdown(): Promise<string> {
    return journalMarkdown(await this.entries(), this.framework, journalLabels(this.language));
  }

  /** "Prepare the talk with my leader" as Markdown, in the element's language. */
  talkMarkdown(): string {
    return talkMarkdown(this.journal.items?.newest ?? [], this.framework, journalLabels(this.language), this.groupViews.find((g) => g.id === this.talkGroup));
  }

  /** @internal The group's pictures of our leadership (revealed rounds) in this browser, newest first. */
  private get groupViews(): (GroupView & { id: string })[] {
    return (this.rounds.items ?? []).flatMap((r) =>
      r.revealed && r.topic === 'leadership' ? [{ id: r.id, day: r.day, people: r.revealed.people, counts: r.revealed.counts }] : [],
    );
  }

  /**
   * Reads an export file's text and shows what importing it would do (or what is wrong with it). Writes nothing.
   * An encrypted file is opened with `passphrase`; without one, the element asks for it.
   */
  previewImport(text: string, passphrase?: string): Promise<ImportPlan | undefined> {
    return this.journal.track(isSealedFile(text) ? this.openSealed(text, passphrase) : this.showPreview(text));
  }

  /** The lock's state: none (`off`), on and not opened in this page (`locked`), on and opened (`open`). */
  get lockState(): 'off' | 'locked' | 'open' {
    return this.journal.store?.lock ?? 'off';
  }

  /** Imports what the preview showed: every new or newer entry in one transaction, or none. */
  confirmImport(): Promise<void> {
    return this.journal.track(this.applyImport());
  }

  // ------------------------------------------------------------------------------------------
  // the work behind the buttons

  /** @internal The element's own words, in its language. */
  private get strings(): JournalUi {
    return JOURNAL_UI[this.language];
  }

  /** @internal The words of passphrases and encrypted files, in the element's language. */
  private get passphraseStrings(): PassphraseUi {
    return PASSPHRASE_UI[this.language];
  }

  /** @internal Runs `work` (deriving a key takes a moment) with the buttons waiting. */
  private async waiting<T>(work: () => Promise<T>): Promise<T> {
    this.working = true;
    this.requestUpdate();
    try {
      return await work();
    } finally {
      this.working = false;
      this.requestUpdate();
    }
  }

  /** @internal A YYYY-MM-DD date in words, in the element's language. */
  private date(date: string): string {
    return formatDay(date, this.language);
  }

  /** @internal Fires `lg-journal-change`: the stored journal changed. */
  private changed(action: JournalAction): void {
    this.dispatchEvent(new LgJournalChangeEvent(action));
  }

  /** @internal */
  private async saveEntry(): Promise<JournalEntry | undefined> {
    const s = this.strings;
    if (model.isBlank(this.draft)) {
      this.formStatus.say(s.nothingToSave);
      return undefined;
    }
    if (this.draft.date && isFutureDate(this.draft.date, this.now())) {
      this.formStatus.say(s.futureDate, true);
      void focusAfterRender(this, '#entry-date');
      return undefined;
    }
    const store = await this.journal.open();
    const entry = await store.save({ id: this.draft.id, date: this.draft.date, ...this.draft.content });
    await this.reload();
    if (store.persistent) {
      // not awaited: Firefox asks the person, and the answer may take a while
      void this.persistence.ask();
      this.reminder.changed();
      this.keep(model.emptyEntryDraft());
      this.formStatus.say(s.saved(this.date(entry.date)));
    } else {
      // not kept by the browser: the text stays in the form and in the draft, now tied to the entry
      this.keep(model.tiedTo(this.draft, entry));
      this.formStatus.say(s.savedMemory(this.date(entry.date)));
    }
    this.changed('save');
    return entry;
  }

  /** @internal Deletes one entry (its button asks first); the form forgets it if it was being edited. */
  private async deleteEntry(entry: JournalEntry): Promise<void> {
    const store = await this.journal.open();
    await store.delete(entry.id);
    if (this.draft.id === entry.id) this.keep(model.untied(this.draft));
    this.deletion.close();
    await this.reload();
    this.dataStatus.clear();
    this.formStatus.say(this.strings.deleted(this.date(entry.date)));
    this.changed('delete');
    void focusAfterRender(this, '#history-heading');
  }

  /** @internal */
  private async clearAll(): Promise<void> {
    const store = await this.journal.open();
    await store.clear();
    this.deletion.close();
    this.preview = undefined;
    await this.reload();
    this.dataStatus.say(this.strings.deletedAll);
    this.changed('clear');
    void focusAfterRender(this, '#data-heading');
  }

  /** @internal */
  private async showPreview(text: string): Promise<ImportPlan | undefined> {
    this.sealedText = undefined;
    this.dataStatus.clear();
    this.deletion.close();
    this.preview = model.previewImport(await this.entries(), text);
    this.requestUpdate();
    void focusAfterRender(this, '#import-result');
    return this.preview.plan;
  }

  /** @internal */
  private async applyImport(): Promise<void> {
    const { plan, tasks = [] } = this.preview ?? {};
    if (!plan) return;
    const store = await this.journal.open();
    const s = this.strings;
    // a backup's tasks and notes go in together, in one transaction over both stores, or not at all; notes alone
    // go into the journal's store (in memory where the browser keeps nothing)
    const written = tasks.length ? await store.restoreWithTasks(tasks, plan.toWrite) : (await store.restore(plan.toWrite), true);
    this.preview = undefined;
    await this.reload();
    const done = s.imported(plan.toWrite.length, plan.items.length - plan.toWrite.length) + (tasks.length ? s.importedTasks(tasks.length) : '');
    this.dataStatus.say(!written ? s.importNotKept : store.persistent ? done : `${done} ${s.importMemory}`, !written);
    if (written) this.changed('import');
    void focusAfterRender(this, '#data-msg');
  }

  /** @internal Reads the chosen file (an unreadable one counts as empty) and previews importing it. */
  private async readFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text().catch(() => '');
    input.value = '';
    await this.previewImport(text);
  }

  /**
   * @internal An encrypted file: without a passphrase, asks for it; with one, opens the file and previews what it
   * holds, or says why it cannot be opened (a wrong passphrase keeps the question open).
   */
  private async openSealed(text: string, passphrase: string | undefined): Promise<ImportPlan | undefined> {
    this.preview = undefined;
    this.dataStatus.clear();
    this.sealedText = text;
    this.requestUpdate();
    if (passphrase === undefined) {
      void focusAfterRender(this, '#sealed-pass');
      return undefined;
    }
    const opened = await this.waiting(() => openFile(text, passphrase));
    if (opened.ok) return this.showPreview(opened.text);
    const wrong = opened.issue.code === 'passphrase';
    if (!wrong) this.sealedText = undefined;
    this.dataStatus.say(this.passphraseStrings.issues[opened.issue.code], true);
    void focusAfterRender(this, wrong ? '#sealed-pass' : '#data-msg');
    return undefined;
  }

  /** @internal The passphrase of the encrypted file was sent. */
  private onSealedSubmit(e: SubmitEvent): void {
    e.preventDefault();
    const passphrase = String(new FormData(e.target as HTMLFormElement).get('passphrase') ?? '');
    if (this.sealedText !== undefined && !this.working) void this.previewImport(this.sealedText, passphrase);
  }

  /**
   * @internal A JSON export as it is downloaded: encrypted with the passphrase typed beside the buttons when that
   * is asked for; undefined (and the reason said) when the passphrase will not do.
   */
  private async finished(text: string): Promise<string | undefined> {
    if (!this.encrypt) return text;
    const field = (id: string) => this.renderRoot.querySelector<HTMLInputElement>(id)?.value ?? '';
    const sealed = await this.waiting(() => sealWithNewPassphrase(text, field('#export-pass'), field('#export-again')));
    if (sealed.ok) return sealed.text;
    this.dataStatus.say(this.passphraseStrings.problem[sealed.problem], true);
    if (sealed.problem !== 'crypto') void focusAfterRender(this, sealed.problem === 'too-short' ? '#export-pass' : '#export-again');
    return undefined;
  }

  /** @internal Downloads a JSON export, encrypted when asked, and says so. */
  private async downloadJson(name: string, text: string): Promise<void> {
    const file = await this.finished(text);
    if (file === undefined) return;
    downloadText(this.renderRoot, name, file, 'application/json;charset=utf-8');
    this.dataStatus.say(this.encrypt ? this.passphraseStrings.exportedEncrypted(name) : this.strings.exported(name));
    this.reminder.reset();
  }

  // ------------------------------------------------------------------------------------------
  // the lock

  /** @internal The form that turns the lock on was sent: checks the passphrase and the warning, then locks. */
  private async turnLockOn(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (this.working) return;
    const s = this.strings;
    const data = new FormData(e.target as HTMLFormElement);
    const passphrase = String(data.get('passphrase') ?? '');
    const problem = newPassphraseProblem(passphrase, String(data.get('again') ?? ''));
    if (problem) {
      this.lockStatus.say(this.passphraseStrings.problem[problem], true);
      return void focusAfterRender(this, problem === 'too-short' ? '#lock-pass' : '#lock-again');
    }
    if (data.get('understood') !== 'on') {
      this.lockStatus.say(s.notUnderstood, true);
      return void focusAfterRender(this, '#lock-understood');
    }
    this.lockStatus.say(s.locking);
    const store = await this.journal.open();
    const failed = await this.waiting(() => store.setLock(passphrase));
    if (!failed) {
      this.lockFormOpen = false;
      this.drafts.keepInMemory();
    }
    await this.reload();
    this.lockStatus.say(failed ? s.lockProblem[failed] : s.lockedDone, !!failed);
    void focusAfterRender(this, failed ? '#lock-msg' : '#lock-now');
  }

  /** @internal The unlock form was sent. */
  private async unlock(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (this.working) return;
    const s = this.strings;
    const passphrase = String(new FormData(e.target as HTMLFormElement).get('passphrase') ?? '');
    this.lockStatus.say(s.unlocking);
    const store = await this.journal.open();
    const ok = passphrase ? await this.waiting(() => store.unlock(passphrase)) : false;
    if (!ok) {
      this.lockStatus.say(s.wrongPassphrase, true);
      return void focusAfterRender(this, '#unlock-pass');
    }
    this.deletion.close();
    await this.reload();
    this.lockStatus.say(s.unlocked);
    void focusAfterRender(this, '#write-heading');
  }

  /** @internal Forgets the key: the journal shows the unlock field again. */
  private async lockNow(): Promise<void> {
    (await this.journal.open()).forget();
    this.preview = this.sealedText = undefined;
    this.talkOpen = false;
    this.deletion.close();
    await this.reload();
    this.lockStatus.clear();
    void focusAfterRender(this, '#unlock-pass');
  }

  /** @internal Takes the lock off (its button asks first). */
  private async removeLock(): Promise<void> {
    const store = await this.journal.open();
    const failed = await this.waiting(() => store.removeLock());
    this.deletion.close();
    await this.reload();
    this.lockStatus.say(failed ? this.strings.lockProblem[failed] : this.strings.lockRemoved, !!failed);
    void focusAfterRender(this, failed ? '#lock-msg' : '#lock-start');
  }

  /** @internal Locked, with the passphrase forgotten: deletes every note and the lock (its button asks first). */
  private async deleteLocked(): Promise<void> {
    await this.clearAll();
    this.lockStatus.clear();
  }

  /** @internal Why the lock cannot be turned on here, if it cannot. */
  private get lockUnavailable(): 'crypto' | 'storage' | undefined {
    if (!canSeal()) return 'crypto';
    const store = this.journal.store;
    return store && !store.persistent && store.lock === 'off' ? 'storage' : undefined;
  }

  /** The backup of everything this browser keeps here: the notes and the saved tasks (content/backup.ts). */
  async exportBackup(): Promise<string> {
    const tasks = await openTaskStore();
    try {
      return exportBackup({ tasks: await tasks.list(), entries: await this.entries() }, this.now());
    } finally {
      tasks.close();
    }
  }

  /** @internal Downloads the backup as `<backupFile>-<today>.json` (encrypted when asked), and says so. */
  private async downloadBackup(): Promise<void> {
    await this.downloadJson(`${this.strings.backupFile}-${localDate(this.now())}.json`, await this.exportBackup());
  }

  /** @internal Downloads the whole journal as `<file>-<today>.json` (encrypted when asked) or `.md`, and says so. */
  private async exportFile(kind: 'json' | 'md'): Promise<void> {
    const name = `${this.strings.file}-${localDate(this.now())}.${kind}`;
    if (kind === 'json') return this.downloadJson(name, await this.exportJson());
    downloadText(this.renderRoot, name, await this.exportMarkdown(), 'text/markdown;charset=utf-8');
    this.dataStatus.say(this.strings.exported(name));
  }

  /** @internal Copies the sheet as Markdown; where the clipboard fails, opens the Markdown and selects it to copy by hand. */
  private async copyTalk(): Promise<void> {
    if (await this.copier.copy(this.talkMarkdown())) this.talkStatus.say(this.strings.copied);
    else {
      this.talkStatus.say(this.strings.copyFailed);
      await this.copier.select('#talk-md-text');
    }
  }

  /** @internal Prints the sheet alone, as its own pages (not the page around the journal). */
  private printTalk(): void {
    const sheet = this.renderRoot.querySelector('#talk-sheet');
    if (sheet) void printAlone(sheet, LgReflectionJournal.styles, this.language, this.strings.talkTitle);
  }

  /** @internal Reads and shows the newest `n` entries; focus moves to the first one that was not shown before. */
  private async showHistory(n: number): Promise<void> {
    const before = this.historyShown;
    this.historyShown = n;
    await this.reload();
    void focusAfterRender(this, `.entries li:nth-child(${before + 1}) button`);
  }

  // ------------------------------------------------------------------------------------------
  // rendering

  override render() {
    const s = this.strings;
    const fw = this.framework;
    const lang = this.language;
    const labels = journalLabels(lang);
    const [h, bad] = this.headingLevelOf();
    const level = Math.min(h, 5);
    const points = this.journal.items?.points;
    const entries = this.journal.items?.newest ?? [];
    const problem = this.journal.problem;
    const d = this.draft;
    const editing = d.id ? points?.find((e) => e.id === d.id) : undefined;
    const track = (work: Promise<unknown>) => void this.journal.track(work);
    const p = this.passphraseStrings;
    const lockView: LockView = {
      state: this.lockState,
      setting: this.lockFormOpen,
      unavailable: this.lockUnavailable,
      confirming: this.deletion.is('lock'),
      busy: this.working,
    };
    const lockHandlers = {
      open: () => {
        this.lockFormOpen = true;
        this.lockStatus.clear();
        void focusAfterRender(this, '#lock-pass');
      },
      cancel: () => {
        this.lockFormOpen = false;
        this.lockStatus.clear();
        void focusAfterRender(this, '#lock-start');
      },
      lock: (e: SubmitEvent) => track(this.turnLockOn(e)),
      unlock: (e: SubmitEvent) => track(this.unlock(e)),
      lockNow: () => track(this.lockNow()),
      ask: () => this.deletion.ask('lock', lockView.state === 'locked' ? '#delete-locked-keep' : '#remove-lock-keep'),
      confirm: () => track(lockView.state === 'locked' ? this.deleteLocked() : this.removeLock()),
      keep: () => this.deletion.cancel(),
    };
    const top = html`${heading(level, s.title, 'title', 'title')}
      <p class="privacy" part="privacy">${lock()}<span>${inExtension() ? s.privacyExtension : this.lockState !== 'off' ? s.privacyLocked : s.privacy}</span></p>
      ${translationNote(fw)}
      ${this.persistence.state ? html`<p class="persistence" part="persistence">${s.persistence[this.persistence.state]}</p>` : nothing}
      ${problem ? html`<p class="problem" part="problem" role="alert">${s.problem[problem]}</p>` : nothing}`;
    if (lockView.state === 'locked')
      return html`<div class="journal" lang=${lang}>${top}${renderLocked(lockView, s, p, level + 1, this.lockStatus, lockHandlers)}${bad}</div>`;
    return html`<div class="journal" lang=${lang}>
      ${top}
      ${points?.length ? renderReminder(this.reminder.view(s), { exportNow: () => void this.exportFile('json'), notNow: () => this.reminder.reset() }) : nothing}
      ${renderForm(
        {
          draft: d,
          title: editing ? s.editEntry(this.date(editing.date)) : s.newEntry,
          date: d.date ?? editing?.date ?? localDate(this.now()),
          today: localDate(this.now()),
          editing: !!(editing || d.id),
          draftMode: this.drafts.mode,
          draftElsewhere: !!this.drafts.elsewhere,
        },
        fw,
        s,
        level + 1,
        this.formStatus,
        {
          submit: (e) => {
            e.preventDefault();
            void this.save();
          },
          input: (e) => this.onInput(e),
          discard: () => this.discard(),
          useOtherDraft: () => this.useOtherDraft(),
          keepMyDraft: () => this.keepMyDraft(),
        },
      )}
      ${renderHistory({ points, entries, confirming: this.deletion.pending, compare: this.compare, lang, labels, shown: this.historyShown, chartWidth: this.chartWidth.width }, fw, s, level + 1, {
        edit: (e) => this.edit(e),
        askDelete: (e) => this.deletion.ask(e.id, '#confirm-keep'),
        confirmDelete: (e) => track(this.deleteEntry(e)),
        keep: () => this.deletion.cancel(),
        compare: (ids) => {
          this.compare = ids;
          this.requestUpdate();
        },
        more: () => track(this.showHistory(this.historyShown + PAGE)),
        all: () => track(this.showHistory(Infinity)),
      })}
      ${renderTalk(
        {
          open: this.talkOpen,
          entries,
          markdown: this.talkOpen ? this.talkMarkdown() : '',
          lang,
          labels,
          groups: this.groupViews,
          group: this.groupViews.find((g) => g.id === this.talkGroup),
        },
        fw,
        s,
        level + 1,
        this.talkStatus,
        {
          toggle: () => {
            this.talkOpen = !this.talkOpen;
            this.talkStatus.clear();
            if (this.talkOpen) void this.rounds.refresh();
          },
          chooseGroup: (id) => {
            this.talkGroup = id;
            this.requestUpdate();
          },
          print: () => this.printTalk(),
          copy: () => void this.copyTalk(),
        },
      )}
      ${renderData(
        {
          count: points?.length ?? 0,
          preview: this.preview,
          confirmingAll: this.deletion.is('all'),
          lang,
          encrypt: this.encrypt,
          canEncrypt: canSeal(),
          sealedFile: this.sealedText !== undefined,
          busy: this.working,
        },
        s,
        p,
        level + 1,
        this.dataStatus,
        {
        exportJson: () => track(this.exportFile('json')),
        exportMarkdown: () => track(this.exportFile('md')),
        exportBackup: () => track(this.downloadBackup()),
        fileChosen: (e) => track(this.readFile(e)),
        encryptChanged: (e) => {
          this.encrypt = (e.target as HTMLInputElement).checked;
          this.requestUpdate();
          if (this.encrypt) void focusAfterRender(this, '#export-pass');
        },
        openSealed: (e) => this.onSealedSubmit(e),
        doImport: () => void this.confirmImport(),
        cancelImport: () => {
          this.preview = this.sealedText = undefined;
          this.dataStatus.clear();
          this.requestUpdate();
        },
        askDeleteAll: () => this.deletion.ask('all', '#confirm-all-keep'),
        confirmDeleteAll: () => void this.deleteAll(),
        keep: () => this.deletion.cancel(),
        },
      )}
      ${renderLockSection(lockView, s, p, level + 1, this.lockStatus, lockHandlers)}
      ${bad}
    </div>`;
  }
}

/** On a page of the browser extension, whose storage no other site's script can read. */
const inExtension = (): boolean => /^(chrome|moz)-extension:$/.test(location.protocol);

/** A small padlock, decoration beside the privacy line. */
function lock(): TemplateResult {
  return html`<svg class="lock" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" stroke-width="1.6" />
    <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
  </svg>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'lg-reflection-journal': LgReflectionJournal;
  }
}
