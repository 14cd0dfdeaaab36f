import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDay, localDate } from '../../content/format';
import {
  ANSWER_IDS,
  JOURNAL_FORMAT,
  QUESTION,
  areaSeries,
  chartSeries,
  cleanContent,
  compareEntries,
  createEntry,
  emptyAreas,
  entryIssues,
  entryMarkdown,
  exportJournal,
  isEmptyContent,
  isIsoDate,
  journalMarkdown,
  parseJournalImport,
  planImport,
  sameContent,
  talkMarkdown,
  updateEntry,
  type JournalEntry,
  type JournalIssue,
} from '../../content/journal';
import { getFramework } from '../../content/index';
import { FOCUS_AREA_IDS } from '../../content/model';
import { JOURNAL_UI, journalLabels } from '../../components/reflection-journal/reflection-journal.strings';

const da = getFramework('da');
const en = getFramework('en');

/** A clock at a given local date and time. */
const at = (y: number, m: number, d: number, h = 9) => new Date(y, m - 1, d, h, 30);

const entry = (over: Partial<JournalEntry> = {}): JournalEntry => ({
  id: 'e1',
  date: '2025-03-03',
  createdAt: '2025-03-03T08:30:00.000Z',
  updatedAt: '2025-03-03T08:30:00.000Z',
  areas: {
    faglighed: { level: 1, strengths: 'Sparring med teamet', develop: 'Uddelegere mere' },
    innovation: { level: null, strengths: '', develop: '' },
    mening: { level: 3, strengths: 'Fælles retning', develop: '' },
    drift: { level: 0, strengths: '', develop: 'Overblik over økonomien\nog data' },
  },
  answers: { [QUESTION.overall]: 'Mest faglighed og drift.', [QUESTION.talk]: 'At slippe det velkendte.' },
  ...over,
});

