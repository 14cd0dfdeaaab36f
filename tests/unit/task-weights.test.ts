import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  emptyWeights,
  formatWeights,
  hasAnyWeight,
  parseWeights,
  strongestAreas,
  type Weight,
  type Weights,
} from '../../content/task-weights';
import { FOCUS_AREA_IDS } from '../../content/model';

const weight = fc.constantFrom<Weight>(0, 1, 2, 3);
const weights: fc.Arbitrary<Weights> = fc.record({
  faglighed: weight,
  innovation: weight,
  mening: weight,
  drift: weight,
});

describe('parseWeights / formatWeights', () => {
  it('round-trips every combination', () => {
    for (const f of [0, 1, 2, 3] as Weight[])
      for (const i of [0, 1, 2, 3] as Weight[])
        for (const m of [0, 1, 2, 3] as Weight[])
          for (const d of [0, 1, 2, 3] as Weight[]) {
            const w: Weights = { faglighed: f, innovation: i, mening: m, drift: d };
            expect(parseWeights(formatWeights(w))).toEqual({ weights: w, problems: [] });
          }
  });

  it('formats in canonical order with all four areas', () => {
    expect(formatWeights({ drift: 0, mening: 1, innovation: 3, faglighed: 2 })).toBe(
      'faglighed=2&innovation=3&mening=1&drift=0',
    );
    expect(formatWeights(emptyWeights())).toBe('faglighed=0&innovation=0&mening=0&drift=0');
  });

  it('accepts a leading ? or #, any order, and missing areas as 0', () => {
    const w = { faglighed: 0, innovation: 3, mening: 0, drift: 1 };
    expect(parseWeights('?drift=1&innovation=3')).toEqual({ weights: w, problems: [] });
    expect(parseWeights('#innovation=3&drift=1')).toEqual({ weights: w, problems: [] });
    expect(parseWeights(' innovation=3&drift=1& ')).toEqual({ weights: w, problems: [] });
    expect(parseWeights('Innovation=3&DRIFT=%31')).toEqual({ weights: w, problems: [] });
  });

  it('treats empty input as all 0 without problems', () => {
    for (const v of ['', '?', '#', '&&', null, undefined]) {
      expect(parseWeights(v)).toEqual({ weights: emptyWeights(), problems: [] });
    }
  });

  const cases: [string, string, Partial<Weights>][] = [
    ['faglighed=2&colour=blue', 'unknown key "colour"', { faglighed: 2 }],
    ['faglighed=4&mening=1', 'faglighed: "4" is out of range 0–3', { mening: 1 }],
    ['faglighed=-1', 'faglighed: "-1" is out of range 0–3', {}],
    ['drift=1.5', 'drift: "1.5" is not an integer 0–3', {}],
    ['drift=two&mening=2', 'drift: "two" is not an integer 0–3', { mening: 2 }],
    ['drift=', 'drift: "" is not an integer 0–3', {}],
    ['innovation&drift=3', 'no "=" in "innovation"', { drift: 3 }],
    ['mening=1&mening=3', 'mening: repeated, "3" ignored', { mening: 1 }],
    ['mening=x&mening=3', 'mening: "x" is not an integer 0–3', { mening: 3 }],
    ['=2', 'unknown key ""', {}],
    ['faglighed=%E0%A4%A', 'faglighed: "%E0%A4%A" is not an integer 0–3', {}],
    ['a-very-long-unknown-key-that-goes-on=1', 'unknown key "a-very-long-unknown-key-…"', {}],
  ];
  it.each(cases)('%s → %s, keeping what is valid', (input, problem, kept) => {
    const r = parseWeights(input);
    expect(r.problems).toEqual([problem]);
    expect(r.weights).toEqual({ ...emptyWeights(), ...kept });
  });

  it('keeps the first valid value of a repeated area (like URLSearchParams.get)', () => {
    expect(parseWeights('drift=2&drift=0&drift=3').weights.drift).toBe(2);
    expect(new URLSearchParams('drift=2&drift=0').get('drift')).toBe('2');
  });

  it('caps the list of problems', () => {
    const r = parseWeights(Array.from({ length: 50 }, (_, i) => `k${i}=1`).join('&'));
    expect(r.problems).toHaveLength(11);
    expect(r.problems.at(-1)).toBe('… and 40 more');
  });

  it('does not throw on values that are not strings', () => {
    for (const v of [42, {}, [], Symbol('x'), () => 1] as unknown as string[]) {
      expect(parseWeights(v)).toEqual({ weights: emptyWeights(), problems: [] });
    }
    for (const v of [null, undefined, 42, {}, { faglighed: 9, drift: '2', mening: 2 }] as unknown as Weights[]) {
      expect(() => formatWeights(v)).not.toThrow();
      expect(formatWeights(v)).toMatch(/^faglighed=[0-3]&innovation=[0-3]&mening=[0-3]&drift=[0-3]$/);
    }
    expect(formatWeights({ faglighed: 9, drift: '2', mening: 2 } as unknown as Weights)).toBe(
      'faglighed=0&innovation=0&mening=2&drift=0',
    );
  });
});

