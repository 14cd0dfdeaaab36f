/**
 * The round's model (`<lg-round>`), as `dialogue-run.ts` is the dialogue's: what the facilitator's screen shows —
 * the setup form, a round collecting answers, or its revealed picture — and the participant's side (the round
 * joined, the steps chosen, the answer code), as plain data. Every change returns a new session or says why not.
 * The day and the round's random symbols are passed in, so the model is tested without a clock. Pure, no DOM.
 */
import { FOCUS_AREA_IDS, REFLECTION_LEVEL_IDS, type FocusAreaId, type ReflectionLevelId } from './model';
import { MIN_ANSWERS, addAnswers, addByHand, mergeRounds, newRoundRecord, reveal, type Added, type AnswerProblem, type Counts, type RoundRecord } from './round';
import { answerCode, newAnswer, parseRoundCode, type CodeProblem, type RoundRef, type RoundTopic, type RoundValues, type Step } from './round-code';

/** The facilitator's setup form, as typed (the threshold is checked when the round starts). */
export interface SetupState {
  topic: RoundTopic;
  task: string;
  level: ReflectionLevelId;
  threshold: string;
}

/** The facilitator's screen: setting a round up; collecting its answers; or its picture, revealed. */
export type RoundSession =
  | { stage: 'setup'; setup: SetupState }
  | { stage: 'collecting'; setup: SetupState; record: RoundRecord; byHandOpen: boolean }
  | { stage: 'revealed'; setup: SetupState; record: RoundRecord; dialogueArea?: FocusAreaId };

/** Why a change was refused. */
export type SessionProblem = 'task-missing' | 'threshold' | 'too-few' | 'hand-counts' | AnswerProblem;

export type SessionResult = { ok: true; session: RoundSession } | { ok: false; problem: SessionProblem };

export const DEFAULT_SETUP: SetupState = { topic: 'leadership', task: '', level: 'ledergruppe', threshold: String(MIN_ANSWERS) };

/** The setup form (with what was typed in it before, if anything). */
export const setupSession = (setup: SetupState = DEFAULT_SETUP): RoundSession => ({ stage: 'setup', setup });

/** The record on the screen, if a round is open or revealed. */
export const recordOf = (session: RoundSession): RoundRecord | undefined => (session.stage === 'setup' ? undefined : session.record);

/** The setup form with `next` typed into it; an unknown level falls back to the default. */
export function editSetup(session: RoundSession, next: Partial<SetupState>): RoundSession {
  const setup = { ...session.setup, ...next };
  if (!REFLECTION_LEVEL_IDS.includes(setup.level)) setup.level = DEFAULT_SETUP.level;
  return { ...session, setup } as RoundSession;
}

/** Starts the round the setup describes, on `round`'s symbols, dated `day` (the local date, YYYY-MM-DD). */
export function startRound(session: RoundSession, round: RoundRef, day: string): SessionResult {
  const { topic, task, level, threshold } = session.setup;
  if (topic === 'task' && !task.trim()) return { ok: false, problem: 'task-missing' };
  if (!/^\s*\d+\s*$/.test(threshold) || Number(threshold) < MIN_ANSWERS) return { ok: false, problem: 'threshold' };
  const record = newRoundRecord({ ...round, topic }, task, level, Number(threshold), day);
  return { ok: true, session: { stage: 'collecting', setup: session.setup, record, byHandOpen: false } };
}

/** Shows a kept round: collecting when it is open, its picture when it was revealed. */
export function openRecord(session: RoundSession, record: RoundRecord): RoundSession {
  return record.revealed
    ? { stage: 'revealed', setup: session.setup, record }
    : { stage: 'collecting', setup: session.setup, record, byHandOpen: false };
}

/** Takes the answer codes in `text` (one typed, or many pasted at once) into the round being collected. */
export function takeCodes(session: RoundSession, text: string): { ok: true; session: RoundSession; added: Added } | { ok: false; problem: SessionProblem } {
  if (session.stage !== 'collecting') return { ok: false, problem: 'closed' };
  const result = addAnswers(session.record, text);
  return result.ok ? { ok: true, session: { ...session, record: result.record }, added: result.added } : result;
}

