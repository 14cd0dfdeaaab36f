import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { KEYWORDS } from '../../content/keywords';
import { lookup } from '../../content/lookup';
import type { FocusAreaId, ReflectionPart } from '../../content/model';
import { suggestWeights } from '../../content/suggest';
import { taskMarkdown } from '../../content/task-markdown';
import * as draft from '../../content/task-draft';
import { exportTasks, planTaskImport, type SavedTask } from '../../content/task-file';
import { readTasksFrom } from '../../content/backup';
import { formatWeights, type Weight, type Weights } from '../../content/task-weights';
import { Announcer } from '../shared/controllers/announcer';
import { Confirmation } from '../shared/controllers/confirmation';
import { Copier } from '../shared/controllers/copier';
import { PersistenceRequest } from '../shared/controllers/persistence';
import { ExportReminder } from '../shared/controllers/export-reminder';
import { RecordList, settled } from '../shared/controllers/record-list';
import { controls } from '../shared/controls';
import { scaleStyles } from '../shared/scales';
import { downloadText } from '../shared/download';
import { printAlone } from '../shared/print';
import { focusAfterRender } from '../shared/focus';
import { LgElement } from '../shared/lg-element';
import { heading, translationNote } from '../shared/markup';
import { base } from '../shared/styles';
import type { Newest } from '../shared/record-store';
import { openTaskStore, type TaskStore } from '../shared/task-store';
import { renderActions, renderQuestion, renderStatus, type PendingQuestion } from './actions';
import { renderBalance } from './balance';
import { renderFields, renderSummary } from './fields';
import { internalsOf, syncForm } from './form-control';
import { renderSays } from './framework-text';
import { heartMeterStyles } from '../shared/heart-meter';
import { renderSaved } from './saved-tasks';
import { PAGE } from '../shared/paging';
import { renderScales } from './scales';
import { renderSuggestion } from './suggestion';
import { STRINGS, type TaskPickerStrings } from './task-picker.strings';
import { FILE_ISSUES, taskIssueText } from '../shared/file-issues';
import { styles } from './task-picker.styles';
import { isBadLinkPage, linkPageFor } from './link-page';

const VALID = 'faglighed=0–3&innovation=0–3&mening=0–3&drift=0–3';