describe('journal model', () => {
  it('answers the framework’s questions for the individual leader and for the talk with one’s leader', () => {
    expect(ANSWER_IDS).toEqual(['enkelte-leder.fokusomraader', 'enkelte-leder.styrker', 'enkelte-leder.udvikling', 'overordnet-leder.udvikling']);
    const q = (id: string) => da.reflection.flatMap((r) => r.parts.flatMap((p) => p.questions)).find((x) => x.id === id)?.text;
    expect(q(QUESTION.strengths)).toBe('Hvor er mine styrker?');
    expect(q(QUESTION.develop)).toBe('Hvor har jeg brug for at udvikle mig?');
    expect(q(QUESTION.talk)).toBe('Hvor er det særligt vigtigt, at jeg udvikler mig for at leve op til forventningerne om god ledelse?');
  });

  it('dates an entry by the clock, as the local calendar date', () => {
    const e = createEntry({ areas: { ...emptyAreas(), mening: { level: 2, strengths: 'x', develop: '' } } }, 'id1', at(2025, 3, 3, 23));
    expect(e.date).toBe('2025-03-03');
    expect(e.createdAt).toBe(at(2025, 3, 3, 23).toISOString());
    expect(e.updatedAt).toBe(e.createdAt);
    expect(e.areas.mening).toEqual({ level: 2, strengths: 'x', develop: '' });
    expect(e.areas.faglighed).toEqual({ level: null, strengths: '', develop: '' });
    expect(localDate(new Date(2024, 1, 29))).toBe('2024-02-29');
  });

  it('keeps id, date and createdAt when an entry is updated', () => {
    const e = entry();
    const u = updateEntry(e, { ...cleanContent(e), answers: {} }, at(2025, 4, 1));
    expect(u).toMatchObject({ id: 'e1', date: '2025-03-03', createdAt: e.createdAt, answers: {} });
    expect(u.updatedAt).toBe(at(2025, 4, 1).toISOString());
    expect(updateEntry(e, { date: '2025-03-02' }, at(2025, 4, 1)).date).toBe('2025-03-02');
    expect(updateEntry(e, { date: '2025-02-30' }, at(2025, 4, 1)).date).toBe('2025-03-03');
  });

  it('cleans whatever it is given (a damaged draft) into valid content', () => {
    const c = cleanContent({
      areas: { faglighed: { level: 4, strengths: 7, develop: 'ok' }, drift: 'x', ledelse: { level: 1 } },
      answers: { [QUESTION.overall]: 'svar', 'ledergruppe.krav': 'ikke her', [QUESTION.talk]: '' },
    });
    expect(c.areas.faglighed).toEqual({ level: null, strengths: '', develop: 'ok' });
    expect(Object.keys(c.areas)).toEqual([...FOCUS_AREA_IDS]);
    expect(c.answers).toEqual({ [QUESTION.overall]: 'svar' });
    for (const x of [undefined, null, 1, 'x', [], { areas: [] }]) expect(cleanContent(x)).toEqual({ areas: emptyAreas(), answers: {} });
  });

  it('knows when nothing has been written or chosen', () => {
    expect(isEmptyContent(cleanContent({}))).toBe(true);
    expect(isEmptyContent(cleanContent({ areas: { mening: { level: null, strengths: '  \n', develop: '' } } }))).toBe(true);
    expect(isEmptyContent(cleanContent({ areas: { mening: { level: 0, strengths: '', develop: '' } } }))).toBe(false);
    expect(isEmptyContent(cleanContent({ answers: { [QUESTION.talk]: 'x' } }))).toBe(false);
  });

  it('validates calendar dates', () => {
    for (const ok of ['2025-03-03', '2024-02-29', '1999-12-31']) expect(isIsoDate(ok)).toBe(true);
    for (const bad of ['2025-02-29', '2025-13-01', '2025-3-3', '03-03-2025', '2025-03-03T00:00:00Z', 20250303, null]) expect(isIsoDate(bad)).toBe(false);
  });

  it('formats dates in Danish and English', () => {
    expect(formatDay('2025-03-03', 'da')).toBe('3. marts 2025');
    expect(formatDay('2025-03-03', 'en')).toBe('3 March 2025');
  });

  it('recognises the same content under another id, and not when the day or a word differs', () => {
    const a = entry();
    expect(sameContent(a, { ...a, id: 'other', createdAt: '2026-01-01T00:00:00.000Z' })).toBe(true);
    expect(sameContent(a, { ...a, date: '2025-03-04' })).toBe(false);
    expect(sameContent(a, { ...a, areas: { ...a.areas, mening: { ...a.areas.mening, develop: 'x' } } })).toBe(false);
    // an empty answer is no answer
    expect(sameContent({ ...a, answers: {} }, { ...a, answers: { [QUESTION.talk]: '' } })).toBe(true);
  });

  it('shows an area over time, oldest first, leaving out entries that did not assess it', () => {
    const a = entry({ id: 'a', date: '2025-03-10' });
    const b = entry({ id: 'b', date: '2025-01-05', areas: { ...entry().areas, faglighed: { level: 0, strengths: '', develop: '' } } });
    const c = entry({ id: 'c', date: '2025-02-01', areas: { ...entry().areas, faglighed: { level: null, strengths: '', develop: '' } } });
    expect(areaSeries([a, b, c], 'faglighed')).toEqual([
      { id: 'b', date: '2025-01-05', level: 0 },
      { id: 'a', date: '2025-03-10', level: 1 },
    ]);
    expect(areaSeries([a, b, c], 'innovation')).toEqual([]);
  });

  it('compares two entries side by side, earlier first, whatever order they are given in', () => {
    const earlier = entry({ id: 'a', date: '2025-03-03' });
    const later = entry({
      id: 'b',
      date: '2025-06-01',
      areas: {
        faglighed: { level: 2, strengths: 'Sparring med teamet', develop: 'Uddelegere endnu mere' },
        innovation: { level: 1, strengths: '', develop: '' },
        mening: { level: 2, strengths: 'Fælles retning', develop: '' },
        drift: { level: 0, strengths: '', develop: 'Overblik over økonomien\nog data' },
      },
      answers: { [QUESTION.overall]: 'Mest faglighed og drift.' },
    });
    for (const cmp of [compareEntries(earlier, later), compareEntries(later, earlier)]) {
      expect(cmp.earlier.id).toBe('a');
      expect(cmp.areas.faglighed).toEqual({ from: 1, to: 2, change: 'up', strengthsChanged: false, developChanged: true });
      expect(cmp.areas.innovation.change).toBe('unknown');
      expect(cmp.areas.mening.change).toBe('down');
      expect(cmp.areas.drift).toEqual({ from: 0, to: 0, change: 'same', strengthsChanged: false, developChanged: false });
      expect(cmp.answersChanged).toEqual([QUESTION.talk]);
    }
  });
});

