/**
 * One file for all of a person's data: the saved tasks, the reflection journal's entries, the teams of the meetings
 * they lead and, from the extension, its options: `{ format: 'ledelsesgrundlag-backup', version: 1, exportedAt, tasks,
 * entries, teams?, options? }`. Made
 * by the extension's options page and the journal's *Sikkerhedskopi af alt*; read by both, and by the picker (its tasks).
 *
 * Reading also accepts the older single files (a tasks file, a journal file), so that every file this package
 * ever wrote can be brought back in one place. Either all of a file is valid, or nothing is returned but what is
 * wrong, as codes (the elements word them). Planning says what importing would add, replace and keep, before
 * anything is written. Pure, no DOM, never throws.
 */
import { formatMarker, readEnvelope, type EnvelopeIssue } from './file-envelope';
import { JOURNAL_FORMAT, JOURNAL_VERSION, byDate, planImport, readEntryList, toEntry, type JournalEntry, type JournalIssue } from './journal';
import { TASKS_FORMAT, TASKS_VERSION, parseTaskFile, planTaskImport, readTaskList, toTask, type SavedTask, type TaskIssue } from './task-file';
import type { Team } from './team';
import { toTeam } from './team-file';

export const BACKUP_FORMAT = 'ledelsesgrundlag-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  tasks: SavedTask[];
  entries: JournalEntry[];
  /** The teams of `<lg-meeting>` (each merged into the copy kept, never over it). */
  teams?: Team[];
  /** The extension's options as they were in the file (checked by the extension). */
  options?: unknown;
}

export type BackupIssue =
  | EnvelopeIssue
  /** Made by a newer version of this package: `value` is its version. */
  | { code: 'newer'; value: string }
  | { code: 'tasks'; issues: TaskIssue[] }
  | { code: 'entries'; issues: JournalIssue[] }
  /** A team in the file is damaged. */
  | { code: 'teams' };

export type BackupRead = { ok: true; backup: Backup } | { ok: false; issues: BackupIssue[] };

/** The backup file's text. Invalid records are left out. */
export function exportBackup(backup: Backup, now: Date): string {
  const tasks = backup.tasks.map(toTask).filter((t): t is SavedTask => !!t);
  const entries = backup.entries.map(toEntry).filter((e): e is JournalEntry => !!e).sort(byDate);
  const file = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    tasks,
    entries,
    ...(backup.teams?.length ? { teams: backup.teams.flatMap((t) => (toTeam(t).ok ? [t] : [])) } : {}),
    ...(backup.options !== undefined ? { options: backup.options } : {}),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/** The formats read, each with its version and its lists. */
const FORMATS = [
  { format: BACKUP_FORMAT, version: BACKUP_VERSION, tasks: true, entries: true },
  { format: TASKS_FORMAT, version: TASKS_VERSION, tasks: true, entries: false },
  { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, tasks: false, entries: true },
] as const;

/** Reads a backup file, a tasks file or a journal file. */
export function parseBackup(text: unknown): BackupRead {
  const marker = formatMarker(text);
  const kind = FORMATS.find((f) => f.format === marker) ?? FORMATS[0];
  const envelope = readEnvelope(text, kind.format, kind.version);
  if (!envelope.ok) {
    const { issue } = envelope;
    const newer = issue.code === 'version' && Number(issue.value) > kind.version;
    return { ok: false, issues: [newer ? { code: 'newer', value: issue.value! } : issue] };
  }
  const { data } = envelope;
  const issues: BackupIssue[] = [];
  let tasks: SavedTask[] = [];
  let entries: JournalEntry[] = [];
  if (kind.tasks) {
    const r = readTaskList(data.tasks);
    if (r.ok) tasks = r.tasks;
    else issues.push({ code: 'tasks', issues: r.issues });
  }
  if (kind.entries && (kind.format === JOURNAL_FORMAT || data.entries !== undefined)) {
    const r = readEntryList(data.entries);
    if (r.ok) entries = r.entries;
    else issues.push({ code: 'entries', issues: r.issues });
  }
  const teams = data.teams === undefined || kind.format !== BACKUP_FORMAT ? [] : Array.isArray(data.teams) ? data.teams.map(toTeam) : [{ ok: false as const }];
  if (teams.some((t) => !t.ok)) issues.push({ code: 'teams' });
  if (issues.length) return { ok: false, issues };
  const read = teams.flatMap((t) => (t.ok ? [t.team] : []));
  return { ok: true, backup: { tasks, entries, ...(read.length ? { teams: read } : {}), ...(data.options !== undefined ? { options: data.options } : {}) } };
}

/**
 * The tasks of a tasks file or of a backup file (the picker's import: a backup's entries are the journal's and
 * are not read here), or what is wrong with them.
 */
export function readTasksFrom(text: unknown): { ok: true; tasks: SavedTask[] } | { ok: false; issues: TaskIssue[] } {
  if (formatMarker(text) !== BACKUP_FORMAT) return parseTaskFile(text);
  const envelope = readEnvelope(text, BACKUP_FORMAT, BACKUP_VERSION);
  return envelope.ok ? readTaskList(envelope.data.tasks) : { ok: false, issues: [envelope.issue] };
}

/** What importing a backup would do. */
export interface BackupPlan {
  /** Tasks, as entries: new and newer ones written; the same or older ones skipped. */
  tasks: { add: SavedTask[]; replace: SavedTask[]; skipped: number; kept: number };
  /** Entries: new and newer ones written; the same or older ones skipped (as the journal's own import). */
  entries: { add: JournalEntry[]; replace: JournalEntry[]; skipped: number; kept: number };
  /** Teams: each merged into the copy kept here (a merge never loses anything of either). */
  teams: Team[];
}

/**
 * Plans the import of `backup` into what is kept now: tasks and entries alike, new and newer ones written, the same or
 * older ones skipped (an older task never replaces a newer one).
 */
export function planBackup(existing: { tasks: readonly SavedTask[]; entries: readonly JournalEntry[] }, backup: Backup): BackupPlan {
  const tasks = planTaskImport(existing.tasks, backup.tasks);
  const add = tasks.items.filter((i) => i.status === 'new').map((i) => i.task);
  const replace = tasks.items.filter((i) => i.status === 'newer').map((i) => i.task);
  const skipped = tasks.items.length - add.length - replace.length;
  const touched = new Set(backup.tasks.map((t) => t.id));
  const plan = planImport(existing.entries, backup.entries);
  const written = plan.items.filter((i) => i.status === 'new' || i.status === 'update');
  const replacedIds = new Set(written.filter((i) => i.status === 'update').map((i) => i.entry.id));
  return {
    tasks: { add, replace, skipped, kept: existing.tasks.filter((t) => !touched.has(t.id)).length },
    entries: {
      add: written.filter((i) => i.status === 'new').map((i) => i.entry),
      replace: written.filter((i) => i.status === 'update').map((i) => i.entry),
      skipped: plan.items.length - written.length,
      kept: existing.entries.filter((e) => !replacedIds.has(e.id)).length,
    },
    teams: backup.teams ?? [],
  };
}

/** Whether the plan writes anything. */
export const writesAnything = (p: BackupPlan): boolean =>
  p.tasks.add.length + p.tasks.replace.length + p.entries.add.length + p.entries.replace.length + p.teams.length > 0;
