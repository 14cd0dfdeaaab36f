'use client';
/**
 * React wrappers for every element, made with Lit's own @lit/react: typed props (the element's properties) and typed
 * events whose `currentTarget` is the element. Importing this module registers every tag; to pay only for the
 * elements an app uses, import each from its own entry (`@gentofte/ledelsesgrundlag/react/task-picker`). React is
 * the page's own: a peer dependency. The modules start with "use client", so a Next.js server component may import
 * them too.
 *
 *   import { FocusAreas, TaskPicker } from '@gentofte/ledelsesgrundlag/react';
 *   <TaskPicker name="fokus" value={value} onChange={(e) => setValue(e.currentTarget.value)} />
 */
export { Dialogue } from './dialogue';
export { FocusAreaCard } from './focus-area-card';
export { FocusAreas } from './focus-areas';
export { Framework } from './framework';
export { Meeting } from './meeting';
export { ReflectionJournal } from './reflection-journal';
export { Reflection } from './reflection';
export { Round } from './round';
export { Search } from './search';
export { TaskPicker } from './task-picker';
export type { ElementEvent } from './wrap';
