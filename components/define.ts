/**
 * Registers every lg- element at once (the npm package's `define`, and the one-file build
 * `dist/cdn/ledelsesgrundlag.all.js`). Safe to load twice: a tag that is already defined is left alone, and the
 * page gets one console warning in all (not one per tag), never an exception. Each element's own `define` module
 * registers it alone; the split bundle (components/autoload.ts) loads those when a tag first appears.
 */
import { LgFocusAreaCard } from './focus-area-card/define';
import { LgFocusAreas } from './focus-areas/define';
import { LgReflection } from './reflection/define';
import { LgFramework } from './framework/define';
import { LgTaskPicker } from './task-picker/define';
import { LgSearch } from './search/define';
import { LgReflectionJournal } from './reflection-journal/define';
import { LgDialogue } from './dialogue/define';
import { LgRound } from './round/define';
import { LgMeeting } from './meeting/define';

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
  'lg-round': LgRound,
  'lg-meeting': LgMeeting,
} as const;
