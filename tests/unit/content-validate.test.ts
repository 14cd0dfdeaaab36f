/**
 * parseFramework on bad input: specific errors at the right JSON paths, and never a throw.
 */
import { describe, expect, it } from 'vitest';
import da from '../../content/gentofte/da.json';
import { parseFramework, type FrameworkError } from '../../content/validate';
import { parseFramework as fromIndex, compareShape as compareFromIndex } from '../../content/index';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const copy = (): Json => JSON.parse(JSON.stringify(da)) as Json;

function errorsOf(data: unknown): FrameworkError[] {
  const result = parseFramework(data);
  return result.ok ? [] : result.errors;
}

/** Errors of a copy of da.json after `change`. */
function errorsAfter(change: (f: Json) => void): FrameworkError[] {
  const f = copy();
  change(f);
  return errorsOf(f);
}

describe('parseFramework', () => {
  it('is re-exported from content/index.ts', () => {
    expect(fromIndex).toBe(parseFramework);
    expect(typeof compareFromIndex).toBe('function');
  });

  it('accepts da.json and returns the same object', () => {
    const f = copy();
    const result = parseFramework(f);
    expect(result).toEqual({ ok: true, framework: f });
    expect(result.ok && result.framework).toBe(f);
  });

  it('rejects null and a string at the root', () => {
    expect(errorsOf(null)).toEqual([{ path: '$', message: 'expected an object, got null' }]);
    expect(errorsOf('Fælles ledelsesgrundlag')).toEqual([{ path: '$', message: 'expected an object, got string' }]);
    expect(errorsOf([])).toEqual([{ path: '$', message: 'expected an object, got array' }]);
    expect(errorsOf(42)).toEqual([{ path: '$', message: 'expected an object, got number' }]);
  });

  it('lists every missing required field of {}', () => {
    const errors = errorsOf({});
    expect(errors.map((e) => e.path)).toEqual([
      '$.id',
      '$.lang',
      '$.title',
      '$.organisation',
      '$.labels',
      '$.sections',
      '$.focusAreas',
      '$.reflection',
      '$.closing',
      '$.glossary',
    ]);
    expect(new Set(errors.map((e) => e.message))).toEqual(new Set(['missing required field']));
  });

  it('reports a missing title', () => {
    expect(errorsAfter((f) => delete f.title)).toEqual([{ path: '$.title', message: 'missing required field' }]);
  });

  it('reports missing nested fields with their paths', () => {
    expect(
      errorsAfter((f) => {
        delete f.focusAreas[3].leaderRole;
        delete f.reflection[2].parts[1].questions[0].text;
        delete f.glossary.note;
      }),
    ).toEqual([
      { path: '$.focusAreas[3].leaderRole', message: 'missing required field' },
      { path: '$.reflection[2].parts[1].questions[0].text', message: 'missing required field' },
      { path: '$.glossary.note', message: 'missing required field' },
    ]);
  });

  it('accepts the optional fields being absent', () => {
    expect(
      errorsAfter((f) => {
        delete f.$schema;
        delete f.symbol;
        delete f.sections[0].quote;
        delete f.sections[1].subsections;
        delete f.reflection[2].parts[0].title;
      }),
    ).toEqual([]);
  });

  it('reports focusAreas that is not an array, or empty', () => {
    expect(errorsAfter((f) => (f.focusAreas = { faglighed: {} }))).toEqual([
      { path: '$.focusAreas', message: 'expected an array, got object' },
    ]);
    expect(errorsAfter((f) => (f.focusAreas = []))).toEqual([
      { path: '$.focusAreas', message: 'expected at least 1 item' },
    ]);
  });

  it('reports a point that is a number', () => {
    expect(errorsAfter((f) => (f.focusAreas[1].points[2] = 3))).toEqual([
      { path: '$.focusAreas[1].points[2]', message: 'expected a non-empty string, got number' },
    ]);
  });

  it('reports empty and blank strings', () => {
    expect(
      errorsAfter((f) => {
        f.focusAreas[0].statements[1] = '';
        f.sections[1].subsections[0].paragraphs[0] = ' \n\t ';
        f.labels.pointsLead = '';
      }),
    ).toEqual([
      { path: '$.labels.pointsLead', message: 'expected a non-empty string' },
      { path: '$.sections[1].subsections[0].paragraphs[0]', message: 'expected a non-empty string' },
      { path: '$.focusAreas[0].statements[1]', message: 'expected a non-empty string' },
    ]);
  });

  it('reports a bad id', () => {
    expect(errorsAfter((f) => (f.focusAreas[3].id = 'Drift!'))).toEqual([
      {
        path: '$.focusAreas[3].id',
        message: 'unknown focus area id "Drift!" (one of faglighed, innovation, mening, drift)',
      },
    ]);
    expect(errorsAfter((f) => (f.glossary.entries[0].id = 7))).toEqual([
      { path: '$.glossary.entries[0].id', message: 'expected an id string, got number' },
    ]);
    expect(errorsAfter((f) => (f.id = '-gentofte'))).toEqual([
      { path: '$.id', message: 'invalid id "-gentofte" (use a-z, 0-9, "." and "-"; start with a-z or 0-9)' },
    ]);
  });

  it('reports a duplicate focus area id', () => {
    expect(errorsAfter((f) => (f.focusAreas[3].id = 'faglighed'))).toEqual([
      { path: '$.focusAreas[3].id', message: 'duplicate id "faglighed" (first at $.focusAreas[0])' },
    ]);
  });

  it('reports a duplicate question id across levels', () => {
    expect(errorsAfter((f) => (f.reflection[3].parts[0].questions[0].id = 'ledergruppe.krav'))).toEqual([
      {
        path: '$.reflection[3].parts[0].questions[0].id',
        message: 'duplicate id "ledergruppe.krav" (first at $.reflection[1].parts[0].questions[1])',
      },
    ]);
  });

  it('allows equal part ids in different levels, but not within one level', () => {
    // da.json itself uses "spoergsmaal" in three levels.
    expect(errorsAfter((f) => (f.reflection[2].parts[1].id = 'generel'))).toEqual([
      { path: '$.reflection[2].parts[1].id', message: 'duplicate id "generel" (first at $.reflection[2].parts[0])' },
    ]);
  });

  it('reports duplicate level, glossary and section ids (subsections included)', () => {
    expect(
      errorsAfter((f) => {
        f.sections[1].subsections[1].id = 'hvorfor';
        f.reflection[1].id = 'enkelte-leder';
        f.glossary.entries[1].id = 'trio';
      }),
    ).toEqual([
      { path: '$.sections[1].subsections[1].id', message: 'duplicate id "hvorfor" (first at $.sections[0])' },
      { path: '$.reflection[1].id', message: 'duplicate id "enkelte-leder" (first at $.reflection[0])' },
      { path: '$.glossary.entries[1].id', message: 'duplicate id "trio" (first at $.glossary.entries[0])' },
    ]);
  });

  it('reports unknown top-level keys, but allows $schema', () => {
    expect(
      errorsAfter((f) => {
        f.focusAreaz = [];
        f['odd key'] = 1;
      }),
    ).toEqual([
      { path: '$.focusAreaz', message: 'unknown field' },
      { path: '$["odd key"]', message: 'unknown field' },
    ]);
    expect(errorsAfter((f) => (f.$schema = 'https://example.org/other.json'))).toEqual([]);
  });

  it('reports wrong types for optional fields when present', () => {
    expect(
      errorsAfter((f) => {
        f.symbol = null;
        f.translationNote = 1;
        f.sections[0].subsections = 'none';
      }),
    ).toEqual([
      { path: '$.translationNote', message: 'expected a non-empty string, got number' },
      { path: '$.sections[0].subsections', message: 'expected an array, got string' },
      { path: '$.symbol', message: 'expected an object, got null' },
    ]);
  });

  it('does not throw on exotic input', () => {
    const throwing = {};
    Object.defineProperty(throwing, 'id', { enumerable: true, get: () => { throw new Error('boom'); } });
    let deep: Json = { id: 'x', heading: 'x', paragraphs: [] };
    for (let i = 0; i < 100_000; i++) deep = { id: 'x', heading: 'x', paragraphs: [], subsections: [deep] };
    for (const value of [throwing, { ...copy(), sections: [deep] }, Object.create(null), () => 1, Symbol('x'), 10n]) {
      expect(() => parseFramework(value)).not.toThrow();
      expect(parseFramework(value).ok).toBe(false);
    }
  });

  it('never throws for 2000 random JSON-ish values', () => {
    // A tiny seeded PRNG (mulberry32), so a failure can be reproduced.
    let seed = 20240611;
    const rand = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    // Keys of the model, so random objects reach deep into the checks.
    const keys = Object.keys(da).concat(
      ['heading', 'paragraphs', 'quote', 'subsections', 'caption', 'statements', 'points', 'leaderRole', 'parts',
        'questions', 'text', 'term', 'explanation', 'entries', 'note', '__proto__', 'constructor', 'toString', ''],
    );
    const leaves = [null, true, false, 0, -1, 1.5, NaN, '', ' ', 'drift', 'Drift!', 'a.b-c', '\u0000', '$'];
    const randomValue = (depth: number): unknown => {
      const r = rand();
      if (depth > 4 || r < 0.4) return pick(leaves);
      if (r < 0.6) return Array.from({ length: Math.floor(rand() * 5) }, () => randomValue(depth + 1));
      const o: Json = {};
      for (let i = Math.floor(rand() * 6); i > 0; i--) o[pick(keys)] = randomValue(depth + 1);
      return o;
    };
    /** Replace one random node of a copy of da.json with a random value. */
    const mutate = (): unknown => {
      const root = copy();
      let node: Json = root;
      for (let d = 0; d < 6; d++) {
        const ks = Object.keys(node);
        if (!ks.length) break;
        const k = pick(ks);
        if (node[k] && typeof node[k] === 'object' && rand() < 0.7) node = node[k];
        else {
          node[k] = randomValue(2);
          break;
        }
      }
      return root;
    };

    let rejected = 0;
    for (let i = 0; i < 2000; i++) {
      const value = i % 2 ? randomValue(0) : mutate();
      let result: ReturnType<typeof parseFramework> | undefined;
      expect(() => (result = parseFramework(value)), JSON.stringify(value)).not.toThrow();
      if (!result!.ok) {
        rejected++;
        expect(result!.errors.length).toBeGreaterThan(0);
        for (const e of result!.errors) {
          expect(e.path).toMatch(/^\$/);
          expect(e.message).toMatch(/\S/);
        }
      }
    }
    expect(rejected).toBeGreaterThan(1000);
  });
});
