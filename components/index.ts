/**
 * The element classes and their helpers, with no side effects: importing this registers nothing.
 * Register the tags with `define` (components/define.ts) or call customElements.define yourself.
 */
export { LgFocusAreaCard } from './focus-area-card/focus-area-card';
export { LgFocusAreas } from './focus-areas/focus-areas';
export { LgReflection } from './reflection/reflection';
export { LgFramework } from './framework/framework';
export { LgElement } from './shared/lg-element';
export { LangController, normalizeLang, resolveLang } from './shared/localize';
export { UI, type UiStrings } from './shared/strings';
export { warnOnce } from './shared/warn';
export type { Framework, FocusArea, FocusAreaId, Language, ReflectionLevel, ReflectionLevelId } from '../content/model';
export { LgSearch } from './search/search';
export { LgOpenEvent, LgJournalChangeEvent, LgQuestionChangeEvent, LgRoundRevealEvent, type LgOpenDetail, type JournalAction, type QuestionChange, type RoundRevealed } from './shared/events';
export { defineStrings } from './shared/localize';
export { LgReflectionJournal } from './reflection-journal/reflection-journal';
export { LgDialogue } from './dialogue/dialogue';
export { LgRound } from './round/round';
export { LgMeeting } from './meeting/meeting';
export { openJournalStore, type JournalStore, type JournalStoreOptions } from './reflection-journal/journal-store';
export { openTaskStore, type TaskStore } from './shared/task-store';
export { exportTasks, parseTaskFile, type SavedTask, type TaskIssue, type TaskImport } from '../content/task-file';
export { stateToFragment, stateFromFragment, type TaskState } from '../content/task-draft';
export { taskMarkdown } from '../content/task-markdown';
export { LgTaskPicker } from './task-picker/task-picker';
