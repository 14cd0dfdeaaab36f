/**
 * Validation of framework data from outside the bundle (the shipped JSON is checked by the unit tests): the valibot
 * schema of ./schema.ts, and beyond it that ids are unique where the elements look things up by id. Every problem is
 * reported with its JSON path; nothing here throws.
 */
import * as v from 'valibot';
import { FrameworkSchema, kindOf as kind, type Framework } from './schema';

/** One problem found in framework data. `path` is a JSON path, e.g. `$.focusAreas[2].points[0]`. */
export interface FrameworkError {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; framework: Framework } | { ok: false; errors: FrameworkError[] };

type Obj = Record<string, unknown>;

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const isObj = (x: unknown): x is Obj => kind(x) === 'object';
const at = (path: string, key: string | number | symbol) =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)
      ? `${path}.${key}`
      : `${path}[${JSON.stringify(String(key))}]`;

/** The list at `key` of `o`, when it is one. */
const listAt = (o: unknown, key: string): unknown[] => (isObj(o) && Array.isArray(o[key]) ? o[key] : []);

/**
 * The ids that must be unique: focus areas, levels, parts within a level, question ids across the whole framework,
 * glossary entries, and section ids including subsections. Reads what is there, whatever its shape.
 */
function duplicateIds(data: unknown): FrameworkError[] {
  const errors: FrameworkError[] = [];
  const unique = (items: unknown[], path: string, seen = new Map<string, string>()) => {
    items.forEach((x, i) => {
      if (!isObj(x) || typeof x.id !== 'string') return;
      const first = seen.get(x.id);
      if (first) errors.push({ path: at(at(path, i), 'id'), message: `duplicate id ${JSON.stringify(x.id)} (first at ${first})` });
      else seen.set(x.id, at(path, i));
    });
    return seen;
  };
  const sectionIds = new Map<string, string>();
  const sections = (items: unknown[], path: string) => {
    unique(items, path, sectionIds);
    items.forEach((x, i) => sections(listAt(x, 'subsections'), at(at(path, i), 'subsections')));
  };
  sections(listAt(data, 'sections'), '$.sections');
  unique(listAt(data, 'focusAreas'), '$.focusAreas');
  const questionIds = new Map<string, string>();
  const levels = listAt(data, 'reflection');
  unique(levels, '$.reflection');
  levels.forEach((level, i) => {
    const parts = listAt(level, 'parts');
    const partsPath = at(at('$.reflection', i), 'parts');
    unique(parts, partsPath);
    parts.forEach((part, j) => unique(listAt(part, 'questions'), at(at(partsPath, j), 'questions'), questionIds));
  });
  unique(listAt(isObj(data) ? data.glossary : undefined, 'entries'), '$.glossary.entries');
  return errors;
}

/**
 * Checks unknown data against the framework schema. Never throws.
 * On success the returned framework is the given object itself (not a copy).
 */
export function parseFramework(data: unknown): ParseResult {
  let errors: FrameworkError[];
  try {
    const result = v.safeParse(FrameworkSchema, data);
    errors = (result.issues ?? []).map((issue) => ({
      path: (issue.path ?? []).reduce((p, item) => at(p, item.key as string | number), '$'),
      message: issue.message,
    }));
    errors.push(...duplicateIds(data));
  } catch {
    // Only exotic input gets here (throwing getters, proxies, very deep nesting).
    errors = [{ path: '$', message: 'could not be read (not plain JSON data, or nested too deeply)' }];
  }
  return errors.length ? { ok: false, errors } : { ok: true, framework: data as Framework };
}

/** Top-level fields that legitimately differ between the languages of one organisation. */
const PER_LANGUAGE = new Set(['lang', 'translationNote', '$schema']);

/**
 * Where two languages of one organisation differ in shape: different ids, different list lengths,
 * a field present in one but not the other, a different kind of value. String contents are ignored,
 * except for `id` fields, which must be equal. Paths are reported against `a` ("first") and `b` ("second").
 */
export function compareShape(a: Framework, b: Framework): FrameworkError[] {
  const out: FrameworkError[] = [];
  const walk = (x: unknown, y: unknown, p: string): void => {
    if (kind(x) !== kind(y)) return void out.push({ path: p, message: `different kinds: ${kind(x)} vs ${kind(y)}` });
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) out.push({ path: p, message: `different lengths: ${x.length} vs ${y.length}` });
      for (let i = 0; i < Math.min(x.length, y.length); i++) walk(x[i], y[i], at(p, i));
    } else if (isObj(x) && isObj(y)) {
      for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
        if (p === '$' && PER_LANGUAGE.has(k)) continue;
        const q = at(p, k);
        if (!has(y, k)) out.push({ path: q, message: 'present only in the first' });
        else if (!has(x, k)) out.push({ path: q, message: 'present only in the second' });
        else if (k === 'id' && x[k] !== y[k])
          out.push({ path: q, message: `different ids: ${JSON.stringify(x[k])} vs ${JSON.stringify(y[k])}` });
        else walk(x[k], y[k], q);
      }
    }
  };
  walk(a, b, '$');
  return out;
}
