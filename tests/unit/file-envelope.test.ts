/** The one reader of every import file's outside, and the one date formatter, without a DOM. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_FILE_CHARS, readEnvelope, recordIssues } from '../../content/file-envelope';
import { dateFormat, formatDay, formatMoment } from '../../content/format';
import { lookup } from '../../content/lookup';
import { getFramework } from '../../content/index';

describe('readEnvelope', () => {
  const read = (text: unknown) => readEnvelope(text, 'ledelsesgrundlag-x', 1);

  it('reads the right kind and version, with or without a byte-order mark', () => {
    expect(read('\uFEFF{"format":"ledelsesgrundlag-x","version":1,"a":2}')).toEqual({ ok: true, data: { format: 'ledelsesgrundlag-x', version: 1, a: 2 } });
  });

  it('says what is wrong as a code, never with the parser’s own words', () => {
    expect(read('')).toEqual({ ok: false, issue: { code: 'empty' } });
    expect(read(' x'.repeat(MAX_FILE_CHARS))).toEqual({ ok: false, issue: { code: 'too-large' } });
    expect(read('{"format":')).toEqual({ ok: false, issue: { code: 'not-json' } });
    expect(read('[1]')).toEqual({ ok: false, issue: { code: 'foreign' } });
    expect(read('{"format":"ledelsesgrundlag-tasks"}')).toEqual({ ok: false, issue: { code: 'foreign', format: 'ledelsesgrundlag-tasks' } });
    expect(read('{"format":"ledelsesgrundlag-x","version":"2"}')).toEqual({ ok: false, issue: { code: 'version', value: '"2"' } });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (x) => void read(x)));
  });
});

describe('recordIssues', () => {
  const checks = {
    issuesOf: (x: unknown, n: number) => (typeof x === 'object' && x ? [] : [`${n}: not a record`]),
    twice: (n: number, id: string) => `${n}: ${id} twice`,
    more: (count: number) => `${count} more`,
  };
  it('lists each record’s issues and each repeated id, capped at 20', () => {
    expect(recordIssues([{ id: 'a' }, 3, { id: 'a' }], checks)).toEqual(['2: not a record', '3: "a" twice']);
    const many = recordIssues(Array.from({ length: 25 }, () => 0), checks);
    expect(many).toHaveLength(21);
    expect(many[20]).toBe('5 more');
  });
});

describe('dates in words', () => {
  it('formats a day and a moment in each language, with one cached formatter per style', () => {
    expect(formatDay('2025-03-03', 'da')).toBe('3. marts 2025');
    expect(formatDay('2025-03-03', 'en')).toBe('3 March 2025');
    expect(formatDay('2025-03-03', 'en', 'dayShort')).toBe('3 Mar');
    expect(formatDay('2025-03-03', 'en', 'monthYear')).toBe('Mar 2025');
    expect(formatDay('2025-03-03', 'da', 'monthYear')).toBe('mar. 2025');
    expect(formatDay('i går', 'da')).toBe('i går');
    expect(formatMoment('not a time', 'en')).toBe('not a time');
    expect(dateFormat('da', 'day')).toBe(dateFormat('da', 'day'));
  });
});

describe('lookup', () => {
  it('finds areas, levels and questions by id, built once per framework', () => {
    const fw = getFramework('da');
    expect(lookup(fw)).toBe(lookup(fw));
    expect(lookup(fw).area('drift').title).toBe('Vi vil lede fællesskaber præget af sikker drift og ordentlighed');
    expect(lookup(fw).level('ledergruppe')?.id).toBe('ledergruppe');
    expect(lookup(fw).level('ukendt')).toBeUndefined();
    expect(lookup(fw).question('arbejdsfaellesskaber.opgave')?.part.id).toBe('specifik-opgave');
  });
});
