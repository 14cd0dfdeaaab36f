/** The journal's import as a state machine (content/journal-import.ts): idle → asking → previewing → writing → done. */
import { describe, expect, it } from 'vitest';
import * as flow from '../../content/journal-import';
import { emptyAreas, exportJournal } from '../../content/journal';
import { sealFile } from '../../content/sealed';
import { journalEntry } from './records';

const areas = () => ({ ...emptyAreas(), mening: { level: 1 as const, strengths: 'Tydelige rammer', develop: '' } });
const kept = [journalEntry('2025-01-10', { id: 'a', areas: areas() })];
const file = exportJournal([...kept, journalEntry('2025-02-10', { id: 'b', areas: areas() })]);

describe('the import state machine', () => {
  it('previews a plain file at once, and confirming it writes what is new', () => {
    const previewing = flow.fileRead(file, kept);
    expect(previewing.name).toBe('previewing');
    const plan = flow.previewOf(previewing)!.plan!;
    expect(plan.toWrite.map((e) => e.id)).toEqual(['b']);
    const writing = flow.confirm(previewing);
    expect(writing).toMatchObject({ name: 'writing', plan, tasks: [] });
    expect(flow.previewOf(writing)).toBeUndefined();
    expect(flow.written(writing, true)).toMatchObject({ name: 'done', kept: true });
    expect(flow.written(writing, false)).toMatchObject({ name: 'done', kept: false });
  });

  it('shows a broken file’s problems, with nothing to confirm', () => {
    const previewing = flow.fileRead('{"format":"ledelsesgrundlag-journal","version":1,"entries":[{"id":"x","date":"2025-02-30"}]}', kept);
    expect(flow.previewOf(previewing)?.issues?.length).toBeGreaterThan(0);
    expect(flow.confirm(previewing)).toBe(previewing);
    expect(flow.previewOf(flow.fileRead('', kept))?.issues?.[0].code).toBe('empty');
  });

  it('asks for an encrypted file’s passphrase; a wrong one asks again, anything else ends it; opened, it previews', async () => {
    const sealed = (await sealFile(file, 'en lang og god adgangskode', 1000))!;
    const asking = flow.fileRead(sealed, kept);
    expect(asking).toEqual({ name: 'asking', text: sealed });
    expect(flow.previewOf(asking)).toBeUndefined();
    expect(flow.confirm(asking)).toBe(asking);
    expect(flow.notOpened(asking, true)).toBe(asking);
    expect(flow.notOpened(asking, false)).toEqual(flow.idle());
    const previewing = flow.opened(asking, file, kept);
    expect(flow.previewOf(previewing)?.plan?.toWrite).toHaveLength(1);
  });

  it('steps that do not apply leave the state as it is', () => {
    const idle = flow.idle();
    expect(flow.confirm(idle)).toBe(idle);
    expect(flow.written(idle, true)).toBe(idle);
    expect(flow.opened(idle, file, kept)).toBe(idle);
    const previewing = flow.fileRead(file, kept);
    expect(flow.opened(previewing, file, kept)).toBe(previewing);
  });
});
