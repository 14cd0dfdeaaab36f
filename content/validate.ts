/**
 * Validation of framework data from outside the bundle (the shipped JSON is checked by the unit tests).
 *
 * Hand-written and dependency-free on purpose: it ships in the browser bundle. The checks are built
 * from a few generic combinators (string, id, list, object) rather than one function per field.
 * `framework.schema.json` describes the same shape for editors; keep the two in step.
 */
import type { Framework } from './model';

/** One problem found in framework data. `path` is a JSON path, e.g. `$.focusAreas[2].points[0]`. */
export interface FrameworkError {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; framework: Framework } | { ok: false; errors: FrameworkError[] };

type Check = (value: unknown, path: string) => void;
type Obj = Record<string, unknown>;

const ID = /^[a-z0-9][a-z0-9.-]*$/;
const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const isObj = (v: unknown): v is Obj => kind(v) === 'object';
const at = (path: string, key: string | number) =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key)
      ? `${path}.${key}`
      : `${path}[${JSON.stringify(key)}]`;

/**
 * Checks unknown data against the framework model. Never throws.
 * On success the returned framework is the given object itself (not a copy).
 */
export function parseFramework(data: unknown): ParseResult {
  const errors: FrameworkError[] = [];
  const fail = (path: string, message: string) => void errors.push({ path, message });

  const text: Check = (v, p) => {
    if (typeof v !== 'string') fail(p, `expected a non-empty string, got ${kind(v)}`);
    else if (!v.trim()) fail(p, 'expected a non-empty string');
  };
  const id: Check = (v, p) => {
    if (typeof v !== 'string') fail(p, `expected an id string, got ${kind(v)}`);
    else if (!ID.test(v)) fail(p, `invalid id ${JSON.stringify(v)} (use a-z, 0-9, "." and "-"; start with a-z or 0-9)`);
  };

  /** A list; `ids` (a fresh or shared map) makes the items' `id` fields unique within it. */
  const list =
    (item: Check, opts: { min?: number; ids?: Map<string, string> | true } = {}): Check =>
    (v, p) => {
      if (!Array.isArray(v)) return fail(p, `expected an array, got ${kind(v)}`);
      if (v.length < (opts.min ?? 0)) fail(p, `expected at least ${opts.min} item${opts.min === 1 ? '' : 's'}`);
      const seen = opts.ids === true ? new Map<string, string>() : opts.ids;
      v.forEach((x, i) => {
        const ip = at(p, i);
        item(x, ip);
        if (!seen || !isObj(x) || !has(x, 'id') || typeof x.id !== 'string') return;
        const first = seen.get(x.id);
        if (first) fail(at(ip, 'id'), `duplicate id ${JSON.stringify(x.id)} (first at ${first})`);
        else seen.set(x.id, ip);
      });
    };

  /** An object with the given fields; keys ending in "?" are optional. `strict` rejects unknown keys. */
  const object =
    (shape: Record<string, Check>, strict = false): Check =>
    (v, p) => {
      if (!isObj(v)) return fail(p, `expected an object, got ${kind(v)}`);
      const known = new Set<string>();
      for (const spec in shape) {
        const optional = spec.endsWith('?');
        const key = optional ? spec.slice(0, -1) : spec;
        known.add(key);
        if (has(v, key) && v[key] !== undefined) shape[spec](v[key], at(p, key));
        else if (!optional) fail(at(p, key), 'missing required field');
      }
      if (strict) for (const key of Object.keys(v)) if (!known.has(key)) fail(at(p, key), 'unknown field');
    };

  const texts = list(text);
  const sectionIds = new Map<string, string>();
  const section: Check = (v, p) => sectionShape(v, p);
  const sectionShape = object({ id, heading: text, paragraphs: texts, 'quote?': text, 'subsections?': list(section, { ids: sectionIds }) });
  const question = object({ id, text });
  const questionIds = new Map<string, string>();

  const framework = object(
    {
      '$schema?': text,
      id,
      lang: text,
      title: text,
      organisation: text,
      'translationNote?': text,
      labels: object({ focusAreasLead: text, statementsHeading: text, pointsLead: text }),
      sections: list(section, { ids: sectionIds }),
      'symbol?': object({ caption: text }),
      focusAreas: list(object({ id, title: text, statements: texts, points: texts, leaderRole: texts }), { min: 1, ids: true }),
      reflection: list(
        object({
          id,
          title: text,
          parts: list(object({ id, 'title?': text, questions: list(question, { min: 1, ids: questionIds }) }), {
            min: 1,
            ids: true,
          }),
        }),
        { ids: true },
      ),
      closing: texts,
      glossary: object({ heading: text, note: text, entries: list(object({ id, term: text, explanation: text }), { ids: true }) }),
    },
    true,
  );

  try {
    framework(data, '$');
  } catch {
    // Only exotic input gets here (throwing getters, proxies, very deep nesting).
    fail('$', 'could not be read (not plain JSON data, or nested too deeply)');
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
