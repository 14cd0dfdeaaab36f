/**
 * A round (`<lg-round>`): the facilitator's record of it, the answers it takes, and the group's picture when it is
 * revealed. Pure functions; the element keeps the record in IndexedDB (store `rounds`).
 *
 * The picture is made of counts only: for each area, how many chose each step. It is the same for any order of the
 * same answers and keeps nothing of their order: while a round is open its answer codes are kept sorted (they
 * start with random answer ids), and once it is revealed only the counts are kept. No area is shown with fewer real
 * answers than the threshold (three at least): such an area's counts are not kept at all (`withheld`).
 *
 * Two tabs on one round agree (`mergeRounds`): its answers only grow (codes and hand counts are sets, united), and a
 * reveal is final (a revealed round never takes answers back).
 */
import { FOCUS_AREA_IDS, REFLECTION_LEVEL_IDS, type FocusAreaId, type ReflectionLevelId } from './model';
import { answerCode, canonicalAnswer, findAnswerCodes, normalize, parseAnswerCode, valuesOfV1, type CodeProblem, type RoundRef, type RoundTopic, type RoundValues } from './round-code';

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
  /** While open: counts typed in by hand (a room without devices), each time with an id of its own. Emptied when revealed. */
  hands: HandCount[];
  /** Once revealed: the group's counts, all that is kept; an area with too few answers is withheld (its counts 0). */
  revealed?: { counts: Counts; people: number; withheld: FocusAreaId[] };
}

/** Counts typed in by hand once: `people` persons, and per area how many chose each step. */
export interface HandCount {
  id: string;
  people: number;
  counts: Counts;
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
    hands: [],
  };
}

/** Why an answer code was not taken. */
export type AnswerProblem = CodeProblem | 'no-codes' | 'duplicate' | 'closed';

/** What a text added to a round: how many codes were new, already there, not codes of this round, or version 1. */
export interface Added {
  added: number;
  already: number;
  notCodes: number;
  old: number;
}

/**
 * Takes the answer codes in `text` into an open round: one code typed, or many pasted at once (a meeting chat
 * copied whole: any text around them, each code once). Where the text holds no code, or one piece that is not a
 * code, the problem with it is said instead (a typing mistake, another round, an old code, …).
 */
export function addAnswers(record: RoundRecord, text: string): { ok: true; record: RoundRecord; added: Added } | { ok: false; problem: AnswerProblem } {
  if (record.revealed) return { ok: false, problem: 'closed' };
  const found = findAnswerCodes(text, record.id);
  if (!found.codes.length && found.notCodes + found.old <= 1) {
    // one code, or one piece that is not one: what is wrong with it; a longer text without any: no codes in it
    const parsed = parseAnswerCode(text, record.id);
    if (!parsed.ok) return { ok: false, problem: !found.notCodes && !found.old && normalize(text).length > 15 ? 'no-codes' : parsed.problem };
    found.codes.push(answerCode(parsed.value));
  }
  const fresh = found.codes.filter((c) => !record.answers.includes(c));
  if (!fresh.length && found.codes.length === 1 && !found.notCodes && !found.old) return { ok: false, problem: 'duplicate' };
  const added = { added: fresh.length, already: found.codes.length - fresh.length, notCodes: found.notCodes, old: found.old };
  return { ok: true, record: { ...record, answers: [...record.answers, ...fresh].sort() }, added };
}

/** The values of an answer kept in `record`: a version 2 code, or a version 1 code kept from before. */
const valuesOf = (record: Pick<RoundRecord, 'id'>, code: string): RoundValues | undefined => {
  const parsed = parseAnswerCode(code, record.id);
  return parsed.ok ? parsed.value.values : valuesOfV1(code, record.id);
};

const total = (c: readonly number[]) => c.reduce((a, b) => a + b, 0);

/**
 * Adds counts typed in by hand (as `id`): `people` persons, and per area how many chose each step. They must add up:
 * in a task round every person weighs every area (each area's counts make `people`); on our leadership someone may
 * not answer an area ("ved ikke"), so an area's counts make `people` at most.
 */
export function addByHand(record: RoundRecord, people: number, counts: Counts, id: string): { ok: true; record: RoundRecord } | { ok: false; problem: 'closed' | 'hand-counts' } {
  if (record.revealed) return { ok: false, problem: 'closed' };
  const whole = (n: number) => Number.isInteger(n) && n >= 0 && n <= 1000;
  const addsUp = (c: readonly number[]) => (record.topic === 'task' ? total(c) === people : total(c) <= people);
  const fits = FOCUS_AREA_IDS.every((area) => counts[area].every(whole) && addsUp(counts[area]));
  if (!whole(people) || people === 0 || !fits) return { ok: false, problem: 'hand-counts' };
  const hand: HandCount = { id, people, counts: structuredClone(counts) };
  return { ok: true, record: { ...record, hands: [...record.hands.filter((h) => h.id !== id), hand] } };
}

/** How many people have answered (codes and by hand). */
export const people = (record: RoundRecord): number =>
  record.revealed?.people ?? record.answers.length + record.hands.reduce((n, h) => n + h.people, 0);

/** The answers needed: the round's threshold, and never fewer than MIN_ANSWERS. */
export const needed = (record: Pick<RoundRecord, 'threshold'>): number => Math.max(MIN_ANSWERS, record.threshold);

/** Whether the picture may be shown now. */
export const canReveal = (record: RoundRecord): boolean => !record.revealed && people(record) >= needed(record);