describe('export and import', () => {
  const file = (x: unknown) => JSON.stringify(x);
  const wrap = (entries: unknown) => file({ format: JOURNAL_FORMAT, version: 1, entries });

  it('round-trips, oldest first', () => {
    const a = entry({ id: 'a', date: '2025-06-01' });
    const b = entry({ id: 'b', date: '2025-03-03' });
    const text = exportJournal([a, b]);
    expect(JSON.parse(text)).toEqual({ format: 'ledelsesgrundlag-journal', version: 1, entries: [b, a] });
    expect(parseJournalImport(text)).toEqual({ ok: true, entries: [b, a] });
    expect(parseJournalImport(exportJournal([]))).toEqual({ ok: true, entries: [] });
  });

  it('round-trips any valid entry (property)', () => {
    const level = fc.constantFrom(null, 0, 1, 2, 3);
    const note = fc.record({ level, strengths: fc.string({ maxLength: 40 }), develop: fc.string({ maxLength: 40 }) });
    const day = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true });
    const arb = fc.record({
      id: fc.uuid(),
      date: day.map((d) => d.toISOString().slice(0, 10)),
      createdAt: day.map((d) => d.toISOString()),
      updatedAt: day.map((d) => d.toISOString()),
      areas: fc.record({ faglighed: note, innovation: note, mening: note, drift: note }),
      answers: fc.dictionary(fc.constantFrom(...ANSWER_IDS), fc.string({ minLength: 1, maxLength: 40 })),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arb, { selector: (e) => e.id, maxLength: 5 }), (entries) => {
        const r = parseJournalImport(exportJournal(entries as JournalEntry[]));
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.entries).toHaveLength(entries.length);
      }),
    );
  });

  it('accepts a byte-order mark and normalises timestamps to UTC', () => {
    const e = entry();
    const r = parseJournalImport('\uFEFF' + wrap([{ ...e, createdAt: '2025-03-03T10:30:00+02:00' }]));
    expect(r).toEqual({ ok: true, entries: [e] });
  });

  const e = entry();
  const malformed: [string, string, JournalIssue[], string][] = [
    ['an empty file', '  \n', [{ code: 'empty' }], 'Filen er tom.'],
    ['a file that is not JSON', '{"format": "ledelsesgrundlag-journal", ', [{ code: 'not-json' }], 'Filen er ikke gyldig JSON.'],
    ['a JSON list', '[1, 2]', [{ code: 'not-journal' }], 'Filen er ikke en eksport fra Min refleksion.'],
    ['another kind of JSON file (the framework)', file({ id: 'gentofte', lang: 'da' }), [{ code: 'not-journal' }], 'Filen er ikke en eksport fra Min refleksion.'],
    ['the saved tasks’ export', file({ format: 'ledelsesgrundlag-tasks', version: 1, tasks: [] }), [{ code: 'tasks-file' }], 'Filen indeholder gemte opgaver, ikke notater.'],
    ['a newer version', file({ format: JOURNAL_FORMAT, version: 2, entries: [] }), [{ code: 'newer', value: '2' }], 'Filen er lavet af en nyere udgave af værktøjet (version 2). Opdatér udvidelsen, eller genindlæs siden, og prøv igen. Intet er ændret.'],
    ['an unknown version', file({ format: JOURNAL_FORMAT, version: 0, entries: [] }), [{ code: 'version', value: '0' }], 'Filen har version 0; værktøjet kan læse version 1.'],
    ['no version', file({ format: JOURNAL_FORMAT, entries: [] }), [{ code: 'version' }], 'Filen siger ikke, hvilken version den har; værktøjet kan læse version 1.'],
    ['entries that are not a list', file({ format: JOURNAL_FORMAT, version: 1, entries: {} }), [{ code: 'entries-not-list' }], 'Filen mangler listen over notater (»entries«).'],
    ['an entry that is not an object', wrap([e, 'hej']), [{ code: 'entry-not-object', entry: 2 }], 'Notat 2: er ikke et notat.'],
    ['an entry without id', wrap([{ ...e, id: '' }]), [{ code: 'id', entry: 1, field: 'id' }], 'Notat 1: mangler et id.'],
    ['an impossible date', wrap([{ ...e, date: '2025-02-30' }]), [{ code: 'date', entry: 1, field: 'date', value: '"2025-02-30"' }], 'Notat 1: "2025-02-30" er ikke en gyldig dato (ÅÅÅÅ-MM-DD).'],
    ['a date with a time', wrap([{ ...e, date: '2025-03-03T10:00:00Z' }]), [{ code: 'date', entry: 1, field: 'date', value: '"2025-03-03T10:00:00Z"' }], 'Notat 1: "2025-03-03T10:00:00Z" er ikke en gyldig dato (ÅÅÅÅ-MM-DD).'],
    ['a bad timestamp', wrap([{ ...e, updatedAt: 'i går' }]), [{ code: 'timestamp', entry: 1, field: 'updatedAt', value: '"i går"' }], 'Notat 1: »updatedAt« "i går" er ikke et gyldigt tidspunkt.'],
    ['no areas', wrap([{ ...e, areas: [1, 2] }]), [{ code: 'areas', entry: 1, field: 'areas' }], 'Notat 1: mangler fokusområderne (»areas«).'],
    ['a missing area', wrap([{ ...e, areas: { faglighed: e.areas.faglighed, innovation: e.areas.innovation, mening: e.areas.mening } }]), [{ code: 'area-missing', entry: 1, field: 'drift' }], 'Notat 1: fokusområdet »drift« mangler.'],
    ['an unknown area', wrap([{ ...e, areas: { ...e.areas, ledelse: e.areas.drift } }]), [{ code: 'area-unknown', entry: 1, field: 'ledelse', value: '"ledelse"' }], 'Notat 1: ukendt fokusområde "ledelse".'],
    ['an area that is not an object', wrap([{ ...e, areas: { ...e.areas, mening: 3 } }]), [{ code: 'area-not-object', entry: 1, field: 'mening' }], 'Notat 1: fokusområdet »mening« har ikke den rigtige form.'],
    ['a level out of range', wrap([{ ...e, areas: { ...e.areas, drift: { ...e.areas.drift, level: 4 } } }]), [{ code: 'level', entry: 1, field: 'drift.level', value: '4' }], 'Notat 1: »drift.level« skal være 0, 1, 2, 3 eller null, ikke 4.'],
    ['a level as words', wrap([{ ...e, areas: { ...e.areas, drift: { ...e.areas.drift, level: 'På vej' } } }]), [{ code: 'level', entry: 1, field: 'drift.level', value: '"På vej"' }], 'Notat 1: »drift.level« skal være 0, 1, 2, 3 eller null, ikke "På vej".'],
    ['a strength that is not text', wrap([{ ...e, areas: { ...e.areas, innovation: { ...e.areas.innovation, strengths: 42 } } }]), [{ code: 'text', entry: 1, field: 'innovation.strengths' }], 'Notat 1: »innovation.strengths« skal være tekst.'],
    ['a text that is far too long', wrap([{ ...e, areas: { ...e.areas, innovation: { ...e.areas.innovation, develop: 'x'.repeat(20_001) } } }]), [{ code: 'too-long', entry: 1, field: 'innovation.develop' }], 'Notat 1: »innovation.develop« er længere end 20.000 tegn.'],
    ['answers that are a list', wrap([{ ...e, answers: ['x'] }]), [{ code: 'answers', entry: 1, field: 'answers' }], 'Notat 1: svarene (»answers«) har ikke den rigtige form.'],
    ['an answer to an unknown question', wrap([{ ...e, answers: { 'ledergruppe.krav': 'x' } }]), [{ code: 'question-unknown', entry: 1, field: 'answers.ledergruppe.krav', value: '"ledergruppe.krav"' }], 'Notat 1: ukendt spørgsmål "ledergruppe.krav".'],
    ['a repeated id', wrap([e, { ...e, date: '2025-03-04' }]), [{ code: 'duplicate-id', entry: 2, field: 'id', value: '"e1"' }], 'Notat 2: id "e1" bruges mere end én gang i filen.'],
  ];

  it(`has ${malformed.length} malformed files, each with its own message`, () => {
    expect(malformed.length).toBeGreaterThanOrEqual(10);
    expect(new Set(malformed.map((m) => m[3])).size).toBeGreaterThanOrEqual(20);
  });

  it('says what is missing in words, never "undefined": no version, no date, no times, no level', () => {
    const entry = { id: 'a', areas: { faglighed: { strengths: '', develop: '' } }, answers: {} };
    const texts = (text: string) => {
      const r = parseJournalImport(text);
      return r.ok ? [] : r.issues.flatMap((i) => [JOURNAL_UI.da.issues[i.code](i), JOURNAL_UI.en.issues[i.code](i)]);
    };
    const noVersion = texts('{"format":"ledelsesgrundlag-journal","entries":[]}');
    expect(noVersion[0]).toBe('Filen siger ikke, hvilken version den har; værktøjet kan læse version 1.');
    const said = texts(JSON.stringify({ format: 'ledelsesgrundlag-journal', version: 1, entries: [entry] }));
    expect(said).toEqual(expect.arrayContaining(['Notat 1: mangler en dato (»date«).', 'Notat 1: mangler tidspunktet »createdAt«.', 'Notat 1: »faglighed.level« mangler (0, 1, 2, 3 eller null).']));
    expect(said).toEqual(expect.arrayContaining(['Note 1: the date (“date”) is missing.', 'Note 1: the time “updatedAt” is missing.']));
    for (const t of [...noVersion, ...said]) expect(t).not.toMatch(/undefined/);
  });

  it.each(malformed)('rejects %s with its message, returning no entries', (_, text, issues, message) => {
    const r = parseJournalImport(text);
    expect(r.ok).toBe(false);
    expect(r).not.toHaveProperty('entries');
    if (r.ok) return;
    expect(r.issues).toEqual(issues);
    const said = JOURNAL_UI.da.issues[r.issues[0].code](r.issues[0]);
    if (message.endsWith('(')) expect(said.startsWith(message)).toBe(true);
    else expect(said).toBe(message);
    // and in English, a sentence of its own
    expect(JOURNAL_UI.en.issues[r.issues[0].code](r.issues[0])).not.toBe(said);
  });

  it('says every problem of a file, capped at twenty', () => {
    const r = parseJournalImport(wrap([{ ...e, id: 5, answers: null }, 3]));
    expect(r).toEqual({
      ok: false,
      issues: [
        { code: 'id', entry: 1, field: 'id' },
        { code: 'answers', entry: 1, field: 'answers' },
        { code: 'entry-not-object', entry: 2 },
      ],
    });
    const many = parseJournalImport(wrap(Array.from({ length: 30 }, () => 0)));
    expect(many.ok === false && many.issues.length).toBe(21);
    expect(many.ok === false && many.issues[20]).toEqual({ code: 'more', value: '10' });
    expect(JOURNAL_UI.da.issues.more({ code: 'more', value: '10' })).toBe('… og 10 problemer mere.');
  });

  it('never throws', () => {
    for (const x of [undefined, null, 42, {}, 'null', '"x"', '1e999', 'x'.repeat(5_000_001)] as never[]) {
      expect(() => parseJournalImport(x)).not.toThrow();
      expect(parseJournalImport(x).ok).toBe(false);
    }
    expect(parseJournalImport('x'.repeat(5_000_001))).toEqual({ ok: false, issues: [{ code: 'too-large' }] });
    for (const x of [undefined, null, 'x', [null, 1, { id: 'x' }]] as never[]) expect(JSON.parse(exportJournal(x)).entries).toEqual([]);
    expect(entryIssues(null, 3)).toEqual([{ code: 'entry-not-object', entry: 3 }]);
  });

  it('plans an import: new, duplicate (same id or same content), newer and older versions', () => {
    const here = [entry({ id: 'a' }), entry({ id: 'b', date: '2025-04-01', updatedAt: '2025-04-01T10:00:00.000Z' })];
    const incoming = [
      entry({ id: 'a' }), // same id, same content
      entry({ id: 'x' }), // another id, same content as a
      entry({ id: 'b', date: '2025-04-01', answers: {}, updatedAt: '2025-05-01T10:00:00.000Z' }), // changed later
      entry({ id: 'b2', date: '2025-04-02' }), // new
      entry({ id: 'b2', date: '2025-04-02' }), // (already accepted above) duplicate of a new one
    ];
    incoming.push(entry({ id: 'a', answers: {}, updatedAt: '2025-03-01T00:00:00.000Z' })); // an older version of a
    const plan = planImport(here, incoming);
    expect(plan.items.map((i) => [i.entry.id, i.status])).toEqual([
      ['a', 'duplicate'],
      ['x', 'duplicate'],
      ['b', 'update'],
      ['b2', 'new'],
      ['b2', 'duplicate'],
      ['a', 'older'],
    ]);
    expect(plan.toWrite.map((x) => x.id)).toEqual(['b', 'b2']);
    expect(planImport([], here).toWrite).toEqual(here);
  });
});

