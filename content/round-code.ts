/**
 * The codes of a round (`<lg-round>`): short strings a person can read aloud, type on a phone or carry in a QR
 * code, so that a group's answers can be put together on the meeting screen without a server.
 *
 * Both codes are written in Crockford's base 32 (digits and letters without I, L, O, U; case does not matter;
 * I and L read as 1, O as 0; spaces and dashes are ignored) and end in a CRC-10 check over the symbols before it,
 * which catches every single mistyped character and every swap of two neighbours. The check is not a signature:
 * it refuses typing mistakes and changed codes, not a forger who knows this format.
 *
 *   round code   topic (1) + round (5) + check (2)                       8 symbols, shown `TXXX-XXXX`
 *                the topic: T a task, V our leadership (vores ledelse)
 *   answer code  version (1) + answer id (4) + values (2) + check (2)   9 symbols, shown `2XX-XXX-XXX`
 *                the check covers the round too: round (5) + the code's first 7 symbols
 *
 * Version 2 of the answer code. The round (25 random bits) is not in the code: the facilitator's screen knows it,
 * and the check, taken over the round and the code, refuses another round's code (all but about one in a thousand)
 * as it refuses a mistyped one. The answer id is 20 random bits (so that two people who answer the same are two
 * answers, and one code given twice is one). The values are the four focus areas, in the framework's order
 * (faglighed, innovation, mening, drift), each 0–3 or not answered, as one number in base 5 (0–624) in two symbols.
 * No name, no time: a code says what was answered, nothing else.
 *
 * Version 1 (15 symbols, `1` + round (5) + answer id (5) + values (2) + check (2), the round spelled out) is refused
 * when typed, with a message of its own; a round kept from before still counts the version 1 codes it holds.
 */
import { FOCUS_AREA_IDS, type FocusAreaId } from './model';

/** What a round is about: the weight of the four areas in a task, or where the group stands in each. */
export type RoundTopic = 'task' | 'leadership';
/** One area's answer: a step 0–3 (a task's weight, or the journal's scale), or null (not answered). */
export type Step = 0 | 1 | 2 | 3;
export type RoundValues = Record<FocusAreaId, Step | null>;

export interface RoundRef {
  /** Five symbols of base 32. */
  id: string;
  topic: RoundTopic;
}

export interface Answer {
  round: string;
  /** Four symbols of base 32, random per answer. */
  answerId: string;
  values: RoundValues;
}

/** Why a code was refused; the elements word it in the person's language. */
export type CodeProblem =
  /** Nothing typed. */
  | 'empty'
  /** A character that is not in the alphabet. */
  | 'characters'
  /** Too short or too long for this kind of code. */
  | 'length'
  /** The check does not match: a typing mistake, or a changed code. */
  | 'check'
  /** An answer code of a later version of this tool. */
  | 'version'
  /** An answer code of version 1, made by an older page. */
  | 'old'
  /** A round code where an answer code was asked for, or the other way round. */
  | 'kind'
  /** The values are out of range (cannot come from this tool). */
  | 'values';

export type Decoded<T> = { ok: true; value: T } | { ok: false; problem: CodeProblem };

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ANSWER_VERSION = 2;
const ROUND_LENGTH = 8;
const ANSWER_LENGTH = 9;
const V1_LENGTH = 15;
const TOPIC_SYMBOL: Record<RoundTopic, string> = { task: 'T', leadership: 'V' };

/** The symbols of `text`: upper case, separators gone, the look-alikes read as Crockford says. */
export function normalize(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s\-–—.·]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}

const valueOf = (symbol: string) => ALPHABET.indexOf(symbol);

/** CRC-10 (polynomial x¹⁰+x⁹+x⁵+x⁴+x+1) over the symbols, 5 bits each: two symbols. */
export function check(symbols: string): string {
  let crc = 0;
  for (const symbol of symbols) {
    const v = valueOf(symbol);
    for (let bit = 4; bit >= 0; bit--) {
      const top = ((crc >> 9) & 1) ^ ((v >> bit) & 1);
      crc = (crc << 1) & 0x3ff;
      if (top) crc ^= 0x233;
    }
  }
  return ALPHABET[crc >> 5] + ALPHABET[crc & 31];
}

/** `count` random symbols (crypto.getRandomValues). */
export function randomSymbols(count: number, random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  return [...random(count)].map((byte) => ALPHABET[byte & 31]).join('');
}

/** Groups of `size` symbols joined by dashes, to read and type. */
export const grouped = (code: string, size: number): string => code.match(new RegExp(`.{1,${size}}`, 'g'))?.join('-') ?? code;

/** A new round on `topic`. */
export const newRound = (topic: RoundTopic, random?: (n: number) => Uint8Array): RoundRef => ({ id: randomSymbols(5, random), topic });

/** The round code: the topic's symbol, the round, the check. */
export function roundCode(round: RoundRef): string {
  const body = TOPIC_SYMBOL[round.topic] + round.id;
  return body + check(body);
}

/** Shape of a code's symbols: the problem, or the symbols. */
function shaped(text: string): Decoded<string> {
  const symbols = normalize(text);
  if (!symbols) return { ok: false, problem: 'empty' };
  if ([...symbols].some((s) => valueOf(s) < 0)) return { ok: false, problem: 'characters' };
  return { ok: true, value: symbols };
}

