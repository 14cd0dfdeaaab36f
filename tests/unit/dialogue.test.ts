import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  areaChoice,
  areaContext,
  dialogueSequence,
  formatClock,
  frameworkText,
  keyAction,
  move,
  parseMinutes,
  progress,
  sheets,
  type DialogueAction,
} from '../../content/dialogue';
import { getFramework } from '../../content/index';
import { FOCUS_AREA_IDS, REFLECTION_LEVEL_IDS } from '../../content/model';

const da = getFramework('da');
const en = getFramework('en');

describe('the sequence of questions', () => {
  it('is the level’s questions in the framework’s order, without an area', () => {
    expect(dialogueSequence(da, 'ledergruppe').map((c) => c.question)).toEqual([
      'Hvordan samarbejder vi om god ledelse?',
      'Hvad kræver det af den enkelte leder og af os som ledere i fællesskab?',
    ]);
    expect(dialogueSequence(da, 'overordnet-leder').map((c) => c.questionId)).toEqual(['overordnet-leder.udvikling']);
    for (const id of REFLECTION_LEVEL_IDS) {
      const cards = dialogueSequence(da, id);
      const level = da.reflection.find((r) => r.id === id)!;
      expect(cards.map((c) => c.questionId)).toEqual(level.parts.flatMap((p) => p.questions.map((q) => q.id)));
      expect(cards.map((c) => c.index)).toEqual(cards.map((_, i) => i));
      expect(cards.every((c) => c.levelId === id && c.areaId === undefined)).toBe(true);
    }
  });

  it('gives the part titles where a level has several parts', () => {
    const cards = dialogueSequence(da, 'arbejdsfaellesskaber');
    expect(cards.map((c) => c.partTitle)).toEqual([
      'Generel ledelse i arbejdsfællesskaber:',
      'Generel ledelse i arbejdsfællesskaber:',
      'Ledelse af en specifik opgave:',
    ]);
    expect(dialogueSequence(da, 'enkelte-leder').every((c) => c.partTitle === undefined)).toBe(true);
  });

  it('asks every question about one area, with that area’s points as context (but the one about all four)', () => {
    const cards = dialogueSequence(da, 'enkelte-leder', 'innovation');
    expect(cards).toHaveLength(3);
    expect(cards.map((c) => c.areaId)).toEqual([undefined, 'innovation', 'innovation']);
    expect(areaContext(da, cards[1])).toEqual({
      heading: 'Vi vil lede innovative fællesskaber, hvor vi skaber sammen',
      lead: 'Det vil vi ved at:',
      items: da.focusAreas[1].points,
      areaId: 'innovation',
    });
    expect(areaContext(da, dialogueSequence(da, 'enkelte-leder')[0])).toBeUndefined();
  });

  it('goes through all four areas in turn, area by area', () => {
    const cards = dialogueSequence(da, 'ledergruppe', 'all');
    expect(cards).toHaveLength(8);
    expect(cards.map((c) => `${c.areaId}:${c.questionId}`)).toEqual(
      FOCUS_AREA_IDS.flatMap((a) => [`${a}:ledergruppe.samarbejde`, `${a}:ledergruppe.krav`]),
    );
    expect(cards.at(-1)!.index).toBe(7);
  });

  it('asks a question about the four areas together once, first, and never about one area', () => {
    const all = dialogueSequence(da, 'arbejdsfaellesskaber', 'all');
    expect(all.map((c) => `${c.areaId ?? '-'}:${c.questionId}`)).toEqual([
      '-:arbejdsfaellesskaber.opgave',
      ...FOCUS_AREA_IDS.flatMap((a) => [`${a}:arbejdsfaellesskaber.samarbejde`, `${a}:arbejdsfaellesskaber.krav`]),
    ]);
    expect(all.map((c) => c.index)).toEqual([...all.keys()]);
    const one = dialogueSequence(da, 'enkelte-leder', 'drift');
    expect(one.map((c) => `${c.areaId ?? '-'}:${c.questionId}`)).toEqual(['-:enkelte-leder.fokusomraader', 'drift:enkelte-leder.styrker', 'drift:enkelte-leder.udvikling']);
  });

  it('is the same sequence in English, with the English text', () => {
    const d = dialogueSequence(da, 'arbejdsfaellesskaber', 'mening');
    const e = dialogueSequence(en, 'arbejdsfaellesskaber', 'mening');
    expect(e.map((c) => c.questionId)).toEqual(d.map((c) => c.questionId));
    expect(e[2].question).toBe('Which of the four focus areas for leadership does the task particularly call for?');
  });

  it('is empty for an unknown level', () => {
    for (const bad of ['chef', '', null, undefined]) expect(dialogueSequence(da, bad)).toEqual([]);
  });

  it('reads an area choice from an attribute', () => {
    expect(areaChoice('drift')).toBe('drift');
    expect(areaChoice('all')).toBe('all');
    for (const x of ['', 'DRIFT', 'ledelse', null, undefined, 3]) expect(areaChoice(x)).toBeNull();
  });
});

