/**
 * Registering a tag once: a tag already defined (a second copy of the bundle on the page, or another version) is
 * left alone, and the page gets one console warning in all, never an exception.
 */
const WARNED = Symbol.for('lg.define.warned');
const page = globalThis as { [WARNED]?: boolean };

/** Says, once per page, that a second copy of the elements was loaded. */
export function warnLoadedTwice(): void {
  if (page[WARNED]) return;
  page[WARNED] = true;
  console.warn('Ledelsesgrundlag: the elements were loaded more than once on this page; the first copy is used.');
}

/** True when the tag is still free; otherwise warns (once per page) that this is a second copy. */
export function free(tag: string): boolean {
  if (!customElements.get(tag)) return true;
  warnLoadedTwice();
  return false;
}