describe('Markdown', () => {
  const labels = journalLabels('da');

  it('renders an entry with its date, the scale in words and the framework’s questions', () => {
    const md = entryMarkdown(entry(), da, labels);
    expect(md).toBe(
      [
        '# Refleksion 3. marts 2025',
        '',
        '## Vi vil lede fagligt kompetente fællesskaber',
        '',
        '**Hvor er jeg nu?** På vej (2 af 4)',
        '',
        '**Hvor er mine styrker?**  ',
        'Sparring med teamet',
        '',
        '**Hvor har jeg brug for at udvikle mig?**  ',
        'Uddelegere mere',
        '',
        '## Vi vil lede innovative fællesskaber, hvor vi skaber sammen',
        '',
        '**Hvor er jeg nu?** Ikke vurderet',
        '',
        '**Hvor er mine styrker?**  ',
        '–',
        '',
        '**Hvor har jeg brug for at udvikle mig?**  ',
        '–',
        '',
        '## Vi vil lede meningsfulde og rummelige fællesskaber',
        '',
        '**Hvor er jeg nu?** En styrke (4 af 4)',
        '',
        '**Hvor er mine styrker?**  ',
        'Fælles retning',
        '',
        '**Hvor har jeg brug for at udvikle mig?**  ',
        '–',
        '',
        '## Vi vil lede fællesskaber præget af sikker drift og ordentlighed',
        '',
        '**Hvor er jeg nu?** Begyndende (1 af 4)',
        '',
        '**Hvor er mine styrker?**  ',
        '–',
        '',
        '**Hvor har jeg brug for at udvikle mig?**  ',
        'Overblik over økonomien  ',
        'og data',
        '',
        '## Hvordan arbejder jeg med de fire fokusområder i min ledelse?',
        '',
        'Mest faglighed og drift.',
        '',
        '## Hvor er det særligt vigtigt, at jeg udvikler mig for at leve op til forventningerne om god ledelse?',
        '',
        'At slippe det velkendte.',
        '',
      ].join('\n'),
    );
  });

  it('escapes what the person wrote so that it cannot become a heading or a list', () => {
    const md = entryMarkdown(entry({ answers: { [QUESTION.overall]: '# ikke en overskrift\n- ikke en liste\n1. heller ikke' } }), da, labels);
    expect(md).toContain('\\# ikke en overskrift  \n\\- ikke en liste  \n1\\. heller ikke');
  });

  it('renders the whole journal newest first, in English too', () => {
    const md = journalMarkdown([entry({ id: 'a', date: '2025-01-02' }), entry({ id: 'b', date: '2025-05-06' })], en, journalLabels('en'));
    expect(md.startsWith('# My reflection\n')).toBe(true);
    expect(md.indexOf('## Reflection 6 May 2025')).toBeLessThan(md.indexOf('## Reflection 2 January 2025'));
    expect(md).toContain('**Where am I now?** On the way (2 of 4)');
    expect(journalMarkdown([], da, labels)).toContain('Der er endnu ingen notater.');
  });

  it('prepares the talk with one’s leader: the question for leder/overordnet leder, the answer, the latest entry', () => {
    const older = entry({ id: 'a', date: '2025-01-02', answers: { [QUESTION.talk]: 'Tidligere svar' } });
    const latest = entry({ id: 'b', date: '2025-05-06', answers: {} });
    const md = talkMarkdown([latest, older], da, labels);
    expect(md.split('\n').slice(0, 9)).toEqual([
      '# Forberedelse til samtalen med min leder',
      '',
      'Spørgsmålet fra ledelsesgrundlaget (Leder/overordnet leder):',
      '',
      '> Hvor er det særligt vigtigt, at jeg udvikler mig for at leve op til forventningerne om god ledelse?',
      '',
      '**Mit svar**  ',
      'Tidligere svar',
      '',
    ]);
    expect(md).toContain('## Hvor jeg står – min seneste refleksion (6. maj 2025)');
    expect(md).toContain('### Vi vil lede fagligt kompetente fællesskaber');
    expect(md).not.toContain('2. januar');
    expect(talkMarkdown([], da, labels)).toContain('Der er endnu ingen notater.');
  });
});