/** Shape and check of a code's symbols; the problem, or the symbols without their check. */
function checked(text: string, length: number, otherLength: number): Decoded<string> {
  const shape = shaped(text);
  if (!shape.ok) return shape;
  const symbols = shape.value;
  if (symbols.length !== length) return { ok: false, problem: symbols.length === otherLength ? 'kind' : 'length' };
  const body = symbols.slice(0, -2);
  if (check(body) !== symbols.slice(-2)) return { ok: false, problem: 'check' };
  return { ok: true, value: body };
}

/** Reads a round code (typed, pasted, or from a link). */
export function parseRoundCode(text: string): Decoded<RoundRef> {
  const result = checked(text, ROUND_LENGTH, ANSWER_LENGTH);
  if (!result.ok) return result;
  const topic = (Object.keys(TOPIC_SYMBOL) as RoundTopic[]).find((t) => TOPIC_SYMBOL[t] === result.value[0]);
  if (!topic) return { ok: false, problem: 'kind' };
  return { ok: true, value: { id: result.value.slice(1), topic } };
}

/** The four values as one number 0–624 (base 5, not answered as 4), in two symbols. */
function packValues(values: RoundValues): string {
  const n = FOCUS_AREA_IDS.reduce((sum, id, i) => sum + (values[id] ?? 4) * 5 ** i, 0);
  return ALPHABET[n >> 5] + ALPHABET[n & 31];
}

function unpackValues(symbols: string): RoundValues | undefined {
  const n = valueOf(symbols[0]) * 32 + valueOf(symbols[1]);
  if (n > 624) return undefined;
  return Object.fromEntries(FOCUS_AREA_IDS.map((id, i) => {
    const v = Math.floor(n / 5 ** i) % 5;
    return [id, v === 4 ? null : (v as Step)];
  })) as RoundValues;
}

/** The answer code of `answer` (version 2): the check covers its round. */
export function answerCode(answer: Answer): string {
  const body = ALPHABET[ANSWER_VERSION] + answer.answerId + packValues(answer.values);
  return body + check(answer.round + body);
}

/** A new answer in `round`: a fresh answer id. */
export const newAnswer = (round: RoundRef, values: RoundValues, random?: (n: number) => Uint8Array): Answer => ({
  round: round.id,
  answerId: randomSymbols(4, random),
  values: { ...values },
});

/** Reads an answer code of the round `round` (its five symbols): another round's code fails the check. */
export function parseAnswerCode(text: string, round: string): Decoded<Answer> {
  const shape = shaped(text);
  if (!shape.ok) return shape;
  const symbols = shape.value;
  if (symbols.length === V1_LENGTH && symbols[0] === '1') return { ok: false, problem: 'old' };
  if (symbols.length !== ANSWER_LENGTH) return { ok: false, problem: symbols.length === ROUND_LENGTH ? 'kind' : 'length' };
  const body = symbols.slice(0, -2);
  if (valueOf(body[0]) > ANSWER_VERSION && check(round + body) === symbols.slice(-2)) return { ok: false, problem: 'version' };
  if (check(round + body) !== symbols.slice(-2)) return { ok: false, problem: 'check' };
  if (valueOf(body[0]) !== ANSWER_VERSION) return { ok: false, problem: 'kind' };
  const values = unpackValues(body.slice(5, 7));
  if (!values) return { ok: false, problem: 'values' };
  return { ok: true, value: { round, answerId: body.slice(1, 5), values } };
}

/** The values of a version 1 code of `round` (kept in a round from before version 2), if it is one. */
export function valuesOfV1(code: string, round: string): RoundValues | undefined {
  const result = checked(code, V1_LENGTH, ANSWER_LENGTH);
  if (!result.ok || result.value[0] !== '1' || result.value.slice(1, 6) !== round) return undefined;
  return unpackValues(result.value.slice(11, 13));
}

/** An answer code of `round` in its canonical form (normalized), to compare two codes; undefined when it does not parse. */
export const canonicalAnswer = (text: string, round: string): string | undefined => {
  const parsed = parseAnswerCode(text, round);
  return parsed.ok ? answerCode(parsed.value) : undefined;
};

/** What a pasted text (a meeting chat copied whole, say) holds for the round `round`. */
export interface Pasted {
  /** The answer codes of this round, canonical, each once, in the order found. */
  codes: string[];
  /** Pieces shaped like an answer code that are not one of this round: mistyped, or another round's. */
  notCodes: number;
  /** Version 1 codes (an older page made them). */
  old: number;
}

/**
 * Finds the answer codes in any text: the version's symbol `2` and eight more letters or digits, single spaces or
 * dashes allowed between them, standing apart from other letters and digits (and version 1's fifteen, to say so).
 * The look-alikes are read as in `normalize`.
 */
export function findAnswerCodes(text: string, round: string): Pasted {
  const found: Pasted = { codes: [], notCodes: 0, old: 0 };
  // the version's symbol first (so that no word before a code is taken for its start), then the rest
  const rest = (n: number) => `(?:[ \\-–]?[0-9A-Za-z]){${n - 1}}`;
  const shape = new RegExp(`(?<![0-9A-Za-z])(?:[1IiLl]${rest(V1_LENGTH)}|${ANSWER_VERSION}${rest(ANSWER_LENGTH)})(?![0-9A-Za-z])`, 'g');
  for (const [candidate] of text.matchAll(shape)) {
    const symbols = normalize(candidate);
    if (symbols.length === V1_LENGTH) {
      if (valuesOfV1(symbols, round)) found.old++;
      continue;
    }
    if (symbols[0] !== String(ANSWER_VERSION)) continue;
    const code = canonicalAnswer(symbols, round);
    if (!code) found.notCodes++;
    else if (!found.codes.includes(code)) found.codes.push(code);
  }
  return found;
}
