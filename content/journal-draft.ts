/**
 * The reflection journal's models: the entry being written (its content, and the stored entry it is, if any) and
 * the preview of an import (what is wrong with the file, or what importing it would do). Plain data and functions:
 * every change returns a new value. Pure, no DOM, no storage.
 */
import {
  cleanContent,
  isIsoDate,
  emptyAreas,
  isEmptyContent,
  parseJournalImport,
  planImport,
  type ImportPlan,
  type JournalContent,
  type JournalEntry,
  type JournalIssue,
  type ScaleLevel,
} from './journal';
import type { FocusAreaId } from './model';
import { parseBackup, type BackupIssue } from './backup';
import type { SavedTask } from './task-file';
import type { Team } from './team';

export interface EntryDraft {
  content: JournalContent;
  /** The stored entry being edited (or kept in memory only); absent for a new entry. */
  id?: string;
  /** That entry's date (YYYY-MM-DD). */
  date?: string;
  /**
   * The version of the entry the form began from: its `updatedAt` when it was opened, or when this tab last saved it.
   * A save over a newer version (another tab's) is refused, not written (#27).
   */
  basedOn?: string;
  /** The content was restored from an earlier visit. */
  restored: boolean;
}

/** One field of the form changed. */
export type FieldChange =
  | { area: FocusAreaId; field: 'level'; value: ScaleLevel | null }
  | { area: FocusAreaId; field: 'strengths' | 'develop'; value: string }
  | { question: string; value: string }
  /** The entry's date (YYYY-MM-DD; anything else is no date, and the entry keeps its own or today's). */
  | { date: string };

export const emptyContent = (): JournalContent => ({ areas: emptyAreas(), answers: {} });
export const emptyEntryDraft = (): EntryDraft => ({ content: emptyContent(), restored: false });

/** The draft after one field changed. */
export function editDraft(d: EntryDraft, change: FieldChange): EntryDraft {
  if ('date' in change) {
    const next: EntryDraft = { ...d, date: change.date };
    if (!isIsoDate(change.date)) delete next.date;
    return next;
  }
  const content: JournalContent = {
    areas: { ...d.content.areas },
    answers: { ...d.content.answers },
  };
  if ('area' in change) content.areas[change.area] = { ...content.areas[change.area], [change.field]: change.value };
  else if (change.value) content.answers[change.question] = change.value;
  else delete content.answers[change.question];
  return { ...d, content };
}

/** A stored entry opened in the form. */
export const draftOfEntry = (entry: JournalEntry): EntryDraft => ({
  content: cleanContent(entry),
  id: entry.id,
  date: entry.date,
  basedOn: entry.updatedAt,
  restored: false,
});

/** The draft tied to `entry` (it was saved, in memory only: the text stays, to be saved again). */
export const tiedTo = (d: EntryDraft, entry: JournalEntry): EntryDraft => ({ ...d, id: entry.id, date: entry.date, basedOn: entry.updatedAt });

/** The draft to save over `current` after all (the person chose to keep their own text over another tab's). */
export const over = (d: EntryDraft, current: JournalEntry): EntryDraft => ({ ...d, basedOn: current.updatedAt });

/** The draft without its entry (the entry was deleted): what was typed stays, as a new entry. */
export const untied = (d: EntryDraft): EntryDraft => ({ content: d.content, restored: d.restored });

/** Nothing to save: no content, and no entry being edited. */
export const isBlank = (d: EntryDraft): boolean => isEmptyContent(d.content) && !d.id;

/** Whether two drafts hold the same text for the same entry and date. */
export const sameDraft = (a: Omit<EntryDraft, 'restored'>, b: Omit<EntryDraft, 'restored'>): boolean =>
  a.id === b.id && a.date === b.date && JSON.stringify(cleanContent(a.content)) === JSON.stringify(cleanContent(b.content));

/** Whether another entry may be opened in the form: only when nothing else is being written there. */
export const mayOpen = (d: EntryDraft, entry: JournalEntry): boolean => isEmptyContent(d.content) || d.id === entry.id;

/**
 * What importing a file would do, or what is wrong with it. A backup file's tasks (content/backup.ts) are
 * imported with its entries, in one transaction.
 */
export type ImportPreview =
  | { issues: JournalIssue[]; plan?: undefined; tasks?: undefined; teams?: undefined }
  | { plan: ImportPlan; tasks: SavedTask[]; teams: Team[]; issues?: undefined };

/** Reads a journal file's, or a backup file's, text against the entries kept now. Writes nothing, never throws. */
export function previewImport(existing: readonly JournalEntry[], text: string): ImportPreview {
  const r = parseJournalImport(text);
  if (r.ok) return { plan: planImport(existing, r.entries), tasks: [], teams: [] };
  if (r.issues[0]?.code !== 'not-journal') return { issues: r.issues };
  const b = parseBackup(text);
  if (b.ok) return { plan: planImport(existing, b.backup.entries), tasks: b.backup.tasks, teams: b.backup.teams ?? [] };
  if (b.issues[0]?.code === 'foreign') return { issues: r.issues };
  return { issues: b.issues.flatMap(asJournalIssues) };
}

/** A backup file's problem as the journal words it. */
function asJournalIssues(i: BackupIssue): JournalIssue[] {
  if (i.code === 'entries') return i.issues;
  if (i.code === 'tasks') return [{ code: 'backup-tasks' }];
  if (i.code === 'teams') return [{ code: 'backup-teams' }];
  if (i.code === 'newer' || i.code === 'version') return [{ code: i.code, value: i.value }];
  return [{ code: i.code === 'foreign' ? 'not-journal' : i.code }];
}
