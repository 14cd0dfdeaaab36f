/** The one backup file: what it holds, what it reads, and what importing it would do. */
import { describe, expect, it } from 'vitest';
import { exportBackup, parseBackup, planBackup, readTasksFrom, writesAnything } from '../../content/backup';
import { exportJournal } from '../../content/journal';
import { previewImport } from '../../content/journal-draft';
import { exportTasks } from '../../content/task-file';
import { journalEntry, savedTask } from './records';
import { first, newTeam } from '../../content/team';

const now = new Date('2026-12-01T10:00:00Z');
const tasks = [savedTask({ id: 'a', title: 'A' }), savedTask({ id: 'b', title: 'B' })];
const entries = [journalEntry('2025-03-03'), journalEntry('2025-04-01')];

describe('the backup file', () => {
  it('holds every task and entry and the options, and reads back the same', () => {
    const text = exportBackup({ tasks, entries, options: { language: 'en' } }, now);
    expect(JSON.parse(text)).toMatchObject({ format: 'ledelsesgrundlag-backup', version: 1, exportedAt: now.toISOString() });
    expect(parseBackup(text)).toEqual({ ok: true, backup: { tasks, entries, options: { language: 'en' } } });
  });

  it('holds the teams of the meetings too (counts only), and refuses the whole file when a team in it is damaged', () => {
    const team = { ...newTeam('t1', 'Ledergruppen', now.toISOString()), agreements: [{ ...first('a1', 'r1', now.toISOString()), what: 'Fast sparring', who: 'AB', due: '', area: '' as const, status: 'new' as const, meeting: 'm1' }] };
    const text = exportBackup({ tasks, entries, teams: [team] }, now);
    expect(parseBackup(text)).toEqual({ ok: true, backup: { tasks, entries, teams: [team] } });
    const plan = planBackup({ tasks, entries }, { tasks: [], entries: [], teams: [team] });
    expect(plan.teams).toEqual([team]);
    expect(writesAnything(plan)).toBe(true);
    const damaged = { ...JSON.parse(text), teams: [{ ...team, agreements: [{ id: 'x' }] }] };
    expect(parseBackup(JSON.stringify(damaged))).toEqual({ ok: false, issues: [{ code: 'teams' }] });
    // the journal's import carries them along, and words a damaged one
    expect(previewImport([], text).teams).toEqual([team]);
    expect(previewImport([], JSON.stringify(damaged)).issues).toEqual([{ code: 'backup-teams' }]);
  });

  it('leaves out only the records that are not valid, oldest note first', () => {
    const text = exportBackup({ tasks: [...tasks, { id: '' } as never], entries: [entries[1], { id: 'x' } as never, entries[0]] }, now);
    expect(JSON.parse(text)).toMatchObject({ tasks: tasks.map((t) => ({ id: t.id })), entries: [{ date: '2025-03-03' }, { date: '2025-04-01' }] });
  });

  it('reads the single files too: a tasks file and a journal file', () => {
    expect(parseBackup(exportTasks(tasks))).toEqual({ ok: true, backup: { tasks, entries: [] } });
    expect(parseBackup(exportJournal(entries))).toEqual({ ok: true, backup: { tasks: [], entries } });
  });

  it('says when a file comes from a newer version, and when a version is unknown', () => {
    const file = (version: unknown) => JSON.stringify({ format: 'ledelsesgrundlag-backup', version, tasks: [], entries: [] });
    expect(parseBackup(file(2))).toEqual({ ok: false, issues: [{ code: 'newer', value: '2' }] });
    expect(parseBackup(file(0))).toEqual({ ok: false, issues: [{ code: 'version', value: '0' }] });
    expect(parseBackup(JSON.stringify({ format: 'ledelsesgrundlag-journal', version: 3, entries: [] }))).toEqual({ ok: false, issues: [{ code: 'newer', value: '3' }] });
  });

  it('gives every list its own problems, and returns nothing when any record is wrong', () => {
    const text = JSON.stringify({ format: 'ledelsesgrundlag-backup', version: 1, tasks: [{ id: '' }], entries: 'x' });
    const r = parseBackup(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual(['tasks', 'entries']);
  });
});

describe('the tasks of a file, for the picker', () => {
  it('reads a tasks file and a backup (whose entries are the journal\'s, and not read)', () => {
    expect(readTasksFrom(exportTasks(tasks))).toMatchObject({ ok: true, tasks });
    const backup = JSON.parse(exportBackup({ tasks, entries }, now));
    expect(readTasksFrom(JSON.stringify({ ...backup, entries: 'damaged' }))).toEqual({ ok: true, tasks });
    expect(readTasksFrom(JSON.stringify({ ...backup, version: 2 }))).toEqual({ ok: false, issues: [{ code: 'version', value: '2' }] });
    expect(readTasksFrom(exportJournal(entries))).toEqual({ ok: false, issues: [{ code: 'foreign', format: 'ledelsesgrundlag-journal' }] });
  });
});

describe('planning an import', () => {
  it('counts what is added, replaced, already there and kept', () => {
    const changed = { ...tasks[0], title: 'A, rettet', updatedAt: '2099-01-01T00:00:00.000Z' };
    const plan = planBackup({ tasks: [tasks[0], tasks[1], savedTask({ id: 'c' })], entries: [entries[0]] }, { tasks: [changed, tasks[1], savedTask({ id: 'd' })], entries });
    expect(plan.tasks.add.map((t) => t.id)).toEqual(['d']);
    expect(plan.tasks.replace).toEqual([changed]);
    expect([plan.tasks.skipped, plan.tasks.kept]).toEqual([1, 1]);
    expect(plan.entries.add).toEqual([entries[1]]);
    expect([plan.entries.replace.length, plan.entries.skipped, plan.entries.kept]).toEqual([0, 1, 1]);
    expect(writesAnything(plan)).toBe(true);
    expect(writesAnything(planBackup({ tasks, entries }, { tasks, entries }))).toBe(false);
  });

  it('never puts an older task over a newer one: a task changed here since the backup is kept', () => {
    const here = { ...tasks[0], title: 'A, rettet her', updatedAt: '2099-01-01T00:00:00.000Z' };
    const plan = planBackup({ tasks: [here], entries: [] }, { tasks: [tasks[0]], entries: [] });
    expect([plan.tasks.add, plan.tasks.replace, plan.tasks.skipped]).toEqual([[], [], 1]);
    expect(writesAnything(plan)).toBe(false);
  });
});
