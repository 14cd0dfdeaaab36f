import { describe, expect, it } from 'vitest';
import { rawOpen, useFreshIndexedDB, putRaw } from './idb-fixtures';
import { openRoundStore } from '../../components/shared/round-store';
import { openJournalStore } from '../../components/reflection-journal/journal-store';
import { openTaskStore } from '../../components/shared/task-store';
import { newRoundRecord } from '../../content/round';
import { journalEntry } from './records';

const keep = useFreshIndexedDB();
const record = (id: string, day: string) => newRoundRecord({ id, topic: 'leadership' }, '', 'ledergruppe', 3, day);

describe('the rounds store (migration 4 → 5)', () => {
  it('adds the rounds store to a version 4 database and keeps its tasks and journal', async () => {
    // a database written by the previous version: a task and a journal entry
    const v4 = await rawOpen(4, (db) => {
      db.createObjectStore('tasks', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt');
      db.createObjectStore('journal', { keyPath: 'id' }).createIndex('by-date', 'date');
      db.createObjectStore('journal-sealed', { keyPath: 'id' });
      db.createObjectStore('settings', { keyPath: 'id' });
    });
    await new Promise((resolve) => {
      const tx = v4.transaction(['tasks', 'journal'], 'readwrite');
      tx.objectStore('tasks').put({ id: 't1', title: 'Budget', description: '', weights: { faglighed: 1, innovation: 0, mening: 0, drift: 2 }, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
      tx.objectStore('journal').put(journalEntry('2026-11-30', { id: 'j1' }));
      tx.oncomplete = resolve;
    });
    v4.close();
    const rounds = keep(await openRoundStore({ timeoutMs: 500 }));
    expect(rounds.persistent).toBe(true);
    await rounds.put(record('AAAAA', '2026-12-01'));
    expect((await keep(await openTaskStore({ timeoutMs: 500 })).list()).map((t) => t.title)).toEqual(['Budget']);
    expect((await keep(await openJournalStore({ timeoutMs: 500 })).list()).map((e) => e.id)).toEqual(['j1']);
  });

  it('lists the newest day first, and skips a record it cannot read', async () => {
    const rounds = keep(await openRoundStore({ timeoutMs: 500 }));
    await rounds.put(record('AAAAA', '2026-11-01'));
    await rounds.put(record('BBBBB', '2026-12-01'));
    await putRaw('rounds', { id: 'junk', topic: 'weather' });
    expect((await rounds.list()).map((r) => r.id)).toEqual(['BBBBB', 'AAAAA']);
  });
});
