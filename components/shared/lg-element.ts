import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { getFramework, hasFramework } from '../../content/frameworks';
import { loadFramework } from '../../content/load-framework';
import type { Framework, Language } from '../../content/model';
import { LangController, normalizeLang, resolveLang } from './localize';
import { UI, type UiStrings } from './strings';
import { warnOnce } from './warn';

/**
 * The converter of an attribute that names one of a closed set of ids (`area`, `level`, `mode`, `variant`): an
 * editor's `area="Drift"` or `area=" drift "` means `drift`, so case and surrounding spaces are forgiven. What is
 * still unknown after that reaches the element as it is (lower-cased), which shows its notice. (Here, with the base
 * every element loads, rather than in a module of its own, which the bundler would make a chunk of its own: one
 * request more for a page.)
 */
export const idAttribute = {
  fromAttribute: (value: string | null): string | null => (value == null ? null : value.trim().toLowerCase()),
};

/**
 * The base of every lg- element: resolves its language (see LangController), gives the framework text in that
 * language, the elements' own UI strings, the `heading-level` attribute, and the notice shown for bad input.
 */
export class LgElement extends LitElement {
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
  };

  /** The level of the element's top heading (attribute `heading-level`). */
  declare headingLevel: string | null;

  /** @internal */
  protected langController = new LangController(this);

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.langController.check();
  }

  /** The language the element renders in: 'da' or 'en' (prerendered on a server: its own `lang`). */
  get language(): Language {
    // on a server (the build's prerendering: no document, no controllers run) the element's own `lang` says it
    return typeof document === 'undefined' ? normalizeLang(this.getAttribute('lang')) : this.langController.lang;
  }

  /**
   * Upgrades prerendered HTML (a declarative shadow root from Lit's server renderer) in place: a snippet of the
   * build's dist/html/ is replaced by the first render, in the same task, before the browser paints again, so the
   * text neither flashes nor moves. (A page that hydrates instead loads shared/hydrate-support.ts.)
   */
  protected override update(changed: PropertyValues): void {
    if (!this.hasUpdated && this.renderRoot.firstChild) this.replacePrerendered();
    super.update(changed);
  }

  /** @internal Empties the prerendered shadow root for the first render. */
  protected replacePrerendered(): void {
    (this.renderRoot as ShadowRoot).replaceChildren();
    this.renderOptions.renderBefore = null; // LitElement would render before the first prerendered node
  }

  /** The framework text in the element's language. */
  get framework(): Framework {
    return getFramework(this.language);
  }

  /**
   * Waits, before an update, for the text of the element's language where it is not here yet (the English
   * translation is loaded when an element first needs it): nothing is rendered in the wrong language, and
   * `updateComplete` includes the wait. Otherwise (the usual case) there is no wait at all.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const lang = resolveLang(this); // the language this update will render in (the controller sets it in update)
    if (hasFramework(lang)) return super.scheduleUpdate();
    return loadFramework(lang).then(() => super.scheduleUpdate());
  }

  /** @internal */
  protected get ui(): UiStrings {
    return UI[this.language];
  }

  /**
   * A short visible message about bad input, in the element's language; the same text goes to the console, once.
   * However long the value (100 KB of garbage, say), its first 40 characters are quoted.
   */
  protected notice(label: string, value: string | null, valid: string): TemplateResult {
    const shown = value != null && value.length > 40 ? `${value.slice(0, 40)}…` : value;
    const text = `${label}${shown == null ? '' : `: "${shown}"`}. ${this.ui.valid}: ${valid}.`;
    // once per element, attribute and value, in whichever language (the valid values name the attribute)
    // once per element, attribute and value, in whichever language (the valid values name the attribute)
    warnOnce(`${this.localName}|${valid}|${shown}`, `<${this.localName}> ${text}`);
    return html`<p class="notice" part="notice" lang=${this.language}>${text}</p>`;
  }

  /** The parsed `heading-level` (default 2) and, when it is malformed, a notice. */
  protected headingLevelOf(min = 2): [number, TemplateResult | typeof nothing] {
    const v = this.headingLevel;
    if (v == null) return [2, nothing];
    if (/^\s*[1-6]\s*$/.test(v) && +v >= min) return [+v, nothing];
    return [2, this.notice(this.ui.badHeading, v, `${min}–6`)];
  }
}
