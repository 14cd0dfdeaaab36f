import { html, nothing, type TemplateResult } from 'lit';
import type { Section } from '../../content/model';
import { LgElement } from '../shared/lg-element';
import { heading, translationNote } from '../shared/markup';
import { heart, heartStyles } from '../shared/heart';
import { base } from '../shared/styles';
import { styles } from './framework.styles';
import { areaCard, areaCardStyles } from '../shared/area-card';
import { reflectionLevels, reflectionStyles } from '../shared/reflection-levels';

/** Ids of the parts the element adds around the framework's own sections (stable in every language). */
const AREAS = 'fokusomraader';
const REFLECTION = 'refleksion';
const ABOUT = 'om';
const GLOSSARY = 'ordforklaringer';

type TocEntry = [id: string, text: string, children?: TocEntry[]];

/**
 * The whole leadership framework as one document: title, (on a translation) the note that the Danish text is the
 * original, a table of contents, the introductory sections, the symbol, the four focus areas in full, the
 * reflection questions, the closing text and the glossary (marked as this tool's addition).
 *
 * Every part has an id usable as a URL fragment: the sections' ids (`hvorfor`, `hvordan`, `sammen`, `kontekst`),
 * `fokusomraader`, the areas' ids (`faglighed`, `innovation`, `mening`, `drift`), `refleksion`, `om` and
 * `ordforklaringer`. When the page's hash names one of them, on load or on `hashchange`, the element scrolls to it
 * and moves focus to its heading. The table of contents does the same and updates the page's URL
 * (history.pushState), so the address can be shared. The areas and the reflection questions are those of
 * `<lg-focus-area-card variant="full">` and `<lg-reflection>`, drawn in this element's own shadow root.
 *
 * @tagname lg-framework
 * @summary The whole framework as one readable, linkable document.
 *
 * @attr heading-level - Level of the title heading, 1–6 (default 2); sections are one level below it.
 * @attr lang - Language (`da` or `en`); otherwise inherited from the nearest ancestor with `lang`, else Danish.
 *
 * @csspart title - The framework's title heading.
 * @csspart translation-note - The note on a translation that the Danish text is the original.
 * @csspart nav - The table of contents.
 * @csspart section - Every section (areas also have the part `area`, the glossary `glossary`).
 * @csspart heading - Every section heading.
 * @csspart quote - A pull quote.
 * @csspart symbol - The heart and its caption.
 * @csspart card - Each focus area's box, as `<lg-focus-area-card variant="full">` draws it.
 * @csspart level - Each level of the reflection questions, as `<lg-reflection>` draws it.
 * @csspart heart - The heart.
 * @csspart glossary - The glossary, which is not part of the framework.
 * @csspart notice - The message shown for a malformed heading-level.
 *
 * @cssproperty --lg-font-family - Font stack (default: the system UI font).
 * @cssproperty --lg-font-size - Base font size (default `max(1rem, 16px)`: grows with the page's root size, never below 16 px).
 * @cssproperty --lg-color-text - Text colour.
 * @cssproperty --lg-color-background - Background colour.
 * @cssproperty --lg-color-surface - Background of the table of contents, notes and cards.
 * @cssproperty --lg-color-border - Border colour.
 * @cssproperty --lg-color-focus - Focus outline and link colour.
 * @cssproperty --lg-space - Base spacing.
 */
export class LgFramework extends LgElement {
  static override styles = [base, heartStyles, areaCardStyles, reflectionStyles, styles];

  /** @internal `#drift`, or `#drift&mark=økonomi` (a search result's link: the phrase it matched is marked). */
  private onHash = (): void => {
    const [id, params = ''] = decodeURIComponent(location.hash.slice(1)).split(/&(.*)/s);
    if (id) void this.show(id, new URLSearchParams(params).get('mark') ?? undefined);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
  }

  protected override firstUpdated(): void {
    this.onHash();
  }