/**
 * Answers the framework's question for one concrete task: "Hvilke af de fire fokusområder for ledelse kalder
 * opgaven i særlig grad på?". The person writes the task (title, optional description), says for each focus area
 * how much the task calls for it (0 "Næsten ikke" … 3 "I særlig grad", one native radio group per area), sees the
 * balance as a heart whose quadrants fill with the weights (with an equivalent table), and reads what the framework
 * says about the strongest areas. Actions: save in the browser (IndexedDB), copy as Markdown, copy a link with the
 * state in its fragment, print, download and import JSON. It can suggest weights from the task's words, always
 * explained and never applied without acceptance.
 *
 * A form control: with `name`, the surrounding form submits `<name>` (the weights, e.g.
 * `faglighed=2&innovation=3&mening=1&drift=0`), `<name>-task` and `<name>-description`. Supports `required`,
 * `disabled` (also from a disabled fieldset), form reset and restore. A malformed `value` keeps what is valid,
 * shows a short notice and warns once in the console.
 *
 * @tagname lg-task-picker
 * @summary Which focus areas does a task call for? A weighted picker, also a form control.
 *
 * @attr value - The weights as `faglighed=2&innovation=3&mening=1&drift=0` (missing areas are 0); the initial value, restored on form reset.
 * @attr task - The task's title (initial; restored on form reset).
 * @attr description - The task's description (initial; restored on form reset).
 * @attr name - The form field name; the form then also submits `<name>-task` and `<name>-description`.
 * @attr required - Invalid until at least one area has a weight above 0.
 * @attr readonly - Shows the result only: title, description, heart and the framework's text; no inputs, actions or saved tasks.
 * @attr disabled - Disables every control.
 * @attr no-storage - Never saves in the browser: no Save button and no saved list (e.g. inside a project template's form); inside a form it implies `no-actions`.
 * @attr no-actions - No action buttons (save, copy, print, export and import JSON, new task): the form around it is the record.
 * @attr link-page - The page *Kopiér link* points to, e.g. the intranet's page with the picker (which needs `url-state`); relative to this page; default this page itself. On the browser extension's own pages, which nobody else can open, without it the task is copied as Markdown instead, and the person is told why.
 * @attr url-state - Reads the state from the page's URL fragment (`#opgave=…`) on connect and on `hashchange`; a link that opens a task scrolls to the picker and moves focus to it.
 * @attr draft-key - The localStorage key the form is kept under between visits (default `lg-task-draft`), so a reload loses no unsaved task; not with `no-storage`, nor where the picker is given a `task`, `description` or `value` of its own.
 * @attr heading-level - Level of the top heading, 1–6 (default 2); sections are one or two levels below.
 * @attr lang - Language (`da` or `en`); otherwise inherited from the nearest ancestor with `lang`, else Danish.
 *
 * @event input - While the task changes: a radio, typing in title or description. Bubbles, composed.
 * @event change - When a change is committed: a radio, title or description committed, a suggestion applied, a task opened, imported or cleared. Bubbles, composed.
 *
 * @csspart translation-note - On the English translation: the note that it is unofficial and that the Danish text is the original.
 * @csspart heading - Every heading.
 * @csspart fields - The title and description fields.
 * @csspart scale - Each area's fieldset of four radios.
 * @csspart heart - The heart whose quadrants show the weights.
 * @csspart table - The table of the weights in words.
 * @csspart framework-text - What the framework says about the strongest areas.
 * @csspart suggestion - The suggestion from the text.
 * @csspart actions - The row of action buttons.
 * @csspart question - A question with two answers: before an import, what the file would add or replace (never an older task over a newer one) or that it would replace unsaved work; after a save refused because another tab saved the task since, which version should count.
 * @csspart button - Every button.
 * @csspart status - The live region reporting each action's outcome.
 * @csspart saved - The saved tasks.
 * @csspart persistence - After the first save: whether the browser has promised to keep the saved tasks.
 * @csspart reminder - The quiet reminder to export, after 10 saved changes or a month without an export.
 * @csspart notice - Messages about bad input or storage.
 *
 * @cssproperty --lg-font-family - Font stack (default: the system UI font).
 * @cssproperty --lg-font-size - Base font size (default `max(1rem, 16px)`: grows with the page's root size, never below 16 px).
 * @cssproperty --lg-color-text - Text colour.
 * @cssproperty --lg-color-background - Background colour.
 * @cssproperty --lg-color-surface - Background of fields, the suggestion and notices.
 * @cssproperty --lg-color-border - Border colour.
 * @cssproperty --lg-color-focus - Focus outline colour.
 * @cssproperty --lg-color-faglighed - Accent of "faglighed" (also its quadrant of the heart); likewise innovation, mening, drift.
 * @cssproperty --lg-radius - Corner radius.
 * @cssproperty --lg-space - Base spacing.
 */
