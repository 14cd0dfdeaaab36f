/**
 * The English interface is English: no string of any English table — the elements', the shared ones, the
 * extension's, rendered where it is a function — carries a Danish word (æ, ø, å, or the framework's Danish name),
 * except the names that stay Danish on purpose (listed, with why).
 */
import { describe, expect, it } from 'vitest';
import { DIALOGUE_UI } from '../../components/dialogue/dialogue.strings';
import { MEETING_UI } from '../../components/meeting/meeting.strings';
import { JOURNAL_UI } from '../../components/reflection-journal/reflection-journal.strings';
import { ROUND_UI } from '../../components/round/round.strings';
import { SEARCH_STRINGS } from '../../components/search/search.strings';
import { FILE_ISSUES } from '../../components/shared/file-issues';
import { PASSPHRASE_UI } from '../../components/shared/passphrase.strings';
import { UI } from '../../components/shared/strings';
import { STRINGS as PICKER } from '../../components/task-picker/task-picker.strings';
import { STRINGS as EXTENSION } from '../../extension/lib/strings';

const TABLES = { DIALOGUE_UI, MEETING_UI, JOURNAL_UI, ROUND_UI, SEARCH_STRINGS, FILE_ISSUES, PASSPHRASE_UI, UI, PICKER, EXTENSION };

/** Every English string of the tables, by path (functions called with a few plausible arguments). */
function english(o: unknown, path: string, out: [string, string][] = []): [string, string][] {
  const inEnglish = /(^|\.)en(\.|$)/.test(path);
  if (typeof o === 'string' && inEnglish) out.push([path, o]);
  else if (typeof o === 'function' && inEnglish) {
    for (const args of [[2, 2, 2], ['x', 'y', 'z'], [{ value: 2, count: 2, task: 1, entry: 1, field: 'title', format: 'x' }]]) {
      try {
        const text = (o as (...a: unknown[]) => unknown)(...args);
        if (typeof text === 'string') out.push([path, text]);
      } catch {
        /* an argument of another shape: the other calls cover it */
      }
    }
  } else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) english(v, `${path}.${k}`, out);
  return out;
}

/** Danish on purpose: the document's own name as the municipality publishes it, and the file format ids. */
const ALLOWED = [/Fælles ledelsesgrundlag/g, /ledelsesgrundlag-[a-z]+/g];

describe('the English interface', () => {
  const all = english(TABLES, '');
  it('has strings to check', () => expect(all.length).toBeGreaterThan(300));
  it.each(all)('%s is English', (_path, text) => {
    const rest = ALLOWED.reduce((t, re) => t.replace(re, ''), text);
    expect(rest).not.toMatch(/[æøåÆØÅ]|ledelsesgrundlag/i);
  });
});
