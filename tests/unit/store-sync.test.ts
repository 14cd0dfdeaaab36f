/**
 * Nothing lost, and tabs that agree, at the store level: two stores on one database (two tabs, or two elements of
 * a page) hear of each other's writes; a newer version in another tab leaves this one working in memory with what
 * it had; site data cleared while the page is open costs nothing, since the store writes back what it knew.
 */
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openTaskStore } from '../../components/shared/task-store';
import { openJournalStore } from '../../components/reflection-journal/journal-store';
import { rawOpen, useFreshIndexedDB, watchConnections } from './idb-fixtures';
import { savedTask } from './records';

const keep = useFreshIndexedDB();
const W = { faglighed: 1, innovation: 3, mening: 0, drift: 2 } as const;
const tasks = async () => keep(await openTaskStore({ timeoutMs: 200 }));

/** Resolves once `listener` has been called `n` times. */
function heard(watch: (l: () => void) => () => void, n = 1): Promise<void> {
  return new Promise((resolve) => {
    let count = 0;
    const stop = watch(() => {
      if (++count === n) {
        stop();
        resolve();
      }
    });
  });
}

describe('two tabs on one database', () => {
  it('a task saved, changed and deleted in one is heard of in the other, which then lists the same', async () => {
    const [one, two] = [await tasks(), await tasks()];
    let news = heard((l) => two.watch(l));
    const a = await one.save({ title: 'Ny vagtplan', description: '', weights: { ...W } });
    await news;
    expect(await two.list()).toEqual([a]);

    news = heard((l) => two.watch(l));
    const b = await one.save({ ...a, title: 'Ny vagtplan (rev.)' });
    await news;
    expect(await two.list()).toEqual([b]);

    news = heard((l) => two.watch(l));
    await one.delete(a.id);
    await news;
    expect(await two.list()).toEqual([]);
  });

  it('the journal and the task store have channels of their own', async () => {
    const journal = keep(await openJournalStore());
    const task = await tasks();
    let told = 0;
    journal.watch(() => told++);
    const other = await tasks();
    const news = heard((l) => other.watch(l));
    await task.save({ title: 'x', description: '', weights: { ...W } });
    await news;
    expect(told).toBe(0);
  });
});

describe('a newer version in another tab', () => {
  it('the older tab is told, keeps every task it had and goes on in memory', async () => {
    const s = await tasks();
    const a = await s.save({ title: 'A', description: '', weights: { ...W } });
    const news = heard((l) => s.watch(l));
    (await rawOpen(MIGRATIONS.length + 1)).close();
    await news;
    expect(s.reason).toBe('outdated');
    const b = await s.save({ title: 'B', description: '', weights: { ...W } });
    expect((await s.list()).map((t) => t.title).sort()).toEqual(['A', 'B']);
    expect(a.id).not.toBe(b.id);
  });
});

describe('site data cleared while the page is open', () => {
  it('the store is told, keeps what it had, and writes it all back when the database opens again', async () => {
    const site = watchConnections();
    const s = await tasks();
    const a = await s.save({ title: 'A', description: '', weights: { ...W } });
    const b = await s.save({ title: 'B', description: '', weights: { ...W } });
    const news = heard((l) => s.watch(l));
    await site.clearSiteData();
    await news;
    expect(s.persistent).toBe(false);
    expect(s.reason).toBe('error');

    // the next write opens the database again and puts back every task, the new one too
    const c = await s.save({ title: 'C', description: '', weights: { ...W } });
    expect(s.persistent).toBe(true);
    const fresh = keep(await openTaskStore());
    expect((await fresh.list()).map((t) => t.id).sort()).toEqual([a.id, b.id, c.id].sort());
  });

  it('nothing lost where only the newest were read (the picker): the rest were read in the background', async () => {
    const site = watchConnections();
    const first = await tasks();
    await first.restore(Array.from({ length: 250 }, (_, i) => savedTask({ id: `t${i}`, updatedAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString() })));
    first.close();
    const s = await tasks();
    expect((await s.newest(20)).records).toHaveLength(20);
    expect(await s.copied()).toBe(true);
    await site.clearSiteData();
    await s.save({ title: 'After', description: '', weights: { ...W } });
    expect(await keep(await openTaskStore()).list()).toHaveLength(251);
  });

  it('a task deleted meanwhile stays deleted', async () => {
    const site = watchConnections();
    const s = await tasks();
    const a = await s.save({ title: 'A', description: '', weights: { ...W } });
    const b = await s.save({ title: 'B', description: '', weights: { ...W } });
    await site.clearSiteData();
    await s.delete(a.id);
    expect((await keep(await openTaskStore()).list()).map((t) => t.id)).toEqual([b.id]);
  });
});

describe('the database deleted from another tab (indexedDB.deleteDatabase)', () => {
  it('is not read as an upgrade: the store lets it go, keeps what it had, and writes it all back', async () => {
    const s = await tasks();
    const a = await s.save({ title: 'A', description: '', weights: { ...W } });
    const b = await s.save({ title: 'B', description: '', weights: { ...W } });
    const news = heard((l) => s.watch(l));
    // another tab deletes the whole database: this tab's connection is asked to let go (a versionchange with no new version)
    const deleting = new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase('ledelsesgrundlag');
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    });
    await news;
    expect(s.reason).not.toBe('outdated'); // no "reload the page": nothing newer is open anywhere
    await deleting;
    // the next read opens the database anew and puts back every task this page had
    expect((await s.list()).map((t) => t.id).sort()).toEqual([a.id, b.id].sort());
    expect(s.persistent).toBe(true);
    expect((await keep(await openTaskStore()).list()).map((t) => t.id).sort()).toEqual([a.id, b.id].sort());
  });
});
