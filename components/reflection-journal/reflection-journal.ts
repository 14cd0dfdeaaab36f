import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { formatDay, localDate } from '../../content/format';
import { byDate, exportJournal, isFutureDate, journalMarkdown, type ImportPlan, type JournalEntry } from '../../content/journal';
import * as model from '../../content/journal-draft';
import { exportBackup } from '../../content/backup';
import { canSeal } from '../../content/sealed';
import { Announcer } from '../shared/controllers/announcer';
import { Confirmation } from '../shared/controllers/confirmation';
import { PersistenceRequest } from '../shared/controllers/persistence';
import { ExportReminder } from '../shared/controllers/export-reminder';
import { RecordList, settled } from '../shared/controllers/record-list';
import { renderReminder } from '../shared/reminder';
import { PAGE } from '../shared/paging';
import { controls } from '../shared/controls';
import { LgJournalChangeEvent, type JournalAction } from '../shared/events';
import { focusAfterRender } from '../shared/focus';
import { listTasks } from '../shared/task-store';
import { listTeams } from '../shared/team-store';
import { PASSPHRASE_UI } from '../shared/passphrase.strings';
import { LgElement } from '../shared/lg-element';
import { base } from '../shared/styles';
import { Busy } from './busy';
import { JournalData } from './data-controller';
import { renderData } from './data-section';
import { DraftKeeper } from './draft-keeper';
import { fieldChange, renderForm } from './entry-form';
import { renderHistory } from './history';
import type { Pending } from './journal-port';
import { openJournalStore, type JournalOverview, type JournalStore } from './journal-store';
import { JournalLock } from './lock-controller';
import { renderTop } from './journal-top';
import { renderLocked, renderLockSection } from './lock-section';
import { JOURNAL_UI, journalLabels, type JournalUi } from './reflection-journal.strings';
import { styles } from './reflection-journal.styles';
import { SaveConflict } from './save-conflict';
import { TalkSheet } from './talk-controller';
import { renderTalk } from './talk-sheet';
import { WidthWatcher } from './width-watcher';

