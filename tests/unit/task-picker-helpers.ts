/** Helpers shared by the <lg-task-picker> tests: registration, mounting and simulated user input. */
import { afterEach } from 'vitest';
import { useFreshIndexedDB } from './idb-fixtures';
import { LgTaskPicker } from '../../components/task-picker/task-picker';
import { $, $$, mount, useCleanDocument } from './element-helpers';

if (!customElements.get('lg-task-picker')) customElements.define('lg-task-picker', LgTaskPicker);

export { LgTaskPicker };

/** Mounts `<lg-task-picker ${attrs}>` and waits for it to render. */
export const picker = (attrs = '') => mount<LgTaskPicker>(`<lg-task-picker ${attrs}></lg-task-picker>`, 'lg-task-picker');

export { $, $$ } from './element-helpers';

/** The radio for weight n of an area. */
export const radio = (el: Element, area: string, n: number) => $<HTMLInputElement>(el, `input[type=radio][name="${area}"][value="${n}"]`);

/** The checked weight of each area, read from the radios. */
export const checked = (el: Element) =>
  Object.fromEntries(['faglighed', 'innovation', 'mening', 'drift'].map((a) => [a, $$<HTMLInputElement>(el, `input[name="${a}"]`).findIndex((r) => r.checked)]));

/** A button by its visible text (hidden text included). */
export function button(el: Element, text: string): HTMLButtonElement {
  const b = $$<HTMLButtonElement>(el, 'button').find((x) => (x.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(text));
  if (!b) throw new Error(`no button "${text}"`);
  return b;
}

/** Types into the title or description as a browser would: `input` (composed) per change, `change` at the end. */
export function type(field: HTMLInputElement | HTMLTextAreaElement, text: string, commit = true): void {
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (commit) field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Records the input/change events that reach the document, with their flags. */
export function recordEvents() {
  const events: { type: string; target: EventTarget | null; bubbles: boolean; composed: boolean }[] = [];
  const listen = (e: Event) => events.push({ type: e.type, target: e.target, bubbles: e.bubbles, composed: e.composed });
  document.addEventListener('input', listen);
  document.addEventListener('change', listen);
  return {
    events,
    count: (t: string) => events.filter((e) => e.type === t).length,
    clear: () => void (events.length = 0),
    stop: () => {
      document.removeEventListener('input', listen);
      document.removeEventListener('change', listen);
    },
  };
}

/** Waits for pending promises (IndexedDB, clipboard) and the element's next render. */
export async function flush(el: LgTaskPicker, rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
}

/** Waits until the condition holds (polling), e.g. for IndexedDB work. */
export async function until(el: LgTaskPicker, ok: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await flush(el, 1);
  }
}

/**
 * For every picker test of the file: an empty document and a fresh IndexedDB before it, console.warn silenced
 * while it runs; after it, the document emptied, the real IndexedDB back and every mock restored.
 * Returns the mock that records the current test's warnings.
 */
export function usePickerTest() {
  useFreshIndexedDB();
  const warn = useCleanDocument();
  afterEach(async () => {
    // Let every picker finish opening its store and render, so no render lands after the file's environment is gone
    // (updateComplete waits for the storage work under way).
    const pickers = [...document.querySelectorAll<LgTaskPicker>('lg-task-picker')];
    await Promise.all(pickers.map((p) => p.updateComplete));
    document.body.innerHTML = '';
  });
  return warn;
}