describe('properties', () => {
  const fragment = fc.oneof(
    fc.tuple(fc.constantFrom(...FOCUS_AREA_IDS, 'x', '', 'Drift', ' mening'), fc.constantFrom('0', '1', '2', '3', '4', '-1', '1.0', '', 'a', '%', '%33', '+2'))
      .map(([k, v]) => `${k}=${v}`),
    fc.string({ maxLength: 8 }),
    fc.constantFrom('=', '&', '?', '#', '==', '%', '%zz', '\u0000', '😀'),
  );
  const inputs = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.array(fragment, { maxLength: 12 }).map((a) => a.join('&')),
    fc.array(fragment, { maxLength: 12 }).map((a) => '?' + a.join('')),
  );

  it('never throws, always yields four integer weights 0–3, and formats stably', () => {
    fc.assert(
      fc.property(inputs, (s) => {
        const { weights: w, problems } = parseWeights(s);
        expect(Object.keys(w).sort()).toEqual([...FOCUS_AREA_IDS].sort());
        for (const id of FOCUS_AREA_IDS) expect([0, 1, 2, 3]).toContain(w[id]);
        expect(problems.length).toBeLessThanOrEqual(11);
        for (const p of problems) expect(typeof p).toBe('string');
        const once = formatWeights(w);
        expect(formatWeights(parseWeights(once).weights)).toBe(once);
        expect(parseWeights(once).problems).toEqual([]);
      }),
      { numRuns: 5000 },
    );
  });

  it('round-trips any weights', () => {
    fc.assert(
      fc.property(weights, (w) => {
        expect(parseWeights(formatWeights(w)).weights).toEqual(w);
      }),
      { numRuns: 500 },
    );
  });

  it('strongestAreas: non-empty exactly when some weight is above 0, all at the maximum', () => {
    fc.assert(
      fc.property(weights, (w) => {
        const top = strongestAreas(w);
        expect(top.length > 0).toBe(hasAnyWeight(w));
        const max = Math.max(...Object.values(w));
        for (const id of FOCUS_AREA_IDS) expect(top.includes(id)).toBe(max > 0 && w[id] === max);
        expect(top).toEqual(FOCUS_AREA_IDS.filter((id) => top.includes(id)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('hasAnyWeight / strongestAreas', () => {
  it('works on examples', () => {
    expect(hasAnyWeight(emptyWeights())).toBe(false);
    expect(strongestAreas(emptyWeights())).toEqual([]);
    expect(hasAnyWeight({ ...emptyWeights(), drift: 1 })).toBe(true);
    expect(strongestAreas({ faglighed: 2, innovation: 3, mening: 1, drift: 3 })).toEqual(['innovation', 'drift']);
    expect(strongestAreas({ faglighed: 1, innovation: 0, mening: 1, drift: 0 })).toEqual(['faglighed', 'mening']);
    expect(strongestAreas(null as unknown as Weights)).toEqual([]);
  });
});
