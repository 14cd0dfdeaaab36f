import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import kwDa from '../../content/gentofte/keywords.da.json';
import kwEn from '../../content/gentofte/keywords.en.json';
import { FOCUS_AREA_IDS, type FocusAreaId } from '../../content/model';
import { suggestWeights, type KeywordLists, type Suggestion } from '../../content/suggest';
import { coerceWeights, emptyWeights, formatWeights, hasAnyWeight, parseWeights, strongestAreas, type Weight, type Weights } from '../../content/task-weights';
import { copyText } from '../shared/clipboard';
import { downloadText } from '../shared/download';
import { LgElement, focusAfterRender, heading } from '../shared/lg-element';
import { controls } from '../shared/controls';
import { base } from '../shared/styles';
import { exportTasks, openTaskStore, parseTaskImport, type SavedTask, type TaskStore } from '../shared/task-store';
import { heartMeter, heartMeterStyles } from './heart-meter';
import { toMarkdown } from './markdown';
import { stateFromFragment, stateToFragment, type TaskState } from './task-state';
import { STRINGS } from './task-picker.strings';
import { styles } from './task-picker.styles';

export { stateFromFragment, stateToFragment, type TaskState } from './task-state';
export { toMarkdown } from './markdown';

const KEYWORDS: Record<string, KeywordLists> = { da: kwDa, en: kwEn };
const VALID = 'faglighed=0–3&innovation=0–3&mening=0–3&drift=0–3';

