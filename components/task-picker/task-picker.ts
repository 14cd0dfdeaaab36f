import { html, nothing, type PropertyValues } from 'lit';
import type { ReflectionPart } from '../../content/model';
import type { Suggestion } from '../../content/suggest';
import { coerceWeights, emptyWeights, formatWeights, hasAnyWeight, parseWeights, type Weight, type Weights } from '../../content/task-weights';
import { LgElement, heading } from '../shared/lg-element';
import { controls } from '../shared/controls';
import { base } from '../shared/styles';
import type { SavedTask, TaskStore } from '../shared/task-store';
import { heartMeterStyles } from './heart-meter';
import { stateFromFragment, type TaskState } from './task-state';
import { STRINGS, type TaskPickerStrings } from './task-picker.strings';
import { styles } from './task-picker.styles';
import { renderFields, renderSummary } from './fields';
import { renderSuggestion } from './suggestion';
import { renderScales } from './scales';
import { renderBalance } from './balance';
import { renderSays } from './framework-text';
import { importFile, renderActions } from './actions';
import { renderStatus } from './status';
import { openStore, renderSaved } from './saved-tasks';
import { attachInternals, resetForm, restoreForm, syncForm } from './form-control';

export { stateFromFragment, stateToFragment, type TaskState } from './task-state';
export { toMarkdown } from './markdown';

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

  // State. Members documented `@private` are not public API (custom-elements.json lists them as private), but they
  // are not TypeScript-private either: this folder's section modules render them and act on them (fields.ts,
  // suggestion.ts, scales.ts, balance.ts, framework-text.ts, actions.ts, status.ts, saved-tasks.ts, form-control.ts).

  /** The weights. @private */
  declare _w: Weights;
  /** The malformed value last given, for the notice. */
  declare private _bad?: string;
  declare private _formOff: boolean;
  /** The suggestion shown, if any. @private */
  declare _sug?: Suggestion;
  /** The live region's text, and whether it reports an error. @private */
  declare _msg?: [text: string, error?: boolean];
  /** Text to copy by hand when the clipboard failed. @private */
  declare _copy?: string;
  /** The saved tasks; undefined until the store has answered. @private */
  declare _saved?: SavedTask[];
  /** The task store, once open. @private */
  declare _store?: TaskStore;
  /** The id of the saved task being edited. @private */
  declare _id?: string;
  /** The id of the saved task whose deletion awaits confirmation. @private */
  declare _confirm?: string;

  private _int?: ElementInternals;
  /** The task store being opened (set on first use). @private */
  _opening?: Promise<TaskStore>;

  constructor() {
    super();
    this.task = this.description = '';
    this.required = this.readonly = this.disabled = this.noStorage = this.urlState = this._formOff = false;
    this._w = emptyWeights();
    this._int = attachInternals(this);
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

  // ----- the form control (ElementInternals: the glue is in ./form-control.ts) -------------------

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
    resetForm(this);
  }
  /** @internal */
  formDisabledCallback(off: boolean): void {
    this._formOff = off;
  }
  /** @internal */
  formStateRestoreCallback(state: unknown): void {
    restoreForm(this, state);
  }

  // ----- lifecycle ----------------------------------------------------------------------------

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

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.readonly && !this.noStorage) void openStore(this);
    if (this._int) syncForm(this, this._int);
  }

  // ----- for the section modules --------------------------------------------------------------

  /** The element's own words, in its language. @private */
  get _s(): TaskPickerStrings {
    return STRINGS[this.language];
  }
  /** `required`, and no weight above 0. @private */
  get _missing(): boolean {
    return this.required && !hasAnyWeight(this._w);
  }
  /** The task: weights, title and description. @private */
  get _state(): TaskState {
    return { weights: this.weights, task: this.task ?? '', description: this.description ?? '' };
  }
  /** The framework's question for a specific task (level "arbejdsfællesskaber"). @private */
  get _question(): ReflectionPart {
    return this.framework.reflection.find((r) => r.id === 'arbejdsfaellesskaber')!.parts.find((p) => p.id === 'specifik-opgave')!;
  }

  /** Puts a task in the form (a missing part empty), ending any suggestion. @private */
  _set(s: Partial<TaskState> & { id?: string }): void {
    this.task = s.task ?? '';
    this.description = s.description ?? '';
    this.weights = s.weights ?? emptyWeights();
    this._id = s.id;
    this._sug = undefined;
  }

  /** Fires `input` and/or `change` from the host. @private */
  _fire(input: boolean, change: boolean): void {
    const o = { bubbles: true, composed: true };
    if (input) this.dispatchEvent(new Event('input', o));
    if (change) this.dispatchEvent(new Event('change', o));
  }

  /** Input and change from the inputs inside: stopped here, and dispatched once from the host. */
  private _onEdit(e: Event): void {
    e.stopPropagation();
    const t = e.target as HTMLInputElement;
    if (t.type === 'file') {
      if (e.type === 'change') void importFile(this, t);
      return;
    }
    if (t.type === 'radio') {
      if (!t.checked) return;
      this.weights = { ...this._w, [t.name]: Number(t.value) as Weight };
    } else if (t.name === 'task' || t.name === 'description') this[t.name] = t.value;
    else return;
    this._fire(e.type === 'input', e.type === 'change');
  }

  // ----- rendering: each section in its own module --------------------------------------------

  override render() {
    const [h, badHeading] = this.headingLevelOf(1);
    const part = this._question;
    const top = html`<p class="kicker">${part.title}</p>${heading(h, part.questions[0].text)}
      ${this._bad != null ? this.notice('value', this._s.badValue, this._bad, VALID) : nothing}${badHeading}
      ${renderSummary(this, h)}`;

    if (this.readonly) {
      return html`<div class="picker" tabindex="-1" lang=${this.language}>
        ${top}${renderBalance(this)}${renderSays(this, h)}
      </div>`;
    }

    // tabindex="-1": a click on plain text is focus for the picker itself, not (through delegatesFocus) for its
    // first heading, which would scroll the page away from where the person clicked.
    return html`<div class="picker" tabindex="-1" lang=${this.language} @input=${this._onEdit} @change=${this._onEdit}>
      ${top}
      <fieldset class="plain" role="none" ?disabled=${this.disabled || this._formOff}>
        ${renderFields(this)} ${renderSuggestion(this, h)} ${renderScales(this)}
        ${renderBalance(this)}${renderSays(this, h)}
        ${renderActions(this)} ${renderStatus(this)} ${this.noStorage ? nothing : renderSaved(this, h)}
      </fieldset>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lg-task-picker': LgTaskPicker;
  }
}
