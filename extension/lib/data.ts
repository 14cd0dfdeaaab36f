/**
 * Everything the extension keeps about a person, and how they take it out, bring it back or delete it:
 * the saved tasks and the notes of Min refleksion (IndexedDB, through components/shared/) and their options
 * (storage.local).
 *
 * The file is the one backup file of this package (content/backup.ts, `ledelsesgrundlag-backup`): the journal on
 * an intranet page writes and reads the same, the picker reads its tasks. Import also reads a tasks file or a
 * journal file. A file is checked whole, then previewed (what is added, replaced, kept), then written in one
 * transaction over both stores: all or nothing. A file may come encrypted (content/sealed.ts): the page asks for its
 * passphrase and hands the opened text here. While the journal is locked (its passphrase is known only on its own
 * page), its notes are neither exported nor imported here, and the page says so.
 */
import type { Browser } from 'webextension-polyfill';
import type { Language } from '../../content/model';
import type { JournalStore, TaskStore } from '../../components/index';
import { FILE_ISSUES, taskIssueText } from '../../components/shared/file-issues';
import { keepTeams, listTeams } from '../../components/shared/team-store';
import { exportBackup, parseBackup, planBackup, writesAnything, type Backup, type BackupIssue, type BackupPlan } from '../../content/backup';
import type { Strings } from './strings';
import { PAGE_CACHE_KEY, cleanUserOptions, isLanguageChoice, isPopupStart, saveUserOptions, userOptionsItem, type UserOptions } from './settings';


/** The stores the data lives in. */
export interface DataStores {
  tasks: TaskStore;
  journal: JournalStore;
}

/**
 * The whole backup file, as text, and how many tasks and notes it holds; `journalLocked` when the journal is locked,
 * so its notes are not in it.
 */
export async function exportData(
  stores: DataStores,
  now = new Date(),
): Promise<{ text: string; tasks: number; entries: number; journalLocked: boolean }> {
  const [tasks, entries, teams] = [await stores.tasks.list(), await stores.journal.list(), await listTeams()];
  const options = cleanUserOptions(await userOptionsItem.getValue());
  const text = exportBackup({ tasks, entries, teams, ...(Object.keys(options).length ? { options } : {}) }, now);
  return { text, tasks: tasks.length, entries: entries.length, journalLocked: stores.journal.lock === 'locked' };
}

export type DataImport = { ok: true; backup: Backup; options: Partial<UserOptions> } | { ok: false; errors: string[] };

/** What can be wrong with the options in a file, in both languages (the records' problems come from the elements). */
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

/** A backup file's problems in words, in `lang`. */
export function backupIssueTexts(issues: readonly BackupIssue[], lang: Language): string[] {
  const words = FILE_ISSUES[lang] ?? FILE_ISSUES.en;
  return issues.flatMap((i): string[] => {
    if (i.code === 'tasks') return i.issues.map((t) => taskIssueText(words, t));
    if (i.code === 'entries') return i.issues.map((e) => words.entries[e.code](e));
    if (i.code === 'newer') return [words.entries.newer({ code: 'newer', value: i.value })];
    if (i.code === 'teams') return [words.entries['backup-teams']()];
    return [taskIssueText(words, i)];
  });
}

/**
 * Checks a whole file. Either everything in it is valid, or nothing is returned but the reasons, in `lang`
 * (English by default).
 */
export function parseDataImport(text: string, lang: Language = 'en'): DataImport {
  const read = parseBackup(text);
  if (!read.ok) return { ok: false, errors: backupIssueTexts(read.issues, lang) };
  const p = OPTION_PROBLEMS[lang] ?? OPTION_PROBLEMS.en;
  const { backup } = read;
  const o = backup.options;
  if (o === undefined) return { ok: true, backup, options: {} };
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return { ok: false, errors: [p.notObject] };
  const errors: string[] = [];
  for (const [key, value] of Object.entries(o)) {
    if (key === 'language') {
      if (!isLanguageChoice(value)) errors.push(p.language);
    } else if (key === 'popupStart') {
      if (!isPopupStart(value)) errors.push(p.popupStart);
    } else errors.push(p.unknown(JSON.stringify(key.slice(0, 40))));
  }
  return errors.length ? { ok: false, errors } : { ok: true, backup, options: cleanUserOptions(o) };
}

export type ImportPreview = { ok: true; plan: BackupPlan; options: Partial<UserOptions> } | { ok: false; errors: string[] };

/** Checks a file and says what importing it would do; writes nothing. */
export async function previewData(stores: DataStores, text: string, lang: Language = 'en'): Promise<ImportPreview> {
  const parsed = parseDataImport(text, lang);
  if (!parsed.ok) return parsed;
  if (parsed.backup.entries.length && stores.journal.lock === 'locked') return { ok: false, errors: [(FILE_ISSUES[lang] ?? FILE_ISSUES.en).lockedImport] };
  const existing = { tasks: await stores.tasks.list(), entries: await stores.journal.list() };
  return { ok: true, plan: planBackup(existing, parsed.backup), options: parsed.options };
}

/**
 * What importing will do, a line for each kind the file holds (tasks, notes, options); none when it would change
 * nothing.
 */
export function previewLines(preview: Extract<ImportPreview, { ok: true }>, strings: Strings): string[] {
  const { plan, options } = preview;
  if (!writesAnything(plan) && !Object.keys(options).length) return [];
  const { tasks: t, entries: e } = plan;
  return [
    ...(t.add.length + t.replace.length + t.skipped ? [strings.previewTasks(t.add.length, t.replace.length, t.skipped, t.kept)] : []),
    ...(e.add.length + e.replace.length + e.skipped ? [strings.previewEntries(e.add.length, e.replace.length, e.skipped, e.kept)] : []),
    ...(plan.teams.length ? [strings.previewTeams(plan.teams.length)] : []),
    ...(Object.keys(options).length ? [strings.previewOptions] : []),
  ];
}

export type ImportResult = { ok: true; tasks: number; entries: number } | { ok: false; notKept: true };

/**
 * Imports what a preview showed: every task and note in one transaction over both stores, or none; only when
 * they are written do the options change.
 */
export async function applyData(stores: DataStores, preview: Extract<ImportPreview, { ok: true }>): Promise<ImportResult> {
  const { plan, options } = preview;
  const tasks = [...plan.tasks.add, ...plan.tasks.replace];
  const journal = [...plan.entries.add, ...plan.entries.replace];
  if (!(await stores.journal.restoreWithTasks(tasks, journal))) return { ok: false, notKept: true };
  await keepTeams(plan.teams); // each merged into the copy kept: nothing of either is lost
  if (Object.keys(options).length) await saveUserOptions(options);
  return { ok: true, tasks: tasks.length, entries: journal.length };
}

/**
 * Deletes every saved task, every note in Min refleksion and every option the person set. (The policy is IT's and
 * is not touched.)
 */
export async function deleteAllData(browser: Browser, { tasks: store, journal }: DataStores): Promise<void> {
  await store.clear();
  await journal.clear();
  await browser.storage.local.clear();
  await browser.storage.session?.clear().catch(() => {});
  try {
    localStorage.removeItem(PAGE_CACHE_KEY);
  } catch {
    /* no localStorage here (tests, or refused) */
  }
}
