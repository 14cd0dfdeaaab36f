/**
 * Every string table says the same things in Danish and English (the same keys, the same kinds of value), and the
 * Danish uses one word for one thing: none of the retired words, and no English words.
 */
import { describe, expect, it } from 'vitest';
import da from '../../public/_locales/da/messages.json';
import en from '../../public/_locales/en/messages.json';
import { DIALOGUE_UI } from '../../components/dialogue/dialogue.strings';
import { JOURNAL_UI } from '../../components/reflection-journal/reflection-journal.strings';
import { SEARCH_STRINGS } from '../../components/search/search.strings';
import { UI } from '../../components/shared/strings';
import { STRINGS as PICKER } from '../../components/task-picker/task-picker.strings';
import { STRINGS as EXTENSION } from '../../extension/lib/strings';
import { FILE_ISSUES } from '../../components/shared/file-issues';
import { ROUND_UI } from '../../components/round/round.strings';

const TABLES: Record<string, { da: unknown; en: unknown }> = {
  'shared (UI)': UI,
  'task picker': PICKER,
  'reflection journal': JOURNAL_UI,
  dialogue: DIALOGUE_UI,
  search: SEARCH_STRINGS,
  extension: EXTENSION,
  'file issues': FILE_ISSUES,
  round: ROUND_UI,
  'extension manifest (_locales)': { da, en },
};

/** Sample arguments for a string function, so its text can be read. */
const SAMPLE = [3, 5, 'x'];

/** Every text of a table with its path; functions are called with sample arguments. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const issue = { code: 'x', entry: 1, task: 1, field: 'felt', value: '7', count: 2 };
    const out = (value as (...a: unknown[]) => unknown)(...(value.length === 1 && /\bi\b|issue/.test(String(value)) ? [issue] : SAMPLE));
    return typeof out === 'string' ? [[`${path}()`, out]] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
  return [];
}

/** The shape of a table: its keys, and for each value its kind (string, function of n parameters, list of n). */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return `function/${value.length}`;
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  return typeof value;
}

/** Words Danish readers of this product should not meet, with the word that replaces each. */
const RETIRED: [RegExp, string][] = [
  [/(?<!\p{L})fortryd(?!\p{L})/iu, 'Annullér (Fortryd means undo in Danish systems)'],
  [/(?<!\p{L})rediger(?!\p{L})/iu, 'Redigér'],
  [/(?<!\p{L})(eksporter|importer)(?!\p{L})/iu, 'Eksportér / Importér'],
  [/(?<!\p{L})journal(en)?(?!\p{L})/iu, '»Min refleksion« and »notater«'],
  [/"/u, 'Danish quotation marks »…«'],
  [/“|”|«[^»«]*»/u, 'Danish quotation marks »…«'],
];
/** The person's own voice (their exported sheet), where »min leder« is right; everywhere else it is »din leder«. */
const OWN_VOICE = new Set(['talkTitle', 'journalNote']);
/** English words that have a Danish one here (technical names such as JSON, Markdown or IndexedDB are fine). */
const ENGLISH = /(?<!\p{L})(download|upload|cancel|save|delete|edit|export|import|file|click|settings|search|task|note|the|and|of|undo)(?!\p{L})/iu;

describe.each(Object.entries(TABLES))('the %s strings', (_, table) => {
  it('have the same keys and kinds of value in Danish and English', () => {
    expect(Object.keys(table)).toEqual(['da', 'en']);
    expect(shape(table.en)).toEqual(shape(table.da));
  });

  it('use none of the retired words in Danish, and no English', () => {
    for (const [path, text] of texts(table.da)) {
      for (const [word, instead] of RETIRED) expect(text, `${path}: use ${instead}`).not.toMatch(word);
      if (!OWN_VOICE.has(path.replace(/\(\)$/, ''))) expect(text, `${path}: »din leder« in instructions`).not.toMatch(/(?<!\p{L})min leder/iu);
      expect(text, `${path}: an English word in the Danish`).not.toMatch(ENGLISH);
    }
  });

  it('write the municipality’s name in English as Gentofte Municipality', () => {
    for (const [path, text] of texts(table.en)) expect(text, path).not.toMatch(/Gentofte Kommune/);
  });
});

describe('the retired words test', () => {
  it('catches what it is meant to catch', () => {
    const caught = (text: string) => RETIRED.some(([w]) => w.test(text)) || ENGLISH.test(text);
    expect(caught('Fortryd')).toBe(true);
    expect(caught('Rediger notatet')).toBe(true);
    expect(caught('Download JSON')).toBe(true);
    expect(caught('Søg i "teksten"')).toBe(true);
    expect(caught('ud fra «ord»')).toBe(true);
    expect(caught('ud fra »ord«')).toBe(false);
    expect(caught('Redigér notatet')).toBe(false);
    expect(caught('Importér (JSON)')).toBe(false);
    expect(caught('Kopiér som Markdown')).toBe(false);
  });
});
