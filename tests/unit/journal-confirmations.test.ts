/**
 * The journal's confirmations are keyed by what they ask about ({ kind: 'entry', id } | { kind: 'all' } |
 * { kind: 'lock' }), not by one string shared with the entries' ids: an imported note whose id is `all` or `lock`
 * asks about itself, never opens "delete all" or "take the lock off".
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDB } from './idb-fixtures';
import { LgReflectionJournal } from '../../components/reflection-journal/reflection-journal';
import { openJournalStore } from '../../components/reflection-journal/journal-store';
import { emptyAreas, exportJournal } from '../../content/journal';
import { $, $$, mount, query, resetDocument, textOf } from './element-helpers';
import { journalEntry } from './records';

if (!customElements.get('lg-reflection-journal')) customElements.define('lg-reflection-journal', LgReflectionJournal);
useFreshIndexedDB();
beforeEach(() => resetDocument());

const areas = () => ({ ...emptyAreas(), drift: { level: 2 as const, strengths: 'Fast mødeplan', develop: '' } });
const file = exportJournal([journalEntry('2025-03-01', { id: 'all', areas: areas() }), journalEntry('2025-03-02', { id: 'lock', areas: areas() })]);

async function withNotes(el: LgReflectionJournal): Promise<void> {
  await el.previewImport(file);
  await el.confirmImport();
  await el.updateComplete;
}

/** Presses "Slet" beside the note of `day` (its label names the date). */
async function askToDelete(el: LgReflectionJournal, day: string): Promise<void> {
  const button = $$<HTMLButtonElement>(el, '.entries button').find((b) => b.getAttribute('aria-label')?.includes(day) && /Slet/.test(b.getAttribute('aria-label') ?? ''));
  if (!button) throw new Error(`no delete button for ${day}`);
  button.click();
  await el.updateComplete;
}

describe('confirmations keyed by what they ask about', () => {
  it('a note whose id is "all" asks about that note, not about deleting everything', async () => {
    const el = await mount<LgReflectionJournal>('<lg-reflection-journal></lg-reflection-journal>');
    await withNotes(el);
    expect($$(el, '.entries li')).toHaveLength(2);
    await askToDelete(el, '1. marts 2025');
    expect(textOf($(el, '#confirm-text'))).toContain('1. marts 2025');
    expect(query(el, '#confirm-all-keep')).toBeNull();
    expect($(el, '#delete-all').getAttribute('aria-expanded')).toBe('false');
  });

  it('a note whose id is "lock" asks about that note, not about taking the lock off', async () => {
    const store = await openJournalStore();
    expect(await store.setLock('en lang og god adgangskode')).toBeUndefined();
    const el = document.createElement('lg-reflection-journal');
    el.store = store;
    document.body.append(el);
    await el.updateComplete;
    await withNotes(el);
    expect(el.lockState).toBe('open');
    await askToDelete(el, '2. marts 2025');
    expect(textOf($(el, '#confirm-text'))).toContain('2. marts 2025');
    expect(query(el, '#remove-lock-keep')).toBeNull();
    expect($(el, '#remove-lock').getAttribute('aria-expanded')).toBe('false');
    // and the other way round: taking the lock off asks about the lock only
    $(el, '#remove-lock').click();
    await el.updateComplete;
    expect(query(el, '#remove-lock-keep')).not.toBeNull();
    expect(query(el, '#confirm-text')).toBeNull();
  });
});
