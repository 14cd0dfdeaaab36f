/**
 * A harness that drives an element the way a person does: by role and accessible name, never by selector. One per
 * complex element is made from it (`pickerHarness`, `journalHarness`, `dialogueHarness` in the tests).
 */
import type { LitElement } from 'lit';
import { deepActiveElement, textOf } from './element-helpers';

const collapse = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The accessible name of a control, as far as these elements need: aria-label, aria-labelledby, its label(s), or its text. */
export function accessibleName(el: Element): string {
  const root = el.getRootNode() as ShadowRoot | Document;
  const label = el.getAttribute('aria-label');
  if (label) return collapse(label);
  const by = el.getAttribute('aria-labelledby');
  if (by) return collapse(by.split(/\s+/).map((id) => root.getElementById?.(id)?.textContent ?? '').join(' '));
  const labels = (el as HTMLInputElement).labels;
  if (labels?.length) return collapse([...labels].map((l) => l.textContent).join(' '));
  return collapse(el.textContent);
}

export class Harness<E extends LitElement> {
  constructor(readonly el: E) {}

  private get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  private find<T extends Element>(selector: string, name: string | RegExp, what: string): T {
    const all = [...this.root.querySelectorAll<T>(selector)];
    const match = (t: T) => (typeof name === 'string' ? accessibleName(t) === name : name.test(accessibleName(t)));
    const found = all.find(match);
    if (!found) throw new Error(`no ${what} "${name}" in <${this.el.localName}>; there are: ${all.map(accessibleName).join(' | ')}`);
    return found;
  }

  /** The button named `name`. */
  button(name: string | RegExp): HTMLButtonElement {
    return this.find<HTMLButtonElement>('button', name, 'button');
  }

  /** True when a button named `name` is shown. */
  hasButton(name: string | RegExp): boolean {
    try {
      this.button(name);
      return true;
    } catch {
      return false;
    }
  }

  /** The text field, text area or select labelled `label`. */
  field(label: string | RegExp): HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement {
    return this.find('input:not([type=radio]):not([type=checkbox]), textarea, select', label, 'field');
  }

  /** The radio labelled `label` in the group (fieldset) whose legend is `group`. */
  radio(group: string | RegExp, label: string): HTMLInputElement {
    const fieldsets = [...this.root.querySelectorAll('fieldset')].filter((f) => {
      const legend = collapse(f.querySelector(':scope > legend')?.textContent);
      return typeof group === 'string' ? legend === group : group.test(legend);
    });
    const radio = fieldsets.flatMap((f) => [...f.querySelectorAll<HTMLInputElement>('input[type=radio]')]).find((r) => accessibleName(r) === label);
    if (!radio) throw new Error(`no radio "${label}" in the group "${group}" of <${this.el.localName}>`);
    return radio;
  }

  /** Clicks the button named `name` (focusing it, as a click does in Chromium and Firefox), and waits for the element (and its storage work) to settle. */
  async click(name: string | RegExp): Promise<void> {
    const b = this.button(name);
    b.focus();
    b.click();
    await this.settle();
  }

  /** Types `text` into the field labelled `label` (input, then change), and waits. */
  async type(label: string | RegExp, text: string): Promise<void> {
    const f = this.field(label);
    f.value = text;
    f.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    f.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await this.settle();
  }

  /** Chooses a radio, as a click does (checked, then input and change), and waits. */
  async choose(group: string | RegExp, label: string): Promise<void> {
    const r = this.radio(group, label);
    r.checked = true;
    r.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    r.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await this.settle();
  }

  /** What the live regions (`role=status`) say now, the empty ones left out. */
  status(): string[] {
    return [...this.root.querySelectorAll('[role=status]')].map(textOf).filter(Boolean);
  }

  /** The text of the headings, in order. */
  headings(): string[] {
    return [...this.root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(textOf);
  }

  /** The accessible name of what has focus (through shadow roots). */
  focused(): string {
    const el = deepActiveElement();
    return el ? accessibleName(el) : '';
  }

  /** Waits for pending work (storage, the clipboard) and the element's next render. */
  async settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 0));
      await this.el.updateComplete;
    }
  }
}