export class LgTaskPicker extends LgElement {
  static formAssociated = true;
  static override shadowRootOptions = { ...LgElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [base, controls, heartMeterStyles, scaleStyles, styles];

  static override properties: PropertyDeclarations = {
    value: { noAccessor: true },
    task: { noAccessor: true },
    description: { noAccessor: true },
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    noStorage: { type: Boolean, attribute: 'no-storage' },
    noActions: { type: Boolean, attribute: 'no-actions' },
    urlState: { type: Boolean, attribute: 'url-state' },
    linkPage: { attribute: 'link-page' },
    draftKey: { attribute: 'draft-key' },
    asking: { state: true },
  };

  /** The form field name. */
  declare name: string;
  declare required: boolean;
  declare readonly: boolean;
  declare disabled: boolean;
  declare noStorage: boolean;
  declare noActions: boolean;
  declare urlState: boolean;
  /** The page a copied link opens (the intranet's picker page, with `url-state`); default this page. */
  declare linkPage: string | null;
  /** The localStorage key the form is kept under between visits (default `lg-task-draft`). */
  declare draftKey: string;

  /** @internal The task being weighed (content/task-draft). */
  private draft: draft.TaskDraft = draft.emptyDraft();
  /**
   * @internal The page gave the picker a task or weights of its own (an attribute, a property, the browser's form
   * restore) before its first render: the form kept from an earlier visit does not come back over them.
   */
  private given = false;
  /** @internal Disabled by a disabled fieldset around it. */
  private formDisabled = false;
  /** @internal A question that waits for an answer: an import, or a save another tab got to first (actions.ts). */
  private declare asking: PendingQuestion | undefined;
  /** @internal */
  private readonly internals = internalsOf(this);
  /** @internal */
  private readonly status = new Announcer(this);
  /** @internal */
  private readonly copier = new Copier(this);
  /** @internal */
  private readonly deletion = new Confirmation<string>(this);
  /** @internal The newest saved tasks (as many as are shown), and how many there are: a long list costs no more. */
  private readonly saved = new RecordList<SavedTask, TaskStore, Newest<SavedTask>>(
    this,
    () => openTaskStore(),
    (store) => store.newest(this.savedShown),
  );
  /** @internal */
  private readonly persistence = new PersistenceRequest(this);
  /** @internal */
  private readonly reminder = new ExportReminder(this, 'lg-export-reminder-tasks', () => new Date());
  /** @internal How many saved tasks (newest first) are shown. */
  private savedShown = PAGE;

  constructor() {
    super();
    this.required = this.readonly = this.disabled = this.noStorage = this.noActions = this.urlState = false;
    this.linkPage = null;
    this.draftKey = 'lg-task-draft';
  }

  /** The weights as `faglighed=2&innovation=3&mening=1&drift=0` (canonical order, always all four areas). */
  get value(): string {
    return formatWeights(this.draft.weights);
  }
  set value(v: string) {
    this.given = true;
    this.change(draft.withValue(this.draft, v));
  }

  /** The weights as an object; setting it (anything 0–3 per area, the rest counts as 0) updates `value`. */
  get weights(): Weights {
    return { ...this.draft.weights };
  }
  set weights(w: Weights) {
    this.given = true;
    this.change(draft.withWeights(this.draft, w));
  }

  /** The task's title. */
  get task(): string {
    return this.draft.task;
  }
  set task(v: string) {
    this.given = true;
    this.change(draft.withText(this.draft, 'task', v));
  }

  /** The task's description. */
  get description(): string {
    return this.draft.description;
  }
  set description(v: string) {
    this.given = true;
    this.change(draft.withText(this.draft, 'description', v));
  }

  /** Focuses the title field (the first control); readonly, the element itself. */
  override focus(options?: FocusOptions): void {
    const first = this.renderRoot?.querySelector<HTMLElement>('#task');
    if (first) first.focus(options);
    else super.focus(options);
  }

  // ----- the form control ----------------------------------------------------------------------

  /** The form this element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? this.closest('form');
  }
  get validity(): ValidityState {
    const missing = this.missing;
    return this.internals?.validity ?? ({ valid: !missing, valueMissing: missing } as ValidityState);
  }
  get validationMessage(): string {
    return this.internals?.validationMessage ?? (this.missing ? this.strings.required : '');
  }
  get willValidate(): boolean {
    return this.internals?.willValidate ?? false;
  }
  checkValidity(): boolean {
    return this.internals?.checkValidity() ?? !this.missing;
  }
  reportValidity(): boolean {
    return this.internals?.reportValidity() ?? !this.missing;
  }

  /** @internal Form reset: back to the attributes' values (the initial ones), no saved task open, no suggestion. */
  formResetCallback(): void {
    const reset = draft.draftOf({ task: this.getAttribute('task') ?? '', description: this.getAttribute('description') ?? '' });
    this.change(draft.withValue(reset, this.getAttribute('value') ?? ''));
  }
  /** @internal */
  formDisabledCallback(off: boolean): void {
    this.formDisabled = off;
    this.requestUpdate();
  }
  /** @internal Form restore (back/forward, reload): the state given to the form, as a URL fragment. */
  formStateRestoreCallback(state: unknown): void {
    this.given = true;
    const s = draft.stateFromFragment(typeof state === 'string' ? state : '');
    if (s) this.change(draft.draftOf(s));
  }

  // ----- lifecycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
  }

  /**
   * Before the first render, not at connection: a framework (React's wrappers) sets the properties — `draftKey`,
   * `noStorage`, a task of the app's own — after the element is in the page and before it renders.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.hasUpdated) return;
    this.restoreForm();
    if (this.urlState) this.onHash();
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.readonly && !this.noStorage && !this.saved.items) void this.saved.refresh();
    this.syncForm();
  }

  /** Resolves when rendering and any storage operation under way (opening, saving, importing) are done. */
  protected override getUpdateComplete(): Promise<boolean> {
    return settled(this, [this.saved], () => super.getUpdateComplete());
  }

