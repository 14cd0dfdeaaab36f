import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answerCode, newAnswer, type RoundRef, type RoundValues, type Step } from '../../content/round-code';
import { addAnswers, addByHand, canReveal, emptyCounts, mergeRounds, newRoundRecord, people, picture, pictureOf, reveal, toRoundRecord, type Counts, type RoundRecord } from '../../content/round';
import { FOCUS_AREA_IDS } from '../../content/model';

const round: RoundRef = { id: 'K7Q2M', topic: 'leadership' };
const v = (faglighed: Step | null, innovation: Step | null, mening: Step | null, drift: Step | null): RoundValues => ({ faglighed, innovation, mening, drift });
const code = (values: RoundValues, r = round) => answerCode(newAnswer(r, values));
const fresh = (threshold = 3) => newRoundRecord(round, '', 'ledergruppe', threshold, '2026-12-02');

function take(record: RoundRecord, ...codes: string[]): RoundRecord {
  for (const c of codes) {
    const r = addAnswers(record, c);
    if (!r.ok) throw new Error(r.problem);
    record = r.record;
  }
  return record;
}

describe('a round', () => {
  it('takes answer codes, and refuses one from another round, a duplicate, and a broken one', () => {
    const first = code(v(3, 2, 1, 0));
    let r = take(fresh(), first);
    expect(addAnswers(r, first)).toEqual({ ok: false, problem: 'duplicate' });
    expect(addAnswers(r, first.toLowerCase().replace(/(.{3})(?!$)/g, '$1-'))).toEqual({ ok: false, problem: 'duplicate' });
    // another round's code fails the check, which covers the round
    expect(addAnswers(r, answerCode({ round: 'ZZZZZ', answerId: 'AAAA', values: v(1, 1, 1, 1) }))).toEqual({ ok: false, problem: 'check' });
    expect(addAnswers(r, first.slice(0, 8) + (first[8] === '0' ? '1' : '0'))).toEqual({ ok: false, problem: 'check' });
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
      [0, 0, 0, 0], // two answered drift (one did not): withheld, nothing of it kept
    ]);
    expect(p.areas.map((a) => a.answered)).toEqual([3, 3, 3, 0]);
    expect(p.areas.map((a) => a.withheld)).toEqual([false, false, false, true]);
    expect(p.areas[0].spread).toBe(0);
    expect(p.areas[1].spread).toBe(0.82); // 1, 2, 3: √(2/3)
    expect(p.disputed).toBe('innovation');
    expect(picture({ ...emptyCounts(), drift: [1, 0, 0, 1] }, 2).areas[3].spread).toBe(1.5); // 0 and 3
    expect(addAnswers(shown, code(v(1, 1, 1, 1)))).toEqual({ ok: false, problem: 'closed' });
  });

  it('names no disputed area when the group agrees everywhere; the framework order breaks a tie', () => {
    expect(picture({ ...emptyCounts(), faglighed: [0, 3, 0, 0] }, 3).disputed).toBeUndefined();
    expect(picture({ ...emptyCounts(), innovation: [1, 0, 1, 0], drift: [1, 0, 1, 0] }, 2).disputed).toBe('innovation');
  });

  it('adds counts typed in by hand, and refuses counts that do not add up', () => {
    let r = take(fresh(), code(v(0, 0, 0, 0)), code(v(1, 1, 1, 1)));
    const counts = { ...emptyCounts(), faglighed: [0, 1, 1, 0] as [number, number, number, number] };
    const ok = addByHand(r, 2, counts, 'h1');
    expect(ok.ok).toBe(true);
    r = (ok as { record: RoundRecord }).record;
    expect(people(r)).toBe(4);
    expect(pictureOf(reveal(r)!).areas[0].counts).toEqual([1, 2, 1, 0]);
    expect(addByHand(fresh(), 1, counts, 'h1')).toEqual({ ok: false, problem: 'hand-counts' }); // 2 answers for 1 person
    expect(addByHand(fresh(), 0, emptyCounts(), 'h1')).toEqual({ ok: false, problem: 'hand-counts' });
    expect(addByHand(fresh(), 2, { ...emptyCounts(), drift: [-1, 0, 0, 0] }, 'h1')).toEqual({ ok: false, problem: 'hand-counts' });
    // in a task round every person weighs every area: each area's counts make the people counted
    const task = newRoundRecord({ id: 'K7Q2M', topic: 'task' }, 'Budget', 'ledergruppe', 3, '2026-12-02');
    const full = Object.fromEntries(FOCUS_AREA_IDS.map((id) => [id, [0, 1, 0, 0]])) as Counts;
    expect(addByHand(task, 1, full, 'h1').ok).toBe(true);
    expect(addByHand(task, 1, emptyCounts(), 'h1')).toEqual({ ok: false, problem: 'hand-counts' });
    expect(addByHand(task, 2, full, 'h1')).toEqual({ ok: false, problem: 'hand-counts' });
  });

  it('never shows an area with fewer real answers than the threshold: two codes and an empty hand count reveal nothing of them', () => {
    // the hostile tester's case: two answer codes, then "count by hand" with one person and every count left at 0
    let r = take(fresh(), code(v(3, 2, 1, 0)), code(v(1, 1, 1, 1)));
    r = (addByHand(r, 1, emptyCounts(), 'h1') as { record: RoundRecord }).record;
    expect(people(r)).toBe(3);
    const shown = reveal(r)!;
    expect(shown.revealed!.withheld).toEqual([...FOCUS_AREA_IDS]);
    for (const id of FOCUS_AREA_IDS) expect(shown.revealed!.counts[id]).toEqual([0, 0, 0, 0]);
    const p = pictureOf(shown);
    expect(p.areas.every((a) => a.withheld && a.mean === null)).toBe(true);
    expect(p.disputed).toBeUndefined();
    // three real answers in an area show it; an area that only two answered (one "don't know") stays withheld
    const three = reveal(take(fresh(), code(v(3, 2, 1, null)), code(v(1, 1, 1, 1)), code(v(2, 2, 2, null))))!;
    expect(three.revealed!.withheld).toEqual(['drift']);
    expect(three.revealed!.counts.faglighed).toEqual([0, 1, 1, 1]);
  });

  it('the per-area threshold holds for any answers: no area is ever revealed with fewer than the threshold', () => {
    const step = fc.constantFrom<Step | null>(0, 1, 2, 3, null);
    const values = fc.record<RoundValues>({ faglighed: step, innovation: step, mening: step, drift: step });
    fc.assert(
      fc.property(fc.array(values, { minLength: 3, maxLength: 8 }), fc.integer({ min: 3, max: 6 }), (answers, threshold) => {
        const shown = reveal(take(fresh(threshold), ...answers.map((a) => code(a))));
        expect(!!shown).toBe(answers.length >= threshold);
        if (!shown) return;
        for (const id of FOCUS_AREA_IDS) {
          const n = shown.revealed!.counts[id].reduce((a, b) => a + b, 0);
          expect(n === 0 || n >= threshold).toBe(true);
          expect(shown.revealed!.withheld.includes(id)).toBe(answers.filter((a) => a[id] !== null).length < threshold);
        }
      }),
      { numRuns: 200 },
    );
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
    expect(toRoundRecord({ ...r, hands: [{ id: 'h1', people: 1, counts: { faglighed: [1] } }] })).toBeUndefined();
    // a record of the earlier form (one total of hand counts) reads as one hand count
    const { hands: _, ...older } = r;
    const legacy = toRoundRecord({ ...older, byHand: { ...emptyCounts(), drift: [0, 0, 2, 0] }, byHandPeople: 2 })!;
    expect(legacy.hands).toEqual([{ id: 'h0', people: 2, counts: { ...emptyCounts(), drift: [0, 0, 2, 0] } }]);
    expect(people(legacy)).toBe(3);
    expect(toRoundRecord({ ...r, revealed: { counts: 'x', people: 3 } })).toBeUndefined();
    // codes of other rounds and junk are dropped, the threshold never below three
    const cleaned = toRoundRecord({ ...r, answers: [...r.answers, 'junk', code(v(1, 1, 1, 1), { id: 'ZZZZZ', topic: 'task' })], threshold: 1 })!;
    expect(cleaned.answers).toEqual(r.answers);
    expect(cleaned.threshold).toBe(3);
  });
});

