import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  QUESTION,
  SCALE,
  areaSeries,
  byDate,
  cleanContent,
  compareEntries,
  emptyAreas,
  exportJournal,
  formatDate,
  isEmptyContent,
  isIsoDate,
  isoDate,
  journalMarkdown,
  levelWords,
  parseJournalImport,
  planImport,
  talkMarkdown,
  type ImportPlan,
  type JournalContent,
  type JournalEntry,
  type JournalIssue,
  type ScaleLevel,
} from '../../content/journal';
import { FOCUS_AREA_IDS, type FocusArea, type FocusAreaId } from '../../content/model';
import type { StoreProblem } from '../shared/database';
import { openJournalStore, type JournalStore } from '../shared/journal-store';
import { LgElement, heading } from '../shared/lg-element';
import { controls } from '../shared/controls';
import { base } from '../shared/styles';
import { JOURNAL_UI, journalLabels, type JournalUi } from './reflection-journal.strings';
import { styles } from './reflection-journal.styles';

/** What is kept in localStorage while the person types. */
interface Draft {
  v: 1;
  /** The entry being edited (or already saved in memory only); absent for a new entry. */
  id?: string;
  /** That entry's date. */
  date?: string;
  content: JournalContent;
  /** When the draft was last written (ISO). */
  at: string;
}

/** Drafts kept here when localStorage cannot be used: they survive the element, not a reload. */
const memoryDrafts = new Map<string, string>();

