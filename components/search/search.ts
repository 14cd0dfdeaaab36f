import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Framework, Language } from '../../content/model';
import { getFramework, hasFramework } from '../../content/frameworks';
import { loadFramework } from '../../content/load-framework';
import { KEYWORDS } from '../../content/keywords';
import { buildIndex, excerpt, relatedHits, search, type SearchHit, type SearchIndex } from '../../content/search';
import { LgOpenEvent, type LgOpenDetail } from '../shared/events';
import { LgElement } from '../shared/lg-element';
import { translationNote } from '../shared/markup';
import { focusAfterRender } from '../shared/focus';
import { UI } from '../shared/strings';
import { base } from '../shared/styles';
import { SEARCH_STRINGS } from './search.strings';
import { styles } from './search.styles';

export type { LgOpenDetail } from '../shared/events';

/** Results shown at first, and added by each "show more". */
const PAGE = 20;

/** One index per framework object (so per language), built when first needed. */
const indexes = new WeakMap<Framework, SearchIndex>();
function indexFor(fw: Framework, lang: Language): SearchIndex {
  let index = indexes.get(fw);
  if (!index) indexes.set(fw, (index = buildIndex(fw, { areas: UI[lang].areas, about: UI[lang].about })));
  return index;
}

/**
 * Quick lookup in the whole framework, for the extension's popup and anywhere a leader needs a phrase fast.
 *
 * A labelled search field; as one types, the texts that contain every word (case, accents and æ/ø/å spelled
 * ae/oe/aa or a/o/a do not matter; words may be the start of longer words) are listed below it, best first,
 * 20 at a time, each with the matching words marked, the focus area or section it belongs to (the area's colour
 * is an accent beside its title) and what kind of text it is. A polite live region says how many there are.
 *
 * Keys: ArrowDown in the field moves to the first result; ArrowUp/ArrowDown move between results (ArrowUp from
 * the first goes back to the field), Home/End to the first/last; Escape clears the search and returns to the field;
 * Enter or a click opens a result, which fires `lg-open`. With an empty field the element shows its children
 * (e.g. `<lg-search><lg-focus-areas></lg-focus-areas></lg-search>`).
 *
 * @tagname lg-search
 * @summary Search the framework's text as you type.
 *
 * @attr value - The search text.
 * @attr href - When set (e.g. `framework.html`), results are links to `${href}#${target}`; otherwise buttons.
 * @attr autofocus-field - Focus the search field as soon as the element has rendered.
 * @attr lang - Language (`da` or `en`); otherwise inherited from the nearest ancestor with `lang`, else Danish.
 *
 * @event lg-open - A result was chosen. `detail`: `{ target, areaId?, levelId?, kind, text, id }` (LgOpenDetail).
 *   Bubbles, composed, cancelable: with `href`, calling `preventDefault()` keeps the link from navigating.
 * @event input - The search text changed (the field's own event, composed; also fired when Escape clears it).
 *
 * @slot - Shown while the search field is empty.
 *
 * @csspart translation-note - On the English translation: the note that it is unofficial and that the Danish text is the original.
 * @csspart label - The field's label.
 * @csspart field - The search field.
 * @csspart status - The live region with the number of results.
 * @csspart results - The list of results.
 * @csspart result - Each result (a link with `href`, else a button).
 * @csspart result-text - The result's text, with the matches in `<mark>`.
 * @csspart result-meta - The line saying where the text belongs and what kind it is.
 * @csspart marker - The colour marker of a result's focus area.
 * @csspart more - The "show more" button.
 *
 * @cssproperty --lg-font-family - Font stack (default: the system UI font).
 * @cssproperty --lg-font-size - Base font size (default `max(1rem, 16px)`: grows with the page's root size, never below 16 px).
 * @cssproperty --lg-color-text - Text colour.
 * @cssproperty --lg-color-background - Background colour (of the field).
 * @cssproperty --lg-color-surface - Background of the results.
 * @cssproperty --lg-color-border - Border colour.
 * @cssproperty --lg-color-focus - Focus outline colour.
 * @cssproperty --lg-color-mark - Background of the marked matches.
 * @cssproperty --lg-color-faglighed - Accent of "faglighed" (likewise innovation, mening, drift).
 * @cssproperty --lg-radius - Corner radius.
 * @cssproperty --lg-space - Base spacing.
 */