describe('two tabs on one round', () => {
  const hand = (id: string, n: number) => ({ id, people: n, counts: { ...emptyCounts(), mening: [n, 0, 0, 0] as [number, number, number, number] } });
  const roundWith = (codes: string[], hands: ReturnType<typeof hand>[]) => ({ ...take(fresh(), ...codes), hands });
  const step = fc.constantFrom<Step | null>(0, 1, 2, 3, null);
  const answer = fc.record<RoundValues>({ faglighed: step, innovation: step, mening: step, drift: step }).map((a) => code(a));
  const side = fc.tuple(fc.array(answer, { maxLength: 5 }), fc.array(fc.integer({ min: 1, max: 3 }).map((n) => hand(`h${n}`, n)), { maxLength: 2 }));

  it('unites their answers: A has {a1, a2}, B adds b1, and the round keeps {a1, a2, b1}', () => {
    const [a1, a2, b1] = [code(v(1, 1, 1, 1)), code(v(2, 2, 2, 2)), code(v(3, 3, 3, 3))];
    const a = take(fresh(), a1, a2);
    const b = take(fresh(), a1, b1);
    expect(mergeRounds(a, b).answers).toEqual([a1, a2, b1].sort());
  });

  it('is commutative, idempotent, and loses nothing either side took', () => {
    fc.assert(
      fc.property(side, side, ([codesA, handsA], [codesB, handsB]) => {
        const a = roundWith(codesA, handsA);
        const b = roundWith(codesB, handsB);
        const ab = mergeRounds(a, b);
        expect(ab).toEqual(mergeRounds(b, a));
        expect(mergeRounds(ab, ab)).toEqual(ab);
        expect(mergeRounds(ab, a)).toEqual(ab);
        for (const c of [...a.answers, ...b.answers]) expect(ab.answers).toContain(c);
        for (const h of [...handsA, ...handsB]) expect(ab.hands.map((x) => x.id)).toContain(h.id);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a reveal final: a stale tab’s open round with a new code does not open it again', () => {
    const open = take(fresh(), code(v(1, 1, 1, 1)), code(v(2, 2, 2, 2)), code(v(3, 3, 3, 3)));
    const shown = reveal(open)!;
    const stale = take(open, code(v(0, 0, 0, 0)));
    expect(mergeRounds(shown, stale)).toEqual(shown);
    expect(mergeRounds(stale, shown)).toEqual(shown);
    expect(mergeRounds(shown, stale).answers).toEqual([]);
  });
});
