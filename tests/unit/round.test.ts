import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answerCode, newAnswer, type RoundRef, type RoundValues, type Step } from '../../content/round-code';
import { addAnswer, addByHand, canReveal, emptyCounts, newRoundRecord, people, picture, pictureOf, reveal, toRoundRecord, type RoundRecord } from '../../content/round';

const round: RoundRef = { id: 'K7Q2M', topic: 'leadership' };
const v = (faglighed: Step | null, innovation: Step | null, mening: Step | null, drift: Step | null): RoundValues => ({ faglighed, innovation, mening, drift });
const code = (values: RoundValues, r = round) => answerCode(newAnswer(r, values));
const fresh = (threshold = 3) => newRoundRecord(round, '', 'ledergruppe', threshold, '2026-12-02');

function take(record: RoundRecord, ...codes: string[]): RoundRecord {
  for (const c of codes) {
    const r = addAnswer(record, c);
    if (!r.ok) throw new Error(r.problem);
    record = r.record;
  }
  return record;
}

describe('a round', () => {
  it('takes answer codes, and refuses one from another round, a duplicate, and a broken one', () => {
    const first = code(v(3, 2, 1, 0));
    let r = take(fresh(), first);
    expect(addAnswer(r, first)).toEqual({ ok: false, problem: 'duplicate' });
    expect(addAnswer(r, first.toLowerCase().replace(/(.{5})/g, '$1-'))).toEqual({ ok: false, problem: 'duplicate' });
    expect(addAnswer(r, code(v(1, 1, 1, 1), { id: 'ZZZZZ', topic: 'leadership' }))).toEqual({ ok: false, problem: 'other-round' });
    expect(addAnswer(r, first.slice(0, 14) + (first[14] === '0' ? '1' : '0'))).toEqual({ ok: false, problem: 'check' });
    // two people with the same answers are two answers
    r = take(r, code(v(3, 2, 1, 0)));
    expect(people(r)).toBe(2);
  });

  it('refuses to reveal below three answers, or below a raised threshold; never lower than three', () => {
    expect(newRoundRecord(round, '', 'ledergruppe', 1, '2026-12-02').threshold).toBe(3);
    let r = take(fresh(), code(v(1, 1, 1, 1)), code(v(2, 2, 2, 2)));
    expect(canReveal(r)).toBe(false);
    expect(reveal(r)).toBeUndefined();
    r = take(r, code(v(3, 3, 3, 3)));
    expect(canReveal(r)).toBe(true);
    const five = take(fresh(5), code(v(1, 1, 1, 1)), code(v(2, 2, 2, 2)), code(v(3, 3, 3, 3)), code(v(0, 0, 0, 0)));
    expect(canReveal(five)).toBe(false);
  });

  it('reveals counts per area, the spread and the most disputed area; keeps no code afterwards', () => {
    const r = take(fresh(), code(v(3, 1, 2, 0)), code(v(3, 2, 2, 3)), code(v(3, 3, 2, null)));
    const shown = reveal(r)!;
    expect(shown.answers).toEqual([]);
    expect(shown.revealed!.people).toBe(3);
    const p = pictureOf(shown);
    expect(p.areas.map((a) => a.counts)).toEqual([
      [0, 0, 0, 3],
      [0, 1, 1, 1],
      [0, 0, 3, 0],
      [1, 0, 0, 1],
    ]);
    expect(p.areas.map((a) => a.answered)).toEqual([3, 3, 3, 2]);
    expect(p.areas[0].spread).toBe(0);
    expect(p.areas[1].spread).toBe(0.82); // 1, 2, 3: √(2/3)
    expect(p.areas[3].spread).toBe(1.5); // 0 and 3
    expect(p.disputed).toBe('drift');
    expect(addAnswer(shown, code(v(1, 1, 1, 1)))).toEqual({ ok: false, problem: 'closed' });
  });

  it('names no disputed area when the group agrees everywhere; the framework order breaks a tie', () => {
    expect(picture({ ...emptyCounts(), faglighed: [0, 3, 0, 0] }, 3).disputed).toBeUndefined();
    expect(picture({ ...emptyCounts(), innovation: [1, 0, 1, 0], drift: [1, 0, 1, 0] }, 2).disputed).toBe('innovation');
  });

  it('adds counts typed in by hand, and refuses counts that do not add up', () => {
    let r = take(fresh(), code(v(0, 0, 0, 0)));
    const counts = { ...emptyCounts(), faglighed: [0, 1, 1, 0] as [number, number, number, number] };
    const ok = addByHand(r, 2, counts);
    expect(ok.ok).toBe(true);
    r = (ok as { record: RoundRecord }).record;
    expect(people(r)).toBe(3);
    expect(pictureOf(reveal(r)!).areas[0].counts).toEqual([1, 1, 1, 0]);
    expect(addByHand(fresh(), 1, counts)).toEqual({ ok: false, problem: 'hand-counts' }); // 2 answers for 1 person
    expect(addByHand(fresh(), 0, emptyCounts())).toEqual({ ok: false, problem: 'hand-counts' });
    expect(addByHand(fresh(), 2, { ...emptyCounts(), drift: [-1, 0, 0, 0] })).toEqual({ ok: false, problem: 'hand-counts' });
  });

  it('gives the same picture for any order of the same answers, and the record shows nothing of their order', () => {
    const step = fc.constantFrom<Step | null>(0, 1, 2, 3, null);
    const values = fc.record<RoundValues>({ faglighed: step, innovation: step, mening: step, drift: step });
    fc.assert(
      fc.property(fc.array(values, { minLength: 3, maxLength: 12 }), fc.integer(), (answers, seed) => {
        const codes = answers.map((a) => code(a));
        const shuffled = fc.sample(fc.shuffledSubarray(codes, { minLength: codes.length, maxLength: codes.length }), { seed, numRuns: 1 })[0];
        const a = take(fresh(), ...codes);
        const b = take(fresh(), ...shuffled);
        expect(b).toEqual(a); // the open record too: codes sorted
        expect(reveal(b)).toEqual(reveal(a));
        expect(pictureOf(reveal(b)!)).toEqual(pictureOf(reveal(a)!));
      }),
      { numRuns: 200 },
    );
  });
});

describe('a stored round', () => {
  it('reads back what was written, and refuses or cleans what was not', () => {
    const r = take(fresh(), code(v(1, 2, 3, 0)));
    expect(toRoundRecord(JSON.parse(JSON.stringify(r)))).toEqual(r);
    const shown = reveal(take(r, code(v(1, 1, 1, 1)), code(v(2, 2, 2, 2))))!;
    expect(toRoundRecord(JSON.parse(JSON.stringify(shown)))).toEqual(shown);
    expect(toRoundRecord(null)).toBeUndefined();
    expect(toRoundRecord({ ...r, id: 'lower' })).toBeUndefined();
    expect(toRoundRecord({ ...r, topic: 'weather' })).toBeUndefined();
    expect(toRoundRecord({ ...r, byHand: { faglighed: [1] } })).toBeUndefined();
    expect(toRoundRecord({ ...r, revealed: { counts: 'x', people: 3 } })).toBeUndefined();
    // codes of other rounds and junk are dropped, the threshold never below three
    const cleaned = toRoundRecord({ ...r, answers: [...r.answers, 'junk', code(v(1, 1, 1, 1), { id: 'ZZZZZ', topic: 'task' })], threshold: 1 })!;
    expect(cleaned.answers).toEqual(r.answers);
    expect(cleaned.threshold).toBe(3);
  });
});
