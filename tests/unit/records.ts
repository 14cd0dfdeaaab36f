/** Records the tests share: a saved task and a reflection, each with its fields overridable. */
import { emptyAreas, type JournalEntry } from '../../content/journal';
import type { SavedTask } from '../../content/task-file';

/** A saved task; `over` replaces any field. */
export const savedTask = (over: Partial<SavedTask> = {}): SavedTask => ({
  id: 'a1',
  title: 'Opgave',
  description: '',
  weights: { faglighed: 0, innovation: 0, mening: 0, drift: 0 },
  createdAt: '2025-01-01T08:00:00.000Z',
  updatedAt: '2025-01-01T08:00:00.000Z',
  ...over,
});

/** A reflection dated `date`, written that day at 08:00 UTC, with nothing assessed unless `over` says so. */
export const journalEntry = (date: string, over: Partial<JournalEntry> = {}): JournalEntry => ({
  id: `e-${date}`,
  date,
  createdAt: `${date}T08:00:00.000Z`,
  updatedAt: `${date}T08:00:00.000Z`,
  areas: emptyAreas(),
  answers: {},
  ...over,
});