  /**
   * Scrolls the part with the given id into view and moves focus to its heading; with `match` (the phrase a search
   * found), marks the phrase in that part and scrolls it into view. Resolves to false (and does nothing) when the
   * element has no such part.
   */
  async show(id: string, match?: string): Promise<boolean> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(`[id="${id.replace(/["\\]/g, '')}"]`);
    if (!target) return false;
    target.scrollIntoView?.({ block: 'start' });
    (target.querySelector<HTMLElement>('[tabindex="-1"]') ?? target).focus({ preventScroll: true });
    const range = match?.trim() ? findText(target, match.trim()) : undefined;
    markMatch(range);
    range?.startContainer.parentElement?.scrollIntoView?.({ block: 'center' });
    return true;
  }

  /** @internal */
  private onNav(e: MouseEvent): void {
    const a = (e.target as Element).closest('a');
    if (!a || e.button || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    const hash = a.getAttribute('href')!;
    if (location.hash !== hash) history.pushState(null, '', hash);
    void this.show(hash.slice(1));
  }

  override render() {
    const fw = this.framework;
    const { ui, language: lang } = this;
    const [h, bad] = this.headingLevelOf(1);
    const sub = Math.min(6, h + 2);
    const paragraphs = (ps: string[]) => ps.map((p) => html`<p>${p}</p>`);
    const section = (s: Section, level: number): TemplateResult =>
      html`<section id=${s.id} part="section" aria-labelledby="${s.id}-h">
        ${heading(level, s.heading, `${s.id}-h`)} ${paragraphs(s.paragraphs)}
        ${s.quote
          ? // a pull quote, as in print: the section's own sentence set large, not a quotation from elsewhere; read once
            // (in its paragraph), so hidden from assistive technology here
            html`<p class="quote" part="quote" aria-hidden="true">${s.quote}</p>`
          : nothing}
        ${s.subsections?.map((x) => section(x, level + 1))}
      </section>`;
    const block = (id: string, title: string, content: unknown, cls = '') =>
      html`<section id=${id} class=${cls} part="section ${cls}" aria-labelledby="${id}-h">
        ${heading(h + 1, title, `${id}-h`)} ${content}
      </section>`;
    const toc: TocEntry[] = [
      ...fw.sections.map((s): TocEntry => [s.id, s.heading, s.subsections?.map((x): TocEntry => [x.id, x.heading])]),
      [AREAS, ui.areas, fw.focusAreas.map((a): TocEntry => [a.id, a.title])],
      [REFLECTION, ui.reflection],
      [ABOUT, ui.about],
      [GLOSSARY, fw.glossary.heading],
    ];
    const links = (entries: TocEntry[]): TemplateResult =>
      html`<ul>${entries.map(([id, text, children]) => html`<li><a href="#${id}">${text}</a>${children ? links(children) : nothing}</li>`)}</ul>`;

    return html`<div class="doc" lang=${lang}>
      ${heading(h, fw.title, 'top', 'title')}
      ${translationNote(fw)}
      <p class="org">${fw.organisation}</p>
      <nav part="nav" aria-labelledby="toc-h" @click=${this.onNav}>
        ${heading(h + 1, ui.contents, 'toc-h')}
        ${links(toc)}
      </nav>
      ${fw.sections.map((s) => section(s, h + 1))}
      ${block(
        AREAS,
        ui.areas,
        html`${fw.symbol
          ? html`<figure class="symbol" part="symbol">${heart(fw.focusAreas.map((a) => a.id))}<figcaption>${fw.symbol.caption}</figcaption></figure>`
          : nothing}
        ${fw.focusAreas.map(
          (a) => html`<section id=${a.id} class="area" part="section area" aria-label=${a.title}>
            ${areaCard(a, fw.labels, { level: sub, full: true, lang, titlePart: 'heading' })}
          </section>`,
        )}`,
      )}
      ${block(REFLECTION, ui.reflection, reflectionLevels(fw.reflection, sub, lang))}
      ${block(ABOUT, ui.about, paragraphs(fw.closing))}
      ${block(GLOSSARY, fw.glossary.heading, html`<p class="note">${fw.glossary.note}</p>
        <dl>${fw.glossary.entries.map((e) => html`<div><dt>${e.term}</dt><dd>${e.explanation}</dd></div>`)}</dl>`, 'glossary')}
      ${bad}
    </div>`;
  }
}

/** The first occurrence of `phrase` (case and accents as written) in the text under `root`, nested shadow roots included. */
function findText(root: Node, phrase: string): Range | undefined {
  const wanted = phrase.toLocaleLowerCase();
  const walk = (node: Node): Range | undefined => {
    if (node.nodeType === Node.TEXT_NODE) {
      const at = (node.nodeValue ?? '').toLocaleLowerCase().indexOf(wanted);
      if (at < 0) return undefined;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      return range;
    }
    const children = [...((node as Element).shadowRoot?.childNodes ?? []), ...node.childNodes];
    for (const child of children) {
      const found = walk(child);
      if (found) return found;
    }
    return undefined;
  };
  return walk(root);
}

/** Marks `range` as the search's match (the CSS Custom Highlight API: no change to the DOM), or clears the mark. */
function markMatch(range: Range | undefined): void {
  const highlights = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const Highlight = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!highlights || !Highlight) return;
  if (range) highlights.set('lg-match', new Highlight(range));
  else highlights.delete('lg-match');
}

declare global {
  interface HTMLElementTagNameMap {
    'lg-framework': LgFramework;
  }
}
