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
import { free, warnLoadedTwice } from './shared/define-once';

/** The tags this bundle loads. */
export type Tag =
  | 'lg-focus-area-card'
  | 'lg-focus-areas'
  | 'lg-reflection'
  | 'lg-framework'
  | 'lg-task-picker'
  | 'lg-search'
  | 'lg-reflection-journal'
  | 'lg-dialogue'
  | 'lg-round'
  | 'lg-meeting';

/**
 * Each tag's chunk (its class), and the tags it shows inside itself. (Each import is spelled out, so that the
 * bundler makes one chunk per element.)
 */
const elements: Record<Tag, { code: () => Promise<CustomElementConstructor>; uses: Tag[] }> = {
  'lg-focus-area-card': { code: () => import('./focus-area-card/focus-area-card').then((m) => m.LgFocusAreaCard), uses: [] },
  'lg-focus-areas': { code: () => import('./focus-areas/focus-areas').then((m) => m.LgFocusAreas), uses: [] },
  'lg-reflection': { code: () => import('./reflection/reflection').then((m) => m.LgReflection), uses: [] },
  'lg-framework': { code: () => import('./framework/framework').then((m) => m.LgFramework), uses: [] },
  'lg-task-picker': { code: () => import('./task-picker/task-picker').then((m) => m.LgTaskPicker), uses: [] },
  'lg-search': { code: () => import('./search/search').then((m) => m.LgSearch), uses: [] },
  'lg-reflection-journal': { code: () => import('./reflection-journal/reflection-journal').then((m) => m.LgReflectionJournal), uses: [] },
  'lg-dialogue': { code: () => import('./dialogue/dialogue').then((m) => m.LgDialogue), uses: [] },
  'lg-round': { code: () => import('./round/round').then((m) => m.LgRound), uses: ['lg-dialogue'] },
  'lg-meeting': { code: () => import('./meeting/meeting').then((m) => m.LgMeeting), uses: ['lg-round', 'lg-dialogue'] },
};

/** Every tag this bundle loads. */
export const tags = Object.keys(elements) as Tag[];

const loading = new Map<Tag, Promise<void>>();

/**
 * Loads the code of `tags` (and of the tags they show) and defines them all at once, when the last has arrived:
 * elements that were on the page together appear together, in one layout, not one after another. Resolves when
 * they are defined; never rejects (a chunk that fails is said in the console, and may be tried again).
 */
function loadTogether(wanted: Tag[]): Promise<void> {
  const all = [...new Set(wanted.flatMap((t) => [t, ...elements[t].uses]))].filter((t) => !loading.has(t) && !customElements.get(t));
  if (!all.length) return Promise.all(wanted.map((t) => loading.get(t))).then(() => undefined);
  const done = Promise.all(all.map((t) => elements[t].code().then((cls) => [t, cls] as const))).then(
    (classes) => {
      for (const [tag, cls] of classes) if (free(tag)) customElements.define(tag, cls);
    },
    (error) => {
      all.forEach((t) => loading.delete(t));
      console.error('Ledelsesgrundlag: the code of an element could not be loaded.', error);
    },
  );
  all.forEach((t) => loading.set(t, done));
  return done;
}

/** Loads (once) the code of `tag` and resolves when it is defined. */
export const load = (tag: Tag): Promise<void> => loadTogether([tag]);

/** Loads, together, every tag that appears in `root` and is not defined yet. */
function scan(root: ParentNode): void {
  const found = tags.filter((tag) => !loading.has(tag) && !customElements.get(tag) && root.querySelector(tag));
  if (found.length) void loadTogether(found);
}

const STARTED = Symbol.for('lg.autoload');
const page = globalThis as { [STARTED]?: boolean };
if (page[STARTED]) warnLoadedTwice();
else {
  page[STARTED] = true;
  // prerendered elements (dist/html: their text already in the page) are upgraded after the page's first frame, so
  // that loading their code does not hold back the first paint of that text
  const prerendered = tags.some((tag) => document.querySelector(tag)?.shadowRoot);
  const start = () => {
    scan(document);
    new MutationObserver(() => scan(document)).observe(document, { childList: true, subtree: true });
  };
  if (prerendered) requestAnimationFrame(() => setTimeout(start));
  else start();
}