  // ----- state --------------------------------------------------------------------------------

  /** @internal The element's own words, in its language. */
  private get strings(): TaskPickerStrings {
    return STRINGS[this.language];
  }
  /** @internal */
  private get missing(): boolean {
    return draft.isMissing(this.draft, this.required);
  }
  /** @internal The framework's question for a specific task (level "arbejdsfællesskaber"). */
  private get question(): ReflectionPart {
    return lookup(this.framework).question('arbejdsfaellesskaber.opgave')!.part;
  }

  /** @internal Takes the next draft: renders it and tells the form at once. */
  private change(next: draft.TaskDraft): void {
    const old = this.draft;
    this.draft = next;
    if (next.weights !== old.weights || next.badValue !== old.badValue) this.requestUpdate('value', formatWeights(old.weights));
    if (next.task !== old.task) this.requestUpdate('task', old.task);
    if (next.description !== old.description) this.requestUpdate('description', old.description);
    this.requestUpdate();
    this.syncForm();
  }

  /** @internal */
  private syncForm(): void {
    if (!this.internals) return;
    syncForm(this.internals, {
      name: this.name,
      draft: this.draft,
      missing: this.missing ? this.strings.required : undefined,
      anchor: this.renderRoot?.querySelector<HTMLElement>('input[type=radio]') ?? undefined,
    });
  }

  /** @internal The form is kept between visits where the browser may keep things (not with `no-storage`). */
  private get keepsForm(): boolean {
    return !this.readonly && !this.noStorage;
  }

  /**
   * @internal The form as the person left it on this page (a reload, a closed tab), unless the editor gave the picker a
   * task or value of its own; said once the language is settled.
   */
  private restoreForm(): void {
    if (!this.keepsForm || this.given) return;
    let kept: draft.TaskDraft | undefined;
    try {
      kept = draft.readKeptForm(localStorage.getItem(this.draftKey));
    } catch {
      return; // localStorage refused: nothing was kept
    }
    if (!kept) return;
    this.change(kept);
    void this.updateComplete.then(() => this.status.say(this.strings.formRestored));
  }

  /** @internal Keeps the form as it is now, for the next visit (an empty form keeps nothing). */
  private keepForm(): void {
    if (!this.keepsForm) return;
    try {
      const kept = draft.keptForm(this.draft);
      if (kept) localStorage.setItem(this.draftKey, kept);
      else localStorage.removeItem(this.draftKey);
    } catch {
      /* localStorage refused or full: the form lives as long as the page */
    }
  }

  /**
   * @internal Fires `input`, `change` or (without a type) both from the host: a change the person made, so the form is
   * kept too.
   */
  private fire(only?: 'input' | 'change'): void {
    this.keepForm();
    const o = { bubbles: true, composed: true };
    if (only !== 'change') this.dispatchEvent(new Event('input', o));
    if (only !== 'input') this.dispatchEvent(new Event('change', o));
  }

  /** @internal A link that opens a task: the task in the form, the picker scrolled into view and focused. */
  private onHash = (): void => {
    const link = this.urlState ? draft.readTaskLink(location.hash) : undefined;
    if (!link) return;
    // read on connect, before the first render has settled the language: said once it has (in the page's language)
    if ('problem' in link) return void this.updateComplete.then(() => this.status.say(this.strings.badLink, true));
    this.change(draft.draftOf(link.state));
    void this.updateComplete.then(() => {
      this.scrollIntoView({ block: 'start' });
      this.focus({ preventScroll: true });
    });
  };

  /** @internal Without action buttons: asked for, or implied by no-storage inside a form (the form is the record). */
  private get actionsShown(): boolean {
    return !this.noActions && !(this.noStorage && this.form);
  }

  /** @internal Enter in the title submits the form around the picker, as in a native text field. */
  private onKey(e: KeyboardEvent): void {
    const t = e.composedPath()[0] as HTMLElement;
    if (e.key !== 'Enter' || t.id !== 'task' || e.isComposing) return;
    const form = this.form;
    if (!form) return;
    e.preventDefault();
    form.requestSubmit();
  }

