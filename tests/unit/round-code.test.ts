import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ALPHABET,
  answerCode,
  canonicalAnswer,
  check,
  grouped,
  newAnswer,
  newRound,
  normalize,
  parseAnswerCode,
  parseRoundCode,
  roundCode,
  type Answer,
  type RoundValues,
  type Step,
} from '../../content/round-code';

const symbols = (n: number) => fc.array(fc.constantFrom(...ALPHABET), { minLength: n, maxLength: n }).map((a) => a.join(''));
const step = fc.oneof(fc.constantFrom<Step | null>(0, 1, 2, 3, null));
const values = fc.record<RoundValues>({ faglighed: step, innovation: step, mening: step, drift: step });
const answer = fc.record<Answer>({ round: symbols(5), answerId: symbols(5), values });
const topic = fc.constantFrom('task' as const, 'leadership' as const);

describe('round codes', () => {
  it('round-trip: a round code reads back as its round, whatever the case, dashes or spaces', () => {
    fc.assert(
      fc.property(symbols(5), topic, (id, t) => {
        const code = roundCode({ id, topic: t });
        expect(code).toHaveLength(8);
        expect(parseRoundCode(code)).toEqual({ ok: true, value: { id, topic: t } });
        expect(parseRoundCode(` ${grouped(code, 4).toLowerCase()} `)).toEqual({ ok: true, value: { id, topic: t } });
      }),
    );
  });

  it('starts with T for a task and V for our leadership', () => {
    expect(roundCode({ id: 'ABCDE', topic: 'task' })[0]).toBe('T');
    expect(roundCode({ id: 'ABCDE', topic: 'leadership' })[0]).toBe('V');
  });

  it('reads the look-alikes as Crockford says: I and L as 1, O as 0', () => {
    expect(normalize('io-l o')).toBe('1010');
    const code = roundCode({ id: '10A01', topic: 'task' });
    expect(parseRoundCode(code.replace(/1/g, 'l').replace(/0/g, 'O'))).toEqual({ ok: true, value: { id: '10A01', topic: 'task' } });
  });

  it('new rounds and answers use random symbols of the alphabet', () => {
    const r = newRound('task');
    expect(r.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(newAnswer(r, { faglighed: 1, innovation: 2, mening: 3, drift: 0 }).answerId).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}$/);
  });
});

describe('answer codes', () => {
  it('round-trip: every answer reads back exactly, with no name and no time in it', () => {
    fc.assert(
      fc.property(answer, (a) => {
        const code = answerCode(a);
        expect(code).toHaveLength(15);
        expect(code[0]).toBe('1'); // version 1
        expect(parseAnswerCode(grouped(code, 5))).toEqual({ ok: true, value: a });
        expect(canonicalAnswer(code.toLowerCase())).toBe(code);
      }),
    );
  });

  it('tampering: every changed character and every swap of neighbours is refused, never read as another answer', () => {
    fc.assert(
      fc.property(answer, fc.nat(14), fc.nat(31), (a, at, by) => {
        const code = answerCode(a);
        const other = ALPHABET[(ALPHABET.indexOf(code[at]) + 1 + (by % 31)) % 32];
        const changed = code.slice(0, at) + other + code.slice(at + 1);
        const result = parseAnswerCode(changed);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(answer, fc.nat(13), (a, at) => {
        const code = answerCode(a);
        fc.pre(code[at] !== code[at + 1]);
        const swapped = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
        expect(parseAnswerCode(swapped)).toEqual({ ok: false, problem: 'check' });
      }),
      { numRuns: 1000 },
    );
  });

  it('says what is wrong: nothing, a foreign character, the length, a round code, a later version, values out of range', () => {
    const code = answerCode({ round: 'ABCDE', answerId: 'FGHJK', values: { faglighed: 0, innovation: 1, mening: 2, drift: 3 } });
    expect(parseAnswerCode('  ')).toEqual({ ok: false, problem: 'empty' });
    expect(parseAnswerCode(code.slice(0, 10) + 'U' + code.slice(11))).toEqual({ ok: false, problem: 'characters' });
    expect(parseAnswerCode(code.slice(0, 12))).toEqual({ ok: false, problem: 'length' });
    expect(parseAnswerCode(roundCode({ id: 'ABCDE', topic: 'task' }))).toEqual({ ok: false, problem: 'kind' });
    expect(parseRoundCode(code)).toEqual({ ok: false, problem: 'kind' });
    // a version 2 code with a right check: a newer tool made it
    const v2 = '2' + code.slice(1, 13);
    expect(parseAnswerCode(v2 + check(v2))).toEqual({ ok: false, problem: 'version' });
    // values 625–1023 cannot be made by this tool
    const high = code.slice(0, 11) + 'ZZ';
    expect(parseAnswerCode(high + check(high))).toEqual({ ok: false, problem: 'values' });
  });
});
