/**
 * The elements' buttons. (A module of its own: the reading elements have none, and a page that shows only them does
 * not download it.)
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface ButtonOptions {
  /** `primary`, `danger`, or another class of the element's styles. */
  cls?: string;
  id?: string;
  ariaLabel?: string;
  /** For a button that shows or hides something: its aria-expanded (and the id of what it shows, aria-controls). */
  expanded?: boolean;
  controls?: string;
  /** Shown as unavailable (aria-disabled, so that it keeps focus) and does nothing when clicked. */
  disabled?: boolean;
  /** For a toggle: its aria-pressed. */
  pressed?: boolean;
  /** The keys that do the same (aria-keyshortcuts). */
  shortcut?: string;
}

/**
 * A button of the elements (every button is `part="button"`): `type="button"`, with the ARIA attributes asked for
 * in `extra` and no others.
 */
export function button(label: unknown, onClick: () => void, extra: ButtonOptions = {}): TemplateResult {
  return html`<button type="button" part="button" class=${extra.cls ?? nothing} id=${extra.id ?? nothing}
    aria-label=${extra.ariaLabel ?? nothing} aria-expanded=${extra.expanded === undefined ? nothing : String(extra.expanded)}
    aria-controls=${extra.controls ?? nothing} aria-disabled=${extra.disabled ? 'true' : nothing}
    aria-pressed=${extra.pressed === undefined ? nothing : String(extra.pressed)} aria-keyshortcuts=${extra.shortcut ?? nothing}
    @click=${() => !extra.disabled && onClick()}>${label}</button>`;
}