  /** @internal Input and change from the inputs inside: stopped here, and dispatched once from the host. */
  private onEdit(e: Event): void {
    e.stopPropagation();
    const t = e.target as HTMLInputElement;
    if (t.type === 'file') {
      if (e.type === 'change') void this.saved.track(this.importFile(t));
      return;
    }
    if (t.type === 'radio') {
      // A weight is chosen at once, as a native radio is: input and change go out together on the radio's first
      // event, so no render of the page between them (React's, setting a controlled value) can undo the choice.
      const weight = Number(t.value) as Weight;
      if (!t.checked || this.draft.weights[t.name as FocusAreaId] === weight) return;
      this.change(draft.withWeight(this.draft, t.name as FocusAreaId, weight));
      return this.fire();
    } else if (t.name === 'task' || t.name === 'description') this.change(draft.withText(this.draft, t.name, t.value));
    else return;
    this.fire(e.type as 'input' | 'change');
  }

  // ----- actions ------------------------------------------------------------------------------

  /** @internal Suggests weights from the title and description, and moves focus to the suggestion. */
  private suggest(): void {
    const { task, description } = this.draft;
    this.change(draft.withSuggestion(this.draft, suggestWeights(`${task}\n${description}`, KEYWORDS[this.language])));
    void focusAfterRender(this, '#sug-h');
  }

  /** @internal */
  private useSuggestion(): void {
    this.change(draft.applySuggestion(this.draft));
    this.fire();
    this.status.say(this.strings.used);
    void focusAfterRender(this, '#suggest');
  }

  /** @internal */
  private dismissSuggestion(): void {
    this.change(draft.withSuggestion(this.draft, undefined));
    void focusAfterRender(this, '#suggest');
  }

  /** @internal Opens a task in the form (and, when asked, says so), and moves focus to its title. */
  private openTask(t: SavedTask, announce?: boolean): void {
    this.change(draft.draftOf({ ...t, task: t.title }));
    this.fire();
    if (announce) this.status.say(this.strings.opened + (t.title || this.strings.untitled));
    void focusAfterRender(this, '#task');
  }

  /**
   * @internal Saves the form, over the version it began from (or `over`, the other tab's version the person chose to
   * save over): where another tab has saved the task since, nothing is written and the person is asked.
   */
  private async save(over?: string): Promise<void> {
    const store = await this.saved.open();
    const { savedId, task, description, weights } = this.draft;
    const existed = !!savedId && !!(await store.get(savedId));
    const written = await store.saveOver({ id: savedId, title: task, description, weights }, over ?? this.draft.basedOn);
    if (!written.ok) {
      this.asking = { kind: 'conflict', current: written.current };
      this.status.clear();
      return void focusAfterRender(this, '#question-yes');
    }
    const kept = written.record;
    this.change({ ...this.draft, savedId: kept.id, basedOn: kept.updatedAt });
    this.keepForm();
    await this.saved.refresh();
    const s = this.strings;
    // what this save did: written (though others may still wait in memory), or kept in memory only
    const memoryOnly = !store.persistent && store.inMemory(kept.id);
    this.status.say(memoryOnly ? s.savedMemory : existed ? s.updated : s.saved, memoryOnly);
    // not awaited: Firefox asks the person, and the answer may take a while
    if (store.persistent) {
      void this.persistence.ask();
      this.reminder.changed();
    }
  }

  /** @internal Downloads every saved task as one tasks file (what the import reads back). */
  private async exportSaved(): Promise<void> {
    const tasks = await (await this.saved.open()).list();
    downloadText(this.renderRoot, `${this.strings.savedFile}.json`, exportTasks(tasks), 'application/json');
    this.status.say(this.strings.exportedSaved(tasks.length));
    this.reminder.reset();
  }

  /** @internal Puts `text` on the clipboard; where that fails, shows it to copy by hand, selected. */
  private async copy(text: string, ok: string, why = ''): Promise<void> {
    const said = (message: string) => (why ? `${why} ${message}` : message);
    if (await this.copier.copy(text)) this.status.say(said(ok));
    else {
      this.status.say(said(this.strings.copyFailed), true);
      await this.copier.select('.copy textarea');
    }
  }

  /** @internal */
  private copyMarkdown(): Promise<void> {
    return this.copy(this.markdown(), this.strings.copiedMd);
  }

  /** @internal The task as Markdown. */
  private markdown(): string {
    return taskMarkdown(draft.stateOf(this.draft), this.framework, this.strings, this.question.questions[0].text);
  }