/**
 * The individual leader's private reflection journal: for each focus area where I am now, my strengths and where I
 * need to develop (the framework's own questions), dated by the clock (`now`) and kept in this browser's IndexedDB,
 * with the draft kept as it is typed (`draft-key`); the history (a chart per area, a table, two entries side by
 * side), the talk sheet for one's own leader, export and import (previewed, all or nothing, optionally encrypted),
 * and the lock (every entry encrypted at rest, the key only in memory). Nothing is ever sent anywhere.
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
 * @csspart conflict - A save refused because another tab saved the note since: both versions where they differ, and a choice.
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
    draft: { state: true },
    compare: { state: true },
    historyShown: { state: true },
  };

  /** The localStorage key of the draft. */
  declare draftKey: string;
  /** The clock: new entries are dated by it. */
  declare now: () => Date;
  /** The journal store; opened on first connection when unset. */
  declare store: JournalStore | undefined;
  /** @internal The entry being written (content/journal-draft). */
  private declare draft: model.EntryDraft;
  /** @internal The ids of the two entries compared (default: the last two). */
  private declare compare: [string, string] | undefined;
  /** @internal How many entries (the newest) the history's table and list show. */
  private declare historyShown: number;

  /** @internal */
  private readonly drafts = new DraftKeeper(this, () => this.draftKey);
  /** @internal The history as shown: every entry's day and levels, and the newest `historyShown` entries. */
  private readonly journal = new RecordList<JournalEntry, JournalStore, JournalOverview>(
    this,
    () => openJournalStore({ now: () => this.now() }),
    (store) => store.overview(this.historyShown),
  );
  /** @internal */
  private readonly persistence = new PersistenceRequest(this);
  /** @internal */
  private readonly reminder = new ExportReminder(this, 'lg-export-reminder-journal', () => this.now());
  /** @internal What awaits confirmation: one note's deletion, deleting all, or the lock. */
  private readonly deletion = new Confirmation<Pending>(this);
  /** @internal A key is being derived (unlocking, locking, an encrypted file): the buttons wait. */
  private readonly busy = new Busy(this);
  /** @internal */
  private readonly formStatus = new Announcer(this);
  /** @internal The width the charts are shown at: they are drawn at it, so their text keeps its size on a phone. */
  private readonly chartWidth = new WidthWatcher(this, '.chart svg');
  /** @internal The parts of the journal that own their state: its data (export, import), its lock, its talk sheet. */
  private readonly port = {
    ...{ host: this, journal: this.journal, busy: this.busy, deletion: this.deletion, reminder: this.reminder },
    ...{ strings: () => this.strings, passphrase: () => PASSPHRASE_UI[this.language], reload: () => this.reload(), now: () => this.now() },
    ...{ entries: () => this.entries(), exportJson: () => this.exportJson(), exportMarkdown: () => this.exportMarkdown(), exportBackup: () => this.exportBackup() },
    changed: (action: JournalAction) => void this.dispatchEvent(new LgJournalChangeEvent(action)),
  };
  /** @internal */
  private readonly data = new JournalData(this.port);
  /** @internal */
  private readonly talk = new TalkSheet({
    ...{ host: this, newest: () => this.journal.items?.newest ?? [], framework: () => this.framework, language: () => this.language },
    ...{ strings: () => this.strings, styles: LgReflectionJournal.styles },
  });
  /** @internal A save refused because another tab saved the note since: both versions, and a choice. */
  private readonly conflict = new SaveConflict({
    ...{ host: this, draft: () => this.draft, keep: (d: model.EntryDraft) => this.keep(d), save: () => this.save() },
    ...{ status: this.formStatus, strings: () => this.strings, language: () => this.language },
  });
  /** @internal */
  private readonly lock = new JournalLock({
    ...this.port,
    keepDraftInMemory: () => this.drafts.keepInMemory(),
    closeOpenNotes: () => void (this.data.reset(), this.talk.close()),
    clearAll: () => this.clearAll(),
  });

  constructor() {
    super();
    this.draftKey = 'lg-journal-draft';
    this.now = () => new Date();
    this.draft = model.emptyEntryDraft();
    this.historyShown = PAGE;
  }

  // ------------------------------------------------------------------------------------------
  // lifecycle and storage

  override connectedCallback(): void {
    super.connectedCallback();
    void this.reload();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // the draft kept from an earlier visit, read before the first render rather than at connection: a framework
    // (React's wrappers) sets `draftKey` after the element is in the page
    if (!this.hasUpdated) {
      const kept = this.drafts.read();
      if (kept) this.draft = { ...kept, restored: true };
    }
    // a locked journal keeps nothing of the draft readable in the browser (also when another tab locked it)
    if (this.lockState !== 'off') this.drafts.keepInMemory();
    // another tab wrote the draft: taken at once when this form is empty; otherwise the notice asks
    const arrived = this.drafts.arrived(this.draft);
    if (arrived) this.draft = arrived;
    // a store given (or changed) while connected: show its entries
    if (changed.has('store')) {
      this.journal.use(this.store);
      if (this.store && this.isConnected) void this.reload();
    }
  }

  /** Resolves when rendering and every pending storage operation (opening, saving, importing) are done. */
  protected override getUpdateComplete(): Promise<boolean> {
    return settled(this, [this.journal, this.talk.rounds], () => super.getUpdateComplete());
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
  }

  /** @internal Opens an entry in the form, unless another one is being written there. */
  private edit(entry: JournalEntry): void {
    if (!model.mayOpen(this.draft, entry)) {
      this.formStatus.say(this.strings.finishDraftFirst);
      return void focusAfterRender(this, '#form-msg');
    }
    this.conflict.close();
    this.keep(model.draftOfEntry(entry));
    this.formStatus.clear();
    void focusAfterRender(this, '#write-heading');
  }

  /** @internal After the notice of another tab's draft: the form takes the other's text (`theirs`), or keeps its own. */
  private settleDrafts(theirs: boolean): void {
    this.keep(this.drafts.choose(theirs, this.draft));
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
    return this.talk.markdown();
  }

  /**
   * Reads an export file's text and shows what importing it would do (or what is wrong with it). Writes nothing.
   * An encrypted file is opened with `passphrase`; without one, the element asks for it.
   */
  previewImport(text: string, passphrase?: string): Promise<ImportPlan | undefined> {
    return this.journal.track(this.data.preview(text, passphrase));
  }

  /** The lock's state: none (`off`), on and not opened in this page (`locked`), on and opened (`open`). */
  get lockState(): 'off' | 'locked' | 'open' {
    return this.lock.state;
  }

  /** Imports what the preview showed: every new or newer entry in one transaction, or none. */
  confirmImport(): Promise<void> {
    return this.journal.track(this.data.confirm());
  }

  /** The backup of everything this browser keeps here: the notes, the saved tasks and the teams (content/backup.ts). */
  async exportBackup(): Promise<string> {
    return exportBackup({ tasks: await listTasks(), entries: await this.entries(), teams: await listTeams() }, this.now());
  }

  // ------------------------------------------------------------------------------------------
  // the work behind the buttons

  /** @internal The element's own words, in its language. */
  private get strings(): JournalUi {
    return JOURNAL_UI[this.language];
  }

  /** @internal */
  private async saveEntry(): Promise<JournalEntry | undefined> {
    const s = this.strings;
    if (model.isBlank(this.draft)) return void this.formStatus.say(s.nothingToSave);
    if (this.draft.date && isFutureDate(this.draft.date, this.now())) {
      this.formStatus.say(s.futureDate, true);
      return void focusAfterRender(this, '#entry-date');
    }
    const store = await this.journal.open();
    // over the version this form began from: another tab's save since then is not overwritten, but asked about
    const written = await store.saveOver({ id: this.draft.id, date: this.draft.date, ...this.draft.content }, this.draft.basedOn);
    if (!written.ok) return void this.conflict.found(written.current);
    const entry = written.record;
    await this.reload();
    if (store.persistent) {
      // not awaited: Firefox asks the person, and the answer may take a while
      void this.persistence.ask();
      this.reminder.changed();
      this.keep(model.emptyEntryDraft());
      this.formStatus.say(s.saved(formatDay(entry.date, this.language)));
    } else {
      // not kept by the browser: the text stays in the form and in the draft, now tied to the entry
      this.keep(model.tiedTo(this.draft, entry));
      this.formStatus.say(s.savedMemory(formatDay(entry.date, this.language)));
    }
    this.port.changed('save');
    return entry;
  }

  /** @internal Deletes one entry (its button asks first); the form forgets it if it was being edited. */
  private async deleteEntry(entry: JournalEntry): Promise<void> {
    const store = await this.journal.open();
    await store.delete(entry.id);
    if (this.draft.id === entry.id) this.keep(model.untied(this.draft));
    this.deletion.close();
    await this.reload();
    this.data.status.clear();
    this.formStatus.say(this.strings.deleted(formatDay(entry.date, this.language)));
    this.port.changed('delete');
    void focusAfterRender(this, '#history-heading');
  }

  /** @internal */
  private async clearAll(): Promise<void> {
    const store = await this.journal.open();
    await store.clear();
    this.deletion.close();
    this.data.reset();
    await this.reload();
    this.data.status.say(this.strings.deletedAll);
    this.port.changed('clear');
    void focusAfterRender(this, '#data-heading');
  }

  /** @internal The two entries shown side by side. */
  private compareEntries(ids: [string, string]): void {
    this.compare = ids;
  }

  /** @internal Reads and shows the newest `n` entries; focus moves to the first one that was not shown before. */
  private async showHistory(n: number): Promise<void> {
    const before = this.historyShown;
    this.historyShown = n;
    await this.reload();
    void focusAfterRender(this, `.entries li:nth-child(${before + 1}) summary`);
  }

  // ------------------------------------------------------------------------------------------
  // rendering

  override render() {
    const s = this.strings;
    const fw = this.framework;
    const lang = this.language;
    const [h, bad] = this.headingLevelOf();
    const level = Math.min(h, 5);
    const points = this.journal.items?.points;
    const entries = this.journal.items?.newest ?? [];
    const d = this.draft;
    const editing = d.id ? points?.find((e) => e.id === d.id) : undefined;
    const track = (work: Promise<unknown>) => void this.journal.track(work);
    const p = PASSPHRASE_UI[lang];
    const lockView = this.lock.view();
    const lockHandlers = this.lock.handlers(track);
    const top = renderTop({ level, locked: lockView.state !== 'off', persistence: this.persistence.state, problem: this.journal.problem }, fw, s);
    if (lockView.state === 'locked')
      return html`<div class="journal" lang=${lang}>${top}${renderLocked(lockView, s, p, level + 1, this.lock.status, lockHandlers)}${bad}</div>`;
    return html`<div class="journal" lang=${lang}>
      ${top}
      ${points?.length ? renderReminder(this.reminder.view(s), { exportNow: () => track(this.data.exportFile('json')), notNow: () => this.reminder.reset() }) : nothing}
      ${renderForm(
        {
          draft: d,
          title: editing ? s.editEntry(formatDay(editing.date, lang)) : s.newEntry,
          date: d.date ?? editing?.date ?? localDate(this.now()),
          today: localDate(this.now()),
          editing: !!(editing || d.id),
          draftMode: this.drafts.mode,
          draftElsewhere: !!this.drafts.elsewhere,
        },
        fw, s, level + 1, this.formStatus,
        {
          submit: (e) => void (e.preventDefault(), this.save()),
          input: (e) => {
            const change = fieldChange(e.target as HTMLInputElement | HTMLTextAreaElement);
            if (!change) return;
            this.keep(model.editDraft(this.draft, change));
            this.formStatus.clear();
          },
          discard: () => {
            this.conflict.close();
            this.keep(model.emptyEntryDraft());
            this.formStatus.say(s.draftDiscarded);
            void focusAfterRender(this, '#write-heading');
          },
          useOtherDraft: () => this.settleDrafts(true),
          keepMyDraft: () => this.settleDrafts(false),
        },
      )}
      ${this.conflict.render(fw, journalLabels(lang))}
      ${renderHistory(
        { points, entries, confirming: this.deletion.pending?.kind === 'entry' ? this.deletion.pending.id : undefined, compare: this.compare, lang, labels: journalLabels(lang), shown: this.historyShown, chartWidth: this.chartWidth.width },
        fw, s, level + 1,
        {
          edit: (e) => this.edit(e),
          askDelete: (e) => this.deletion.ask({ kind: 'entry', id: e.id }, '#confirm-keep'),
          confirmDelete: (e) => track(this.deleteEntry(e)),
          keep: () => this.deletion.cancel(),
          compare: (ids) => this.compareEntries(ids),
          more: () => track(this.showHistory(this.historyShown + PAGE)),
          all: () => track(this.showHistory(Infinity)),
        },
      )}
      ${renderTalk(this.talk.view(), fw, s, level + 1, this.talk.status, this.talk.handlers)}
      ${renderData({ ...this.data.view(), count: points?.length ?? 0, confirmingAll: this.deletion.is({ kind: 'all' }), lang, canEncrypt: canSeal() }, s, p, level + 1, this.data.status, {
        ...this.data.handlers(track),
        askDeleteAll: () => this.deletion.ask({ kind: 'all' }, '#confirm-all-keep'),
        confirmDeleteAll: () => void this.deleteAll(),
        keep: () => this.deletion.cancel(),
      })}
      ${renderLockSection(lockView, s, p, level + 1, this.lock.status, lockHandlers)}
      ${bad}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lg-reflection-journal': LgReflectionJournal;
  }
}
