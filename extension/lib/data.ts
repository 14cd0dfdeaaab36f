/**
 * Everything the extension keeps about a person, and how they take it out, bring it back or delete it:
 * the saved tasks (IndexedDB, through components/shared/task-store.ts) and their options (storage.local).
 *
 * The file is the task store's own export format (`ledelsesgrundlag-tasks`, version 1), so a file from the task
 * picker on an intranet page can be imported here and the other way round, with the extension's options added
 * under `options` (which the tasks file's reader ignores).
 */
import type { Browser } from 'webextension-polyfill';
import type { Language } from '../../content/model';
import type { TaskStore } from '../../components/shared/task-store';
import type { JournalStore } from '../../components/shared/journal-store';
import { STRINGS as PICKER_STRINGS, issueText } from '../../components/task-picker/task-picker.strings';
import { exportTasks, parseTaskFile, type SavedTask } from '../../content/task-file';
import { cleanUserOptions, isLanguageChoice, isPopupStart, saveUserOptions, userOptionsItem, type UserOptions } from './settings';

/** The key under which pages remember the language and start tab, to render right at once (localStorage). */
export const PAGE_CACHE_KEY = 'ledelsesgrundlag.extension';

/** The whole export file, as text. */
export async function exportData(browser: Browser, store: TaskStore): Promise<{ text: string; count: number }> {
  const tasks = await store.list();
  const stored = await userOptionsItem.getValue();
  const file = JSON.parse(exportTasks(tasks)) as { tasks: unknown[] };
  const options = cleanUserOptions(stored);
  const text = JSON.stringify({ ...file, ...(Object.keys(options).length ? { options } : {}) }, null, 2) + '\n';
  return { text, count: file.tasks.length };
}

export type DataImport = { ok: true; tasks: SavedTask[]; options: Partial<UserOptions> } | { ok: false; errors: string[] };

/** What can be wrong with the options in a file, in both languages (the tasks' problems come from the task store). */
const OPTION_PROBLEMS = {
  en: {
    notObject: '"options" must be an object',
    language: 'options.language must be "auto", "da" or "en"',
    popupStart: 'options.popupStart must be "search" or "task"',
    unknown: (k: string) => `options has an unknown setting ${k}`,
  },
  da: {
    notObject: '"options" skal være et objekt',
    language: 'options.language skal være "auto", "da" eller "en"',
    popupStart: 'options.popupStart skal være "search" eller "task"',
    unknown: (k: string) => `options har en ukendt indstilling ${k}`,
  },
} satisfies Record<Language, unknown>;

/**
 * Checks a whole file. Either everything in it is valid, or nothing is returned but the reasons, in `lang`
 * (English by default).
 */
export function parseDataImport(text: string, lang: Language = 'en'): DataImport {
  const tasks = parseTaskFile(text);
  if (!tasks.ok) return { ok: false, errors: tasks.issues.map((i) => issueText(PICKER_STRINGS[lang] ?? PICKER_STRINGS.en, i)) };
  const p = OPTION_PROBLEMS[lang] ?? OPTION_PROBLEMS.en;
  const { data } = tasks;
  if (data.options === undefined) return { ok: true, tasks: tasks.tasks, options: {} };
  const o = data.options;
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return { ok: false, errors: [p.notObject] };
  const errors: string[] = [];
  for (const [key, value] of Object.entries(o)) {
    if (key === 'language') {
      if (!isLanguageChoice(value)) errors.push(p.language);
    } else if (key === 'popupStart') {
      if (!isPopupStart(value)) errors.push(p.popupStart);
    } else errors.push(p.unknown(JSON.stringify(key.slice(0, 40))));
  }
  return errors.length ? { ok: false, errors } : { ok: true, tasks: tasks.tasks, options: cleanUserOptions(o) };
}

export type ImportResult = { ok: true; count: number } | { ok: false; errors: string[] } | { ok: false; notKept: true };

/**
 * Imports a file: all of it or nothing. The tasks go into the store in one transaction; only when they are
 * kept does anything else change.
 */
export async function importData(browser: Browser, store: TaskStore, text: string, lang: Language = 'en'): Promise<ImportResult> {
  const parsed = parseDataImport(text, lang);
  if (!parsed.ok) return parsed;
  if (!store.persistent) return { ok: false, notKept: true };
  await store.restore(parsed.tasks);
  if (!store.persistent) return { ok: false, notKept: true };
  if (Object.keys(parsed.options).length) await saveUserOptions(parsed.options);
  return { ok: true, count: parsed.tasks.length };
}

/**
 * Deletes every saved task, every note in Min refleksion and every option the person set. (The policy is IT's and
 * is not touched.)
 */
export async function deleteAllData(browser: Browser, store: TaskStore, journal: JournalStore): Promise<void> {
  for (const task of await store.list()) await store.delete(task.id);
  await journal.clear();
  await browser.storage.local.clear();
  await browser.storage.session?.clear().catch(() => {});
  try {
    localStorage.removeItem(PAGE_CACHE_KEY);
  } catch {
    /* no localStorage here (tests, or refused) */
  }
}
