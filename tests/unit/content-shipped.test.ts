/**
 * The shipped framework texts: valid, same shape in every language, and the Danish free of OCR damage.
 */
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import da from '../../content/gentofte/da.json';
import en from '../../content/gentofte/en.json';
import schema from '../../content/framework.schema.json';
import { compareShape, parseFramework } from '../../content/validate';
import { FOCUS_AREA_IDS, REFLECTION_LEVEL_IDS, type Framework } from '../../content/model';
import { getFramework } from '../../content/index';
import { frameworkJsonSchema } from '../../content/json-schema';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const shipped = { da, en } as Record<string, unknown>;

/** Every string value in a JSON value, with its path. */
function strings(value: unknown, path = '$'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Danish words with æ/ø/å lost or misread by the OCR. */
const ocrWords = /\b(pa|sa|bade|ogsa|nar|gor|made|lobende|pd|feelles|fzelles|szer\w*|vaere|kraever|faelles|tvaers|saerlig)\b/i;
/** "samar- bejde": a hyphen left from a line break. Danish suspended hyphens ("klima- og miljømæssigt",
 * "arbejds-, personale-") are fine. */
const lineBreakHyphen = /\p{L}- (?!(?:og|eller)\s)\p{L}|-$/u;

describe('content/framework.schema.json', () => {
  it('is the JSON Schema generated from the valibot schema (npm run schema writes it)', () => {
    const committed = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../content/framework.schema.json'), 'utf8');
    expect(committed).toBe(frameworkJsonSchema());
  });
});

describe.each(Object.keys(shipped))('content/gentofte/%s.json', (lang) => {
  const data = shipped[lang];

  it('passes parseFramework with no errors', () => {
    const result = parseFramework(data);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.framework.lang).toBe(lang);
  });

  it('validates against framework.schema.json', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    validate(data);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('has trimmed strings without doubled spaces', () => {
    for (const [path, s] of strings(data)) {
      expect(s, path).toBe(s.trim());
      expect(s, path).not.toMatch(/ {2}/);
    }
  });

  it('is what getFramework returns', () => {
    expect(getFramework(lang as 'da' | 'en')).toBe(data);
  });
});

describe('languages of Gentofte', () => {
  const daF = da as Framework;
  const enF = en as Framework;

  it('have the same shape and ids', () => {
    expect(compareShape(daF, enF)).toEqual([]);
  });

  it('only the translation has a translation note', () => {
    expect(daF.translationNote).toBeUndefined();
    expect(enF.translationNote).toMatch(/translation/i);
    expect(enF.translationNote).toMatch(/Danish/);
  });

  it('reports a removed point and a changed id with their paths', () => {
    const changed = clone(enF);
    changed.focusAreas[1].points.pop();
    (changed.focusAreas[2] as { id: string }).id = 'meaning';
    changed.reflection[0].parts[0].questions[1].id = 'enkelte-leder.strengths';
    delete changed.symbol;
    expect(compareShape(daF, changed)).toEqual([
      { path: '$.symbol', message: 'present only in the first' },
      { path: '$.focusAreas[1].points', message: 'different lengths: 3 vs 2' },
      { path: '$.focusAreas[2].id', message: 'different ids: "mening" vs "meaning"' },
      {
        path: '$.reflection[0].parts[0].questions[1].id',
        message: 'different ids: "enkelte-leder.styrker" vs "enkelte-leder.strengths"',
      },
    ]);
  });

  it('ignores string contents, lang and translationNote, but not a field added in one language', () => {
    const changed = clone(daF);
    changed.title = 'Something else';
    changed.lang = 'xx';
    changed.focusAreas[0].statements[0] = 'anything';
    expect(compareShape(daF, changed)).toEqual([]);
    changed.focusAreas[0].points = 'not a list' as unknown as string[];
    (changed.sections[1] as { quote?: string }).quote = 'A quote only in one language.';
    expect(compareShape(daF, changed)).toEqual([
      { path: '$.sections[1].quote', message: 'present only in the second' },
      { path: '$.focusAreas[0].points', message: 'different kinds: array vs string' },
    ]);
  });
});

describe('the Danish original (da.json)', () => {
  const f = da as Framework;

  it('has the four focus areas with their stable ids and exact titles', () => {
    expect(f.focusAreas.map((a) => a.id)).toEqual([...FOCUS_AREA_IDS]);
    expect(f.focusAreas.map((a) => a.title)).toEqual([
      'Vi vil lede fagligt kompetente fællesskaber',
      'Vi vil lede innovative fællesskaber, hvor vi skaber sammen',
      'Vi vil lede meningsfulde og rummelige fællesskaber',
      'Vi vil lede fællesskaber præget af sikker drift og ordentlighed',
    ]);
    expect(FOCUS_AREA_IDS).toEqual(['faglighed', 'innovation', 'mening', 'drift']);
  });

  it('gives each focus area 3 statements and 3 points', () => {
    for (const area of f.focusAreas) {
      expect(area.statements, area.id).toHaveLength(3);
      expect(area.points, area.id).toHaveLength(3);
    }
  });

  it('has the four reflection levels in order', () => {
    expect(f.reflection.map((l) => l.id)).toEqual(['enkelte-leder', 'ledergruppe', 'arbejdsfaellesskaber', 'overordnet-leder']);
    expect(f.reflection.map((l) => l.id)).toEqual([...REFLECTION_LEVEL_IDS]);
  });

  it('has no OCR leftovers', () => {
    for (const [path, s] of strings(da)) {
      expect(s, path).not.toMatch(/\| /);
      expect(s, path).not.toMatch(ocrWords);
      expect(s, path).not.toMatch(/ {2}/);
      expect(s, path).not.toMatch(lineBreakHyphen);
      expect(s, path).toBe(s.trim());
    }
  });

  it('the OCR guard itself catches typical damage', () => {
    expect('styrke vores samar- bejde lokalt').toMatch(lineBreakHyphen);
    expect('socialt, klima- og miljømæssigt').not.toMatch(lineBreakHyphen);
    expect('Det kraever, at vi bade lytter').toMatch(ocrWords);
    expect('God ledelse er afgørende for, at vi lykkes').not.toMatch(ocrWords);
  });
});
