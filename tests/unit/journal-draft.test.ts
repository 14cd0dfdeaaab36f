/** The journal's models, without a DOM: the entry being written and the preview of an import. */
import { describe, expect, it } from 'vitest';
import { exportJournal } from '../../content/journal';
import {
  draftOfEntry,
  editDraft,
  emptyEntryDraft,
  isBlank,
  mayOpen,
  previewImport,
  tiedTo,
  untied,
} from '../../content/journal-draft';
import { journalEntry } from './records';

describe('the entry draft', () => {
  it('changes one field at a time, leaving the old draft as it was', () => {
    const d = emptyEntryDraft();
    const a = editDraft(d, { area: 'mening', field: 'level', value: 2 });
    const b = editDraft(a, { area: 'mening', field: 'strengths', value: 'Fælles retning' });
    const c = editDraft(b, { question: 'enkelte-leder.fokusomraader', value: 'Mest drift' });
    expect(c.content.areas.mening).toEqual({ level: 2, strengths: 'Fælles retning', develop: '' });
    expect(c.content.answers).toEqual({ 'enkelte-leder.fokusomraader': 'Mest drift' });
    expect(d).toEqual(emptyEntryDraft());
    expect(editDraft(c, { question: 'enkelte-leder.fokusomraader', value: '' }).content.answers).toEqual({});
  });

  it('is blank until something is written or an entry is opened', () => {
    expect(isBlank(emptyEntryDraft())).toBe(true);
    expect(isBlank(editDraft(emptyEntryDraft(), { area: 'drift', field: 'level', value: null }))).toBe(true);
    expect(isBlank(editDraft(emptyEntryDraft(), { area: 'drift', field: 'level', value: 0 }))).toBe(false);
    expect(isBlank(draftOfEntry(journalEntry('2025-03-03')))).toBe(false);
  });

  it('opens another entry only when nothing else is being written', () => {
    const e = journalEntry('2025-03-03');
    expect(mayOpen(emptyEntryDraft(), e)).toBe(true);
    const writing = editDraft(emptyEntryDraft(), { area: 'faglighed', field: 'develop', value: 'x' });
    expect(mayOpen(writing, e)).toBe(false);
    expect(mayOpen(tiedTo(writing, e), e)).toBe(true);
  });

  it('is tied to an entry kept in memory, and let go when that entry is deleted', () => {
    const e = journalEntry('2025-03-03', { id: 'x' });
    const tied = tiedTo(editDraft(emptyEntryDraft(), { area: 'drift', field: 'strengths', value: 'Overblik' }), e);
    expect(tied).toMatchObject({ id: 'x', date: '2025-03-03' });
    expect(untied(tied)).toEqual({ content: tied.content, restored: false });
  });
});

describe('the import preview', () => {
  it('says what importing would do, entry by entry', () => {
    const kept = journalEntry('2025-01-01');
    const newer = { ...kept, updatedAt: '2025-02-01T08:00:00.000Z', areas: { ...kept.areas, drift: { level: 2 as const, strengths: '', develop: '' } } };
    const fresh = journalEntry('2025-03-01');
    const preview = previewImport([kept], exportJournal([newer, fresh]));
    expect(preview.issues).toBeUndefined();
    expect(preview.plan?.items.map((i) => i.status)).toEqual(['update', 'new']);
    expect(preview.plan?.toWrite.map((e) => e.id)).toEqual([newer.id, fresh.id]);
  });

  it('says what is wrong with a file as codes, and plans nothing', () => {
    expect(previewImport([], '{ not json')).toEqual({ issues: [{ code: 'not-json' }] });
    expect(previewImport([], '{"format":"ledelsesgrundlag-tasks","version":1,"tasks":[]}')).toEqual({ issues: [{ code: 'tasks-file' }] });
  });
});