describe('moving through the questions', () => {
  it('next, previous, first and last stay within the sequence', () => {
    expect(move(0, 5, 'next')).toBe(1);
    expect(move(4, 5, 'next')).toBe(4);
    expect(move(0, 5, 'previous')).toBe(0);
    expect(move(3, 5, 'previous')).toBe(2);
    expect(move(3, 5, 'first')).toBe(0);
    expect(move(1, 5, 'last')).toBe(4);
    expect(move(2, 5, 'toggle-text')).toBe(2);
    expect(move(9, 5, 'toggle-text')).toBe(4);
    expect(move(3, 0, 'next')).toBe(0);
  });

  it('never leaves 0 … count − 1 (property)', () => {
    const action = fc.constantFrom<DialogueAction>('next', 'previous', 'first', 'last', 'toggle-text');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.array(action, { maxLength: 60 }), (count, actions) => {
        let i = 0;
        for (const a of actions) {
          const j = move(i, count, a);
          expect(j).toBeGreaterThanOrEqual(0);
          expect(j).toBeLessThan(count);
          expect(Math.abs(j - i) <= 1 || a === 'first' || a === 'last').toBe(true);
          i = j;
        }
      }),
    );
  });

  it('walks a whole sequence forwards and back', () => {
    const n = dialogueSequence(da, 'arbejdsfaellesskaber', 'all').length;
    let i = 0;
    const seen = [i];
    while (move(i, n, 'next') !== i) seen.push((i = move(i, n, 'next')));
    expect(seen).toEqual([...Array(n).keys()]);
    while (move(i, n, 'previous') !== i) i = move(i, n, 'previous');
    expect(i).toBe(0);
  });

  it('says where it is: "2 af 5"', () => {
    expect(progress(1, 5)).toEqual({ current: 2, count: 5, fraction: 0.4 });
    expect(progress(0, 1)).toEqual({ current: 1, count: 1, fraction: 1 });
    expect(progress(7, 5).current).toBe(5);
    expect(progress(-1, 5).current).toBe(1);
    expect(progress(0, 0)).toEqual({ current: 0, count: 0, fraction: 0 });
  });
});

describe('keys', () => {
  const k = (key: string, more: object = {}) => ({ key, ...more });

  it('→ PageDown Space: next; ← PageUp Shift+Space: previous; Home End; T', () => {
    expect(keyAction(k('ArrowRight'), 'other')).toBe('next');
    expect(keyAction(k('PageDown'), 'other')).toBe('next');
    expect(keyAction(k(' '), 'other')).toBe('next');
    expect(keyAction(k('ArrowLeft'), 'other')).toBe('previous');
    expect(keyAction(k('PageUp'), 'other')).toBe('previous');
    expect(keyAction(k(' ', { shiftKey: true }), 'other')).toBe('previous');
    expect(keyAction(k('Home'), 'other')).toBe('first');
    expect(keyAction(k('End'), 'other')).toBe('last');
    expect(keyAction(k('t'), 'other')).toBe('toggle-text');
    expect(keyAction(k('T', { shiftKey: true }), 'other')).toBe('toggle-text');
    for (const other of ['Enter', 'Escape', 'Tab', 'a', 'ArrowUp', 'ArrowDown']) expect(keyAction(k(other), 'other')).toBeNull();
  });

  it('leaves every key to a form control', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', ' ', 'Home', 'End', 't', 'PageDown']) expect(keyAction(k(key), 'control')).toBeNull();
  });

  it('lets a button have Space (it presses the button), but takes the arrows there', () => {
    expect(keyAction(k(' '), 'button')).toBeNull();
    expect(keyAction(k('ArrowRight'), 'button')).toBe('next');
    expect(keyAction(k('t'), 'button')).toBe('toggle-text');
  });

  it('leaves keys with Ctrl, Alt or Meta to the browser', () => {
    for (const mod of ['ctrlKey', 'altKey', 'metaKey']) {
      expect(keyAction(k('ArrowRight', { [mod]: true }), 'other')).toBeNull();
      expect(keyAction(k('t', { [mod]: true }), 'other')).toBeNull();
    }
  });
});

describe('the framework text and the rest', () => {
  it('for an area: what we do and the leader’s role', () => {
    const card = dialogueSequence(da, 'ledergruppe', 'drift')[0];
    const [block] = frameworkText(da, card);
    const drift = da.focusAreas.find((a) => a.id === 'drift')!;
    expect(block).toEqual({ heading: drift.title, lead: 'Hvad gør vi?', items: drift.statements, paragraphs: drift.leaderRole, areaId: 'drift' });
  });

  it('without an area: the four areas with their points', () => {
    const blocks = frameworkText(en, dialogueSequence(en, 'ledergruppe')[0]);
    expect(blocks.map((b) => b.heading)).toEqual(en.focusAreas.map((a) => a.title));
    expect(blocks.every((b) => b.lead === 'We will do this by:' && b.items!.length === 3)).toBe(true);
    expect(frameworkText(da, undefined)).toEqual([]);
  });

  it('reads minutes per question; 0, empty or nonsense is no timer', () => {
    expect(parseMinutes('3')).toBe(3);
    expect(parseMinutes(' 1,5 ')).toBe(1.5);
    expect(parseMinutes(90)).toBe(60);
    for (const x of ['', '0', '-2', 'fem', null, undefined, NaN]) expect(parseMinutes(x)).toBe(0);
  });

  it('shows time as m:ss, rounded up', () => {
    expect(formatClock(180_000)).toBe('3:00');
    expect(formatClock(179_001)).toBe('3:00');
    expect(formatClock(61_000)).toBe('1:01');
    expect(formatClock(500)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
  });

  it('lays cards out six to a sheet', () => {
    const cards = dialogueSequence(da, 'arbejdsfaellesskaber', 'all');
    expect(sheets(cards, 6).map((s) => s.length)).toEqual([6, 3]);
    expect(sheets([1, 2, 3, 4, 5, 6, 7], 6)).toEqual([[1, 2, 3, 4, 5, 6], [7]]);
    expect(sheets([], 6)).toEqual([]);
    expect(sheets([1, 2], 0)).toEqual([[1], [2]]);
  });
});