const questionText = (fw: { reflection: { parts: { questions: { id: string; text: string }[] }[] }[] }, id: string) =>
  fw.reflection.flatMap((r) => r.parts.flatMap((p) => p.questions)).find((q) => q.id === id)?.text ?? id;

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

  declare private _entries: JournalEntry[] | undefined;
  declare private _content: JournalContent;
  declare private _draftId: string | undefined;
  declare private _draftDate: string | undefined;
  declare private _draftMode: 'local' | 'memory';
  declare private _restored: boolean;
  declare private _problem: StoreProblem | undefined;
  declare private _formMsg: string;
  declare private _dataMsg: string;
  declare private _talkMsg: string;
  declare private _issues: JournalIssue[] | undefined;
  declare private _plan: ImportPlan | undefined;
  /** 'all', or the id of the entry whose deletion awaits confirmation. */
  declare private _confirm: string | undefined;
  declare private _talkOpen: boolean;
  declare private _compare: [string, string] | undefined;

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

  private _track<T>(p: Promise<T>): Promise<T> {
    this._pending = Promise.all([this._pending, p]).catch(() => {});
    return p;
  }

  private _store(): Promise<JournalStore> {
    if (this.store) return Promise.resolve(this.store);
    return (this._opening ??= openJournalStore({ now: () => this.now() }).then((s) => {
      if (!this.isConnected) {
        s.close();
        this._opening = undefined;
      } else this._own = s;
      return s;
    }));
  }

  private async _reload(): Promise<void> {
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
  // the draft

  private _readDraft(): void {
    let raw: string | null | undefined;
    try {
      raw = localStorage.getItem(this.draftKey);
      this._draftMode = 'local';
    } catch {
      this._draftMode = 'memory';
    }
    raw ??= memoryDrafts.get(this.draftKey);
    if (!raw) return;
    try {
      const d = JSON.parse(raw) as Partial<Draft>;
      const content = cleanContent(d?.content);
      const id = typeof d?.id === 'string' && d.id ? d.id : undefined;
      if (isEmptyContent(content) && !id) return;
      this._content = content;
      this._draftId = id;
      this._draftDate = isIsoDate(d?.date) ? d.date : undefined;
      this._restored = true;
    } catch {
      /* a damaged draft is no draft */
    }
  }

  private _writeDraft(): void {
    const key = this.draftKey;
    const keep = !isEmptyContent(this._content) || !!this._draftId;
    const draft: Draft = { v: 1, id: this._draftId, date: this._draftDate, content: this._content, at: this.now().toISOString() };
    const text = JSON.stringify(draft);
    if (this._draftMode === 'memory') {
      if (keep) memoryDrafts.set(key, text);
      else memoryDrafts.delete(key);
      return;
    }
    try {
      if (keep) localStorage.setItem(key, text);
      else localStorage.removeItem(key);
      memoryDrafts.delete(key);
    } catch {
      // no localStorage, or it is full: keep the draft in memory and say so
      this._draftMode = 'memory';
      if (keep) memoryDrafts.set(key, text);
    }
  }

  private _clearDraft(): void {
    this._content = empty();
    this._draftId = undefined;
    this._draftDate = undefined;
    this._restored = false;
    this._writeDraft();
  }

  private _onInput(e: Event): void {
    const t = e.target as HTMLInputElement | HTMLTextAreaElement;
    const { area, field, question } = t.dataset;
    const content: JournalContent = {
      areas: Object.fromEntries(FOCUS_AREA_IDS.map((id) => [id, { ...this._content.areas[id] }])) as JournalContent['areas'],
      answers: { ...this._content.answers },
    };
    const a = area as FocusAreaId | undefined;
    if (a && a in content.areas) {
      if (field === 'level') {
        if (!(t as HTMLInputElement).checked) return;
        content.areas[a].level = t.value === '' ? null : (Number(t.value) as ScaleLevel);
      } else if (field === 'strengths' || field === 'develop') content.areas[a][field] = t.value;
      else return;
    } else if (question) {
      if (t.value) content.answers[question] = t.value;
      else delete content.answers[question];
    } else return;
    this._content = content;
    this._formMsg = '';
    this._writeDraft();
  }

  // ------------------------------------------------------------------------------------------
  // actions

  private get _s(): JournalUi {
    return JOURNAL_UI[this.language];
  }

  private _date(date: string): string {
    return formatDate(date, this._s.locale);
  }

  private _changed(action: 'save' | 'delete' | 'import' | 'clear'): void {
    this.dispatchEvent(new CustomEvent('change', { bubbles: true, composed: true, detail: { action } }));
  }

  /** Saves the form as an entry (new, or the one being edited). Resolves to the entry, or undefined if nothing was written. */
  save(): Promise<JournalEntry | undefined> {
    return this._track(this._save());
  }

  private async _save(): Promise<JournalEntry | undefined> {
    const s = this._s;
    if (isEmptyContent(this._content) && !this._draftId) {
      this._formMsg = s.nothingToSave;
      return undefined;
    }
    const store = await this._store();
    const entry = await store.save({ id: this._draftId, date: this._draftDate, ...this._content });
    await this._reload();
    if (store.persistent) {
      this._clearDraft();
      this._formMsg = s.saved(this._date(entry.date));
    } else {
      // not kept by the browser: the text stays in the form and in the draft, now tied to the entry
      this._draftId = entry.id;
      this._draftDate = entry.date;
      this._writeDraft();
      this._formMsg = s.savedMemory(this._date(entry.date));
    }
    this._changed('save');
    return entry;
  }

  private _onSubmit(e: Event): void {
    e.preventDefault();
    void this.save();
  }

  private _edit(entry: JournalEntry): void {
    if (!isEmptyContent(this._content) && this._draftId !== entry.id) {
      this._formMsg = this._s.finishDraftFirst;
      this._focus('#form-msg');
      return;
    }
    this._content = cleanContent(entry);
    this._draftId = entry.id;
    this._draftDate = entry.date;
    this._restored = false;
    this._formMsg = '';
    this._writeDraft();
    this._focus('#write-heading');
  }

  private _cancelEdit(): void {
    this._clearDraft();
    this._formMsg = this._s.draftDiscarded;
    this._focus('#write-heading');
  }

  private async _delete(entry: JournalEntry): Promise<void> {
    const store = await this._store();
    await store.delete(entry.id);
    if (this._draftId === entry.id) {
      this._draftId = undefined;
      this._draftDate = undefined;
      this._writeDraft();
    }
    this._confirm = undefined;
    await this._reload();
    this._dataMsg = '';
    this._formMsg = this._s.deleted(this._date(entry.date));
    this._changed('delete');
    this._focus('#history-heading');
  }

  /** Deletes every entry (no confirmation: the element's button asks first). */
  deleteAll(): Promise<void> {
    return this._track(this._deleteAll());
  }

  private async _deleteAll(): Promise<void> {
    const store = await this._store();
    await store.clear();
    this._confirm = undefined;
    this._plan = undefined;
    this._issues = undefined;
    await this._reload();
    this._dataMsg = this._s.deletedAll;
    this._changed('clear');
    this._focus('#data-heading');
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

  private _fileName(ext: string): string {
    return `${this._s.file}-${isoDate(this.now())}.${ext}`;
  }

  private async _export(kind: 'json' | 'md'): Promise<void> {
    const name = this._fileName(kind);
    const text = kind === 'json' ? await this.exportJson() : await this.exportMarkdown();
    this._download(name, text, kind === 'json' ? 'application/json' : 'text/markdown');
    this._dataMsg = this._s.exported(name);
  }

  private _download(name: string, text: string, type: string): void {
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** Reads an export file's text and shows what importing it would do (or what is wrong with it). Writes nothing. */
  previewImport(text: string): Promise<ImportPlan | undefined> {
    return this._track(this._preview(text));
  }

  private async _preview(text: string): Promise<ImportPlan | undefined> {
    this._dataMsg = '';
    this._confirm = undefined;
    const r = parseJournalImport(text);
    if (!r.ok) {
      this._issues = r.issues;
      this._plan = undefined;
      this._focus('#import-result');
      return undefined;
    }
    await this._reload();
    this._issues = undefined;
    this._plan = planImport(this._entries ?? [], r.entries);
    this._focus('#import-result');
    return this._plan;
  }

  /** Imports what the preview showed: every new or newer entry in one transaction, or none. */
  confirmImport(): Promise<void> {
    return this._track(this._applyImport());
  }

  private async _applyImport(): Promise<void> {
    const plan = this._plan;
    if (!plan) return;
    const store = await this._store();
    await store.restore(plan.toWrite);
    this._plan = undefined;
    await this._reload();
    const s = this._s;
    this._dataMsg = store.persistent
      ? s.imported(plan.toWrite.length, plan.items.length - plan.toWrite.length)
      : `${s.imported(plan.toWrite.length, plan.items.length - plan.toWrite.length)} ${s.importMemory}`;
    this._changed('import');
    this._focus('#data-msg');
  }

  private async _onFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      text = '';
    }
    input.value = '';
    await this.previewImport(text);
  }

  private async _copy(): Promise<void> {
    const text = this.talkMarkdown();
    try {
      await navigator.clipboard.writeText(text);
      this._talkMsg = this._s.copied;
    } catch {
      this._talkMsg = this._s.copyFailed;
      await this.updateComplete;
      const details = this.renderRoot.querySelector<HTMLDetailsElement>('#talk-md');
      if (details) details.open = true;
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#talk-md-text');
      area?.focus();
      area?.select();
    }
  }

  private _print(): void {
    this.setAttribute('printing', 'talk');
    const done = () => {
      this.removeAttribute('printing');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    try {
      window.print();
    } catch {
      done();
    }
  }

  private _focus(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  // ------------------------------------------------------------------------------------------
  // rendering

  override render() {
    const s = this._s;
    const [h, bad] = this.headingLevelOf();
    const level = Math.min(h, 5);
    return html`<div class="journal" lang=${this.language}>
      ${heading(level, s.title, 'title', 'title')}
      <p class="privacy" part="privacy">${lock()}<span>${s.privacy}</span></p>
      ${this._problem ? html`<p class="problem" part="problem" role="alert">${s.problem[this._problem]}</p>` : nothing}
      ${this._renderForm(level + 1)} ${this._renderHistory(level + 1)} ${this._renderTalk(level + 1)} ${this._renderData(level + 1)}
      ${bad}
    </div>`;
  }

  private _button(label: string, onClick: () => void, extra: { cls?: string; ariaLabel?: string; id?: string; expanded?: boolean } = {}): TemplateResult {
    return html`<button type="button" part="button" class=${extra.cls ?? nothing} id=${extra.id ?? nothing}
      aria-label=${extra.ariaLabel ?? nothing} aria-expanded=${extra.expanded === undefined ? nothing : String(extra.expanded)}
      @click=${onClick}>${label}</button>`;
  }

  private _renderForm(h: number): TemplateResult {
    const s = this._s;
    const fw = this.framework;
    const editing = this._draftId ? this._entries?.find((e) => e.id === this._draftId) : undefined;
    const date = this._draftDate ?? editing?.date ?? isoDate(this.now());
    const title = editing ? s.editEntry(this._date(editing.date)) : s.newEntry;
    const c = this._content;
    const q = (id: string) => questionText(fw, id);
    return html`<section class="write" aria-labelledby="write-heading">
      ${heading(h, title, 'write-heading')}
      <p class="date">${s.dateLine(this._date(date))}</p>
      <p class="hint" id="draft-hint">${this._draftMode === 'local' ? s.draftLocal : s.draftMemory}</p>
      ${this._restored ? html`<p class="restored">${s.draftRestored}</p>` : nothing}
      <form part="form" novalidate @submit=${this._onSubmit} @input=${this._onInput}>
        ${fw.focusAreas.map((area) => this._renderArea(area, c, q))}
        <div class="field">
          <label for="answer-overall">${q(QUESTION.overall)}</label>
          <textarea id="answer-overall" rows="3" data-question=${QUESTION.overall}
            .value=${live(c.answers[QUESTION.overall] ?? '')}></textarea>
        </div>
        <fieldset class="talk-q">
          <legend>${s.talkHeading}</legend>
          <label for="answer-talk">${q(QUESTION.talk)}</label>
          <textarea id="answer-talk" rows="3" data-question=${QUESTION.talk} .value=${live(c.answers[QUESTION.talk] ?? '')}></textarea>
        </fieldset>
        <div class="actions">
          <button type="submit" part="button" class="primary">${editing || this._draftId ? s.saveChanges : s.save}</button>
          ${this._draftId
            ? this._button(s.cancelEdit, () => this._cancelEdit())
            : this._restored && !isEmptyContent(c)
              ? this._button(s.discardDraft, () => this._cancelEdit())
              : nothing}
        </div>
        <p id="form-msg" class="msg" role="status" tabindex="-1">${this._formMsg}</p>
      </form>
    </section>`;
  }

  private _renderArea(area: FocusArea, c: JournalContent, q: (id: string) => string): TemplateResult {
    const s = this._s;
    const id = area.id as FocusAreaId;
    const note = c.areas[id] ?? { level: null, strengths: '', develop: '' };
    const option = (value: ScaleLevel | null, label: string) => html`<label class="step">
      <input type="radio" name=${`level-${id}`} value=${value ?? ''} data-area=${id} data-field="level"
        .checked=${live(note.level === value)} />
      <span>${label}</span>
    </label>`;
    return html`<fieldset class="area ${id}" part="area">
      <legend><span class="marker" aria-hidden="true"></span>${area.title}</legend>
      <fieldset class="scale">
        <legend>${s.whereNow}</legend>
        <div class="steps">${option(null, s.notAssessed)}${SCALE.map((l) => option(l, s.levels[l]))}</div>
      </fieldset>
      <div class="field">
        <label for=${`${id}-strengths`}>${q(QUESTION.strengths)}</label>
        <textarea id=${`${id}-strengths`} rows="2" data-area=${id} data-field="strengths" .value=${live(note.strengths)}></textarea>
      </div>
      <div class="field">
        <label for=${`${id}-develop`}>${q(QUESTION.develop)}</label>
        <textarea id=${`${id}-develop`} rows="2" data-area=${id} data-field="develop" .value=${live(note.develop)}></textarea>
      </div>
    </fieldset>`;
  }

  private _renderHistory(h: number): TemplateResult {
    const s = this._s;
    const entries = this._entries;
    // one time axis for every chart, so that a date sits at the same place in all four
    const times = (entries ?? []).map((e) => Date.parse(`${e.date}T00:00:00Z`));
    const span: [number, number] = [Math.min(...times), Math.max(...times)];
    return html`<section class="history" part="history" aria-labelledby="history-heading">
      ${heading(h, s.history, 'history-heading')}
      ${entries === undefined
        ? html`<p>${s.loading}</p>`
        : !entries.length
          ? html`<p>${s.noEntries}</p>`
          : html`${heading(h + 1, s.overTime)}
              <div class="charts">${this.framework.focusAreas.map((a) => this._chart(a, entries, span))}</div>
              ${this._table(entries)} ${heading(h + 1, s.entries)} ${this._list(entries)} ${heading(h + 1, s.compare, 'compare-heading')}
              ${entries.length < 2 ? html`<p>${s.compareNeedsTwo}</p>` : this._comparison(entries)}`}
    </section>`;
  }

  private _chart(area: FocusArea, entries: JournalEntry[], [t0, t1]: [number, number]): TemplateResult {
    const s = this._s;
    const id = area.id as FocusAreaId;
    const series = areaSeries(entries, id);
    const label = series.length
      ? s.chartLabel(area.title, series.map((p) => `${this._date(p.date)}: ${s.levels[p.level]}`).join('; '))
      : s.chartEmpty(area.title);
    const W = 400;
    const H = 130;
    const left = 104;
    const right = 12;
    const top = 12;
    const bottom = 28;
    const y = (l: number) => top + ((3 - l) * (H - top - bottom)) / 3;
    const times = series.map((p) => Date.parse(`${p.date}T00:00:00Z`));
    const x = (t: number) => (t1 === t0 ? (left + W - right) / 2 : left + ((t - t0) * (W - left - right)) / (t1 - t0));
    const pts = series.map((p, i) => [x(times[i]), y(p.level)] as const);
    const short = (t: number) => new Intl.DateTimeFormat(s.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(t);
    const [first, last] = [t0, t1];
    return html`<figure class="chart ${id}" part="chart">
      <figcaption><span class="marker" aria-hidden="true"></span>${area.title}</figcaption>
      <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${label}>
        ${SCALE.map(
          (l) => svg`<line class="grid" x1=${left} x2=${W - right} y1=${y(l)} y2=${y(l)} />
            <text class="axis" x=${left - 8} y=${y(l) + 4} text-anchor="end">${s.levels[l]}</text>`,
        )}
        ${pts.length > 1 ? svg`<polyline class="line" points=${pts.map((p) => p.join(',')).join(' ')} />` : nothing}
        ${pts.map(([px, py]) => svg`<circle class="dot" cx=${px} cy=${py} r="5" />`)}
        ${t1 > t0
          ? svg`<text class="axis" x=${left} y=${H - 8} text-anchor="start">${short(first)}</text>
              <text class="axis" x=${W - right} y=${H - 8} text-anchor="end">${short(last)}</text>`
          : svg`<text class="axis" x=${(left + W - right) / 2} y=${H - 8} text-anchor="middle">${short(first)}</text>`}
        ${series.length ? nothing : svg`<text class="axis empty" x=${(left + W - right) / 2} y=${y(1.5) + 4} text-anchor="middle">${s.notYet}</text>`}
      </svg>
    </figure>`;
  }

  private _table(entries: JournalEntry[]): TemplateResult {
    const s = this._s;
    const labels = journalLabels(this.language);
    return html`<div class="table-wrap"><table part="table">
      <caption>${s.tableCaption}</caption>
      <thead><tr><th scope="col">${s.date}</th>${FOCUS_AREA_IDS.map((id) => html`<th scope="col">${s.areaShort[id]}</th>`)}</tr></thead>
      <tbody>
        ${entries.map(
          (e) => html`<tr><th scope="row">${this._date(e.date)}</th>${FOCUS_AREA_IDS.map(
            (id) => html`<td>${levelWords(e.areas[id].level, labels)}</td>`,
          )}</tr>`,
        )}
      </tbody>
    </table></div>`;
  }

  private _list(entries: JournalEntry[]): TemplateResult {
    const s = this._s;
    return html`<ul class="entries">
      ${[...entries].reverse().map((e) => {
        const date = this._date(e.date);
        const confirming = this._confirm === e.id;
        return html`<li>
          <span class="entry-date">${s.entryOf(date)}</span>
          <span class="entry-actions">
            ${this._button(s.edit, () => this._edit(e), { ariaLabel: s.editLabel(date) })}
            ${this._button(s.delete, () => {
              this._confirm = e.id;
              this._focus('#confirm-keep');
            }, { ariaLabel: s.deleteLabel(date) })}
          </span>
          ${confirming
            ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
                <p id="confirm-text">${s.confirmDelete(date)}</p>
                ${this._button(s.confirmDeleteYes, () => void this._track(this._delete(e)), { cls: 'danger' })}
                ${this._button(s.keep, () => (this._confirm = undefined), { id: 'confirm-keep' })}
              </div>`
            : nothing}
        </li>`;
      })}
    </ul>`;
  }

  private _comparison(entries: JournalEntry[]): TemplateResult {
    const s = this._s;
    const labels = journalLabels(this.language);
    const ids = new Set(entries.map((e) => e.id));
    const [a, b] =
      this._compare && this._compare.every((id) => ids.has(id))
        ? this._compare
        : [entries.at(-2)!.id, entries.at(-1)!.id];
    const ea = entries.find((e) => e.id === a)!;
    const eb = entries.find((e) => e.id === b)!;
    const cmp = compareEntries(ea, eb);
    const pick = (which: 0 | 1) => (e: Event) => {
      const v = (e.target as HTMLSelectElement).value;
      this._compare = which === 0 ? [v, b] : [a, v];
    };
    const select = (id: string, label: string, value: string, which: 0 | 1) => html`<div class="field inline">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${pick(which)}>
        ${entries.map((e) => html`<option value=${e.id} ?selected=${e.id === value}>${this._date(e.date)}</option>`)}
      </select>
    </div>`;
    const da = this._date(cmp.earlier.date);
    const db = this._date(cmp.later.date);
    const fw = this.framework;
    const text = (t: string | undefined) => (t?.trim() ? html`<span class="text">${t}</span>` : s.empty);
    return html`<div class="compare">
      <div class="pickers">${select('compare-a', s.before, a, 0)} ${select('compare-b', s.after, b, 1)}</div>
      ${fw.focusAreas.map((area) => {
        const id = area.id as FocusAreaId;
        const c = cmp.areas[id];
        const x = cmp.earlier.areas[id];
        const y = cmp.later.areas[id];
        return html`<div class="table-wrap"><table class="side-by-side ${id}">
          <caption><span class="marker" aria-hidden="true"></span>${area.title}</caption>
          <thead><tr><td></td><th scope="col">${da}</th><th scope="col">${db}</th></tr></thead>
          <tbody>
            <tr><th scope="row">${s.whereNow}</th><td>${levelWords(x.level, labels)}</td>
              <td>${levelWords(y.level, labels)} <span class="change ${c.change}">(${s.change[c.change]})</span></td></tr>
            <tr><th scope="row">${questionText(fw, QUESTION.strengths)}</th><td>${text(x.strengths)}</td><td>${text(y.strengths)}</td></tr>
            <tr><th scope="row">${questionText(fw, QUESTION.develop)}</th><td>${text(x.develop)}</td><td>${text(y.develop)}</td></tr>
          </tbody>
        </table></div>`;
      })}
      ${[QUESTION.overall, QUESTION.talk].some((qid) => cmp.earlier.answers[qid]?.trim() || cmp.later.answers[qid]?.trim())
        ? html`<div class="table-wrap"><table class="side-by-side">
            <caption>${s.answersCaption}</caption>
            <thead><tr><td></td><th scope="col">${da}</th><th scope="col">${db}</th></tr></thead>
            <tbody>
              ${[QUESTION.overall, QUESTION.talk].map(
                (qid) => html`<tr><th scope="row">${questionText(fw, qid)}</th><td>${text(cmp.earlier.answers[qid])}</td>
                  <td>${text(cmp.later.answers[qid])}</td></tr>`,
              )}
            </tbody>
          </table></div>`
        : nothing}
    </div>`;
  }

  private _renderTalk(h: number): TemplateResult {
    const s = this._s;
    const fw = this.framework;
    const labels = journalLabels(this.language);
    const entries = this._entries ?? [];
    const latest = entries.at(-1);
    const level = fw.reflection.find((r) => r.id === 'overordnet-leder');
    const answer = [...entries].reverse().find((e) => e.answers[QUESTION.talk]?.trim())?.answers[QUESTION.talk];
    const open = this._talkOpen;
    return html`<section class="talk" part="talk" aria-labelledby="talk-heading">
      ${heading(h, s.talk, 'talk-heading')}
      <p class="no-print">${s.talkIntro}</p>
      <div class="actions no-print">
        ${this._button(open ? s.hideTalk : s.showTalk, () => {
          this._talkOpen = !open;
          this._talkMsg = '';
        }, { expanded: open, id: 'talk-toggle' })}
      </div>
      <div id="talk-sheet" class="sheet" ?hidden=${!open}>
        ${open
          ? html`${heading(h + 1, s.talkTitle)}
              <p>${s.talkQuestionLead(level?.title ?? '')}</p>
              <blockquote class="question">${questionText(fw, QUESTION.talk)}</blockquote>
              <p class="lead">${s.myAnswer}</p>
              <p class="text">${answer?.trim() ? answer : s.empty}</p>
              ${latest
                ? html`${heading(h + 1, s.latestEntry(this._date(latest.date)))}
                    ${fw.focusAreas.map((area) => {
                      const n = latest.areas[area.id as FocusAreaId];
                      return html`<div class="sheet-area ${area.id}">
                        ${heading(h + 2, html`<span class="marker" aria-hidden="true"></span>${area.title}`)}
                        <dl>
                          <dt>${s.whereNow}</dt><dd>${levelWords(n.level, labels)}</dd>
                          <dt>${questionText(fw, QUESTION.strengths)}</dt><dd class="text">${n.strengths.trim() || s.empty}</dd>
                          <dt>${questionText(fw, QUESTION.develop)}</dt><dd class="text">${n.develop.trim() || s.empty}</dd>
                        </dl>
                      </div>`;
                    })}
                    ${latest.answers[QUESTION.overall]?.trim()
                      ? html`<p class="lead">${questionText(fw, QUESTION.overall)}</p><p class="text">${latest.answers[QUESTION.overall]}</p>`
                      : nothing}`
                : html`<p>${s.noEntriesMd}</p>`}
              <div class="actions no-print">
                ${this._button(s.print, () => this._print())} ${this._button(s.copyMarkdown, () => void this._copy())}
              </div>
              <p class="msg no-print" role="status">${this._talkMsg}</p>
              <details id="talk-md" class="no-print">
                <summary>${s.markdown}</summary>
                <label for="talk-md-text" class="visually-hidden">${s.markdown}</label>
                <textarea id="talk-md-text" readonly rows="12" .value=${this.talkMarkdown()}></textarea>
              </details>`
          : nothing}
      </div>
    </section>`;
  }

  private _renderData(h: number): TemplateResult {
    const s = this._s;
    const n = this._entries?.length ?? 0;
    const plan = this._plan;
    const issues = this._issues;
    return html`<section class="data no-print" part="data" aria-labelledby="data-heading">
      ${heading(h, s.data, 'data-heading')}
      <p>${s.dataIntro}</p>
      <div class="actions">
        ${this._button(s.exportJson, () => void this._track(this._export('json')), { id: 'export-json' })}
        ${this._button(s.exportMarkdown, () => void this._track(this._export('md')), { id: 'export-md' })}
      </div>
      <div class="field">
        <label for="import-file">${s.importFile}</label>
        <input id="import-file" type="file" accept=".json,application/json" @change=${(e: Event) => void this._track(this._onFile(e))} />
      </div>
      <div id="import-result" tabindex="-1" class=${issues || plan ? 'result' : nothing}>
        ${issues
          ? html`<p class="problem">${s.importProblems}</p>
              <ul class="issues">${issues.map((i) => html`<li>${s.issues[i.code](i)}</li>`)}</ul>`
          : nothing}
        ${plan
          ? html`<p>${s.importPreview(plan.items.length)}</p>
              <ul class="plan">
                ${plan.items.map((i) => html`<li>${this._date(i.entry.date)} – ${s.status[i.status]}</li>`)}
              </ul>
              ${plan.toWrite.length
                ? html`<div class="actions">
                    ${this._button(s.importDo(plan.toWrite.length), () => void this.confirmImport(), { cls: 'primary', id: 'import-do' })}
                    ${this._button(s.importCancel, () => (this._plan = undefined))}
                  </div>`
                : html`<p>${s.importNothing}</p>
                    <div class="actions">${this._button(s.importCancel, () => (this._plan = undefined))}</div>`}`
          : nothing}
      </div>
      ${n
        ? html`<div class="actions">
            ${this._button(s.deleteAll, () => {
              this._confirm = 'all';
              this._focus('#confirm-all-keep');
            }, { cls: 'danger', id: 'delete-all', expanded: this._confirm === 'all' })}
          </div>`
        : nothing}
      ${this._confirm === 'all' && n
        ? html`<div class="confirm" role="group" aria-labelledby="confirm-all-text">
            <p id="confirm-all-text">${s.confirmDeleteAll(n)}</p>
            ${this._button(s.confirmDeleteAllYes, () => void this.deleteAll(), { cls: 'danger', id: 'confirm-all' })}
            ${this._button(s.keep, () => (this._confirm = undefined), { id: 'confirm-all-keep' })}
          </div>`
        : nothing}
      <p id="data-msg" class="msg" role="status" tabindex="-1">${this._dataMsg}</p>
    </section>`;
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
