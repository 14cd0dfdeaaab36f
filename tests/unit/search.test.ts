import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getFramework, FOCUS_AREA_IDS, type Framework } from '../../content/index';
import { buildIndex, excerpt, search, queryWords, type SearchHit } from '../../content/search';
import { fold, foldWithOffsets } from '../../content/suggest';

const da = getFramework('da');
const en = getFramework('en');
const daIndex = buildIndex(da);
const enIndex = buildIndex(en);

const marked = (h: SearchHit) => h.ranges.map(([a, b]) => h.text.slice(a, b));
/** A framework with only the given section paragraphs (buildIndex takes partial data). */
const tiny = (...paragraphs: string[]) =>
  buildIndex({ sections: [{ id: 's', heading: 'H', paragraphs }] } as unknown as Framework);

describe('buildIndex', () => {
  it('covers every text of the framework, each with the id of the part that shows it', () => {
    for (const fw of [da, en]) {
      const ix = buildIndex(fw);
      const has = (text: string, target: string) =>
        expect(ix.entries.some((e) => e.text === text && e.target === target), `${target}: ${text}`).toBe(true);
      const section = (s: Framework['sections'][number]) => {
        has(s.heading, s.id);
        s.paragraphs.forEach((p) => has(p, s.id));
        if (s.quote) has(s.quote, s.id);
        s.subsections?.forEach(section);
      };
      fw.sections.forEach(section);
      has(fw.symbol!.caption, 'fokusomraader');
      for (const a of fw.focusAreas) {
        for (const t of [a.title, ...a.statements, ...a.points, ...a.leaderRole]) has(t, a.id);
      }
      for (const l of fw.reflection) {
        has(l.title, 'refleksion');
        for (const p of l.parts) {
          if (p.title) has(p.title, 'refleksion');
          p.questions.forEach((q) => has(q.text, 'refleksion'));
        }
      }
      fw.closing.forEach((t) => has(t, 'om'));
      for (const g of fw.glossary.entries) {
        has(g.term, 'ordforklaringer');
        has(g.explanation, 'ordforklaringer');
      }
      // Ids are unique, and the same in both languages.
      expect(new Set(ix.entries.map((e) => e.id)).size).toBe(ix.entries.length);
    }
    expect(buildIndex(en).entries.map((e) => e.id)).toEqual(daIndex.entries.map((e) => e.id));
  });

  it('targets are the deep links <lg-framework> understands', () => {
    const ids = new Set<string>(['fokusomraader', 'refleksion', 'om', 'ordforklaringer', ...FOCUS_AREA_IDS]);
    const walk = (s: Framework['sections'][number]): void => void (ids.add(s.id), s.subsections?.forEach(walk));
    da.sections.forEach(walk);
    for (const e of daIndex.entries) expect(ids.has(e.target), e.target).toBe(true);
  });

  it('labels say which area, section or level a text belongs to', () => {
    const point = daIndex.entries.find((e) => e.id === 'mening.points.2')!;
    expect(point).toMatchObject({ kind: 'point', areaId: 'mening', target: 'mening', label: da.focusAreas[2].title });
    const sub = daIndex.entries.find((e) => e.id === 'sammen.1')!;
    expect(sub).toMatchObject({ kind: 'section', target: 'sammen', label: 'Vi er sammen om god ledelse' });
    const q = daIndex.entries.find((e) => e.id === 'arbejdsfaellesskaber.opgave')!;
    expect(q).toMatchObject({ kind: 'reflection', levelId: 'arbejdsfaellesskaber', label: 'Arbejdsfællesskaber' });
    const closing = buildIndex(da, { about: 'Om ledelsesgrundlaget' }).entries.find((e) => e.kind === 'closing')!;
    expect(closing.label).toBe('Om ledelsesgrundlaget');
    expect(daIndex.entries.find((e) => e.kind === 'closing')!.label).toBe(da.title);
  });

  it('keeps a pull quote that repeats its paragraph once', () => {
    expect(daIndex.entries.filter((e) => e.text === da.sections[0].quote).length).toBe(1);
  });
});

