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
  findAnswerCodes,
  valuesOfV1,
  type Answer,
  type RoundValues,
  type Step,
} from '../../content/round-code';

const symbols = (n: number) => fc.array(fc.constantFrom(...ALPHABET), { minLength: n, maxLength: n }).map((a) => a.join(''));
const step = fc.oneof(fc.constantFrom<Step | null>(0, 1, 2, 3, null));
const values = fc.record<RoundValues>({ faglighed: step, innovation: step, mening: step, drift: step });
const answer = fc.record<Answer>({ round: symbols(5), answerId: symbols(4), values });
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
    expect(newAnswer(r, { faglighed: 1, innovation: 2, mening: 3, drift: 0 }).answerId).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}$/);
  });
});

describe('answer codes, version 2', () => {
  it('round-trip: every answer reads back exactly in its round, with no name and no time in it', () => {
    fc.assert(
      fc.property(answer, (a) => {
        const code = answerCode(a);
        expect(code).toHaveLength(9);
        expect(code[0]).toBe('2'); // version 2
        expect(parseAnswerCode(grouped(code, 3), a.round)).toEqual({ ok: true, value: a });
        expect(canonicalAnswer(code.toLowerCase(), a.round)).toBe(code);
      }),
    );
  });

  it('tampering: every changed character and every swap of neighbours is refused, never read as another answer', () => {
    fc.assert(
      fc.property(answer, fc.nat(8), fc.nat(31), (a, at, by) => {
        const code = answerCode(a);
        const other = ALPHABET[(ALPHABET.indexOf(code[at]) + 1 + (by % 31)) % 32];
        expect(parseAnswerCode(code.slice(0, at) + other + code.slice(at + 1), a.round).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(answer, fc.nat(7), (a, at) => {
        const code = answerCode(a);
        fc.pre(code[at] !== code[at + 1]);
        const swapped = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
        expect(parseAnswerCode(swapped, a.round).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses another round’s code: the check covers the round (all but about one in a thousand)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(answer, symbols(5), (a, other) => {
        fc.pre(other !== a.round);
        if (parseAnswerCode(answerCode(a), other).ok) accepted++;
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeLessThan(20); // 2⁻¹⁰ of 5000 is about 5
  });

  it('says what is wrong: nothing, a foreign character, the length, a round code, an old or a later version, values out of range', () => {
    const round = 'ABCDE';
    const code = answerCode({ round, answerId: 'FGHJ', values: { faglighed: 0, innovation: 1, mening: 2, drift: 3 } });
    expect(parseAnswerCode('  ', round)).toEqual({ ok: false, problem: 'empty' });
    expect(parseAnswerCode(code.slice(0, 4) + 'U' + code.slice(5), round)).toEqual({ ok: false, problem: 'characters' });
    expect(parseAnswerCode(code.slice(0, 6), round)).toEqual({ ok: false, problem: 'length' });
    expect(parseAnswerCode(roundCode({ id: round, topic: 'task' }), round)).toEqual({ ok: false, problem: 'kind' });
    expect(parseRoundCode(code)).toEqual({ ok: false, problem: 'kind' });
    // a version 1 code (15 symbols, the round spelled out): made by an older page
    const v1 = '1' + round + 'FGHJK' + '3M';
    expect(parseAnswerCode(v1 + check(v1), round)).toEqual({ ok: false, problem: 'old' });
    expect(valuesOfV1(v1 + check(v1), round)).toBeDefined();
    expect(valuesOfV1(v1 + check(v1), 'ZZZZZ')).toBeUndefined();
    // a version 3 code with a right check: a newer tool made it
    const v3 = '3' + code.slice(1, 7);
    expect(parseAnswerCode(v3 + check(round + v3), round)).toEqual({ ok: false, problem: 'version' });
    // values 625–1023 cannot be made by this tool
    const high = code.slice(0, 5) + 'ZZ';
    expect(parseAnswerCode(high + check(round + high), round)).toEqual({ ok: false, problem: 'values' });
  });
});

describe('finding answer codes in pasted text', () => {
  const round = 'K7Q2M';
  const codes = fc.array(fc.record<Answer>({ round: fc.constant(round), answerId: symbols(4), values }), { minLength: 1, maxLength: 12 });
  /** A code as a person might write it in a chat: grouped or not, lower case, look-alikes for 1 and 0. */
  const written = (code: string, style: number) =>
    [code, grouped(code, 3), grouped(code, 3).replace(/-/g, ' '), code.toLowerCase().replace(/1/g, 'l').replace(/0/g, 'o')][style % 4];
  const chatLine = fc.constantFrom('Anne (10:32): ', 'Bo: min kode er ', 'Her: ', '', '👍 ', 'mødeleder: hej alle, vi starter om 2 min. ');

  it('finds every code of the round in a chat copied whole, each once, whatever the text around it', () => {
    fc.assert(
      fc.property(codes, fc.array(chatLine, { minLength: 12, maxLength: 12 }), fc.array(fc.nat(3), { minLength: 12, maxLength: 12 }), (answers, lines, styles) => {
        const made = answers.map(answerCode);
        const chat = made.map((c, i) => `${lines[i]}${written(c, styles[i])}`).concat(made.slice(0, 2)).join('\n'); // two given twice
        const found = findAnswerCodes(chat, round);
        expect(found.codes.sort()).toEqual([...new Set(made)].sort());
        expect(found.notCodes).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('counts what looked like a code but was not: mistyped, or another round’s; and the old codes', () => {
    const good = answerCode({ round, answerId: 'AB12', values: { faglighed: 1, innovation: 1, mening: 1, drift: 1 } });
    const typo = good.slice(0, 8) + (good[8] === 'X' ? 'Y' : 'X');
    const foreign = answerCode({ round: 'ZZZZZ', answerId: 'CD34', values: { faglighed: 2, innovation: 2, mening: 2, drift: 2 } });
    const v1 = '1' + round + 'FGHJK' + '3M';
    const text = `hej ${good}\nAnne: ${typo}\nBo: ${foreign}\ngammel: ${v1 + check(v1)}\nreflektere 123456789 2024-12-04`;
    const found = findAnswerCodes(text, round);
    expect(found.codes).toEqual([good]);
    expect(found.old).toBe(1);
    // the typo, and the foreign code unless its check happens to fit this round too (one in a thousand)
    expect(found.notCodes).toBe(parseAnswerCode(foreign, round).ok ? 1 : 2);
  });

  it('never throws and never invents a code, on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const found = findAnswerCodes(text, round);
        for (const code of found.codes) expect(parseAnswerCode(code, round).ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