/** The counts of every answer taken so far: codes and by hand. */
export function countAnswers(record: RoundRecord): Counts {
  if (record.revealed) return record.revealed.counts;
  const counts = emptyCounts();
  for (const hand of record.hands) for (const id of FOCUS_AREA_IDS) hand.counts[id].forEach((n, step) => (counts[id][step] += n));
  for (const code of record.answers) {
    const values = valuesOf(record, code);
    if (!values) continue;
    for (const id of FOCUS_AREA_IDS) {
      const v = values[id];
      if (v !== null) counts[id][v]++;
    }
  }
  return counts;
}

/**
 * Shows the picture: keeps the counts, forgets the codes. Refused below the threshold; an area that fewer than the
 * threshold answered is withheld: its counts are not kept (they could tell one person's answer).
 */
export function reveal(record: RoundRecord): RoundRecord | undefined {
  if (!canReveal(record)) return undefined;
  const counts = countAnswers(record);
  const withheld = FOCUS_AREA_IDS.filter((id) => total(counts[id]) < needed(record));
  for (const id of withheld) counts[id] = [0, 0, 0, 0];
  return { ...record, answers: [], hands: [], revealed: { counts, people: people(record), withheld } };
}

/**
 * One round as two tabs (or a tab and the store) hold it, made one: a revealed round stays as it was revealed (the
 * stored one first); otherwise the answer codes and the hand counts of both, united. Commutative where neither is
 * revealed, idempotent, and nothing either took is lost.
 */
export function mergeRounds(stored: RoundRecord, incoming: RoundRecord): RoundRecord {
  if (stored.revealed) return stored;
  if (incoming.revealed) return incoming;
  const hands = new Map([...stored.hands, ...incoming.hands].map((h) => [h.id, h]));
  return {
    ...stored,
    answers: [...new Set([...stored.answers, ...incoming.answers])].sort(),
    hands: [...hands.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

export interface AreaPicture {
  id: FocusAreaId;
  counts: [number, number, number, number];
  /** How many answered this area. */
  answered: number;
  /** The average step, or null when nobody answered the area (or it is withheld). */
  mean: number | null;
  /** Fewer than the threshold answered the area: nothing of it is shown. */
  withheld: boolean;
  /** The standard deviation of the steps: 0 when all agree, 1.5 at most (half at 0, half at 3). */
  spread: number;
}

export interface GroupPicture {
  people: number;
  areas: AreaPicture[];
  /** The area where the group disagrees most (the largest spread; the framework's order breaks a tie), if any. */
  disputed?: FocusAreaId;
}

/** The group's picture from its counts (the areas `withheld` shown as such). */
export function picture(counts: Counts, people: number, withheld: readonly FocusAreaId[] = []): GroupPicture {
  const areas = FOCUS_AREA_IDS.map((id): AreaPicture => {
    const c = counts[id];
    const answered = c.reduce((a, b) => a + b, 0);
    const mean = answered ? STEPS.reduce((sum, s) => sum + s * c[s], 0) / answered : null;
    const spread = mean === null ? 0 : Math.sqrt(STEPS.reduce((sum, s) => sum + c[s] * (s - mean) ** 2, 0) / answered);
    return { id, counts: [...c], answered, mean, spread: Math.round(spread * 100) / 100, withheld: withheld.includes(id) };
  });
  const top = areas.reduce((best, a) => (a.spread > best.spread ? a : best), areas[0]);
  return { people, areas, disputed: top.spread > 0 ? top.id : undefined };
}

/** The picture of a record: its revealed counts, or what it holds so far. */
export const pictureOf = (record: RoundRecord): GroupPicture => picture(countAnswers(record), people(record), record.revealed?.withheld);

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
  const hands = handsOf(r, counts);
  if (!hands) return undefined;
  const revealedCounts = r.revealed ? counts(r.revealed.counts) : undefined;
  if (r.revealed && (!revealedCounts || !Number.isInteger(r.revealed.people))) return undefined;
  const withheld = FOCUS_AREA_IDS.filter((id) => Array.isArray(r.revealed?.withheld) && r.revealed.withheld.includes(id));
  // version 2 codes in their canonical form; version 1 codes of this round (kept from before) as they are
  const answers = Array.isArray(r.answers)
    ? r.answers.map((a) => (typeof a !== 'string' ? undefined : (canonicalAnswer(a, r.id as string) ?? (valuesOfV1(a, r.id as string) ? a : undefined))))
    : [];
  return {
    id: r.id,
    topic: r.topic,
    task: typeof r.task === 'string' ? r.task.slice(0, 200) : '',
    level: REFLECTION_LEVEL_IDS.includes(r.level as ReflectionLevelId) ? (r.level as ReflectionLevelId) : 'ledergruppe',
    threshold: Math.max(MIN_ANSWERS, Number.isInteger(r.threshold) ? r.threshold! : MIN_ANSWERS),
    day: r.day,
    answers: [...new Set(answers.filter((a): a is string => !!a))].sort(),
    hands,
    ...(r.revealed ? { revealed: { counts: revealedCounts!, people: r.revealed.people, withheld } } : {}),
  };
}

/** The hand counts of a stored record (an older record's one total, `byHand` and `byHandPeople`, as one count). */
function handsOf(r: Record<string, unknown>, counts: (c: unknown) => Counts | undefined): HandCount[] | undefined {
  if (!Array.isArray(r.hands)) {
    const legacy = counts(r.byHand ?? emptyCounts());
    const n = Number.isInteger(r.byHandPeople) && (r.byHandPeople as number) > 0 ? (r.byHandPeople as number) : 0;
    return legacy ? (n ? [{ id: 'h0', people: n, counts: legacy }] : []) : undefined;
  }
  const hands: HandCount[] = [];
  for (const h of r.hands as Partial<HandCount>[]) {
    const c = counts(h?.counts);
    if (!c || typeof h.id !== 'string' || !h.id || !Number.isInteger(h.people) || h.people! < 1) return undefined;
    hands.push({ id: h.id, people: h.people!, counts: c });
  }
  return hands;
}
