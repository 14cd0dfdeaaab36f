/**
 * The split bundle's entry, `dist/cdn/ledelsesgrundlag.js`: the one file a page includes. It knows every tag, and
 * loads an element's code (a chunk beside it, by a relative URL) the first time an instance of that tag is in the
 * document, whether it was in the HTML before this script ran or added later. A page that shows four cards
 * downloads the cards, not the journal.
 *
 * Safe to load twice (a second copy, from another URL, warns once and leaves the work to the first), and after the
 * markup. Elements inside another component's shadow root are not seen: such a page calls `load(tag)` itself, or
 * includes the one-file build `ledelsesgrundlag.all.js`.
 */
import { warnLoadedTwice } from './shared/define-once';

/** Each tag's chunk. (Each is spelled out, so that the bundler makes one chunk per element.) */
const chunks = {
  'lg-focus-area-card': () => import('./focus-area-card/define'),
  'lg-focus-areas': () => import('./focus-areas/define'),
  'lg-reflection': () => import('./reflection/define'),
  'lg-framework': () => import('./framework/define'),
  'lg-task-picker': () => import('./task-picker/define'),
  'lg-search': () => import('./search/define'),
  'lg-reflection-journal': () => import('./reflection-journal/define'),
  'lg-dialogue': () => import('./dialogue/define'),
} as const;

export type Tag = keyof typeof chunks;

/** Every tag this bundle loads. */
export const tags = Object.keys(chunks) as Tag[];

const loading = new Map<Tag, Promise<void>>();

/** Loads (once) the code of `tag` and resolves when it is defined; never rejects (a failed load may be retried). */
export function load(tag: Tag): Promise<void> {
  let p = loading.get(tag);
  if (!p) {
    p = chunks[tag]().then(
      () => undefined,
      (error) => {
        loading.delete(tag);
        console.error(`Ledelsesgrundlag: the code of <${tag}> could not be loaded.`, error);
      },
    );
    loading.set(tag, p);
  }
  return p;
}

/** Loads every tag that appears in `root` and is not defined yet. */
function scan(root: ParentNode): void {
  for (const tag of tags) if (!loading.has(tag) && !customElements.get(tag) && root.querySelector(tag)) void load(tag);
}

const STARTED = Symbol.for('lg.autoload');
const page = globalThis as { [STARTED]?: boolean };
if (page[STARTED]) warnLoadedTwice();
else {
  page[STARTED] = true;
  scan(document);
  new MutationObserver(() => scan(document)).observe(document, { childList: true, subtree: true });
}