/** Takes counts typed in by hand (as `id`, unique to this count); the form closes. */
export function takeByHand(session: RoundSession, people: number, counts: Counts, id: string): SessionResult {
  if (session.stage !== 'collecting') return { ok: false, problem: 'closed' };
  const result = addByHand(session.record, people, counts, id);
  return result.ok ? { ok: true, session: { ...session, record: result.record, byHandOpen: false } } : result;
}

/** Opens or closes the form for counts by hand. */
export function toggleByHand(session: RoundSession): RoundSession {
  return session.stage === 'collecting' ? { ...session, byHandOpen: !session.byHandOpen } : session;
}

/** Reveals the picture, once enough have answered: from then on only the counts are kept. */
export function revealRound(session: RoundSession): SessionResult {
  const shown = session.stage === 'collecting' ? reveal(session.record) : undefined;
  return shown ? { ok: true, session: { stage: 'revealed', setup: session.setup, record: shown } } : { ok: false, problem: 'too-few' };
}

/** The conversation starts at `area` (an `<lg-dialogue>` below the picture). */
export function startDialogue(session: RoundSession, area: FocusAreaId): RoundSession {
  return session.stage === 'revealed' ? { ...session, dialogueArea: area } : session;
}

/** The round with id `id` leaves the screen (cancelled, removed, or a new round asked for): the setup form again. */
export function closeRound(session: RoundSession, id?: string): RoundSession {
  const record = recordOf(session);
  return record && (id === undefined || record.id === id) ? setupSession(session.setup) : session;
}

/**
 * The round shown, as another tab (or the store) has it now: the two made one (content/round.ts `mergeRounds`:
 * answers only grow, a reveal is final). The screen follows: a round revealed elsewhere shows its picture.
 */
export function withRecord(session: RoundSession, record: RoundRecord): RoundSession {
  const shown = recordOf(session);
  if (!shown || shown.id !== record.id) return session;
  const merged = mergeRounds(record, shown);
  if (merged.revealed && session.stage !== 'revealed') return { stage: 'revealed', setup: session.setup, record: merged };
  return { ...session, record: merged } as RoundSession;
}

// ------------------------------------------------------------------------------------------
// the participant

export interface ParticipantState {
  /** The round joined; `scan`: the link said the facilitator's browser can scan QR codes. */
  joined?: { round: RoundRef; task: string; scan?: boolean };
  /** The step chosen per area; null: "don't know" (our leadership only). Absent: not chosen yet. */
  chosen: Partial<Record<FocusAreaId, Step | null>>;
  code?: string;
  joinCode: string;
}

export const notJoined = (): ParticipantState => ({ chosen: {}, joinCode: '' });

/**
 * Joins the round of `code` (with the task the link named, and whether it said the facilitator can scan QR codes), or
 * keeps the code typed and says why not.
 */
export function joinRound(state: ParticipantState, code: string, task: string, scan = false): { state: ParticipantState; problem?: CodeProblem } {
  const parsed = parseRoundCode(code);
  if (!parsed.ok) return { state: { ...state, joinCode: code }, problem: parsed.problem };
  return { state: { joined: { round: parsed.value, task: task.slice(0, 200), ...(scan ? { scan } : {}) }, chosen: {}, joinCode: '' } };
}

/** `step` chosen for `area` (null: "don't know"). */
export const choose = (state: ParticipantState, area: FocusAreaId, step: Step | null): ParticipantState => ({
  ...state,
  chosen: { ...state.chosen, [area]: step },
});

/** The answer code of the steps chosen, once every area has one; `random` makes the answer's id. */
export function makeAnswer(state: ParticipantState, random?: (n: number) => Uint8Array): { state: ParticipantState; problem?: 'choose-all' } {
  const { joined, chosen } = state;
  if (!joined || FOCUS_AREA_IDS.some((id) => !(id in chosen))) return { state, problem: 'choose-all' };
  const values = Object.fromEntries(FOCUS_AREA_IDS.map((id) => [id, chosen[id] ?? null])) as RoundValues;
  return { state: { ...state, code: answerCode(newAnswer(joined.round, values, random)) } };
}

/** Back to the steps, to change the answer (the code shown goes). */
export const changeAnswer = (state: ParticipantState): ParticipantState => ({ ...state, code: undefined });