const formats = new Map<string, Intl.DateTimeFormat>();
/** A saved task's date and time, in the element's language. */
function when(lang: string, iso: string): string {
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' })));
  return f.format(new Date(iso));
}

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
 * @attr no-storage - Never saves in the browser: no Save button and no saved list (e.g. inside a project template's form).
 * @attr url-state - Reads the state from the page's URL fragment (`#opgave=…`) on connect and on `hashchange`.
 * @attr heading-level - Level of the top heading, 1–6 (default 2); sections are one or two levels below.
 * @attr lang - Language (`da` or `en`); otherwise inherited from the nearest ancestor with `lang`, else Danish.
 *
 * @event input - While the task changes: a radio, typing in title or description. Bubbles, composed.
 * @event change - When a change is committed: a radio, title or description committed, a suggestion applied, a task opened, imported or cleared. Bubbles, composed.
 *
 * @csspart heading - Every heading.
 * @csspart fields - The title and description fields.
 * @csspart scale - Each area's fieldset of four radios.
 * @csspart heart - The heart whose quadrants show the weights.
 * @csspart table - The table of the weights in words.
 * @csspart framework-text - What the framework says about the strongest areas.
 * @csspart suggestion - The suggestion from the text.
 * @csspart actions - The row of action buttons.
 * @csspart status - The live region reporting each action's outcome.
 * @csspart saved - The saved tasks.
 * @csspart notice - Messages about bad input or storage.
 *
 * @cssproperty --lg-font-family - Font stack (default: the system UI font).
 * @cssproperty --lg-font-size - Base font size (default 1rem).
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
  static override styles = [base, controls, heartMeterStyles, styles];

  static override properties = {
    value: {},
    task: {},
    description: {},
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    noStorage: { type: Boolean, attribute: 'no-storage' },
    urlState: { type: Boolean, attribute: 'url-state' },
    _w: { state: true, attribute: false },
    _bad: { state: true, attribute: false },
    _formOff: { state: true, attribute: false },
    _sug: { state: true, attribute: false },
    _msg: { state: true, attribute: false },
    _copy: { state: true, attribute: false },
    _saved: { state: true, attribute: false },
    _store: { state: true, attribute: false },
    _id: { state: true, attribute: false },
    _confirm: { state: true, attribute: false },
  };

  /** The task's title. */
  declare task: string;
  /** The task's description. */
  declare description: string;
  /** The form field name. */
  declare name: string;
  declare required: boolean;
  declare readonly: boolean;
  declare disabled: boolean;
  declare noStorage: boolean;
  declare urlState: boolean;

  declare private _w: Weights;
  /** The malformed value last given, for the notice. */
  declare private _bad?: string;
  declare private _formOff: boolean;
  declare private _sug?: Suggestion;
  declare private _msg?: [text: string, error?: boolean];
  /** Text to copy by hand when the clipboard failed. */
  declare private _copy?: string;
  declare private _saved?: SavedTask[];
  declare private _store?: TaskStore;
  /** The id of the saved task being edited. */
  declare private _id?: string;
  /** The id of the saved task whose deletion awaits confirmation. */
  declare private _confirm?: string;

  private _int?: ElementInternals;
  private _opening?: Promise<TaskStore>;

  constructor() {
    super();
    this.task = this.description = '';
    this.required = this.readonly = this.disabled = this.noStorage = this.urlState = this._formOff = false;
    this._w = emptyWeights();
    try {
      this._int = this.attachInternals();
    } catch {
      // no ElementInternals (old browser, test DOM): the element works, without taking part in forms
    }
  }

  /** The weights as `faglighed=2&innovation=3&mening=1&drift=0` (canonical order, always all four areas). */
  get value(): string {
    return formatWeights(this._w);
  }
  set value(v: string) {
    const text = v == null ? '' : String(v);
    const { weights, problems } = parseWeights(text);
    this._w = weights;
    this._bad = problems.length ? text : undefined;
  }

  /** The weights as an object; setting it (anything 0–3 per area, the rest counts as 0) updates `value`. */
  get weights(): Weights {
    return { ...this._w };
  }
  set weights(w: Weights) {
    this._w = coerceWeights(w);
    this._bad = undefined;
  }

  /** Focuses the title field (the first control); readonly, the element itself. */
  override focus(options?: FocusOptions): void {
    const first = this.renderRoot?.querySelector<HTMLElement>('#task');
    if (first) first.focus(options);
    else super.focus(options);
  }

  /** The form this element belongs to. */
  get form(): HTMLFormElement | null {
    return this._int?.form ?? this.closest('form');
  }
  get validity(): ValidityState {
    return this._int?.validity ?? ({ valid: !this._missing, valueMissing: this._missing } as ValidityState);
  }
  get validationMessage(): string {
    return this._int?.validationMessage ?? (this._missing ? this._s.required : '');
  }
  get willValidate(): boolean {
    return this._int?.willValidate ?? false;
  }
  checkValidity(): boolean {
    return this._int?.checkValidity() ?? !this._missing;
  }
  reportValidity(): boolean {
    return this._int?.reportValidity() ?? !this._missing;
  }

  /** @internal */
  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
    this.task = this.getAttribute('task') ?? '';
    this.description = this.getAttribute('description') ?? '';
    this._id = this._sug = undefined;
  }
  /** @internal */
  formDisabledCallback(off: boolean): void {
    this._formOff = off;
  }
  /** @internal */
  formStateRestoreCallback(state: unknown): void {
    const s = stateFromFragment(typeof state === 'string' ? state : '');
    if (s) this._set(s);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.urlState) this._onHash();
    addEventListener('hashchange', this._onHash);
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this._onHash);
  }

  private _onHash = (): void => {
    const s = this.urlState ? stateFromFragment(location.hash) : undefined;
    if (s) this._set(s);
  };

  private get _s() {
    return STRINGS[this.language];
  }
  private get _missing(): boolean {
    return this.required && !hasAnyWeight(this._w);
  }
  private get _state(): TaskState {
    return { weights: this.weights, task: this.task ?? '', description: this.description ?? '' };
  }
  private get _question() {
    return this.framework.reflection.find((r) => r.id === 'arbejdsfaellesskaber')!.parts.find((p) => p.id === 'specifik-opgave')!;
  }

  private _set(s: Partial<TaskState> & { id?: string }): void {
    this.task = s.task ?? '';
    this.description = s.description ?? '';
    this.weights = s.weights ?? emptyWeights();
    this._id = s.id;
    this._sug = undefined;
  }

  private _fire(input: boolean, change: boolean): void {
    const o = { bubbles: true, composed: true };
    if (input) this.dispatchEvent(new Event('input', o));
    if (change) this.dispatchEvent(new Event('change', o));
  }

  /** Reports an outcome in the live region; the same text twice still changes the region, so it is announced again. */
  private _say(text: string, error = false): void {
    this._msg = [text === this._msg?.[0] ? `${text}\u00a0` : text, error];
  }

  /** Input and change from the inputs inside: stopped here, and dispatched once from the host. */
  private _onEdit(e: Event): void {
    e.stopPropagation();
    const t = e.target as HTMLInputElement;
    if (t.type === 'file') {
      if (e.type === 'change') void this._import(t);
      return;
    }
    if (t.type === 'radio') {
      if (!t.checked) return;
      this.weights = { ...this._w, [t.name]: Number(t.value) as Weight };
    } else if (t.name === 'task' || t.name === 'description') this[t.name] = t.value;
    else return;
    this._fire(e.type === 'input', e.type === 'change');
  }

  // ----- actions ------------------------------------------------------------------------------

  private _suggest(): void {
    const { task, description } = this._state;
    this._sug = suggestWeights(`${task}\n${description}`, KEYWORDS[this.language]);
    void focusAfterRender(this, '#sug-h');
  }

  private _useSuggestion(): void {
    if (this._sug) this.weights = this._sug.weights;
    this._sug = undefined;
    this._fire(true, true);
    this._say(this._s.used);
    void focusAfterRender(this, '#suggest');
  }

  private _new(): void {
    this._set({});
    this._fire(true, true);
    this._say(this._s.cleared);
    void focusAfterRender(this, '#task');
  }

  private _openStore(): void {
    this._opening ??= openTaskStore().then(async (store) => {
      this._store = store;
      await this._refresh();
      return store;
    });
  }

  private async _refresh(): Promise<void> {
    if (this._store) this._saved = await this._store.list();
    this.requestUpdate(); // the store's persistent/reason may have changed
  }

  private async _save(): Promise<void> {
    this._openStore();
    const store = await this._opening!;
    const existed = !!this._saved?.some((t) => t.id === this._id);
    const saved = await store.save({ id: this._id, title: this._state.task, description: this._state.description, weights: this._w });
    this._id = saved.id;
    await this._refresh();
    const s = this._s;
    this._say(store.persistent ? (existed ? s.updated : s.saved) : s.savedMemory, !store.persistent);
  }

  private async _clip(text: string, ok: string): Promise<void> {
    if (await copyText(text)) {
      this._copy = undefined;
      this._say(ok);
    } else {
      this._copy = text;
      this._say(this._s.copyFailed, true);
      ((await focusAfterRender(this, '.copy textarea')) as HTMLTextAreaElement | null)?.select();
    }
  }

  private _markdown(): Promise<void> {
    const q = this._question.questions[0].text;
    return this._clip(toMarkdown(this._state, this.framework, this._s, q), this._s.copiedMd);
  }

  private _link(): Promise<void> {
    return this._clip(`${location.href.split('#')[0]}#${stateToFragment(this._state)}`, this._s.copiedLink);
  }

  private _print(): void {
    this._say(this._s.printing);
    window.print();
  }

  private _download(): void {
    const now = new Date().toISOString();
    const { task, description } = this._state;
    const task0: SavedTask = {
      id: this._id || `opgave-${Date.now().toString(36)}`,
      title: task,
      description,
      weights: this.weights,
      createdAt: this._saved?.find((t) => t.id === this._id)?.createdAt ?? now,
      updatedAt: now,
    };
    const name = `${task.trim().replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60) || 'opgave'}.json`;
    downloadText(this.renderRoot, name, exportTasks([task0]), 'application/json');
    this._say(this._s.downloaded);
  }

  private async _import(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const s = this._s;
    const r = parseTaskImport(await file.text());
    if (!r.ok) return this._say(s.importBad + r.errors.slice(0, 3).join('; '), true);
    const [first] = r.tasks;
    const n = r.tasks.length;
    if (!first) return this._say(s.importEmpty, true);
    if (n > 1 && this._opening) {
      await (await this._opening).restore(r.tasks);
      await this._refresh();
      return this._say(s.importedAll(n));
    }
    this._open(first);
    this._say(n > 1 ? s.importedFirst(n) : s.imported);
  }

  private _open(t: SavedTask, announce?: boolean): void {
    this._set({ ...t, task: t.title });
    this._fire(true, true);
    if (announce) this._say(this._s.opened + (t.title || this._s.untitled));
    void focusAfterRender(this, '#task');
  }

  private async _delete(id: string): Promise<void> {
    await this._store?.delete(id);
    if (this._id === id) this._id = undefined;
    this._confirm = undefined;
    await this._refresh();
    this._say(this._s.deleted);
    void focusAfterRender(this, '#saved-h');
  }

  // ----- rendering ----------------------------------------------------------------------------

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.readonly && !this.noStorage) this._openStore();
    const int = this._int;
    if (!int) return;
    const { task, description } = this._state;
    let data: FormData | null = null;
    if (this.name) {
      data = new FormData();
      data.append(this.name, this.value);
      data.append(`${this.name}-task`, task);
      data.append(`${this.name}-description`, description);
    }
    int.setFormValue(data, stateToFragment(this._state));
    const anchor = this.renderRoot.querySelector<HTMLElement>('input[type=radio]') ?? undefined;
    if (this._missing) int.setValidity({ valueMissing: true }, this._s.required, anchor);
    else int.setValidity({});
  }

  override render() {
    const s = this._s;
    const fw = this.framework;
    const w = this._w;
    const [h, badHeading] = this.headingLevelOf(1);
    const part = this._question;
    const title = (id: FocusAreaId) => fw.focusAreas.find((a) => a.id === id)!.title;
    const word = (id: FocusAreaId) => s.levels[w[id]];
    const short = (id: FocusAreaId) => s.short[FOCUS_AREA_IDS.indexOf(id)];
    const marker = html`<span class="marker" aria-hidden="true"></span>`;
    const strongest = strongestAreas(w);
    const edit = !this.readonly;
    const off = this.disabled || this._formOff;
    const { task, description } = this._state;

    const summary = html`<div class="summary ${edit ? 'print-only' : ''}">
      ${task ? heading(h + 1, task) : nothing}
      ${description ? html`<p class="desc">${description}</p>` : nothing}
    </div>`;

    const balance = html`<div class="balance">
      ${heartMeter(w, FOCUS_AREA_IDS.map((id) => `${short(id)}: ${word(id)}`).join(', '))}
      <table part="table">
        <caption>${s.balance}</caption>
        <thead><tr><th scope="col">${s.area}</th><th scope="col">${s.weight}</th></tr></thead>
        <tbody>${FOCUS_AREA_IDS.map((id) => html`<tr class=${id}><th scope="row">${marker}${short(id)}</th><td>${word(id)}</td></tr>`)}</tbody>
      </table>
    </div>`;

    const says = html`<section class="says" part="framework-text">
      ${heading(h + 1, s.says, 'says-h')}
      ${strongest.length
        ? strongest.map((id) => {
            const a = fw.focusAreas.find((x) => x.id === id)!;
            const [first, ...rest] = a.leaderRole;
            return html`<div class="area ${id}">
              ${heading(h + 2, html`${marker}${a.title}`)}
              <p class="lead">${fw.labels.pointsLead}</p>
              <ul>${a.points.map((p) => html`<li>${p}</li>`)}</ul>
              <p>${first}</p>
              ${rest.length
                ? html`<details><summary>${s.readAll}</summary>${rest.map((p) => html`<p>${p}</p>`)}</details>`
                : nothing}
            </div>`;
          })
        : html`<p class="hint">${s.hint}</p>`}
    </section>`;

    if (!edit) {
      return html`<div class="picker" tabindex="-1" lang=${this.language}>
        <p class="kicker">${part.title}</p>${heading(h, part.questions[0].text)}
        ${this._bad != null ? this.notice('value', s.badValue, this._bad, VALID) : nothing}${badHeading}
        ${summary}${balance}${says}
      </div>`;
    }

    const store = this._store;
    const storing = !this.noStorage;
    const sug = this._sug;
    const btn = (label: unknown, click: () => unknown, cls?: string) =>
      html`<button type="button" class=${cls ?? nothing} @click=${click}>${label}</button>`;

    // tabindex="-1": a click on plain text is focus for the picker itself, not (through delegatesFocus) for its
    // first heading, which would scroll the page away from where the person clicked.
    return html`<div class="picker" tabindex="-1" lang=${this.language} @input=${this._onEdit} @change=${this._onEdit}>
      <p class="kicker">${part.title}</p>${heading(h, part.questions[0].text)}
      ${this._bad != null ? this.notice('value', s.badValue, this._bad, VALID) : nothing}${badHeading}
      ${summary}
      <fieldset class="plain" role="none" ?disabled=${off}>
        <div class="fields edit" part="fields">
          <label for="task">${s.task}</label>
          <input id="task" name="task" type="text" autocomplete="off" .value=${live(task)} />
          <label for="description">${s.description}</label>
          <textarea id="description" name="description" rows="3" .value=${live(description)}></textarea>
          <div class="row"><button type="button" id="suggest" @click=${this._suggest}>${s.suggest}</button></div>
        </div>
        ${sug
          ? html`<section class="sug edit" part="suggestion">
              ${heading(h + 1, s.suggestion, 'sug-h')}
              ${sug.hasEvidence
                ? html`<p>${s.suggestNote}</p>
                    <ul>${FOCUS_AREA_IDS.map((id) => {
                      const ev = [...new Set(sug.areas[id].evidence.map((e) => e.word))];
                      return html`<li class=${id}>${marker}<strong>${short(id)}</strong>: ${s.levels[sug.weights[id]]}${ev.length
                        ? ` – ${s.basedOn}: ${ev.map((x) => `«${x}»`).join(', ')}`
                        : ''}</li>`;
                    })}</ul>`
                : html`<p>${s.noEvidence}</p>`}
              <div class="row">
                ${sug.hasEvidence ? btn(s.use, this._useSuggestion, 'primary') : nothing}
                ${btn(s.dismiss, () => {
                  this._sug = undefined;
                  void focusAfterRender(this, '#suggest');
                })}
              </div>
            </section>`
          : nothing}
        <p class="scale-intro edit">${s.scale}</p>
        <div class="scales edit">
          ${FOCUS_AREA_IDS.map(
            (id) => html`<fieldset class="scale ${id}" part="scale">
              <legend>${marker}${title(id)}</legend>
              ${s.levels.map(
                (l, n) => html`<label><input type="radio" name=${id} value=${n} .checked=${live(w[id] === n)} />${l}</label>`,
              )}
            </fieldset>`,
          )}
        </div>
        ${balance}${says}
        <div class="actions edit" part="actions" role="group" aria-label=${s.actions}>
          ${storing ? btn(s.save, this._save, 'primary') : nothing}
          ${btn(s.copyMd, this._markdown)} ${btn(s.copyLink, this._link)} ${btn(s.print, this._print)}
          ${btn(s.download, this._download)}
          ${btn(s.import, () => this.renderRoot.querySelector<HTMLInputElement>('#file')!.click())}
          <input id="file" type="file" accept=".json,application/json" hidden />
          ${btn(s.newTask, this._new)}
        </div>
        <p class="msg edit ${this._msg?.[1] ? 'error' : ''}" part="status" role="status">${this._msg?.[0]}</p>
        ${this._copy != null
          ? html`<p class="copy edit"><label>${s.copyText}<textarea readonly rows="4" .value=${this._copy}></textarea></label></p>`
          : nothing}
        ${storing
          ? html`${store && !store.persistent
                ? html`<div class="notice edit" part="notice" role="note">
                    <p>${s.noStore}</p>
                    ${store.reason === 'blocked' || store.reason === 'quota' ? html`<p>${s[store.reason]}</p>` : nothing}
                  </div>`
                : nothing}
              <section class="saved edit" part="saved">
                ${heading(h + 1, s.savedTasks, 'saved-h')}
                ${this._saved?.length
                  ? html`<ul>${this._saved.map((t, i) => {
                      const name = html`<span class="visually-hidden"> ${t.title || s.untitled}</span>`;
                      return html`<li aria-current=${t.id === this._id ? 'true' : nothing}>
                        <strong>${t.title || s.untitled}</strong>
                        <span class="meta">${s.changed} <time datetime=${t.updatedAt}>${when(this.language, t.updatedAt)}</time>
                          · ${strongestAreas(t.weights).map(short).join(', ') || '–'}${t.id === this._id ? ` · ${s.current}` : ''}</span>
                        <span class="row">
                          ${this._confirm === t.id
                            ? html`<span id="confirm-q">${s.confirmDel}</span>
                                <button type="button" id="yes" class="danger" aria-describedby="confirm-q" @click=${() => this._delete(t.id)}>${s.yesDel}</button>
                                ${btn(s.cancel, () => {
                                  this._confirm = undefined;
                                  void focusAfterRender(this, `.saved li:nth-child(${i + 1}) .del`);
                                })}`
                            : html`${btn(html`${s.open}${name}`, () => this._open(t, true))}
                                ${btn(html`${s.del}${name}`, () => {
                                  this._confirm = t.id;
                                  void focusAfterRender(this, '#yes');
                                }, 'del')}`}
                        </span>
                      </li>`;
                    })}</ul>`
                  : this._saved && html`<p>${s.noneSaved}</p>`}
              </section>`
          : nothing}
      </fieldset>
    </div>`;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'lg-task-picker': LgTaskPicker;
  }
}
