/** Pieces of markup every element uses: headings, the area's colour marker, the note on a translation. */
import { html, nothing, type TemplateResult } from 'lit';

/**
 * A heading of the given level (clamped to 1–6), focusable from script (tabindex="-1") so that deep links
 * and in-page navigation can move focus to it. It is not in the tab order.
 */
export function heading(level: number, content: unknown, id?: string, part = 'heading'): TemplateResult {
  const i = id ?? nothing;
  switch (Math.max(1, Math.min(6, level))) {
    case 1: return html`<h1 id=${i} part=${part} tabindex="-1">${content}</h1>`;
    case 2: return html`<h2 id=${i} part=${part} tabindex="-1">${content}</h2>`;
    case 3: return html`<h3 id=${i} part=${part} tabindex="-1">${content}</h3>`;
    case 4: return html`<h4 id=${i} part=${part} tabindex="-1">${content}</h4>`;
    case 5: return html`<h5 id=${i} part=${part} tabindex="-1">${content}</h5>`;
    default: return html`<h6 id=${i} part=${part} tabindex="-1">${content}</h6>`;
  }
}

/**
 * On a translation, the short note that it is unofficial and that the Danish text is the original and the
 * authoritative one (the framework's own `translationNote`); nothing on the original.
 */
export function translationNote(fw: { translationNote?: string }): TemplateResult | typeof nothing {
  return fw.translationNote ? html`<p class="translation-note" part="translation-note" role="note">${fw.translationNote}</p>` : nothing;
}

/** An area's colour beside its name (decoration: the name is always there too). */
export const marker = html`<span class="marker" aria-hidden="true"></span>`;