export class LgSearch extends LgElement {
  static override styles = [base, styles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    value: {},
    href: {},
    autofocusField: { type: Boolean, attribute: 'autofocus-field' },
    shown: { state: true },
  };

  /** The search text. */
  declare value: string;
  /** Where results link to (`${href}#${target}`); without it results are buttons. */
  declare href: string | null;
  /** Focus the field when the element has rendered (attribute `autofocus-field`). */
  declare autofocusField: boolean;
  /** @internal */
  private declare shown: number;

  /** @internal */
  private memo?: { index: SearchIndex; query: string; hits: SearchHit[] };

  constructor() {
    super();
    this.value = '';
    this.href = null;
    this.autofocusField = false;
    this.shown = PAGE;
  }

  /** The search field. */
  get field(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('input') ?? null;
  }

  /** Every result that contains the current search text, best first (not only the ones shown). */
  get results(): SearchHit[] {
    const query = typeof this.value === 'string' ? this.value : '';
    if (!query.trim()) return [];
    const index = indexFor(this.framework, this.language);
    const m = this.memo;
    if (m && m.index === index && m.query === query) return m.hits;
    const exact = search(index, query);
    const hits = [...exact, ...relatedHits(index, query, KEYWORDS[this.language], exact)];
    this.memo = { index, query, hits };
    return hits;
  }

  /** @internal Where the element's language has no hit: the other language's, with that language. */
  private get elsewhere(): { lang: Language; hits: SearchHit[] } | undefined {
    const query = typeof this.value === 'string' ? this.value : '';
    if (!query.trim() || this.results.length) return undefined;
    const lang: Language = this.language === 'da' ? 'en' : 'da';
    // the other language's text is loaded the first time it is looked in (a Danish page does not need English)
    if (!hasFramework(lang)) {
      void loadFramework(lang).then(() => hasFramework(lang) && this.requestUpdate());
      return undefined;
    }
    const hits = search(indexFor(getFramework(lang), lang), query);
    return hits.length ? { lang, hits } : undefined;
  }

  /** @internal The hits listed: the element's language's, else the other language's. */
  private get listed(): SearchHit[] {
    return this.results.length ? this.results : (this.elsewhere?.hits ?? []);
  }

  /** Focuses the search field. */
  override focus(options?: FocusOptions): void {
    const field = this.field;
    if (field) field.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // prerendered (the extension's popup): what was typed before the code came is the search, also for the render
    // that hydrates the field (which would otherwise set it back to the empty value it had)
    const typed = this.hasUpdated ? '' : this.field?.value;
    if (typed && !this.value) this.value = typed;
  }

  protected override firstUpdated(): void {
    if (this.autofocusField) this.field?.focus();
  }

