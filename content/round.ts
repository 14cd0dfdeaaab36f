/**
 * A round (`<lg-round>`): the facilitator's record of it, the answers it takes, and the group's picture when it is
 * revealed. Pure functions; the element keeps the record in IndexedDB (store `rounds`).
 *
 * The picture is made of counts only: for each area, how many chose each step. It is the same for any order of the
 * same answers and keeps nothing of their order: while a round is open its answer codes are kept sorted (they
 * start with random answer ids), and once it is revealed only the counts are kept.
 */
import { FOCUS_AREA_IDS, REFLECTION_LEVEL_IDS, type FocusAreaId, type ReflectionLevelId } from './model';
import { canonicalAnswer, parseAnswerCode, type CodeProblem, type RoundRef, type RoundTopic } from './round-code';

/** How many answers at least before the picture may be shown (the threshold may be raised, never lowered). */
export const MIN_ANSWERS = 3;
const STEPS: readonly number[] = [0, 1, 2, 3];

/** Per area, how many chose each step (index 0–3). */
export type Counts = Record<FocusAreaId, [number, number, number, number]>;

export interface RoundRecord {
  /** The round's five symbols (./round-code). */
  id: string;
  topic: RoundTopic;
  /** For a task round: the task, as the facilitator named it. */
  task: string;
  /** The reflection questions shown with the picture. */
  level: ReflectionLevelId;
  /** Answers needed before the picture may be shown: MIN_ANSWERS or more. */
  threshold: number;
  /** The day the round was started (YYYY-MM-DD): no finer time. */
  day: string;
  /** While open: the answer codes taken, canonical and sorted. Emptied when revealed. */
  answers: string[];
  /** Counts typed in by hand (a room without devices), per area. */
  byHand: Counts;
  /** People counted by hand (the counts of one area may be fewer: someone did not answer it). */
  byHandPeople: number;
  /** Once revealed: the group's counts, all that is kept. */
  revealed?: { counts: Counts; people: number };
}

export const emptyCounts = (): Counts => Object.fromEntries(FOCUS_AREA_IDS.map((id) => [id, [0, 0, 0, 0]])) as unknown as Counts;

export function newRoundRecord(round: RoundRef, task: string, level: ReflectionLevelId, threshold: number, day: string): RoundRecord {
  return {
    id: round.id,
    topic: round.topic,
    task: round.topic === 'task' ? task.trim().slice(0, 200) : '',
    level,
    threshold: Math.max(MIN_ANSWERS, Math.floor(threshold) || MIN_ANSWERS),
    day,
    answers: [],
    byHand: emptyCounts(),
    byHandPeople: 0,
  };
}

/** Why an answer code was not taken. */
export type AnswerProblem = CodeProblem | 'other-round' | 'duplicate' | 'closed';

/** Takes an answer code into an open round: the new record, or why not. */
export function addAnswer(record: RoundRecord, text: string): { ok: true; record: RoundRecord } | { ok: false; problem: AnswerProblem } {
  if (record.revealed) return { ok: false, problem: 'closed' };
  const parsed = parseAnswerCode(text);
  if (!parsed.ok) return parsed;
  if (parsed.value.round !== record.id) return { ok: false, problem: 'other-round' };
  const code = canonicalAnswer(text)!;
  if (record.answers.includes(code)) return { ok: false, problem: 'duplicate' };
  return { ok: true, record: { ...record, answers: [...record.answers, code].sort() } };
}

/** Adds counts typed in by hand: `people` persons, and per area how many chose each step (at most `people`). */
export function addByHand(record: RoundRecord, people: number, counts: Counts): { ok: true; record: RoundRecord } | { ok: false; problem: 'closed' | 'hand-counts' } {
  if (record.revealed) return { ok: false, problem: 'closed' };
  const whole = (n: number) => Number.isInteger(n) && n >= 0 && n <= 1000;
  const fits = FOCUS_AREA_IDS.every((id) => counts[id].every(whole) && counts[id].reduce((a, b) => a + b, 0) <= people);
  if (!whole(people) || people === 0 || !fits) return { ok: false, problem: 'hand-counts' };
  const byHand = Object.fromEntries(FOCUS_AREA_IDS.map((id) => [id, record.byHand[id].map((n, i) => n + counts[id][i])])) as Counts;
  return { ok: true, record: { ...record, byHand, byHandPeople: record.byHandPeople + people } };
}

/** How many people have answered (codes and by hand). */
export const people = (record: RoundRecord): number => record.revealed?.people ?? record.answers.length + record.byHandPeople;

/** Whether the picture may be shown now. */
export const canReveal = (record: RoundRecord): boolean => !record.revealed && people(record) >= Math.max(MIN_ANSWERS, record.threshold);

