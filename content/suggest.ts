/**
 * Suggests how much a task calls for each focus area, from the words of its title and description.
 *
 * The words to look for are content data (`content/<organisation>/keywords.<lang>.json`), one list
 * per area. An entry is a string:
 *
 * - `borger`        a stem: matches words that start with it ("borgere", "borgernes"); stems of
 *                   5 letters or more also match inside compounds ("medborgerskab").
 * - `^data`         only at the start of a word ("datadrevet", not "kandidatansøgning").
 * - `=lov`          only the whole word ("lov", not "lovet").
 * - `prøve nyt`     a phrase: consecutive words, each starting with its part.
 * - `MED`           a single word with capitals is matched as the whole word, case and all
 *                   ("MED", not "med").
 * - `…:2`           a weight 1–3 after a colon (default 1).
 *
 * Text and keywords are compared lower-cased with accents dropped and æ/ø/å folded together with
 * their spellings ae/oe/aa and a/o/a, so "arbejdsmiljo", "arbejdsmiljoe" and "arbejdsmiljø" are one.
 * Where keywords overlap within a word, the longest match wins ("retningslinjer" is not "retning").
 * Each keyword counts once per text however often it occurs. Pure; never throws.
 */
import { FOCUS_AREA_IDS, type FocusAreaId } from './model';
import { emptyWeights, strongestAreas, type Weight, type Weights } from './task-weights';

/** Keyword lists per area, as in keywords.<lang>.json. Other keys (e.g. "$comment") are ignored. */
export type KeywordLists = { readonly [K in FocusAreaId]?: readonly string[] };

export interface Evidence {
  /** The word(s) as written in the text, e.g. "borgerne". */
  word: string;
  /** The keyword that matched, as written in the list without marks and weight, e.g. "borger". */
  keyword: string;
  weight: number;
}

/**
 * Why an area got its weight: the strongest area; at least half as strong as the strongest; weaker than it; or a
 * single word, which alone never suggests more than "Noget". (So an area that falls when more text is added always
 * says why: another area became stronger.)
 */
export type SuggestionReason = 'strongest' | 'half' | 'weaker' | 'single';

export interface AreaSuggestion {
  /** The sum of the weights of the distinct keywords found. */
  score: number;
  weight: Weight;
  /** Every match, in text order. */
  evidence: Evidence[];
  /** Why this weight (absent without evidence). */
  reason?: SuggestionReason;
}

export interface Suggestion {
  areas: Record<FocusAreaId, AreaSuggestion>;
  weights: Weights;
  /** The areas with the highest score (empty without evidence). */
  strongest: FocusAreaId[];
  /** False when no keyword matched: every weight is 0 and the UI should say it found nothing. */
  hasEvidence: boolean;
}

/** Longer texts are cut to this many characters. */
const MAX_TEXT = 20000;

interface Keyword {
  area: FocusAreaId;
  entry: string;
  parts: string[];
  weight: number;
  mode: '' | '^' | '=';
  /** Case-sensitive: the part as written. */
  exact: boolean;
}

/** Folding, step 1: lower-case, accents off, æ → a, ø → o (å is a + ring, so the ring goes with the accents). */
const foldLetters = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'a')
    .replace(/ø/g, 'o');

/** Folding, step 2: the spellings ae/aa and oe, each pattern applied in turn over the whole string. */
const FOLD_PAIRS: readonly [RegExp, string][] = [
  [/ae|aa/g, 'a'],
  [/oe/g, 'o'],
];

/** Lower-case, accents off, æ/ø/å and ae/oe/aa folded to a/o/a. */
export const fold = (s: string) => FOLD_PAIRS.reduce((t, [re, to]) => t.replace(re, to), foldLetters(s));

/** foldLetters of single characters outside ASCII, as they are met (the first 4096). */
const letterCache = new Map<number, string>();

/**
 * `fold(s)` that also says where each folded character came from: folded character `i` stands for the original
 * characters `start[i]` up to (not including) `end[i]`. So a match at folded `[a, b)` is the original `[start[a], end[b - 1])`.
 * A character that folds away (a combining accent) belongs to the character before it.
 *
 * `text` equals `fold(s)` except where whole-string normalisation would reorder combining marks that folding
 * keeps (outside U+0300–U+036F, e.g. Hebrew points typed out of canonical order).
 */
