/**
 * The reflection journal as data: the individual leader's dated notes on the four focus areas and their
 * answers to the framework's own questions. Pure functions, no DOM, no storage (that is
 * components/reflection-journal/journal-store.ts), no UI words (the element passes them in as `JournalLabels`).
 *
 * An entry holds, for each focus area, where the leader is now on a four-step scale (or not assessed),
 * their strengths and where they need to develop — the framework's questions "Hvor er mine styrker?" and
 * "Hvor har jeg brug for at udvikle mig?" — and free-text answers to the other questions of the levels
 * "Den enkelte leder" and "Leder/overordnet leder".
 *
 * The export file is `{ format: 'ledelsesgrundlag-journal', version: 1, entries: [...] }`. Reading one is
 * all or nothing: `parseJournalImport` returns every entry or none, with the problems as codes (and the
 * entry, field and value they concern) so the element can say them in the person's language.
 */
import { isObject, readEnvelope, recordIssues, shown } from './file-envelope';
import { formatDay, localDate } from './format';
import { escapeMarkdown } from './markdown';
import { getFramework } from './frameworks';
import { FOCUS_AREA_IDS, type FocusAreaId, type Framework, type Language } from './model';
import { TASKS_FORMAT } from './task-file';

export const JOURNAL_FORMAT = 'ledelsesgrundlag-journal';
export const JOURNAL_VERSION = 1;

/** The scale "where am I now?": four steps, shown with words (the element's strings), never only numbers. */
export const SCALE = [0, 1, 2, 3] as const;
export type ScaleLevel = (typeof SCALE)[number];

export interface AreaNote {
  /** Where I am now, 0–3; null: not assessed. */
  level: ScaleLevel | null;
  /** "Hvor er mine styrker?" for this area. */
  strengths: string;
  /** "Hvor har jeg brug for at udvikle mig?" for this area. */
  develop: string;
}
export type AreaNotes = Record<FocusAreaId, AreaNote>;

/** Free-text answers, by question id (see ANSWER_IDS). Empty answers are left out. */
export type Answers = Partial<Record<string, string>>;

export interface JournalEntry {
  id: string;
  /** The day the entry is about: YYYY-MM-DD (the person's local date when it was written). */
  date: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** ISO 8601, UTC. */
  updatedAt: string;
  areas: AreaNotes;
  answers: Answers;
}

/** What the form holds: the content of an entry, and the id and date when an existing entry is edited. */
export interface JournalContent {
  areas: AreaNotes;
  answers: Answers;
}
export interface JournalInput extends Partial<JournalContent> {
  id?: string;
  date?: string;
}

const levelsOf = (id: string) => getFramework('da').reflection.find((r) => r.id === id)!.parts.flatMap((p) => p.questions.map((q) => q.id));

/** The framework's question ids the journal uses. */
export const QUESTION = {
  /** "Hvordan arbejder jeg med de fire fokusområder i min ledelse?" — answered once per entry. */
  overall: 'enkelte-leder.fokusomraader',
  /** "Hvor er mine styrker?" — the label of each area's strengths. */
  strengths: 'enkelte-leder.styrker',
  /** "Hvor har jeg brug for at udvikle mig?" — the label of each area's development. */
  develop: 'enkelte-leder.udvikling',
  /** "Hvor er det særligt vigtigt, at jeg udvikler mig …" — the talk with one's own leader. */
  talk: 'overordnet-leder.udvikling',
} as const;

/** Question ids an entry may answer: those of "Den enkelte leder" and "Leder/overordnet leder". */
export const ANSWER_IDS: readonly string[] = [...levelsOf('enkelte-leder'), ...levelsOf('overordnet-leder')];

/** Longest text of one field (characters). A person's note is far shorter; this stops a runaway import. */
export const MAX_TEXT = 20_000;

// ---------------------------------------------------------------------------------------------
// Small helpers


