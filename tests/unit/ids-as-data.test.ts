/**
 * Ids are data, not keys of plain objects: notes and tasks whose ids are `__proto__`, `constructor`, `toString`,
 * `lock` or `all` are imported, counted, listed, charted and deleted like any other (#27). Before, a note with the
 * id `__proto__` was imported but missing from the summary, the history and the chart, and "delete all 4" deleted 5.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDB } from './idb-fixtures';
import { LgReflectionJournal } from '../../components/reflection-journal/reflection-journal';
import { openJournalStore } from '../../components/reflection-journal/journal-store';
import { openTaskStore } from '../../components/shared/task-store';
import { emptyAreas, exportJournal } from '../../content/journal';
import { $, $$, mount, resetDocument, textOf } from './element-helpers';
import { journalEntry, savedTask } from './records';

if (!customElements.get('lg-reflection-journal')) customElements.define('lg-reflection-journal', LgReflectionJournal);
useFreshIndexedDB();
beforeEach(() => resetDocument());

const IDS = ['__proto__', 'constructor', 'toString', 'lock', 'all'];
const areas = (level: 0 | 1 | 2 | 3) => ({ ...emptyAreas(), drift: { level, strengths: 'Fast mødeplan', develop: '' } });
const notes = IDS.map((id, i) => journalEntry(`2025-03-0${i + 1}`, { id, areas: areas(((i % 3) + 1) as 1 | 2 | 3) }));

describe('ids that are names of object properties', () => {
  it('the journal imports, summarises, lists, charts and counts every one of them', async () => {
    const el = await mount<LgReflectionJournal>('<lg-reflection-journal></lg-reflection-journal>');
    const plan = await el.previewImport(exportJournal(notes));
    expect(plan?.toWrite.map((e) => e.id)).toEqual(IDS);
    await el.confirmImport();
    await el.updateComplete;
    expect($$(el, '.entries li')).toHaveLength(5);
    expect($$(el, 'table[part~="table"] tbody tr')).toHaveLength(5);
    const store = await openJournalStore();
    expect((await store.overview(20)).points.map((p) => p.id).sort()).toEqual([...IDS].sort());
    expect((await store.list()).map((e) => e.id).sort()).toEqual([...IDS].sort());
    // the chart's text alternative names all five days
    const chart = $(el, 'figure.chart.drift svg').getAttribute('aria-label') ?? '';
    for (let day = 1; day <= 5; day++) expect(chart).toContain(`${day}. marts 2025`);
    // delete all asks about exactly five, and deletes five
    $(el, '#delete-all').click();
    await el.updateComplete;
    expect(textOf($(el, '#confirm-all-text'))).toContain('5');
    store.close();
  });

  it('each of them can be deleted on its own, and the others stay', async () => {
    const store = await openJournalStore();
    await store.restore(notes);
    for (const id of IDS) {
      await store.delete(id);
      expect((await store.list()).map((e) => e.id)).not.toContain(id);
      expect((await store.overview(20)).points.map((p) => p.id)).not.toContain(id);
    }
    expect(await store.list()).toEqual([]);
    store.close();
    // a fresh connection reads the summary back from the database: still whole
    const again = await openJournalStore();
    await again.restore(notes);
    again.close();
    const third = await openJournalStore();
    expect((await third.overview(20)).points.map((p) => p.id).sort()).toEqual([...IDS].sort());
    third.close();
  });

  it('the task store keeps and lists tasks with those ids', async () => {
    const store = await openTaskStore();
    await store.restore(IDS.map((id) => savedTask({ id, title: `Opgave ${id}` })));
    expect((await store.list()).map((t) => t.id).sort()).toEqual([...IDS].sort());
    expect((await store.newest(20)).count).toBe(5);
    await store.delete('__proto__');
    expect((await store.list()).map((t) => t.id)).not.toContain('__proto__');
    store.close();
  });
});
