/** Helpers shared by the element tests (happy-dom). */
import type { LitElement } from 'lit';
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

/** Waits for an element and every lg- element in its shadow tree (recursively) to finish rendering. */
export async function settle(el: Element): Promise<void> {
  await (el as LitElement).updateComplete;
  for (const inner of el.shadowRoot?.querySelectorAll('*') ?? []) {
    if (inner.localName.startsWith('lg-')) await settle(inner);
  }
  await (el as LitElement).updateComplete;
}

/** Lets the MutationObserver deliver, then waits for the element to render again. */
export async function afterMutation(el: Element): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await settle(el);
}

/** Puts the markup in <body> and returns its first element, rendered. */
export async function mount<T extends Element = HTMLElement>(markup: string, selector?: string): Promise<T> {
  document.body.innerHTML = markup;
  const el = (selector ? document.body.querySelector(selector) : document.body.firstElementChild) as T;
  await settle(el);
  return el;
}

/** One element in the element's shadow root; throws when there is none, so a test fails clearly. */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

/** One element in the element's shadow root, or null. */
export const query = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);

/** Every element matching `selector` in the element's shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** What an element sent to print: the document of its hidden print frame (title, language, text), once it is there. */
export async function printedDocument(): Promise<{ title: string; lang: string; text: string; frames: number }> {
  for (let i = 0; i < 20 && !document.querySelector('iframe'); i++) await new Promise((r) => setTimeout(r, 5));
  await new Promise((r) => setTimeout(r, 20));
  const frames = document.querySelectorAll('iframe');
  const doc = frames[frames.length - 1].contentDocument!;
  const host = doc.querySelector('.lg-print')!;
  return { title: doc.title, lang: doc.documentElement.lang, text: deepText(host), frames: frames.length };
}

/** Text content through shadow roots (open ones), whitespace collapsed. */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
    if (n.nodeType === 8) return;
    const root = (n as Element).shadowRoot;
    for (const child of (root ?? n).childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Every element matching `selector` in the shadow trees under `el` (recursively), in document order. */
export function deepQueryAll<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  const found: T[] = [];
  const walk = (root: ParentNode) => {
    for (const child of root.querySelectorAll('*')) {
      if (child.matches(selector)) found.push(child as T);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(el.shadowRoot ?? el);
  return found;
}

/** The focused element, looking into shadow roots (only roots that contain focus are asked). */
export function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The visible text of an element with whitespace collapsed. */
export const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Resets the document between tests. */
export function resetDocument(): void {
  document.body.innerHTML = '';
  // a fresh visit: nothing kept from the last test's page (the picker keeps its form between visits)
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    /* a test made localStorage unusable */
  }
  document.documentElement.removeAttribute('lang');
  history.replaceState(null, '', location.pathname);
}

/**
 * For every test of the file: an empty document before it, and console.warn silenced while it runs. Returns a
 * mock that records the current test's warnings (cleared before each test), so a test can count them.
 */
export function useCleanDocument() {
  const warn = vi.fn<(...args: unknown[]) => void>();
  let silenced: MockInstance | undefined;
  beforeEach(() => {
    resetDocument();
    warn.mockReset();
    silenced = vi.spyOn(console, 'warn').mockImplementation(warn);
  });
  afterEach(() => silenced?.mockRestore());
  return warn;
}

/** Downloads caught where the browser would save them: each file's name and content. (Restore the mocks after the test, as useFreshIndexedDB does.) */
export function captureDownloads(): { names: string[]; blobs: Blob[] } {
  const got = { names: [] as string[], blobs: [] as Blob[] };
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (got.blobs.push(b as Blob), 'blob:test'));
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    got.names.push(this.download);
  });
  return got;
}

/** A browser that answers `navigator.storage.persist()` with `kept`; returns the spy. (Unstub globals after.) */
export function browserKeepsStorage(kept: boolean) {
  const persist = vi.fn(async () => kept);
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { storage: { persisted: async () => false, persist } }));
  return persist;
}
