'use client';
/**
 * Min refleksion, `<lg-reflection-journal>`: `onLgJournalChange` when a note is saved, deleted or imported. Importing
 * this registers the tag.
 */
import { LgReflectionJournal } from '../reflection-journal/define';
import type { LgJournalChangeEvent } from '../shared/events';
import { on, wrap } from './wrap';

export const ReflectionJournal = wrap('lg-reflection-journal', LgReflectionJournal, {
  onLgJournalChange: on<LgReflectionJournal, LgJournalChangeEvent>('lg-journal-change'),
});