  /** @internal */
  private items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.result, .more')];
  }

  /** @internal */
  private onInput(e: Event): void {
    this.value = (e.target as HTMLInputElement).value;
    this.shown = PAGE;
  }

  /** @internal */
  private clear(): void {
    const changed = !!this.value;
    this.value = '';
    this.shown = PAGE;
    const field = this.field;
    if (field) {
      field.value = '';
      field.focus();
    }
    if (changed) this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  /** @internal */
  private onFieldKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown') {
      const first = this.items()[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    } else if (e.key === 'Escape' && this.value) {
      e.preventDefault();
      this.clear();
    }
  }

  /** @internal */
  private onListKey(e: KeyboardEvent): void {
    const items = this.items();
    const i = items.indexOf(e.target as HTMLElement);
    if (i < 0) return;
    let to: HTMLElement | null | undefined;
    switch (e.key) {
      case 'ArrowDown': to = items[i + 1] ?? items[i]; break;
      case 'ArrowUp': to = i ? items[i - 1] : this.field; break;
      case 'Home': to = items[0]; break;
      case 'End': to = items[items.length - 1]; break;
      case 'Escape':
        e.preventDefault();
        this.clear();
        return;
      case 'Enter':
        // One path for keys and pointer: the click (which a link follows unless lg-open was cancelled).
        e.preventDefault();
        items[i].click();
        return;
      default:
        return;
    }
    e.preventDefault();
    to?.focus();
  }

  /** @internal */
  private onClick(e: MouseEvent): void {
    const el = (e.target as Element).closest<HTMLElement>('.result');
    const hit = el && this.listed[Number(el.dataset.i)];
    if (!el || !hit) return;
    // A link opened in a new tab or window is the browser's business.
    if (el.localName === 'a' && (e.button || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey)) return;
    const [a, b] = hit.ranges[0] ?? [0, 0];
    const detail: LgOpenDetail = { target: hit.target, kind: hit.kind, text: hit.text, id: hit.id, match: hit.text.slice(a, b) };
    if (hit.areaId) detail.areaId = hit.areaId;
    if (hit.levelId) detail.levelId = hit.levelId;
    const go = this.dispatchEvent(new LgOpenEvent(detail));
    if (!go) e.preventDefault();
  }

  /** @internal */
  private async more(): Promise<void> {
    const from = this.shown;
    this.shown += PAGE;
    // the first of the results just shown (data-i is a result's position in the list)
    await focusAfterRender(this, `.result[data-i="${from}"]`);
  }

  override render() {
    const lang = this.language;
    const t = SEARCH_STRINGS[lang];
    const query = typeof this.value === 'string' ? this.value : '';
    const blank = !query.trim();
    const own = this.results;
    const other = this.elsewhere;
    const hits = this.listed;
    const status = blank ? '' : own.length ? t.count(own.length) : other ? t.elsewhere(query.trim(), other.hits.length) : t.none(query.trim());
    const rest = hits.length - this.shown;

    const result = (h: SearchHit, i: number) => {
      const ex = excerpt(h.text, h.ranges);
      const pieces: unknown[] = [];
      let at = 0;
      for (const [a, b] of ex.ranges) {
        pieces.push(ex.text.slice(at, a), html`<mark>${ex.text.slice(a, b)}</mark>`);
        at = b;
      }
      pieces.push(ex.text.slice(at));
      // The area's colour, always beside words that name it (the label, or the area's title as the result's text).
      const marker = h.areaId ? html`<span class="marker" part="marker"></span>` : nothing;
      const content = html`<span class="text" part="result-text">${ex.cutStart ? '…' : ''}${pieces}${ex.cutEnd ? '…' : ''}</span>
        <span class="meta" part="result-meta">${h.related ? html`<span class="related">${t.related(h.related)}</span><span class="sep" aria-hidden="true">·</span>` : nothing}${h.label === h.text
          ? [marker, html`<span class="kind">${t.kinds[h.kind]}</span>`]
          : html`<span class="kind">${t.kinds[h.kind]}</span> <span class="sep" aria-hidden="true">·</span>
              <span class="label">${marker}${h.label}</span>`}</span>`;
      const cls = `result ${h.areaId ?? ''}`;
      return html`<li lang=${other ? other.lang : nothing}>${this.href != null
        ? html`<a class=${cls} part="result" href=${`${this.href}#${h.target}&mark=${encodeURIComponent(h.text.slice(...(h.ranges[0] ?? [0, 0])))}`} data-i=${i}>${content}</a>`
        : html`<button type="button" class=${cls} part="result" data-i=${i}>${content}</button>`}</li>`;
    };

    return html`<div class="search" lang=${lang}>
      <label for="field" part="label">${t.label}</label>
      <input id="field" part="field" type="search" .value=${live(query)} autocomplete="off" spellcheck="false" ?autofocus=${this.autofocusField}
        aria-controls=${!blank && hits.length ? 'results' : nothing} @input=${this.onInput} @keydown=${this.onFieldKey} />
      <p class="status" part="status" role="status" aria-live="polite" aria-atomic="true">${status}</p>
      ${blank
        ? html`<slot></slot>`
        : html`<div class="found" @keydown=${this.onListKey}>
            ${own.length ? translationNote(this.framework) : other ? translationNote(getFramework(other.lang)) : nothing}
            ${hits.length
              ? html`<ul id="results" part="results" aria-label=${t.results} @click=${this.onClick}>
                  ${hits.slice(0, this.shown).map(result)}
                </ul>`
              : nothing}
            ${rest > 0 ? html`<button type="button" class="more" part="more" @click=${this.more}>${t.more(rest)}</button>` : nothing}
          </div>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lg-search': LgSearch;
  }
}
