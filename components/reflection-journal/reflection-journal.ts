import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { byDate, emptyAreas, exportJournal, formatDate, journalMarkdown, talkMarkdown } from '../../content/journal';
import type { ImportPlan, JournalContent, JournalEntry, JournalIssue } from '../../content/journal';
import type { StoreProblem } from '../shared/database';
import { openJournalStore, type JournalStore } from '../shared/journal-store';
import { LgElement } from '../shared/lg-element';
import { heading } from '../shared/markup';
import { controls } from '../shared/controls';
import { base } from '../shared/styles';
import { JOURNAL_UI, journalLabels, type JournalUi } from './reflection-journal.strings';
import { styles } from './reflection-journal.styles';
import { readDraft, writeDraft, type DraftMode } from './draft';
import { applyInput, renderForm, saveEntry } from './entry-form';
import { renderHistory } from './history';
import { renderTalk } from './talk-sheet';
import { applyImport, clearJournal, previewFile, renderData } from './data-section';

const empty = (): JournalContent => ({ areas: emptyAreas(), answers: {} });

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
 * Export (JSON, Markdown), import (validated, previewed, all or nothing, duplicates recognised) and delete all.
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
 * @event change - The stored journal changed (`detail.action`: `save`, `delete`, `import` or `clear`). Bubbles, composed.
 *
 * @csspart title - The title heading.
 * @csspart privacy - The line saying that the notes stay in this browser.
 * @csspart problem - The message shown when notes cannot be kept in the browser.
 * @csspart form - The form for a new or edited entry.
 * @csspart area - Each focus area's fieldset in the form (its colour as the start border).
 * @csspart history - The history section.
 * @csspart chart - Each area's chart (a figure).
 * @csspart table - The table of every entry's levels.
 * @csspart talk - The printable preparation for the talk with one's leader.
 * @csspart data - The export, import and delete section.
 * @csspart button - Every button.
 * @csspart notice - The message shown for a malformed heading-level.
 *
 * @cssproperty --lg-font-family - Font stack (default: the system UI font).
 * @cssproperty --lg-font-size - Base font size (default 1rem).
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
    _entries: { state: true, attribute: false },
    _content: { state: true, attribute: false },
    _draftId: { state: true, attribute: false },
    _draftDate: { state: true, attribute: false },
    _draftMode: { state: true, attribute: false },
    _restored: { state: true, attribute: false },
    _problem: { state: true, attribute: false },
    _formMsg: { state: true, attribute: false },
    _dataMsg: { state: true, attribute: false },
    _talkMsg: { state: true, attribute: false },
    _issues: { state: true, attribute: false },
    _plan: { state: true, attribute: false },
    _confirm: { state: true, attribute: false },
    _talkOpen: { state: true, attribute: false },
    _compare: { state: true, attribute: false },
  };

  /** The localStorage key of the draft. */
  declare draftKey: string;
  /** The clock: new entries are dated by it. */
  declare now: () => Date;
  /** The journal store; opened on first connection when unset. */
  declare store: JournalStore | undefined;

  // State. Members documented `@private` are not public API (custom-elements.json lists them as private), but they
  // are not TypeScript-private either: this folder's section modules render them and act on them (entry-form.ts,
  // history.ts with chart.ts and comparison.ts, talk-sheet.ts, data-section.ts).

  /** Every entry, oldest first; undefined until the store has answered. @private */
  declare _entries: JournalEntry[] | undefined;
  /** The form's content (also the draft's). @private */
  declare _content: JournalContent;
  /** The entry being edited (or saved in memory only). @private */
  declare _draftId: string | undefined;
  /** That entry's date. @private */
  declare _draftDate: string | undefined;
  /** Where the draft is kept. @private */
  declare _draftMode: DraftMode;
  /** The form holds a draft restored from last time. @private */
  declare _restored: boolean;
  declare private _problem: StoreProblem | undefined;
  /** The form's status line. @private */
  declare _formMsg: string;
  /** The data section's status line. @private */
  declare _dataMsg: string;
  /** The talk sheet's status line. @private */
  declare _talkMsg: string;
  /** What is wrong with the file chosen for import. @private */
  declare _issues: JournalIssue[] | undefined;
  /** What importing the chosen file would do. @private */
  declare _plan: ImportPlan | undefined;
  /** 'all', or the id of the entry whose deletion awaits confirmation. @private */
  declare _confirm: string | undefined;
  /** The talk sheet is shown. @private */
  declare _talkOpen: boolean;
  /** The ids of the two entries compared (default: the last two). @private */
  declare _compare: [string, string] | undefined;

  private _opening?: Promise<JournalStore>;
  private _own?: JournalStore;
  private _pending: Promise<unknown> = Promise.resolve();

  constructor() {
    super();
    this.draftKey = 'lg-journal-draft';
    this.now = () => new Date();
    this._content = empty();
    this._draftMode = 'local';
    this._restored = false;
    this._formMsg = '';
    this._dataMsg = '';
    this._talkMsg = '';
    this._talkOpen = false;
  }

  // ------------------------------------------------------------------------------------------
  // lifecycle and storage

  override connectedCallback(): void {
    super.connectedCallback();
    this._readDraft();
    this._track(this._reload());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const own = this._own;
    this._own = undefined;
    this._opening = undefined;
    own?.close();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // a store given (or changed) while connected: show its entries
    if (changed.has('store') && this.store && this.isConnected) this._track(this._reload());
  }

  /** Resolves when rendering and every pending storage operation (opening, saving, importing) are done. */
  protected override async getUpdateComplete(): Promise<boolean> {
    for (let p = this._pending; ; p = this._pending) {
      await p;
      if (p === this._pending) break;
    }
    return super.getUpdateComplete();
  }

  /** Counts `p` as pending until it settles (see getUpdateComplete). @private */
  _track<T>(p: Promise<T>): Promise<T> {
    this._pending = Promise.all([this._pending, p]).catch(() => {});
    return p;
  }

  /** The store: the given one, else this element's own, opened on first use. @private */
  _store(): Promise<JournalStore> {
    if (this.store) return Promise.resolve(this.store);
    return (this._opening ??= openJournalStore({ now: () => this.now() }).then((s) => {
      if (!this.isConnected) {
        s.close();
        this._opening = undefined;
      } else this._own = s;
      return s;
    }));
  }

  /** Reads the entries (and any storage problem) from the store again. @private */
  async _reload(): Promise<void> {
    const store = await this._store();
    this._entries = await store.list();
    this._problem = store.reason;
    const ids = new Set(this._entries.map((e) => e.id));
    if (this._compare && !this._compare.every((id) => ids.has(id))) this._compare = undefined;
  }

  /** Every entry, oldest first, as stored (waits for the store to open; not for rendering). */
  async entries(): Promise<JournalEntry[]> {
    return (await (await this._store()).list()).sort(byDate);
  }

  // ------------------------------------------------------------------------------------------
  // the draft (see ./draft.ts) and the form's events

  private _readDraft(): void {
    const { mode, draft } = readDraft(this.draftKey);
    this._draftMode = mode;
    if (!draft) return;
    this._content = draft.content;
    this._draftId = draft.id;
    this._draftDate = draft.date;
    this._restored = true;
  }

  /** Keeps the form's content as the draft. @private */
  _writeDraft(): void {
    const draft = { id: this._draftId, date: this._draftDate, content: this._content };
    this._draftMode = writeDraft(this.draftKey, this._draftMode, draft, this.now());
  }

  /** Empties the form and the draft. @private */
  _clearDraft(): void {
    this._content = empty();
    this._draftId = undefined;
    this._draftDate = undefined;
    this._restored = false;
    this._writeDraft();
  }

  /** The form's input events. @private */
  _onInput(e: Event): void {
    const content = applyInput(this._content, e.target as HTMLInputElement | HTMLTextAreaElement);
    if (!content) return;
    this._content = content;
    this._formMsg = '';
    this._writeDraft();
  }

  /** The form's submit: saves. @private */
  _onSubmit(e: Event): void {
    e.preventDefault();
    void this.save();
  }

  // ------------------------------------------------------------------------------------------
  // public API (the work is done in the section modules: entry-form.ts, data-section.ts)

  /** Saves the form as an entry (new, or the one being edited). Resolves to the entry, or undefined if nothing was written. */
  save(): Promise<JournalEntry | undefined> {
    return this._track(saveEntry(this));
  }

  /** Deletes every entry (no confirmation: the element's button asks first). */
  deleteAll(): Promise<void> {
    return this._track(clearJournal(this));
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
    return talkMarkdown(this._entries ?? [], this.framework, journalLabels(this.language));
  }

  /** Reads an export file's text and shows what importing it would do (or what is wrong with it). Writes nothing. */
  previewImport(text: string): Promise<ImportPlan | undefined> {
    return this._track(previewFile(this, text));
  }

  /** Imports what the preview showed: every new or newer entry in one transaction, or none. */
  confirmImport(): Promise<void> {
    return this._track(applyImport(this));
  }

  // ------------------------------------------------------------------------------------------
  // for the section modules

  /** The element's own words, in its language. @private */
  get _s(): JournalUi {
    return JOURNAL_UI[this.language];
  }

  /** A YYYY-MM-DD date in words, in the element's language. @private */
  _date(date: string): string {
    return formatDate(date, this._s.locale);
  }

  /** Fires `change`: the stored journal changed. @private */
  _changed(action: 'save' | 'delete' | 'import' | 'clear'): void {
    this.dispatchEvent(new CustomEvent('change', { bubbles: true, composed: true, detail: { action } }));
  }

  // ------------------------------------------------------------------------------------------
  // rendering: each section in its own module

  override render() {
    const s = this._s;
    const [h, bad] = this.headingLevelOf();
    const level = Math.min(h, 5);
    return html`<div class="journal" lang=${this.language}>
      ${heading(level, s.title, 'title', 'title')}
      <p class="privacy" part="privacy">${lock()}<span>${s.privacy}</span></p>
      ${this._problem ? html`<p class="problem" part="problem" role="alert">${s.problem[this._problem]}</p>` : nothing}
      ${renderForm(this, level + 1)} ${renderHistory(this, level + 1)} ${renderTalk(this, level + 1)} ${renderData(this, level + 1)}
      ${bad}
    </div>`;
  }
}

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