describe('search', () => {
  it('"arbejdsmiljo" (no ø) finds the mening statement and point about TRIO and MED, highlighting "arbejdsmiljø"', () => {
    const hits = search(daIndex, 'arbejdsmiljo');
    const top = hits.slice(0, 2);
    expect(top.map((h) => h.kind).sort()).toEqual(['point', 'statement']);
    for (const h of top) {
      expect(h.areaId).toBe('mening');
      expect(h.target).toBe('mening');
      expect(h.text).toMatch(/TRIO og MED/);
      expect(marked(h)).toEqual(['arbejdsmiljø']);
    }
    expect(top.map((h) => h.text)).toContain('løbende sikre et godt arbejdsmiljø sammen med TRIO og MED');
    // Also the leader-role paragraph and the glossary, further down.
    expect(hits.some((h) => h.kind === 'leader-role' && h.areaId === 'mening')).toBe(true);
    expect(hits.some((h) => h.kind === 'glossary')).toBe(true);
  });

  it('"arbejdsmiljoe", "ARBEJDSMILJØ" and "arbejdsmiljø" find the same', () => {
    const ids = (q: string) => search(daIndex, q).map((h) => [h.id, h.ranges]);
    expect(ids('arbejdsmiljoe')).toEqual(ids('arbejdsmiljø'));
    expect(ids('ARBEJDSMILJØ')).toEqual(ids('arbejdsmiljø'));
  });

  it('"faellesskab" and "fællesskab" give the same hits; the prefix also finds "fællesskaber"', () => {
    const a = search(daIndex, 'faellesskab');
    const b = search(daIndex, 'fællesskab');
    expect(a.length).toBeGreaterThan(4);
    expect(a).toEqual(b);
    // The four area titles say "fællesskaber"; they rank first, in the framework's order.
    expect(a.slice(0, 4).map((h) => [h.kind, h.areaId])).toEqual(FOCUS_AREA_IDS.map((id) => ['area-title', id]));
    expect(marked(a[0])).toEqual(['fællesskab']);
  });

  it.each([
    ['faelles', 'fælles'],
    ['tvaers', 'tværs'],
    ['sarlig', 'særlig'],
    ['faglighed', 'faglighed'],
    ['Raaderum', 'råderum'],
  ])('"%s" matches "%s"', (query, word) => {
    const hits = search(daIndex, query);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.flatMap(marked).map((m) => m.toLowerCase())).toContain(word);
  });

  it('a query word of 5 letters or more also matches inside compounds; a shorter one only at word starts', () => {
    const hits = search(daIndex, 'miljø');
    expect(hits.flatMap(marked)).toContain('miljø');
    expect(hits.some((h) => h.text.includes('arbejdsmiljø'))).toBe(true);
    // "lede" would be inside "ledelse" at the start, but "ede" (3 letters) is never matched inside a word.
    expect(search(daIndex, 'ede')).toEqual([]);
  });

  it('"borgere" finds hits in several focus areas', () => {
    const areas = new Set(search(daIndex, 'borgere').map((h) => h.areaId).filter(Boolean));
    expect(areas.size).toBeGreaterThanOrEqual(3);
  });

  it('finds the glossary term "TRIO" first', () => {
    const [first] = search(daIndex, 'trio');
    expect(first).toMatchObject({ kind: 'glossary', text: 'TRIO', target: 'ordforklaringer' });
    expect(first.ranges).toEqual([[0, 4]]);
  });

  it('every query word must match (AND); adjacent words are one highlight', () => {
    const hits = search(daIndex, 'godt arbejdsmiljø');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(marked(h)).toContain('godt arbejdsmiljø');
    expect(search(daIndex, 'arbejdsmiljø innovation')).toEqual([]);
  });

  it('ranks titles above points above paragraphs, and is stable', () => {
    const hits = search(daIndex, 'fællesskab');
    const tier = (h: SearchHit) => (h.kind === 'area-title' ? 3 : ['statement', 'point'].includes(h.kind) ? 2 : 1);
    const tiers = hits.filter((h) => h.kind !== 'reflection' && h.kind !== 'glossary' && h.kind !== 'section').map(tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => b - a));
    expect(search(daIndex, 'fællesskab')).toEqual(hits);
  });

  it('limits the number of hits', () => {
    expect(search(daIndex, 'ledelse', 3)).toHaveLength(3);
    expect(search(daIndex, 'ledelse', 0)).toEqual([]);
    expect(search(daIndex, 'ledelse').length).toBeGreaterThan(10);
  });

  it('English: "work environment" finds mening', () => {
    const hits = search(enIndex, 'work environment');
    expect(hits[0].areaId).toBe('mening');
    expect(hits[0].text).toMatch(/working environment together with TRIO and MED/);
    expect(marked(hits[0])).toEqual(['work', 'environment']);
    expect(search(enIndex, 'citizens').length).toBeGreaterThan(5);
  });

  it('empty, blank or punctuation-only queries find nothing', () => {
    for (const q of ['', '   ', '\n\t', '–?!', undefined as unknown as string, 42 as unknown as string]) {
      expect(search(daIndex, q)).toEqual([]);
    }
  });

  const check0 = (ix: ReturnType<typeof tiny>, q: string, expected: string[]) =>
    expect(marked(search(ix, q)[0])).toEqual(expected);

  it('maps ranges back to the original text when æ/ø/å and ae/aa/oe come before the match', () => {
    const ix = tiny('Ærø, Åbyhøj og Maaløv: Søren Kierkegaard mødes i fællesskabet om arbejdsmiljøet');
    // "øe" folds like "oe"; the mark still ends after the ø.
    check0(ix, 'arbejdsmiljoet', ['arbejdsmiljøet']);
    const check = (q: string, expected: string[]) => expect(marked(search(ix, q)[0])).toEqual(expected);
    check('faellesskab', ['fællesskab']);
    check('arbejdsmiljo', ['arbejdsmiljø']);
    check('kierkegard', ['Kierkegaard']);
    check('maalov', ['Maaløv']);
    check('aby', ['Åby']);
    check('soeren modes', ['Søren', 'mødes']);
    // Combining accents stay with their letter.
    const nfd = tiny('Cafe\u0301 mo\u0308de'.normalize('NFD'));
    expect(marked(search(nfd, 'café møde')[0])).toEqual(['Cafe\u0301 mo\u0308de']);
  });

  it('ranges fold to the query word (property)', () => {
    const letter = fc.constantFrom(...'abcdeoøæåÆØÅEOAéü'.split(''), 'aa', 'ae', 'oe', 'e\u0301');
    const word = fc.array(letter, { minLength: 1, maxLength: 8 }).map((l) => l.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.nat(), (words, pick) => {
        const text = words.join(' ');
        const q = words[pick % words.length];
        const hits = search(tiny(text), q);
        const folded = fold(q);
        if (!folded) return;
        // Inflection: a query word of 6+ letters may match without its last letter, of 8+ without its last two.
        const stem = folded.slice(0, folded.length - (folded.length >= 8 ? 2 : folded.length >= 6 ? 1 : 0));
        expect(hits.length).toBeGreaterThan(0);
        for (const h of hits) {
          // Folding depends on context ("aaa" folds as "aa" + "a"), so a range is checked as folding maps it:
          // the folded characters that start inside the range must hold the folded query. (A range may end
          // inside a folded pair on purpose: "arbejdsmiljo" marks the "ø" of "øe" in "arbejdsmiljøet", not the "e".)
          const f = foldWithOffsets(h.text);
          for (const [a, b] of h.ranges) {
            expect(a).toBeGreaterThanOrEqual(0);
            expect(b).toBeLessThanOrEqual(h.text.length);
            const inside = [...f.text].filter((_, i) => f.start[i] >= a && f.start[i] < b).join('');
            expect(inside).toContain(stem);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on random queries, and returns sorted, non-overlapping ranges', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (q) => {
        for (const ix of [daIndex, enIndex]) {
          for (const h of search(ix, q)) {
            for (let i = 0; i < h.ranges.length; i++) {
              const [a, b] = h.ranges[i];
              expect(a).toBeLessThan(b);
              if (i) expect(a).toBeGreaterThan(h.ranges[i - 1][1]);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
    // Short Danish-looking prefixes (typed letter by letter) too.
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abdefgiklmnorstuvæøå '.split('')), maxLength: 12 }), (q) => {
        expect(() => search(daIndex, q)).not.toThrow();
      }),
    );
  });

  it('never throws on malformed frameworks or indexes', () => {
    fc.assert(
      fc.property(fc.anything(), fc.string(), (junk, q) => {
        const ix = buildIndex(junk as Framework);
        expect(Array.isArray(search(ix, q))).toBe(true);
        expect(search(junk as never, q)).toEqual([]);
      }),
      { numRuns: 300 },
    );
    expect(search(null as never, 'x')).toEqual([]);
  });

  it('is fast: building the index and typing queries letter by letter', () => {
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) buildIndex(da);
    const build = (performance.now() - t0) / 10;
    const queries = ['arbejdsmiljø', 'fællesskab', 'borgerne', 'god ledelse', 'tværs af fagligheder'];
    let n = 0;
    const t1 = performance.now();
    for (const q of queries) for (let i = 1; i <= q.length; i++, n++) search(daIndex, q.slice(0, i));
    const query = (performance.now() - t1) / n;
    // Generous bounds for slow CI machines; scripts/bench-search.mjs measures properly.
    expect(build).toBeLessThan(50);
    expect(query).toBeLessThan(10);
  });
});

describe('queryWords', () => {
  it('folds, splits on anything but letters and digits, drops repeats', () => {
    expect(queryWords('  Fælles–SKAB, fællES 2024 ')).toEqual(['falles', 'skab', '2024']);
  });
});

describe('excerpt', () => {
  it('returns short texts whole', () => {
    expect(excerpt('kort tekst', [[0, 4]])).toEqual({ text: 'kort tekst', ranges: [[0, 4]], cutStart: false, cutEnd: false });
  });

  it('cuts long texts at spaces around the first match and shifts the ranges', () => {
    const h = search(daIndex, 'synergien')[0];
    const e = excerpt(h.text, h.ranges, 120);
    expect(e.text.length).toBeLessThanOrEqual(120);
    expect(e.cutStart).toBe(true);
    expect(h.text).toContain(e.text);
    expect(e.ranges.map(([a, b]) => e.text.slice(a, b))).toEqual(['synergien']);
    expect(e.text.startsWith(' ')).toBe(false);
  });
});

describe('foldWithOffsets', () => {
  it('folds like fold and maps each folded character to its original characters', () => {
    const r = foldWithOffsets('Æbleø aa');
    expect(r.text).toBe(fold('Æbleø aa'));
    expect(r.text).toBe('ableo a');
    expect(r.start).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(r.end).toEqual([1, 2, 3, 4, 5, 6, 8]);
  });

  it('equals fold(s) (property)', () => {
    const unit = fc.constantFrom(...'aeoAEOæøåÆØÅ İΣσx-'.split(''), 'e\u0301', 'a\u030a', '😀', 'ǣ');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (s) => {
        const r = foldWithOffsets(s);
        expect(r.text).toBe(fold(s));
        expect(r.start.length).toBe(r.text.length);
        for (let i = 0; i < r.text.length; i++) {
          expect(r.start[i]).toBeLessThan(r.end[i]);
          if (i) expect(r.start[i]).toBeGreaterThanOrEqual(r.start[i - 1]);
        }
      }),
      { numRuns: 500 },
    );
  });
});