  /** @internal */
  private async copyLink(): Promise<void> {
    const state = draft.stateOf(this.draft);
    // a link that would not open the task again is not copied: the person is told why, and where the Markdown is
    if (!draft.linkCarries(state)) return this.status.say(this.strings.linkTooLong(draft.MAX_TITLE, draft.MAX_DESCRIPTION), true);
    const page = linkPageFor(this.linkPage, location.href);
    // a link to the extension's own page would open nowhere but here: the Markdown goes instead, and why is said
    if (!page) return this.copy(this.markdown(), this.strings.copiedMd, this.strings.linkOnlyHere);
    return this.copy(`${page}#${draft.stateToFragment(state)}`, this.strings.copiedLink);
  }

  /** @internal Prints the task and its balance alone, on one A4 page (not the page around the picker). */
  private print(): void {
    this.status.say(this.strings.printing);
    const picker = this.renderRoot.querySelector('.picker');
    if (picker) void printAlone(picker, LgTaskPicker.styles, this.language, this.draft.task.trim() || this.strings.untitled);
  }

  /** @internal Offers the task as a JSON file in the export format (one task), named after its title. */
  private async download(): Promise<void> {
    const now = new Date().toISOString();
    const { savedId, task, description, weights } = this.draft;
    const saved = savedId && !this.noStorage ? await (await this.saved.open()).get(savedId) : undefined;
    const one: SavedTask = {
      id: savedId || `opgave-${Date.now().toString(36)}`,
      title: task,
      description,
      weights,
      createdAt: saved?.createdAt ?? now,
      updatedAt: now,
    };
    const name = `${task.trim().replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60) || 'opgave'}.json`;
    downloadText(this.renderRoot, name, exportTasks([one]), 'application/json');
    this.status.say(this.strings.downloaded);
  }

