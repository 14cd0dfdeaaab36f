/**
 * Registers every lg- element, in one place. Safe to load twice: a tag that is already defined is left alone,
 * and the page gets one console warning in all (not one per tag), never an exception.
 * (The calls are spelled out, tag by tag, so that the custom elements manifest sees each definition.)
 */
import { LgFocusAreaCard } from './focus-area-card/focus-area-card';
import { LgFocusAreas } from './focus-areas/focus-areas';
import { LgReflection } from './reflection/reflection';
import { LgFramework } from './framework/framework';
import { LgTaskPicker } from './task-picker/task-picker';
import { LgSearch } from './search/search';
import { LgReflectionJournal } from './reflection-journal/reflection-journal';
import { LgDialogue } from './dialogue/dialogue';

/** Every tag this package defines, with its class. */
export const tags = {
  'lg-focus-area-card': LgFocusAreaCard,
  'lg-focus-areas': LgFocusAreas,
  'lg-reflection': LgReflection,
  'lg-framework': LgFramework,
  'lg-task-picker': LgTaskPicker,
  'lg-search': LgSearch,
  'lg-reflection-journal': LgReflectionJournal,
  'lg-dialogue': LgDialogue,
} as const;

let again = false;
/** True when the tag is still free; otherwise notes that this is a second copy. */
const free = (tag: keyof typeof tags) => !customElements.get(tag) || !(again = true);

if (free('lg-focus-area-card')) customElements.define('lg-focus-area-card', LgFocusAreaCard);
if (free('lg-focus-areas')) customElements.define('lg-focus-areas', LgFocusAreas);
if (free('lg-reflection')) customElements.define('lg-reflection', LgReflection);
if (free('lg-framework')) customElements.define('lg-framework', LgFramework);
if (free('lg-task-picker')) customElements.define('lg-task-picker', LgTaskPicker);
if (free('lg-search')) customElements.define('lg-search', LgSearch);
if (free('lg-reflection-journal')) customElements.define('lg-reflection-journal', LgReflectionJournal);
if (free('lg-dialogue')) customElements.define('lg-dialogue', LgDialogue);

const WARNED = Symbol.for('lg.define.warned');
const page = globalThis as { [WARNED]?: boolean };
if (again && !page[WARNED]) {
  page[WARNED] = true;
  console.warn('Ledelsesgrundlag: the elements were loaded more than once on this page; the first copy is used.');
}