export function foldWithOffsets(s: string): { text: string; start: number[]; end: number[] } {
  // Lower-case the whole string first, so context rules (a final sigma) apply as in fold. İ is the one character
  // whose lower case is longer (i + a dot that folding drops); as I it folds the same and keeps the offsets.
  const src = s.replace(/\u0130/g, 'I').toLowerCase();
  let chars: string[] = [];
  let start: number[] = [];
  let end: number[] = [];
  for (let i = 0; i < src.length; ) {
    const code = src.codePointAt(i)!;
    if (code < 0x80) {
      // ASCII (already lower-cased) folds to itself.
      chars.push(src[i]);
      start.push(i);
      end.push(++i);
      continue;
    }
    const cp = String.fromCodePoint(code);
    let f = letterCache.get(code);
    if (f === undefined) {
      f = foldLetters(cp);
      if (letterCache.size < 4096) letterCache.set(code, f);
    }
    for (let k = 0; k < f.length; k++) {
      chars.push(f[k]);
      start.push(i);
      end.push(i + cp.length);
    }
    if (!f && end.length) end[end.length - 1] = i + cp.length;
    i += cp.length;
  }
  for (const [re, to] of FOLD_PAIRS) {
    const text = chars.join('');
    if (!text.match(re)) continue;
    const c2: string[] = [];
    const s2: number[] = [];
    const e2: number[] = [];
    let last = 0;
    const copy = (upTo: number) => {
      for (; last < upTo; last++) c2.push(chars[last]), s2.push(start[last]), e2.push(end[last]);
    };
    for (const m of text.matchAll(re)) {
      copy(m.index);
      c2.push(to);
      s2.push(start[m.index]);
      e2.push(end[m.index + m[0].length - 1]);
      last = m.index + m[0].length;
    }
    copy(chars.length);
    chars = c2;
    start = s2;
    end = e2;
  }
  return { text: chars.join(''), start, end };
}

const WORD = /[\p{L}\p{N}]+/gu;
const words = (s: string) => s.match(WORD) ?? [];

const compiled = new WeakMap<object, Keyword[]>();

function compile(lists: KeywordLists): Keyword[] {
  let out = compiled.get(lists);
  if (out) return out;
  out = [];
  for (const area of FOCUS_AREA_IDS) {
    const list = lists[area];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const m = typeof item === 'string' && /^\s*([\^=]?)(.*?)(?::(\d+))?\s*$/.exec(item);
      const weight = Number((m && m[3]) ?? 1);
      if (!m || weight < 1 || weight > 3) continue;
      const raw = words(m[2]);
      const exact = raw.length === 1 && /\p{Lu}/u.test(raw[0]);
      const parts = exact ? raw : raw.map(fold);
      if (!parts.length || parts.some((p) => !p)) continue;
      out.push({ area, entry: m[2].trim(), parts, weight, mode: m[1] as Keyword['mode'], exact });
    }
  }
  compiled.set(lists, out);
  return out;
}

interface Match {
  k: Keyword;
  from: number;
  to: number;
  word: string;
}

/** Suggests weights for a task from its text (title and description together). */
export function suggestWeights(text: string, keywords: KeywordLists): Suggestion {
  const raw = words(typeof text === 'string' ? text.slice(0, MAX_TEXT) : '');
  const folded = raw.map(fold);
  const kws = keywords && typeof keywords === 'object' ? compile(keywords) : [];

  // Candidate matches; positions are token index * 1e5 + character offset in the folded token.
  const found: Match[] = [];
  raw.forEach((_, i) => {
    for (const k of kws) {
      const [p] = k.parts;
      const t = folded[i];
      let at = -1;
      if (k.exact) at = raw[i] === p ? 0 : -1;
      else if (k.parts.length > 1) at = k.parts.every((q, j) => folded[i + j]?.startsWith(q)) ? 0 : -1;
      else if (k.mode === '=') at = t === p ? 0 : -1;
      else if (k.mode === '^' || p.length < 5) at = t.startsWith(p) ? 0 : -1;
      else at = t.indexOf(p);
      if (at < 0) continue;
      const last = i + k.parts.length - 1;
      found.push({
        k,
        from: i * 1e5 + at,
        to: k.parts.length > 1 || k.exact ? last * 1e5 + folded[last].length : i * 1e5 + at + p.length,
        word: raw.slice(i, last + 1).join(' '),
      });
    }
  });

  // The longest match wins where matches overlap.
  const kept: Match[] = [];
  found
    .sort((a, b) => b.to - b.from - (a.to - a.from))
    .forEach((m) => kept.every((n) => m.to <= n.from || n.to <= m.from) && kept.push(m));
  kept.sort((a, b) => a.from - b.from);

  const areas = {} as Record<FocusAreaId, AreaSuggestion>;
  for (const area of FOCUS_AREA_IDS) {
    const mine = kept.filter((m) => m.k.area === area);
    const score = [...new Set(mine.map((m) => m.k))].reduce((s, k) => s + k.weight, 0);
    areas[area] = {
      score,
      weight: 0,
      evidence: mine.map((m) => ({ word: m.word, keyword: m.k.entry, weight: m.k.weight })),
    };
  }

  // Weights relative to the strongest area: it gets 3, areas with at least half its score 2, any other evidence 1;
  // but one keyword alone (however strong) suggests at most 1, "Noget".
  const max = Math.max(...FOCUS_AREA_IDS.map((a) => areas[a].score));
  const weights = emptyWeights();
  for (const a of FOCUS_AREA_IDS) {
    const s = areas[a].score;
    if (!s) continue;
    const single = new Set(areas[a].evidence.map((e) => e.keyword)).size === 1;
    const reason: SuggestionReason = single ? 'single' : s === max ? 'strongest' : s * 2 >= max ? 'half' : 'weaker';
    areas[a].reason = reason;
    weights[a] = areas[a].weight = reason === 'single' || reason === 'weaker' ? 1 : reason === 'half' ? 2 : 3;
  }
  return { areas, weights, strongest: strongestAreas(weights), hasEvidence: max > 0 };
}
