import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { getFramework, hasFramework } from '../../content/frameworks';
import { loadFramework } from '../../content/load-framework';
import type { Framework, Language } from '../../content/model';
import { LangController, resolveLang } from './localize';
import { UI, type UiStrings } from './strings';
import { warnOnce } from './warn';

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

  /** The language the element renders in: 'da' or 'en'. */
  get language(): Language {
    return this.langController.lang;
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
   * A short visible message about bad input, in the element's language; the same text goes to the console,
   * once per distinct `key`.
   */
  protected notice(key: string, label: string, value: string | null, valid: string): TemplateResult {
    const text = `${label}${value == null ? '' : `: "${quoted(value)}"`}. ${this.ui.valid}: ${valid}.`;
    warnOnce(`${this.localName}|${key}|${quoted(value ?? '')}`, `<${this.localName}> ${text}`);
    return html`<p class="notice" part="notice" lang=${this.language}>${text}</p>`;
  }

  /** The parsed `heading-level` (default 2) and, when it is malformed, a notice. */
  protected headingLevelOf(min = 2): [number, TemplateResult | typeof nothing] {
    const v = this.headingLevel;
    if (v == null) return [2, nothing];
    if (/^\s*[1-6]\s*$/.test(v) && +v >= min) return [+v, nothing];
    return [2, this.notice('heading-level', this.ui.badHeading, v, `${min}–6`)];
  }
}

/** How much of a bad value a notice quotes: a short notice, however long the value (100 KB of garbage, say). */
export const QUOTED = 40;

/** `value` as a notice quotes it: the first QUOTED characters, and an ellipsis where there was more. */
export const quoted = (value: string): string => (value.length > QUOTED ? `${value.slice(0, QUOTED)}…` : value);
