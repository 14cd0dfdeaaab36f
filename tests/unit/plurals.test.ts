/**
 * Counts in words follow the language's plural rules (content/format.ts `counted`, Intl.PluralRules), everywhere:
 * every function of every string table — the elements', the shared ones, the extension's — is called with 0, 1 and 2
 * for each argument, and no Danish or English sentence may put a plural noun or verb after 1, or a singular after 2.
 */
import { describe, expect, it } from 'vitest';
import { counted } from '../../content/format';
import { DIALOGUE_UI } from '../../components/dialogue/dialogue.strings';
import { JOURNAL_UI } from '../../components/reflection-journal/reflection-journal.strings';
import { ROUND_UI } from '../../components/round/round.strings';
import { SEARCH_STRINGS } from '../../components/search/search.strings';
import { FILE_ISSUES } from '../../components/shared/file-issues';
import { PASSPHRASE_UI } from '../../components/shared/passphrase.strings';
import { UI } from '../../components/shared/strings';
import { STRINGS as PICKER } from '../../components/task-picker/task-picker.strings';
import { STRINGS as EXTENSION } from '../../extension/lib/strings';

const TABLES = { DIALOGUE_UI, JOURNAL_UI, ROUND_UI, SEARCH_STRINGS, FILE_ISSUES, PASSPHRASE_UI, UI, PICKER, EXTENSION };

/** Every string function of the tables, by path, with its language. */
function functions(o: unknown, path: string, out: [string, 'da' | 'en', (...a: unknown[]) => unknown][] = []) {
  if (typeof o === 'function') out.push([path, path.includes('.en.') ? 'en' : 'da', o as (...a: unknown[]) => unknown]);
  else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) functions(v, `${path}.${k}`, out);
  return out;
}

/** After 1: no plural; after 2: no singular (the nouns and verbs that the tables count). */
const WRONG = {
  en: [/\b1 (answers|tasks|notes|changes|results|problems|characters|people|codes|pieces|questions|others|were already)\b/, /\b[02] (answer|task|note|change|result|problem|character|person|code|piece|other|was already)\b/],
  da: [/\b1 (opgaver|notater|ændringer|resultater|problemer|koder|stykker|andre|flere|nye)\b/, /\b[02] (opgave|notat|ændring|resultat|kode|stykke|anden|ny|nyt)\b/],
};

describe('counts in words', () => {
  it('counted() follows Intl.PluralRules in Danish and English', () => {
    expect([0, 1, 2].map((n) => counted('en')(n, 'answer', 'answers'))).toEqual(['0 answers', '1 answer', '2 answers']);
    expect([0, 1, 2].map((n) => counted('da')(n, 'opgave', 'opgaver'))).toEqual(['0 opgaver', '1 opgave', '2 opgaver']);
  });

  const all = functions(TABLES, '');
  it.each(all)('%s, rendered with 0, 1 and 2', (_path, lang, fn) => {
    for (const n of [0, 1, 2]) {
      // numbers for every argument; an issue object carries its count as value and count
      const args = Array.from({ length: Math.max(1, fn.length) }, () => n);
      let text: unknown;
      try {
        text = fn(...args);
      } catch {
        text = fn({ value: n, count: n, index: n, id: String(n) });
      }
      if (typeof text !== 'string') continue;
      for (const wrong of WRONG[lang]) expect(text, `${n}: ${text}`).not.toMatch(wrong);
    }
  });
});
