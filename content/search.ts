/**
 * Full-text search over one framework's text, for the quick lookup (`<lg-search>`).
 *
 * `buildIndex` lists every text of the framework – section headings and paragraphs (with subsections and the pull
 * quote), the symbol's caption, each focus area's title, statements, points and leader-role paragraphs, the
 * reflection levels, parts and questions, the closing text and the glossary – each with the id of the part that
 * shows it (what `<lg-framework>` takes as a URL fragment) and a label naming its area or section.
 *
 * `search` matches like this:
 * - Case, accents and the Danish letters do not matter: text and query are folded with `fold` (content/suggest.ts),
 *   so "arbejdsmiljo", "arbejdsmiljoe" and "arbejdsmiljø", "faellesskab" and "fællesskab", "tvaers" and "tværs" are one.
 * - Each query word must match the start of a word in the text ("fællesskab" finds "fællesskaber"); a query word
 *   of 5 letters or more also matches inside a word ("miljø" finds "arbejdsmiljø"). Inflected endings: a query word
 *   of 6 letters or more may also lose its last letter, of 8 or more its last two, at the start of a word
 *   ("borgere" finds "borgerne", "medarbejderne" finds "medarbejdere"), ranked below a full match.
 * - Every query word must match (AND).
 * - Ranking: titles, headings and glossary terms first, then statements, points and questions, then paragraphs;
 *   within that, whole words before word starts before matches inside words, more matches first, earlier first,
 *   then the framework's own order.
 * - Each hit has the ranges to highlight, as offsets in the original (unfolded) text; words of the query that
 *   stand next to each other in the text are one range.
 *
 * Pure, no DOM; never throws.
 */
import type { FocusAreaId, Framework } from './model';
import { fold, foldWithOffsets, type KeywordLists } from './suggest';

export type SearchKind =
  | 'section'
  | 'area-title'
  | 'statement'
  | 'point'
  | 'leader-role'
  | 'reflection'
  | 'closing'
  | 'glossary'
  | 'symbol';

/** One searchable text and where it is. */
export interface SearchEntry {
  /** Unique within the index and stable across languages, e.g. "mening.points.2", "glossary.trio.term". */
  id: string;
  kind: SearchKind;
  /** The text, exactly as in the framework. */
  text: string;
  /**
   * The id of the part to open (a URL fragment `<lg-framework>` understands): a section id (hvorfor, hvordan,
   * sammen, kontekst), `fokusomraader` (the symbol), an area id, `refleksion`, `om` or `ordforklaringer`.
   */
  target: string;
  /** The focus area the text belongs to. */
  areaId?: FocusAreaId;
  /** The reflection level the text belongs to. */
  levelId?: string;
  /** Which area or section the text belongs to: the area's title, the section's heading, the level's title, … */
  label: string;
}

/** A start (inclusive) and end (exclusive) offset in an entry's original text. */
export type Range = [start: number, end: number];

export interface SearchHit extends SearchEntry {
  /** What to highlight, in order, not overlapping. */
  ranges: Range[];
  /** Higher is better; only for ordering. */
  score: number;
  /**
   * Found through a related word, not the query's own: the word the text has (e.g. "økonomisk" for the query
   * "budget", which the text does not have). Absent on an exact hit.
   */
  related?: string;
}

/** Labels for the parts whose heading is not in the framework's text (the element's own words). */
export interface IndexLabels {
  /** Label of the symbol's caption (default: the framework's title). */
  areas?: string;
  /** Label of the closing text (default: the framework's title). */
  about?: string;
}

interface Prepared {
  entry: SearchEntry;
  tier: number;
  order: number;
  folded: string;
  start: number[];
  end: number[];
  /** Per offset in `folded` (and one past its end): 1 where a word starts, 2 where a word ends. */
  bounds: Uint8Array;
}

export interface SearchIndex {
  readonly lang: string;
  readonly entries: readonly SearchEntry[];
  /** @internal */
  readonly prepared: readonly Prepared[];
}

/** Ranking tiers: titles and terms, then short items, then running text. */
const TIER: Record<SearchKind, number> = {
  section: 1,
  'area-title': 3,
  statement: 2,
  point: 2,
  'leader-role': 1,
  reflection: 2,
  closing: 1,
  glossary: 1,
  symbol: 1,
};