  /**
   * @internal Reads the JSON file chosen in `input`. Several tasks, where the browser keeps tasks: what importing them
   * would do is shown first (new, newer, skipped: never an older task over a newer one), and they are saved on a yes.
   * One task is opened in the form — after a yes, where the form holds work that is not saved.
   */
  private async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const s = this.strings;
    const r = readTasksFrom(await file.text().catch(() => ''));
    if (!r.ok) return this.status.say(s.importBad + r.issues.slice(0, 3).map((i) => taskIssueText(FILE_ISSUES[this.language], i)).join('; '), true);
    const [first] = r.tasks;
    const n = r.tasks.length;
    if (!first) return this.status.say(s.importEmpty, true);
    this.status.clear();
    if (n > 1 && !this.noStorage && !this.readonly) {
      const plan = planTaskImport(await (await this.saved.open()).list(), r.tasks);
      if (!plan.toWrite.length) return this.status.say(s.importNothing(n));
      this.asking = { kind: 'many', plan };
    } else {
      const saved = this.draft.savedId && !this.noStorage ? await (await this.saved.open()).get(this.draft.savedId) : undefined;
      if (!draft.hasUnsavedWork(this.draft, saved)) return this.openImported(first, n);
      this.asking = { kind: 'one', task: first, total: n };
    }
    void focusAfterRender(this, '#question-yes');
  }

  /** @internal The first answer: import; open the task from the file; save my version over the other tab's. */
  private async answerYes(): Promise<void> {
    const pending = this.asking;
    this.asking = undefined;
    if (pending?.kind === 'one') return this.openImported(pending.task, pending.total);
    if (pending?.kind === 'conflict') return this.save(pending.current.updatedAt);
    if (!pending) return;
    await (await this.saved.open()).restore(pending.plan.toWrite);
    await this.saved.refresh();
    this.status.say(this.strings.importedAll(pending.plan.toWrite.length));
    void focusAfterRender(this, '#saved-h');
  }

  /**
   * @internal The second answer: nothing is imported (focus back on the import button); or, after a refused save, the
   * other tab's version is taken into the form.
   */
  private answerNo(): void {
    const pending = this.asking;
    this.asking = undefined;
    if (pending?.kind === 'conflict') {
      this.openTask(pending.current);
      return this.status.say(this.strings.tookTheirs);
    }
    this.status.say(this.strings.importCancelled);
    void focusAfterRender(this, '#import');
  }

  /** @internal Opens the one task of a file (or the first of `n` where tasks are not kept here) in the form. */
  private openImported(task: SavedTask, n: number): void {
    this.openTask(task);
    this.status.say(n > 1 ? this.strings.importedFirst(n) : this.strings.imported);
  }

  /** @internal Empties the form for a new task. */
  private newTask(): void {
    this.change(draft.emptyDraft());
    this.fire();
    this.status.say(this.strings.cleared);
    void focusAfterRender(this, '#task');
  }

  /** @internal */
  private async deleteTask(t: SavedTask): Promise<void> {
    await this.saved.store?.delete(t.id);
    if (this.draft.savedId === t.id) this.change(draft.unsaved(this.draft));
    this.deletion.close();
    await this.saved.refresh();
    this.status.say(this.strings.deleted);
    void focusAfterRender(this, '#saved-h');
  }

  /** @internal Shows the first `n` saved tasks (read now); focus moves to the first one that was not shown before. */
  private showSaved(n: number): void {
    const before = this.savedShown;
    this.savedShown = n;
    void this.saved.refresh();
    void focusAfterRender(this, `[part="saved"] li:nth-child(${before + 1}) button`);
  }

  // ----- rendering ----------------------------------------------------------------------------

  override render() {
    const s = this.strings;
    const fw = this.framework;
    const d = this.draft;
    const [h, badHeading] = this.headingLevelOf(1);
    const part = this.question;
    const top = html`<p class="kicker">${part.title}</p>${heading(h, part.questions[0].text)}${translationNote(fw)}
      ${d.badValue != null ? this.notice(s.badValue, d.badValue, VALID) : nothing}${badHeading}
      ${isBadLinkPage(this.linkPage, location.href) ? this.notice(s.badLinkPage, this.linkPage, s.webAddress) : nothing}
      ${renderSummary(d, this.readonly, h)}`;
    const balance = html`${renderBalance(d.weights, s)}${renderSays(d.weights, fw, s, h)}`;

    if (this.readonly) return html`<div class="picker" tabindex="-1" lang=${this.language}>${top}${balance}</div>`;

    const store = this.saved.store;
    // tabindex="-1": a click on plain text is focus for the picker itself, not (through delegatesFocus) for its
    // first heading, which would scroll the page away from where the person clicked.
    return html`<div class="picker" tabindex="-1" lang=${this.language} @input=${this.onEdit} @change=${this.onEdit} @keydown=${this.onKey}>
      ${top}
      <fieldset class="plain" role="none" ?disabled=${this.disabled || this.formDisabled}>
        ${renderFields(d, s, () => this.suggest())}
        ${renderSuggestion(d.suggestion, s, h, { use: () => this.useSuggestion(), dismiss: () => this.dismissSuggestion() })}
        ${renderScales(d.weights, fw, s)} ${balance}
        ${this.actionsShown ? renderActions(s, {
          save: this.noStorage ? undefined : () => void this.saved.track(this.save()),
          copyMarkdown: () => void this.copyMarkdown(),
          copyLink: () => void this.copyLink(),
          print: () => this.print(),
          download: () => void this.saved.track(this.download()),
          chooseFile: () => this.renderRoot.querySelector<HTMLInputElement>('#file')!.click(),
          newTask: () => this.newTask(),
        }) : nothing}
        ${renderQuestion(this.asking, s, { yes: () => void this.saved.track(this.answerYes()), no: () => this.answerNo() })}
        ${renderStatus(this.status, this.copier.fallback, s)}
        ${this.noStorage
          ? nothing
          : renderSaved(
              {
                tasks: this.saved.items?.records,
                total: this.saved.items?.count ?? 0,
                persistent: store?.persistent,
                problem: store?.reason,
                currentId: d.savedId,
                confirming: this.deletion.pending,
                persistence: this.persistence.state,
                reminder: this.reminder.view(s),
                shown: this.savedShown,
                lang: this.language,
              },
              s,
              h,
              {
                open: (t) => this.openTask(t, true),
                exportSaved: () => void this.saved.track(this.exportSaved()),
                more: () => this.showSaved(this.savedShown + PAGE),
                all: () => this.showSaved(Infinity),
                putOffReminder: () => this.reminder.reset(),
                askDelete: (t) => {
                  const row = (this.saved.items?.records ?? []).indexOf(t) + 1;
                  this.deletion.ask(t.id, '#yes', `.saved li:nth-child(${row}) .del`);
                },
                confirmDelete: (t) => void this.saved.track(this.deleteTask(t)),
                cancelDelete: () => this.deletion.cancel(),
              },
            )}
      </fieldset>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lg-task-picker': LgTaskPicker;
  }
}
