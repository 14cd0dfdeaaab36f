import { html, nothing, type TemplateResult } from 'lit';

export interface ButtonOptions {
  /** `primary` or `danger`. */
  cls?: string;
  ariaLabel?: string;
  id?: string;
  /** For a button that shows or hides something: its aria-expanded. */
  expanded?: boolean;
}

/** A journal button (`type="button"`, `part="button"`). */
export function button(label: string, onClick: () => void, extra: ButtonOptions = {}): TemplateResult {
  return html`<button type="button" part="button" class=${extra.cls ?? nothing} id=${extra.id ?? nothing}
    aria-label=${extra.ariaLabel ?? nothing} aria-expanded=${extra.expanded === undefined ? nothing : String(extra.expanded)}
    @click=${onClick}>${label}</button>`;
}