const WORD = /[\p{L}\p{N}]+/gu;
/** Query words shorter than this match only at the start of a word. */
const INNER_MIN = 5;
/** Longer queries are cut; more words are ignored. */
const MAX_QUERY = 200;
const MAX_WORDS = 12;

const arr = <T>(v: T[] | undefined | null): T[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Builds the search index of a framework (every text, in reading order). */
export function buildIndex(framework: Framework, labels: IndexLabels = {}): SearchIndex {
  const fw = (framework ?? {}) as Partial<Framework>;
  const title = str(fw.title);
  const out: { entry: SearchEntry; tier: number }[] = [];
  const add = (entry: SearchEntry, tier = TIER[entry.kind]) => {
    if (!entry.text || typeof entry.text !== 'string') return;
    // The same text twice in one place (a pull quote repeating its paragraph) is one entry.
    if (out.some((o) => o.entry.target === entry.target && o.entry.text === entry.text)) return;
    out.push({ entry, tier });
  };

  const section = (s: Framework['sections'][number]) => {
    if (!s) return;
    const id = str(s.id);
    const base = { kind: 'section' as const, target: id, label: str(s.heading) };
    add({ ...base, id: `${id}.heading`, text: s.heading }, 3);
    arr(s.paragraphs).forEach((text, i) => add({ ...base, id: `${id}.${i}`, text }));
    add({ ...base, id: `${id}.quote`, text: s.quote! });
    arr(s.subsections).forEach(section);
  };
  arr(fw.sections).forEach(section);

  add({ id: 'symbol', kind: 'symbol', text: fw.symbol?.caption as string, target: 'fokusomraader', label: str(labels?.areas) || title });

  for (const a of arr(fw.focusAreas)) {
    if (!a) continue;
    const id = str(a.id);
    const base = { target: id, areaId: id as FocusAreaId, label: str(a.title) };
    add({ ...base, id: `${id}.title`, kind: 'area-title', text: a.title });
    arr(a.statements).forEach((text, i) => add({ ...base, id: `${id}.statements.${i}`, kind: 'statement', text }));
    arr(a.points).forEach((text, i) => add({ ...base, id: `${id}.points.${i}`, kind: 'point', text }));
    arr(a.leaderRole).forEach((text, i) => add({ ...base, id: `${id}.leader-role.${i}`, kind: 'leader-role', text }));
  }

  for (const level of arr(fw.reflection)) {
    if (!level) continue;
    const id = str(level.id);
    const base = { kind: 'reflection' as const, target: 'refleksion', levelId: id, label: str(level.title) };
    add({ ...base, id: `${id}.title`, text: level.title }, 3);
    for (const part of arr(level.parts)) {
      if (!part) continue;
      add({ ...base, id: `${id}.${str(part.id)}.title`, text: part.title! }, 3);
      for (const q of arr(part.questions)) if (q) add({ ...base, id: str(q.id), text: q.text });
    }
  }

  arr(fw.closing).forEach((text, i) =>
    add({ id: `closing.${i}`, kind: 'closing', text, target: 'om', label: str(labels?.about) || title }),
  );

  const glossary = fw.glossary;
  for (const g of arr(glossary?.entries)) {
    if (!g) continue;
    const base = { kind: 'glossary' as const, target: 'ordforklaringer' };
    const id = str(g.id);
    add({ ...base, id: `glossary.${id}.term`, text: g.term, label: str(glossary?.heading) || str(g.term) }, 3);
    add({ ...base, id: `glossary.${id}.explanation`, text: g.explanation, label: str(g.term) });
  }

  const prepared = out.map(({ entry, tier }, order): Prepared => {
    const { text: folded, start, end } = foldWithOffsets(entry.text);
    const bounds = new Uint8Array(folded.length + 1);
    for (const m of folded.matchAll(WORD)) {
      bounds[m.index] |= 1;
      bounds[m.index + m[0].length] |= 2;
    }
    return { entry, tier, order, folded, start, end, bounds };
  });
  return { lang: str(fw.lang), entries: prepared.map((p) => p.entry), prepared };
}

/** A query word and, for long words, the word with the last one or two letters off (an inflection's ending). */
const variants = (q: string) => (q.length >= 8 ? [q, q.slice(0, -1), q.slice(0, -2)] : q.length >= 6 ? [q, q.slice(0, -1)] : [q]);

/** The query's words, folded, without repeats (at most 12 words of a query cut to 200 characters). */
export function queryWords(query: string): string[] {
  if (typeof query !== 'string') return [];
  const words = fold(query.slice(0, MAX_QUERY)).match(WORD) ?? [];
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/**
 * The entries that contain every word of the query, best first (at most `limit`, default all).
 * An empty or blank query, or one without letters or digits, finds nothing.
 */
export function search(index: SearchIndex, query: string, limit = Infinity): SearchHit[] {
  const words = queryWords(query);
  const prepared = index && Array.isArray(index.prepared) ? index.prepared : [];
  if (!words.length || !prepared.length) return [];
  const max = typeof limit === 'number' && limit >= 0 ? Math.floor(limit) : Infinity;
  if (!max) return [];

  const hits: { hit: SearchHit; quality: number; count: number; first: number; p: Prepared }[] = [];
  for (const p of prepared) {
    const found: Range[] = [];
    let quality = 0;
    let ok = true;
    for (const q of words) {
      let best = 0;
      const starts = new Set<number>();
      for (const v of variants(q)) {
        const short = v.length < q.length;
        const inner = !short && v.length >= INNER_MIN;
        // v is letters and digits only, so each occurrence lies inside one word of the text.
        for (let at = p.folded.indexOf(v); at >= 0; at = p.folded.indexOf(v, at + 1)) {
          // 3: the whole word, 2: the start of a word, 1: inside a word (long words) or the start with an ending off.
          const how = p.bounds[at] & 1 ? (short ? 1 : p.bounds[at + v.length] & 2 ? 3 : 2) : inner ? 1 : 0;
          if (!how || starts.has(at)) continue;
          starts.add(at);
          found.push([at, at + v.length]);
          best = Math.max(best, how);
        }
      }
      if (!best) {
        ok = false;
        break;
      }
      quality += best;
    }
    if (!ok) continue;
    const first = Math.min(...found.map((r) => r[0]));
    hits.push({
      hit: { ...p.entry, ranges: toOriginal(p, found), score: 0 },
      quality,
      count: Math.min(found.length, 10),
      first,
      p,
    });
  }

  for (const h of hits) {
    // One number that orders as described above (tier, quality, count, earliness); the order breaks ties.
    // Earliness counts in steps of 40 characters, so the titles of the four areas keep the framework's order.
    h.hit.score = h.p.tier * 1e6 + h.quality * 1e4 + h.count * 1e2 + 10 - Math.min(10, Math.floor(h.first / 40));
  }
  hits.sort((a, b) => b.hit.score - a.hit.score || a.p.order - b.p.order);
  return hits.slice(0, max).map((h) => h.hit);
}

/** A keyword of the suggester's lists as plain folded letters (without its `^`, `=` and `:weight` marks). */
const plainKeyword = (k: string) => fold(k.replace(/^[\^=]/, '').replace(/:\d+$/, ''));

/**
 * Hits through related words: a query word that is (the start of) one of an area's keywords in the suggester's word
 * lists (content/gentofte/keywords.*.json: "budget" is one of drift's) finds that area's texts that have another of
 * its keywords ("økonomi" finds "økonomisk"), each marked `related` with the word found, best first, none that
 * `exact` already has. The lists are the suggester's, so search and suggestion agree on what belongs to an area.
 */
export function relatedHits(index: SearchIndex, query: string, keywords: KeywordLists, exact: readonly SearchHit[] = [], limit = 8): SearchHit[] {
  const words = queryWords(query);
  if (!words.length || words.some((w) => w.length < 4) || !keywords || typeof keywords !== 'object') return [];
  const seen = new Set(exact.map((h) => h.id));
  const found: { hit: SearchHit; weight: number; distance: number }[] = [];
  const touches = (k: string) => words.some((w) => k.startsWith(w) || w.startsWith(k));
  for (const [area, list] of Object.entries(keywords) as [FocusAreaId, readonly string[]][]) {
    if (!Array.isArray(list)) continue;
    // a keyword's weight is its ":n" (1 without), as the suggester reads it
    // a keyword's weight is its ":n" (1 without), as the suggester reads it; its place in the list says what it is
    // near ("budget" stands by "besparelse" and "økonomi")
    const plain = list
      .map((k, at) => ({ k: plainKeyword(k), weight: Number(/:(\d+)$/.exec(k)?.[1] ?? 1), at }))
      .filter(({ k }) => k.length >= 4);
    // every word of the query must be one of the area's keywords (as every word must match in a search)
    if (!words.every((w) => plain.some(({ k }) => k.startsWith(w) || w.startsWith(k)))) continue;
    const near = Math.min(...plain.filter(({ k }) => touches(k)).map(({ at }) => at));
    // strongest, then nearest, first: a text is found through the best keyword it has
    plain.sort((a, b) => b.weight - a.weight || Math.abs(a.at - near) - Math.abs(b.at - near));
    for (const { k, weight, at } of plain) {
      if (touches(k)) continue;
      for (const hit of search(index, k)) {
        if (hit.areaId !== area || seen.has(hit.id)) continue;
        seen.add(hit.id);
        found.push({ hit: { ...hit, related: hit.text.slice(hit.ranges[0][0], hit.ranges[0][1]) }, weight, distance: Math.abs(at - near) });
      }
    }
  }
  // the area's strongest keywords first, of those the nearest the query's (budget → økonomi), then as search ranks
  return found
    .sort((a, b) => b.weight - a.weight || a.distance - b.distance || b.hit.score - a.hit.score)
    .slice(0, limit)
    .map((f) => f.hit);
}

/**
 * Where the folded character `i` ends in the original. Folding reads "øe" as one "o" (as it reads "oe"): a match that
 * ends there ends after the ø, so "arbejdsmiljo" marks "arbejdsmiljø" in "arbejdsmiljøet", not "arbejdsmiljøe".
 */
function endOf(p: Prepared, i: number): number {
  const a = p.start[i];
  const b = p.end[i];
  const first = p.entry.text.codePointAt(a)!;
  const len = first > 0xffff ? 2 : 1;
  const rest = p.entry.text.slice(a + len, b);
  return rest && first > 0x7f && fold(String.fromCodePoint(first)) === p.folded[i] && fold(rest) ? a + len : b;
}

/** Folded ranges → original ranges, sorted, merged where they overlap or only white space lies between them. */
function toOriginal(p: Prepared, found: Range[]): Range[] {
  const ranges = found
    .map(([a, b]): Range => [p.start[a], endOf(p, b - 1)])
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && (r[0] <= last[1] || !p.entry.text.slice(last[1], r[0]).trim())) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** A piece of a hit's text to show, with its highlight ranges relative to `text`. */
export interface Excerpt {
  text: string;
  ranges: Range[];
  /** True when text was cut at the start / at the end (show an ellipsis). */
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * At most about `max` characters of `text` around the first range, cut at word boundaries, with the ranges
 * that fall inside it (clipped). Short texts are returned whole.
 */
export function excerpt(text: string, ranges: readonly Range[], max = 160): Excerpt {
  const t = str(text);
  const rs = Array.isArray(ranges) ? ranges : [];
  if (t.length <= max) return { text: t, ranges: rs.map((r): Range => [r[0], r[1]]), cutStart: false, cutEnd: false };
  const focus = rs.length ? rs[0][0] : 0;
  let from = Math.max(0, Math.min(focus - Math.floor(max / 3), t.length - max));
  if (from > 0) {
    const space = t.indexOf(' ', from);
    from = space >= 0 && space < focus ? space + 1 : from;
  }
  let to = Math.min(t.length, from + max);
  if (to < t.length) {
    const space = t.lastIndexOf(' ', to);
    to = space > from && space > (rs[0]?.[1] ?? 0) ? space : to;
  }
  const inside = rs
    .filter((r) => r[1] > from && r[0] < to)
    .map((r): Range => [Math.max(r[0], from) - from, Math.min(r[1], to) - from]);
  return { text: t.slice(from, to), ranges: inside, cutStart: from > 0, cutEnd: to < t.length };
}
