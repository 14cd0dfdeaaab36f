/**
 * React wrappers for every element, made with Lit's own @lit/react: typed props (the element's properties) and
 * typed events (`onLgOpen`, `onLgJournalChange`, `onLgQuestionChange`; the picker's native `onInput`/`onChange`).
 * Importing this module registers the tags (it imports ./define). React is the page's own: a peer dependency.
 *
 *   import { FocusAreas, TaskPicker } from '@gentofte/ledelsesgrundlag/react';
 *   <TaskPicker name="fokus" onChange={(e) => console.log(e.currentTarget.value)} />
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import './define';
import { LgDialogue } from './dialogue/dialogue';
import { LgRound } from './round/round';
import { LgFocusAreaCard } from './focus-area-card/focus-area-card';
import { LgFocusAreas } from './focus-areas/focus-areas';
import { LgFramework } from './framework/framework';
import { LgReflectionJournal } from './reflection-journal/reflection-journal';
import { LgReflection } from './reflection/reflection';
import { LgSearch } from './search/search';
import type { LgJournalChangeEvent, LgOpenEvent, LgQuestionChangeEvent } from './shared/events';
import { LgTaskPicker } from './task-picker/task-picker';

export const FocusAreas = createComponent({ tagName: 'lg-focus-areas', elementClass: LgFocusAreas, react: React });

export const FocusAreaCard = createComponent({ tagName: 'lg-focus-area-card', elementClass: LgFocusAreaCard, react: React });

export const Reflection = createComponent({ tagName: 'lg-reflection', elementClass: LgReflection, react: React });

export const Framework = createComponent({ tagName: 'lg-framework', elementClass: LgFramework, react: React });

export const Search = createComponent({
  tagName: 'lg-search',
  elementClass: LgSearch,
  react: React,
  events: { onLgOpen: 'lg-open' as EventName<LgOpenEvent>, onInput: 'input' },
});

export const TaskPicker = createComponent({
  tagName: 'lg-task-picker',
  elementClass: LgTaskPicker,
  react: React,
  events: { onInput: 'input', onChange: 'change' },
});

export const ReflectionJournal = createComponent({
  tagName: 'lg-reflection-journal',
  elementClass: LgReflectionJournal,
  react: React,
  events: { onLgJournalChange: 'lg-journal-change' as EventName<LgJournalChangeEvent> },
});

export const Dialogue = createComponent({
  tagName: 'lg-dialogue',
  elementClass: LgDialogue,
  react: React,
  events: { onLgQuestionChange: 'lg-question-change' as EventName<LgQuestionChangeEvent> },
});

export const Round = createComponent({
  tagName: 'lg-round',
  elementClass: LgRound,
  react: React,
});