/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(x: unknown): x is string {
  if (typeof x !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(x)) return false;
  const [y, m, d] = x.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const isTimestamp = (x: unknown): x is string =>
  typeof x === 'string' && /^\d{4}-\d\d-\d\dT/.test(x) && !Number.isNaN(Date.parse(x));

export const isScaleLevel = (x: unknown): x is ScaleLevel => (SCALE as readonly unknown[]).includes(x);

/** Four empty area notes. */
export function emptyAreas(): AreaNotes {
  return Object.fromEntries(FOCUS_AREA_IDS.map((id) => [id, { level: null, strengths: '', develop: '' }])) as AreaNotes;
}

const text = (x: unknown) => (typeof x === 'string' ? x.slice(0, MAX_TEXT) : '');

/** Whatever it is given (a draft from localStorage, a form) as clean content: every area, known answers only. */
export function cleanContent(x: unknown): JournalContent {
  const src = isObject(x) ? x : {};
  const areasIn = isObject(src.areas) ? src.areas : {};
  const areas = emptyAreas();
  for (const id of FOCUS_AREA_IDS) {
    const a = areasIn[id];
    if (!isObject(a)) continue;
    areas[id] = { level: isScaleLevel(a.level) ? a.level : null, strengths: text(a.strengths), develop: text(a.develop) };
  }
  const answersIn = isObject(src.answers) ? src.answers : {};
  const answers: Answers = {};
  for (const q of ANSWER_IDS) {
    const t = text(answersIn[q]);
    if (t) answers[q] = t;
  }
  return { areas, answers };
}

/** True when nothing has been chosen or written (whitespace counts as nothing). */
export function isEmptyContent(c: JournalContent): boolean {
  return (
    FOCUS_AREA_IDS.every((id) => c.areas[id].level === null && !c.areas[id].strengths.trim() && !c.areas[id].develop.trim()) &&
    Object.values(c.answers).every((t) => !t?.trim())
  );
}

/** A new entry from the form's content; `date` defaults to the local date of `now`. */
export function createEntry(input: JournalInput, id: string, now: Date): JournalEntry {
  const at = now.toISOString();
  return {
    id,
    date: isIsoDate(input.date) ? input.date : localDate(now),
    createdAt: at,
    updatedAt: at,
    ...cleanContent(input),
  };
}

/** The entry with new content; its id, date (unless a valid one is given) and createdAt stay. */
export function updateEntry(entry: JournalEntry, input: JournalInput, now: Date): JournalEntry {
  return {
    id: entry.id,
    date: isIsoDate(input.date) ? input.date : entry.date,
    createdAt: entry.createdAt,
    updatedAt: now.toISOString(),
    ...cleanContent(input),
  };
}

/** Same day and same words: what makes two entries duplicates even under different ids. */
export function sameContent(a: JournalEntry, b: JournalEntry): boolean {
  if (a.date !== b.date) return false;
  const x = cleanContent(a);
  const y = cleanContent(b);
  return JSON.stringify([x.areas, sortKeys(x.answers)]) === JSON.stringify([y.areas, sortKeys(y.answers)]);
}
const sortKeys = (o: Answers) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

/** What orders entries: their day, when they were written, their id. */
export type Dated = Pick<JournalEntry, 'id' | 'date' | 'createdAt'>;

/** Two strings in code-unit order (ISO dates and times sort so; no collator, which costs a browser ~15 ms to start). */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Oldest first: by date, then by when they were written, then by id (a stable order). */
export function byDate(a: Dated, b: Dated): number {
  return compare(a.date, b.date) || compare(a.createdAt, b.createdAt) || compare(a.id, b.id);
}

/**
 * An entry as the history's charts see it: its day and its four levels, nothing of what was written. The journal's
 * store keeps one for every entry (a summary written with the entries), so the charts of ten years' notes are drawn
 * without reading the notes.
 */
export type LevelPoint = Dated & { areas: Record<FocusAreaId, { level: ScaleLevel | null }> };

/** A level point as the store keeps it, small: `[date, createdAt, level of each area in FOCUS_AREA_IDS order]`. */
export type PackedPoint = [string, string, ...(ScaleLevel | null)[]];

export function packPoint(e: LevelPoint): PackedPoint {
  return [e.date, e.createdAt, ...FOCUS_AREA_IDS.map((id) => e.areas[id]?.level ?? null)];
}

/** The level point of entry `id` from its packed form; undefined where it is not one. */
export function unpackPoint(id: string, x: unknown): LevelPoint | undefined {
  if (!Array.isArray(x) || x.length !== 2 + FOCUS_AREA_IDS.length) return undefined;
  const [date, createdAt, ...levels] = x as unknown[];
  if (!isIsoDate(date) || typeof createdAt !== 'string' || !levels.every((l) => l === null || isScaleLevel(l))) return undefined;
  const areas = Object.fromEntries(FOCUS_AREA_IDS.map((a, i) => [a, { level: levels[i] }])) as LevelPoint['areas'];
  return { id, date, createdAt, areas };
}

/** One area's level over time, oldest first (entries that did not assess it are left out). */
export function areaSeries(entries: readonly LevelPoint[], area: FocusAreaId): { id: string; date: string; level: ScaleLevel }[] {
  return [...entries]
    .sort(byDate)
    .filter((e) => e.areas[area]?.level != null)
    .map((e) => ({ id: e.id, date: e.date, level: e.areas[area].level as ScaleLevel }));
}

/** Beyond this many points, a chart shows one point a month, a quarter or a year. */
export const CHART_POINTS = 60;

/** The periods a long series is summarised by, shortest first: the key of a YYYY-MM-DD date in each. */
const PERIODS = {
  month: (d: string) => d.slice(0, 7),
  quarter: (d: string) => `${d.slice(0, 4)}-${Math.floor((Number(d.slice(5, 7)) - 1) / 3)}`,
  year: (d: string) => d.slice(0, 4),
} as const;
export type ChartPeriod = keyof typeof PERIODS;

/**
 * A long series as a chart draws it: where it has more than CHART_POINTS points, the last point of each month
 * (where the leader stood at the end of it), or of each quarter or year where months are still too many;
 * otherwise as it is. `period` says which (undefined: every point).
 */
export function chartSeries<P extends { date: string }>(series: readonly P[]): { points: P[]; period?: ChartPeriod } {
  if (series.length <= CHART_POINTS) return { points: [...series] };
  let points: P[] = [...series];
  let period: ChartPeriod = 'month';
  for (period of Object.keys(PERIODS) as ChartPeriod[]) {
    const last = new Map<string, P>();
    for (const p of series) last.set(PERIODS[period](p.date), p);
    points = [...last.values()];
    if (points.length <= CHART_POINTS) break;
  }
  return { points, period };
}

export type LevelChange = 'up' | 'down' | 'same' | 'unknown';

export interface AreaComparison {
  from: ScaleLevel | null;
  to: ScaleLevel | null;
  change: LevelChange;
  strengthsChanged: boolean;
  developChanged: boolean;
}

export interface EntryComparison {
  /** The earlier of the two (by date), then the later. */
  earlier: JournalEntry;
  later: JournalEntry;
  areas: Record<FocusAreaId, AreaComparison>;
  /** Question ids whose answer differs. */
  answersChanged: string[];
}

/** Two entries side by side: the earlier first, and what changed from it to the later one. */
/** An area whose level an entry changed, from the entry before it. */
export interface LevelStep {
  id: FocusAreaId;
  from: ScaleLevel | null;
  to: ScaleLevel | null;
  /** `new`: assessed for the first time (or again, after a note without it). */
  change: 'up' | 'down' | 'new';
}

/** What `entry` changed in the levels since `previous` (every assessed area is new without a previous entry). */
export function levelSteps(previous: JournalEntry | undefined, entry: JournalEntry): LevelStep[] {
  const steps: LevelStep[] = [];
  for (const id of FOCUS_AREA_IDS) {
    const from = previous?.areas[id].level ?? null;
    const to = entry.areas[id].level;
    if (to == null || from === to) continue;
    steps.push({ id, from, to, change: from == null ? 'new' : to > from ? 'up' : 'down' });
  }
  return steps;
}

/**
 * The first words of what an entry says, in the order the form asks (each area's strengths and development, then
 * the answers; between two texts a "·"): at most `words` words, with "…" when there is more; '' when nothing was
 * written. Two notes of one day are told apart by it in the history.
 */
export function firstWords(entry: JournalEntry, words = 12): string {
  const texts = [
    ...FOCUS_AREA_IDS.flatMap((id) => [entry.areas[id].strengths, entry.areas[id].develop]),
    entry.answers[QUESTION.overall],
    entry.answers[QUESTION.talk],
  ];
  const parts: string[] = [];
  let left = words;
  for (const t of texts) {
    const w = t?.trim() ? t.trim().split(/\s+/) : [];
    if (!w.length) continue;
    if (left <= 0) return `${parts.join(' · ')}…`;
    parts.push(w.slice(0, left).join(' '));
    if (w.length > left) return `${parts.join(' · ')}…`;
    left -= w.length;
  }
  return parts.join(' · ');
}

/** True for a YYYY-MM-DD date after `today` (a date in the future cannot be a note's date). */
export const isFutureDate = (date: string, today: Date): boolean => isIsoDate(date) && date > localDate(today);

export function compareEntries(a: JournalEntry, b: JournalEntry): EntryComparison {
  const [earlier, later] = byDate(a, b) <= 0 ? [a, b] : [b, a];
  const areas = {} as Record<FocusAreaId, AreaComparison>;
  for (const id of FOCUS_AREA_IDS) {
    const x = earlier.areas[id];
    const y = later.areas[id];
    const change: LevelChange =
      x.level == null || y.level == null ? 'unknown' : y.level > x.level ? 'up' : y.level < x.level ? 'down' : 'same';
    areas[id] = {
      from: x.level,
      to: y.level,
      change,
      strengthsChanged: x.strengths.trim() !== y.strengths.trim(),
      developChanged: x.develop.trim() !== y.develop.trim(),
    };
  }
  const answersChanged = ANSWER_IDS.filter((q) => (earlier.answers[q] ?? '').trim() !== (later.answers[q] ?? '').trim());
  return { earlier, later, areas, answersChanged };
}

// ---------------------------------------------------------------------------------------------
// Validation, export and import

/** What can be wrong with an import file; the element words each code in the person's language. */
export type JournalIssueCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'tasks-file'
  | 'not-journal'
  | 'version'
  /** Made by a newer version of this package (`value`: its version). */
  | 'newer'
  /** A backup file whose tasks are not valid (the journal cannot import its notes alone). */
  | 'backup-tasks'
  /** A backup file with a damaged team in it (nothing of the file is imported). */
  | 'backup-teams'
  | 'entries-not-list'
  | 'entry-not-object'
  | 'id'
  | 'date'
  | 'timestamp'
  | 'areas'
  | 'area-missing'
  | 'area-unknown'
  | 'area-not-object'
  | 'level'
  | 'text'
  | 'too-long'
  | 'answers'
  | 'question-unknown'
  | 'duplicate-id'
  | 'more';

export interface JournalIssue {
  code: JournalIssueCode;
  /** 1-based number of the entry in the file. */
  entry?: number;
  /** The field concerned, e.g. `createdAt`, `faglighed`, `mening.strengths`, `answers.enkelte-leder.styrker`. */
  field?: string;
  /** The offending value, shortened (or the count for `more`). */
  value?: string;
}


/** Problems of one entry record ([] when it is valid). `entry` is its 1-based number in the file. */
export function entryIssues(x: unknown, entry: number): JournalIssue[] {
  if (!isObject(x)) return [{ code: 'entry-not-object', entry }];
  const out: JournalIssue[] = [];
  const add = (code: JournalIssueCode, field?: string, value?: unknown) =>
    out.push({ code, entry, ...(field ? { field } : {}), ...(value !== undefined ? { value: shown(value) } : {}) });
  if (typeof x.id !== 'string' || !x.id.trim() || x.id.length > 200) add('id', 'id');
  if (!isIsoDate(x.date)) add('date', 'date', x.date);
  for (const k of ['createdAt', 'updatedAt']) if (!isTimestamp(x[k])) add('timestamp', k, x[k]);
  const areas = x.areas;
  if (!isObject(areas)) add('areas', 'areas');
  else {
    for (const id of FOCUS_AREA_IDS) {
      const a = areas[id];
      if (a === undefined) add('area-missing', id);
      else if (!isObject(a)) add('area-not-object', id);
      else {
        if (a.level !== null && !isScaleLevel(a.level)) add('level', `${id}.level`, a.level);
        for (const f of ['strengths', 'develop']) {
          if (typeof a[f] !== 'string') add('text', `${id}.${f}`);
          else if ((a[f] as string).length > MAX_TEXT) add('too-long', `${id}.${f}`);
        }
      }
    }
    for (const k of Object.keys(areas)) if (!(FOCUS_AREA_IDS as readonly string[]).includes(k)) add('area-unknown', k, k);
  }
  const answers = x.answers;
  if (!isObject(answers)) add('answers', 'answers');
  else
    for (const [q, t] of Object.entries(answers)) {
      if (!ANSWER_IDS.includes(q)) add('question-unknown', `answers.${q.slice(0, 60)}`, q);
      else if (typeof t !== 'string') add('text', `answers.${q}`);
      else if (t.length > MAX_TEXT) add('too-long', `answers.${q}`);
    }
  return out;
}

/** A valid record as a clean entry (timestamps in UTC ISO form), or undefined. */
export function toEntry(x: unknown): JournalEntry | undefined {
  if (entryIssues(x, 0).length) return undefined;
  const e = x as JournalEntry;
  return {
    id: e.id,
    date: e.date,
    createdAt: new Date(e.createdAt).toISOString(),
    updatedAt: new Date(e.updatedAt).toISOString(),
    ...cleanContent(e),
  };
}

/** The entries as a JSON file the person can keep, oldest first. Invalid records are left out. */
export function exportJournal(entries: readonly JournalEntry[]): string {
  const valid = (Array.isArray(entries) ? entries : [])
    .map(toEntry)
    .filter((e): e is JournalEntry => !!e)
    .sort(byDate);
  return JSON.stringify({ format: JOURNAL_FORMAT, version: JOURNAL_VERSION, entries: valid }, null, 2) + '\n';
}

export type JournalImport = { ok: true; entries: JournalEntry[] } | { ok: false; issues: JournalIssue[] };

/** Reads an exported file. Either every entry is valid (`ok: true`) or none is returned. Never throws. */
export function parseJournalImport(text: string): JournalImport {
  const bad = (...issues: JournalIssue[]): JournalImport => ({ ok: false, issues });
  const envelope = readEnvelope(text, JOURNAL_FORMAT, JOURNAL_VERSION);
  if (!envelope.ok) {
    const { issue } = envelope;
    if (issue.code === 'foreign') return bad({ code: issue.format === TASKS_FORMAT ? 'tasks-file' : 'not-journal' });
    if (issue.code === 'version') return bad({ code: Number(issue.value) > JOURNAL_VERSION ? 'newer' : 'version', value: issue.value });
    return bad({ code: issue.code });
  }
  return readEntryList(envelope.data.entries);
}

/** A file's list of entries: every one valid, or what is wrong (also used by the backup file). */
export function readEntryList(entries: unknown): JournalImport {
  if (!Array.isArray(entries)) return { ok: false, issues: [{ code: 'entries-not-list' }] };
  const issues = recordIssues<JournalIssue>(entries, {
    issuesOf: entryIssues,
    twice: (entry, value) => ({ code: 'duplicate-id', entry, field: 'id', value }),
    more: (count) => ({ code: 'more', value: String(count) }),
  });
  return issues.length ? { ok: false, issues } : { ok: true, entries: entries.map((x) => toEntry(x)!) };
}

export type ImportStatus = 'new' | 'update' | 'duplicate' | 'older';

export interface ImportPlan {
  /** Every entry of the file, in its order, with what importing will do with it. */
  items: { entry: JournalEntry; status: ImportStatus }[];
  /** What will be written: new entries and newer versions of existing ones. */
  toWrite: JournalEntry[];
}

/**
 * What importing `incoming` into a journal holding `existing` does with each entry:
 *  - `new`: not there yet (it is written);
 *  - `duplicate`: already there — the same id with the same content, or the same content (same day, same
 *    words) under another id, e.g. an entry exported, then imported into another browser and back (skipped);
 *  - `update`: the same id with other content, changed later than the one here (it replaces it);
 *  - `older`: the same id with other content, but the one here is as new or newer (skipped).
 */
export function planImport(existing: readonly JournalEntry[], incoming: readonly JournalEntry[]): ImportPlan {
  const byId = new Map(existing.map((e) => [e.id, e]));
  const known: JournalEntry[] = [...existing];
  const items: ImportPlan['items'] = [];
  for (const entry of incoming) {
    const same = byId.get(entry.id);
    let status: ImportStatus;
    if (same) status = sameContent(same, entry) ? 'duplicate' : entry.updatedAt > same.updatedAt ? 'update' : 'older';
    else status = known.some((k) => sameContent(k, entry)) ? 'duplicate' : 'new';
    if (status === 'new' || status === 'update') {
      known.push(entry);
      byId.set(entry.id, entry);
    }
    items.push({ entry, status });
  }
  return { items, toWrite: items.filter((i) => i.status === 'new' || i.status === 'update').map((i) => i.entry) };
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** The words the Markdown needs, in one language (the element's strings provide them). */
export interface JournalLabels {
  /** The language dates are written in. */
  lang: Language;
  /** "Min refleksion" — the title of a whole-journal export. */
  journalTitle: string;
  /** The line under the title saying where the notes come from and that they are private. */
  journalNote: string;
  /** "Refleksion {date}" */
  entryTitle: (date: string) => string;
  /** "Hvor er jeg nu?" */
  whereNow: string;
  /** The four words of the scale, lowest first. */
  levels: readonly [string, string, string, string];
  /** "Ikke vurderet" */
  notAssessed: string;
  /** "{word} ({n} af 4)" */
  levelText: (word: string, step: number, steps: number) => string;
  /** "(før: {word}, {date})": the level of the entry before, beside the latest one's. */
  before: (word: string, date: string) => string;
  /** What stands for an empty answer, e.g. "–". */
  empty: string;
  /** "Forberedelse til samtalen med min leder" */
  talkTitle: string;
  /** "Spørgsmålet fra ledelsesgrundlaget ({level}):" */
  talkQuestionLead: (levelTitle: string) => string;
  /** "Mit svar" */
  myAnswer: string;
  /** "Hvor jeg står – min seneste refleksion ({date})" */
  latestEntry: (date: string) => string;
  /** "Der er endnu ingen refleksioner i journalen." */
  noEntries: string;
  /** "Mig og gruppen: {date}, {n} svar" — my latest step beside the group's view of our leadership. */
  selfAndGroup: (date: string, people: number) => string;
  /** Column heads: "Fokusområde", "Mig", "Gruppen". */
  areaColumn: string;
  me: string;
  group: string;
}

/** The group's view of our leadership (a revealed round of `<lg-round>`), to put beside my own in the talk sheet. */
export interface GroupView {
  day: string;
  people: number;
  /** Per area, how many chose each step of the journal's scale. */
  counts: Record<FocusAreaId, readonly number[]>;
}

/** What the group chose in one area, in words: "På vej 2 · Godt i gang 1" (steps nobody chose left out). */
export function groupWords(counts: readonly number[], labels: JournalLabels): string {
  const parts = counts.flatMap((n, step) => (n ? [`${labels.levels[step]} ${n}`] : []));
  return parts.length ? parts.join(' · ') : labels.empty;
}

/** My latest step and the group's, per area, as rows: [area title, mine, the group's]. */
export function selfAndGroupRows(latest: JournalEntry | undefined, group: GroupView, fw: Framework, labels: JournalLabels): [string, string, string][] {
  return fw.focusAreas.map((area) => [
    area.title,
    latest ? levelWords(latest.areas[area.id].level, labels) : labels.empty,
    groupWords(group.counts[area.id] ?? [], labels),
  ]);
}

const block = (t: string | undefined, empty: string) => {
  const s = (t ?? '').replace(/\r\n?/g, '\n').trim();
  return s ? escapeMarkdown(s) : empty;
};

/** The words for a scale level. */
export function levelWords(level: ScaleLevel | null | undefined, labels: JournalLabels): string {
  return level == null ? labels.notAssessed : labels.levelText(labels.levels[level], level + 1, SCALE.length);
}

/** The framework's text of the question with this id (the id itself if there is none). */
export const questionText = (fw: Framework, id: string): string =>
  fw.reflection.flatMap((r) => r.parts.flatMap((p) => p.questions)).find((q) => q.id === id)?.text ?? id;

/** The body of one entry: each area, then the answers. Headings start at `level`. */
function entryBody(entry: JournalEntry, fw: Framework, labels: JournalLabels, level: number): string[] {
  const h = '#'.repeat(Math.min(6, level));
  const out: string[] = [];
  for (const area of fw.focusAreas) {
    const note = entry.areas[area.id as FocusAreaId];
    if (!note) continue;
    out.push(
      `${h} ${area.title}`,
      '',
      `**${labels.whereNow}** ${levelWords(note.level, labels)}`,
      '',
      `**${questionText(fw, QUESTION.strengths)}**  `,
      block(note.strengths, labels.empty),
      '',
      `**${questionText(fw, QUESTION.develop)}**  `,
      block(note.develop, labels.empty),
      '',
    );
  }
  for (const q of ANSWER_IDS) {
    const answer = entry.answers[q];
    if (!answer?.trim()) continue;
    out.push(`${h} ${questionText(fw, q)}`, '', block(answer, labels.empty), '');
  }
  return out;
}

/** One entry as Markdown, with its date as the title. */
export function entryMarkdown(entry: JournalEntry, fw: Framework, labels: JournalLabels, level = 1): string {
  const h = '#'.repeat(Math.min(6, level));
  return [`${h} ${labels.entryTitle(formatDay(entry.date, labels.lang))}`, '', ...entryBody(entry, fw, labels, level + 1)].join('\n').trimEnd() + '\n';
}

/** The whole journal as Markdown, newest first. */
export function journalMarkdown(entries: readonly JournalEntry[], fw: Framework, labels: JournalLabels): string {
  const sorted = [...entries].sort(byDate).reverse();
  const parts = [`# ${labels.journalTitle}`, '', labels.journalNote, ''];
  if (!sorted.length) parts.push(labels.noEntries, '');
  for (const e of sorted) parts.push(entryMarkdown(e, fw, labels, 2));
  return parts.join('\n').trimEnd() + '\n';
}

/**
 * What "prepare the talk with my leader" holds: the framework's level (leder/overordnet leder) and question for the
 * talk, the person's answer to it (from the latest entry that has one, else none), the latest entry and the one
 * before it (for what changed), and the latest entry's answer on working with the four areas, unless it is the
 * answer already shown.
 */
export function talkContent(entries: readonly JournalEntry[], fw: Framework) {
  const sorted = [...entries].sort(byDate);
  const answer = [...sorted].reverse().find((e) => e.answers[QUESTION.talk]?.trim())?.answers[QUESTION.talk];
  const latest = sorted.at(-1);
  const overall = latest?.answers[QUESTION.overall]?.trim();
  return {
    level: fw.reflection.find((r) => r.parts.some((p) => p.questions.some((q) => q.id === QUESTION.talk))),
    question: questionText(fw, QUESTION.talk),
    answer,
    latest,
    previous: sorted.at(-2),
    overall: overall && overall !== answer?.trim() ? overall : undefined,
  };
}

/** The latest entry's level in words, with the level before it where it changed: "Godt i gang (3 af 4) (før: …)". */
export function levelSince(latest: JournalEntry, previous: JournalEntry | undefined, id: FocusAreaId, labels: JournalLabels): string {
  const now = levelWords(latest.areas[id].level, labels);
  const before = previous?.areas[id].level;
  return previous && before != null && before !== latest.areas[id].level
    ? `${now} ${labels.before(levelWords(before, labels), formatDay(previous.date, labels.lang))}`
    : now;
}

/** "Prepare the talk with my leader" as Markdown: see `talkContent`. Empty fields are left out. */
export function talkMarkdown(entries: readonly JournalEntry[], fw: Framework, labels: JournalLabels, group?: GroupView): string {
  const { level, question, answer, latest, previous, overall } = talkContent(entries, fw);
  const parts = [
    `# ${labels.talkTitle}`,
    '',
    labels.talkQuestionLead(level?.title ?? ''),
    '',
    `> ${question}`,
    '',
    `**${labels.myAnswer}**  `,
    block(answer, labels.empty),
    '',
  ];
  if (latest) {
    parts.push(`## ${labels.latestEntry(formatDay(latest.date, labels.lang))}`, '');
    for (const area of fw.focusAreas) {
      const note = latest.areas[area.id];
      parts.push(`### ${area.title}`, '', `**${labels.whereNow}** ${levelSince(latest, previous, area.id, labels)}`, '');
      for (const [q, text] of [
        [QUESTION.strengths, note.strengths],
        [QUESTION.develop, note.develop],
      ] as const)
        if (text.trim()) parts.push(`**${questionText(fw, q)}**  `, block(text, labels.empty), '');
    }
    if (overall) parts.push(`### ${questionText(fw, QUESTION.overall)}`, '', block(overall, labels.empty), '');
  } else parts.push(labels.noEntries, '');
  if (group) {
    const cell = (t: string) => escapeMarkdown(t).replace(/\|/g, '\\|');
    parts.push(`## ${labels.selfAndGroup(formatDay(group.day, labels.lang), group.people)}`, '', `| ${labels.areaColumn} | ${labels.me} | ${labels.group} |`, '| --- | --- | --- |');
    for (const row of selfAndGroupRows(latest, group, fw, labels)) parts.push(`| ${row.map(cell).join(' | ')} |`);
    parts.push('');
  }
  return parts.join('\n').trimEnd() + '\n';
}