/** The counts of every answer taken so far: codes and by hand. */
export function countAnswers(record: RoundRecord): Counts {
  if (record.revealed) return record.revealed.counts;
  const counts = Object.fromEntries(FOCUS_AREA_IDS.map((id) => [id, [...record.byHand[id]]])) as Counts;
  for (const code of record.answers) {
    const parsed = parseAnswerCode(code);
    if (!parsed.ok) continue;
    for (const id of FOCUS_AREA_IDS) {
      const v = parsed.value.values[id];
      if (v !== null) counts[id][v]++;
    }
  }
  return counts;
}

/** Shows the picture: keeps the counts, forgets the codes. Refused below the threshold. */
export function reveal(record: RoundRecord): RoundRecord | undefined {
  if (!canReveal(record)) return undefined;
  return { ...record, answers: [], byHand: emptyCounts(), byHandPeople: 0, revealed: { counts: countAnswers(record), people: people(record) } };
}

export interface AreaPicture {
  id: FocusAreaId;
  counts: [number, number, number, number];
  /** How many answered this area. */
  answered: number;
  /** The average step, or null when nobody answered the area. */
  mean: number | null;
  /** The standard deviation of the steps: 0 when all agree, 1.5 at most (half at 0, half at 3). */
  spread: number;
}

export interface GroupPicture {
  people: number;
  areas: AreaPicture[];
  /** The area where the group disagrees most (the largest spread; the framework's order breaks a tie), if any. */
  disputed?: FocusAreaId;
}

/** The group's picture from its counts. */
export function picture(counts: Counts, people: number): GroupPicture {
  const areas = FOCUS_AREA_IDS.map((id): AreaPicture => {
    const c = counts[id];
    const answered = c.reduce((a, b) => a + b, 0);
    const mean = answered ? STEPS.reduce((sum, s) => sum + s * c[s], 0) / answered : null;
    const spread = mean === null ? 0 : Math.sqrt(STEPS.reduce((sum, s) => sum + c[s] * (s - mean) ** 2, 0) / answered);
    return { id, counts: [...c], answered, mean, spread: Math.round(spread * 100) / 100 };
  });
  const top = areas.reduce((best, a) => (a.spread > best.spread ? a : best), areas[0]);
  return { people, areas, disputed: top.spread > 0 ? top.id : undefined };
}

/** The picture of a record: its revealed counts, or what it holds so far. */
export const pictureOf = (record: RoundRecord): GroupPicture => picture(countAnswers(record), people(record));

/** A record read from storage, cleaned, or undefined. */
export function toRoundRecord(x: unknown): RoundRecord | undefined {
  if (!x || typeof x !== 'object') return undefined;
  const r = x as Partial<RoundRecord>;
  const counts = (c: unknown): Counts | undefined => {
    if (!c || typeof c !== 'object') return undefined;
    const out = emptyCounts();
    for (const id of FOCUS_AREA_IDS) {
      const v = (c as Record<string, unknown>)[id];
      if (!Array.isArray(v) || v.length !== 4 || !v.every((n) => Number.isInteger(n) && n >= 0)) return undefined;
      out[id] = [...v] as Counts[FocusAreaId];
    }
    return out;
  };
  if (typeof r.id !== 'string' || !/^[0-9A-HJKMNP-TV-Z]{5}$/.test(r.id)) return undefined;
  if (r.topic !== 'task' && r.topic !== 'leadership') return undefined;
  if (typeof r.day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(r.day)) return undefined;
  const byHand = counts(r.byHand ?? emptyCounts());
  if (!byHand) return undefined;
  const revealedCounts = r.revealed ? counts(r.revealed.counts) : undefined;
  if (r.revealed && (!revealedCounts || !Number.isInteger(r.revealed.people))) return undefined;
  const answers = Array.isArray(r.answers) ? r.answers.map((a) => (typeof a === 'string' ? canonicalAnswer(a) : undefined)) : [];
  return {
    id: r.id,
    topic: r.topic,
    task: typeof r.task === 'string' ? r.task.slice(0, 200) : '',
    level: REFLECTION_LEVEL_IDS.includes(r.level as ReflectionLevelId) ? (r.level as ReflectionLevelId) : 'ledergruppe',
    threshold: Math.max(MIN_ANSWERS, Number.isInteger(r.threshold) ? r.threshold! : MIN_ANSWERS),
    day: r.day,
    answers: [...new Set(answers.filter((a): a is string => !!a && a.slice(1, 6) === r.id))].sort(),
    byHand,
    byHandPeople: Number.isInteger(r.byHandPeople) && r.byHandPeople! >= 0 ? r.byHandPeople! : 0,
    ...(r.revealed ? { revealed: { counts: revealedCounts!, people: r.revealed.people } } : {}),
  };
}