describe('a long history, charted', () => {
  const point = (date: string, level: 0 | 1 | 2 | 3) => ({ date, level });
  it('a series of up to 60 points is drawn as it is', () => {
    const series = Array.from({ length: 60 }, (_, i) => point(`2025-01-${String((i % 28) + 1).padStart(2, '0')}`, 1));
    expect(chartSeries(series)).toEqual({ points: series });
  });

  it('a longer one, as the last point of each month: where the leader stood at the end of it', () => {
    const series = Array.from({ length: 300 }, (_, i) => {
      const month = Math.floor(i / 30) + 1;
      return point(`${2016 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-${String((i % 30) + 1).padStart(2, '0')}`, (i % 4) as 0 | 1 | 2 | 3);
    });
    const { points, period } = chartSeries(series);
    expect(period).toBe('month');
    expect(points).toHaveLength(10);
    expect(points[0]).toEqual(series[29]);
    expect(points.at(-1)).toEqual(series[299]);
  });

  it('ten years weekly is summarised by quarter, forty years by year: never more than 60 points', () => {
    const weekly = (weeks: number) => Array.from({ length: weeks }, (_, i) => point(new Date(Date.UTC(2016, 0, 4 + 7 * i)).toISOString().slice(0, 10), 1));
    expect(chartSeries(weekly(520))).toMatchObject({ period: 'quarter' });
    expect(chartSeries(weekly(520)).points).toHaveLength(40);
    const forty = chartSeries(weekly(2000));
    expect(forty.period).toBe('year');
    expect(forty.points.length).toBeLessThanOrEqual(60);
  });
});
