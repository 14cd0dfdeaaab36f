/**
 * Every importer on at least 10,000 generated files that are almost right (a valid file with something broken,
 * truncated or swapped) or not files at all: none throws, none returns anything but "all of it" or a reason, and the
 * extension's import writes nothing from a file it refuses.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEALED_FORMAT, isSealedFile, openFile, sealFile } from '../../content/sealed';
import { formatMarker } from '../../content/file-envelope';
import { openTaskStore } from '../../components/shared/task-store';
import { exportJournal, parseJournalImport } from '../../content/journal';
import { previewImport } from '../../content/journal-draft';
import { JOURNAL_UI } from '../../components/reflection-journal/reflection-journal.strings';
import { exportTasks, parseTaskFile } from '../../content/task-file';
import { applyData, parseDataImport, previewData } from '../../extension/lib/data';
import { exportBackup, parseBackup } from '../../content/backup';
import { openJournalStore } from '../../components/reflection-journal/journal-store';
import { testBrowser } from './extension-fake';
import { journalEntry, savedTask } from './records';

const validTasks = JSON.parse(exportTasks([savedTask({ id: 'a', weights: { faglighed: 1, innovation: 2, mening: 0, drift: 3 } }), savedTask({ id: 'b' })]));
const validJournal = JSON.parse(exportJournal([journalEntry('2025-03-03'), journalEntry('2025-04-01')]));
const validBackup = JSON.parse(
  exportBackup({ tasks: validTasks.tasks, entries: validJournal.entries, options: { language: 'en' } }, new Date('2026-12-01T10:00:00Z')),
);

/** A JSON value from the shapes these files have, with any part of it replaced by something else. */
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, -1, 1.5, 2, 3, 4, '', 'x', '2025-02-30', '2025-03-03T10:00:00Z', 'ledelsesgrundlag-tasks', 'ledelsesgrundlag-journal', 'ledelsesgrundlag-backup'),
    fc.string(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('id', 'format', 'version', 'tasks', 'entries', 'title', 'weights', 'areas', 'answers', 'date', 'options', 'faglighed', 'drift', 'level', '__proto__'), tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** A valid file with one part, at a random path, replaced. */
function mutate(base: unknown, path: number[], replacement: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(base));
  let node = copy;
  for (let i = 0; i < path.length; i++) {
    const keys = node && typeof node === 'object' ? Object.keys(node) : [];
    if (!keys.length) break;
    const key = keys[path[i] % keys.length];
    if (i === path.length - 1 || !node[key] || typeof node[key] !== 'object') {
      node[key] = replacement;
      break;
    }
    node = node[key];
  }
  return copy;
}

/** A valid encrypted backup (made before the tests: WebCrypto is asynchronous), with the fewest rounds a file may ask for. */
let validSealed: unknown = {};
beforeAll(async () => {
  validSealed = JSON.parse((await sealFile(JSON.stringify(validBackup), 'en lang sætning', 100_000))!);
});
const sealedFile = fc
  .tuple(fc.constant(null), fc.array(fc.nat(20), { minLength: 1, maxLength: 3 }), json)
  .map(([, p, r]) => JSON.stringify(mutate(validSealed, p, r)));

const file = fc.oneof(
  sealedFile,
  fc.tuple(fc.constantFrom(validTasks, validJournal, validBackup), fc.array(fc.nat(20), { minLength: 1, maxLength: 5 }), json).map(([b, p, r]) => JSON.stringify(mutate(b, p, r))),
  fc.tuple(fc.constantFrom(JSON.stringify(validTasks), JSON.stringify(validJournal), JSON.stringify(validBackup)), fc.nat()).map(([t, n]) => t.slice(0, n % t.length)),
  json.map((v) => JSON.stringify(v) ?? ''),
  fc.string(),
);

describe('every importer on generated malformed files', () => {
  it('never throws, and returns all of a file or a reason (10,000 files)', () => {
    fc.assert(
      fc.property(file, (text) => {
        const tasks = parseTaskFile(text);
        expect(tasks.ok ? Array.isArray(tasks.tasks) : tasks.issues.length > 0).toBe(true);
        const journal = parseJournalImport(text);
        expect(journal.ok ? Array.isArray(journal.entries) : journal.issues.length > 0).toBe(true);
        const backup = parseBackup(text);
        expect(backup.ok ? Array.isArray(backup.backup.tasks) && Array.isArray(backup.backup.entries) : backup.issues.length > 0).toBe(true);
        const data = parseDataImport(text, 'da');
        expect(data.ok ? Array.isArray(data.backup.tasks) && Array.isArray(data.backup.entries) : data.errors.every((e) => typeof e === 'string' && e.length > 0)).toBe(true);
        const preview = previewImport([journalEntry('2025-03-03')], text);
        expect(!!preview.plan !== !!preview.issues).toBe(true);
        // what the person reads names the problem in words, never a program's "undefined" or "[object Object]"
        for (const lang of ['da', 'en'] as const) {
          for (const issue of journal.ok ? [] : journal.issues) expect(JOURNAL_UI[lang].issues[issue.code](issue)).not.toMatch(/\bundefined\b|\[object |\bNaN\b/);
          for (const message of data.ok ? [] : data.errors) expect(message).not.toMatch(/\bundefined\b|\[object |\bNaN\b/);
        }
        // an encrypted file is recognised as one exactly when its marker says so (and never read by the others)
        expect(isSealedFile(text)).toBe(formatMarker(text) === SEALED_FORMAT);
        if (isSealedFile(text)) expect(parseBackup(text).ok).toBe(false);
      }),
      { numRuns: 10_000 },
    );
  });

  it('an encrypted file changed anywhere is refused with a reason, never opened (300 files)', async () => {
    await fc.assert(
      fc.asyncProperty(sealedFile, async (text) => {
        const opened = await openFile(text, 'en lang sætning');
        // only a change that left the file as it was (the same value put back) may open
        if (opened.ok) expect(JSON.parse(text)).toEqual(validSealed);
        else expect(['empty', 'not-json', 'foreign', 'version', 'damaged', 'passphrase']).toContain(opened.issue.code);
      }),
      { numRuns: 300 },
    );
  });

  it('writes nothing from a file the extension refuses', async () => {
    testBrowser();
    const store = await openTaskStore({ name: 'fuzz-import', timeoutMs: 500 });
    const journal = await openJournalStore({ name: 'fuzz-import', timeoutMs: 500 });
    await store.restore([savedTask({ id: 'kept', title: 'Bevares' })]);
    await journal.restore([journalEntry('2025-03-03')]);
    const before = JSON.stringify([await store.list(), await journal.list()]);
    await fc.assert(
      fc.asyncProperty(file, async (text) => {
        const preview = await previewData({ tasks: store, journal }, text, 'da');
        if (!preview.ok) expect(JSON.stringify([await store.list(), await journal.list()])).toBe(before);
        else {
          // a file that happened to be valid: import it whole, then put things back as they were
          expect((await applyData({ tasks: store, journal }, preview)).ok).toBe(true);
          for (const t of await store.list()) await store.delete(t.id);
          await journal.clear();
          const [tasks, entries] = JSON.parse(before);
          await store.restore(tasks);
          await journal.restore(entries);
        }
      }),
      { numRuns: 300 },
    );
    store.close();
    journal.close();
  });
});
