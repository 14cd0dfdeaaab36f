/**
 * A tasks file with 30 saved tasks, one a day from 1 January 2025 ("Opgave 1" the oldest, "Opgave 30" the newest),
 * written by the package's own export: more than the picker shows at first (20), for the tests of its saved list
 * in Chromium and Firefox.
 */
import { exportTasks } from '../../content/task-file';
import { savedTask } from '../unit/records';

export const TASK_COUNT = 30;

const task = (i: number) => {
  const at = new Date(Date.UTC(2025, 0, i, 9)).toISOString();
  return savedTask({ id: `opgave-${i}`, title: `Opgave ${i}`, weights: { faglighed: 0, innovation: 0, mening: 0, drift: 1 }, createdAt: at, updatedAt: at });
};

export const manyTasksFile = exportTasks(Array.from({ length: TASK_COUNT }, (_, i) => task(i + 1)));

/** The titles the list shows, newest first: Opgave 30, 29, … down to the `n`th newest. */
export const newestTitles = (n: number) => Array.from({ length: n }, (_, i) => `Opgave ${TASK_COUNT - i}`);
