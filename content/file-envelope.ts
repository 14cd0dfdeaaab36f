/**
 * The outside of every file this package reads back (saved tasks, reflections): a JSON object
 * `{ format, version, … }`, at most 5 MB, with or without a byte-order mark. One reader for all of them, so that each
 * importer only checks its own records. It returns what is wrong as a code, never a parser's own text; the elements
 * word the codes in the person's language. Never throws. Pure, no DOM.
 */

/** The largest file any import reads (characters). */
export const MAX_FILE_CHARS = 5_000_000;

export type EnvelopeIssue =
  | { code: 'empty' }
  | { code: 'too-large' }
  | { code: 'not-json' }
  /** Another kind of file; `format` is its format marker when it has one (e.g. the other tool's). */
  | { code: 'foreign'; format?: string }
  /** The right kind, of a version this reader does not know; `value` is the version shown (JSON). */
  | { code: 'version'; value?: string };

export type Envelope = { ok: true; data: Record<string, unknown> } | { ok: false; issue: EnvelopeIssue };

export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A value as the person may see it in a message: JSON, shortened. */
export function shown(x: unknown): string {
  const s = typeof x === 'string' ? JSON.stringify(x.slice(0, 40)) : JSON.stringify(x);
  return s === undefined ? 'undefined' : s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** A file's text as JSON: the value, or why it cannot be read. */
function readJson(text: unknown): { ok: true; data: unknown } | { ok: false; issue: EnvelopeIssue } {
  if (typeof text !== 'string' || !text.trim()) return { ok: false, issue: { code: 'empty' } };
  if (text.length > MAX_FILE_CHARS) return { ok: false, issue: { code: 'too-large' } };
  try {
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false, issue: { code: 'not-json' } };
  }
}

/** The format marker of a file's text (`format` of its JSON object), without judging the rest; else undefined. */
export function formatMarker(text: unknown): string | undefined {
  const json = readJson(text);
  return json.ok && isObject(json.data) && typeof json.data.format === 'string' ? json.data.format : undefined;
}

/** Reads a file's text as an envelope of `format` at `version`. */
export function readEnvelope(text: unknown, format: string, version: number): Envelope {
  const bad = (issue: EnvelopeIssue): Envelope => ({ ok: false, issue });
  const json = readJson(text);
  if (!json.ok) return json;
  const { data } = json;
  if (!isObject(data) || data.format !== format)
    return bad(isObject(data) && typeof data.format === 'string' ? { code: 'foreign', format: data.format } : { code: 'foreign' });
  // no version at all: no value, so that the message says it is missing (not "version undefined")
  if (data.version !== version) return bad({ code: 'version', ...(data.version === undefined ? {} : { value: shown(data.version) }) });
  return { ok: true, data };
}

/** At most this many issues of a file's records are listed; the rest are counted in one last issue. */
export const MAX_RECORD_ISSUES = 20;

export interface RecordChecks<I> {
  /** What is wrong with one record; `n` is its 1-based number in the file. */
  issuesOf: (record: unknown, n: number) => I[];
  /** The record numbered `n` uses an id an earlier one used (`id` as shown). */
  twice: (n: number, id: string) => I;
  /** `count` issues more than were listed. */
  more: (count: number) => I;
}

/** Every issue of a file's records, and every id used twice, capped at MAX_RECORD_ISSUES. */
export function recordIssues<I>(records: readonly unknown[], checks: RecordChecks<I>): I[] {
  const issues: I[] = [];
  const ids = new Set<string>();
  records.forEach((x, i) => {
    issues.push(...checks.issuesOf(x, i + 1));
    const id = isObject(x) ? x.id : undefined;
    if (typeof id === 'string' && id) {
      if (ids.has(id)) issues.push(checks.twice(i + 1, shown(id)));
      ids.add(id);
    }
  });
  if (issues.length > MAX_RECORD_ISSUES) issues.splice(MAX_RECORD_ISSUES, Infinity, checks.more(issues.length - MAX_RECORD_ISSUES));
  return issues;
}
