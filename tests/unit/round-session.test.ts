/** The round's session model (content/round-session.ts): setup → collecting → revealed, and the participant's side. */
import { describe, expect, it } from 'vitest';
import { answerCode, newAnswer, parseAnswerCode, type RoundRef, type RoundValues, type Step } from '../../content/round-code';
import { emptyCounts, people } from '../../content/round';
import * as session from '../../content/round-session';

const round: RoundRef = { id: 'K7Q2M', topic: 'leadership' };
const v = (f: Step | null, i: Step | null, m: Step | null, d: Step | null): RoundValues => ({ faglighed: f, innovation: i, mening: m, drift: d });
const code = (values: RoundValues) => answerCode(newAnswer(round, values));

function started(setup: Partial<session.SetupState> = {}): session.RoundSession {
  const result = session.startRound(session.editSetup(session.setupSession(), setup), round, '2026-03-10');
  if (!result.ok) throw new Error(result.problem);
  return result.session;
}

function taken(s: session.RoundSession, ...codes: string[]): session.RoundSession {
  for (const c of codes) {
    const r = session.takeCodes(s, c);
    if (!r.ok) throw new Error(r.problem);
    s = r.session;
  }
  return s;
}

describe('the round session', () => {
  it('starts at the setup form, and the setup keeps what was typed; an unknown level falls back to the default', () => {
    const s = session.setupSession();
    expect(s.stage).toBe('setup');
    expect(session.recordOf(s)).toBeUndefined();
    const typed = session.editSetup(s, { topic: 'task', task: 'Ny skolestruktur', level: 'nope' as never });
    expect(typed.setup).toEqual({ topic: 'task', task: 'Ny skolestruktur', level: 'ledergruppe', threshold: '3' });
  });

  it('refuses to start a task round without a task, or with a threshold below three or not a whole number', () => {
    const s = session.setupSession();
    expect(session.startRound(session.editSetup(s, { topic: 'task', task: '  ' }), round, '2026-03-10')).toEqual({ ok: false, problem: 'task-missing' });
    for (const threshold of ['2', '3.5', 'tre', ''])
      expect(session.startRound(session.editSetup(s, { threshold }), round, '2026-03-10')).toEqual({ ok: false, problem: 'threshold' });
  });

  it('collects answers, dated by the day given, and reveals only from the threshold on; then only counts are kept', () => {
    let s = started({ threshold: '3' });
    expect(s.stage).toBe('collecting');
    expect(session.recordOf(s)!.day).toBe('2026-03-10');
    s = taken(s, code(v(3, 2, 1, 0)), code(v(1, 1, 1, 1)));
    expect(people(session.recordOf(s)!)).toBe(2);
    expect(session.revealRound(s)).toEqual({ ok: false, problem: 'too-few' });
    s = taken(s, code(v(0, 0, 0, null)));
    const shown = session.revealRound(s);
    expect(shown.ok).toBe(true);
    if (!shown.ok) return;
    expect(shown.session.stage).toBe('revealed');
    expect(session.recordOf(shown.session)!.answers).toEqual([]);
    expect(session.recordOf(shown.session)!.revealed?.people).toBe(3);
    // a revealed round takes no more answers
    expect(session.takeCodes(shown.session, code(v(1, 1, 1, 1)))).toEqual({ ok: false, problem: 'closed' });
  });

  it('refuses a duplicate and another round’s code, and keeps the round as it was', () => {
    const first = code(v(3, 2, 1, 0));
    const s = taken(started(), first);
    expect(session.takeCodes(s, first)).toEqual({ ok: false, problem: 'duplicate' });
    expect(session.takeCodes(s, answerCode({ round: 'ZZZZZ', answerId: 'AAAA', values: v(1, 1, 1, 1) }))).toEqual({ ok: false, problem: 'check' });
    expect(session.recordOf(s)!.answers).toHaveLength(1);
  });

  it('takes counts by hand (the form closes), and refuses counts above the people counted', () => {
    let s = session.toggleByHand(started());
    expect(s.stage === 'collecting' && s.byHandOpen).toBe(true);
    const counts = emptyCounts();
    counts.drift = [0, 2, 1, 0];
    expect(session.takeByHand(s, 2, counts, 'h1')).toEqual({ ok: false, problem: 'hand-counts' });
    const r = session.takeByHand(s, 3, counts, 'h1');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    s = r.session;
    expect(s.stage === 'collecting' && s.byHandOpen).toBe(false);
    expect(people(session.recordOf(s)!)).toBe(3);
  });

  it('starts the conversation at an area only once revealed, and a new round goes back to the setup with what was typed', () => {
    const s = taken(started({ level: 'arbejdsfaellesskaber' }), code(v(1, 1, 1, 1)), code(v(2, 2, 2, 2)), code(v(3, 3, 3, 3)));
    expect(session.startDialogue(s, 'drift')).toBe(s);
    const shown = session.revealRound(s);
    if (!shown.ok) throw new Error(shown.problem);
    const talking = session.startDialogue(shown.session, 'drift');
    expect(talking.stage === 'revealed' && talking.dialogueArea).toBe('drift');
    const again = session.closeRound(talking);
    expect(again).toEqual({ stage: 'setup', setup: { ...session.DEFAULT_SETUP, level: 'arbejdsfaellesskaber' } });
  });

  it('opens a kept round as it was left, and closes a round only when its own id is forgotten', () => {
    const s = taken(started(), code(v(1, 1, 1, 1)));
    const record = session.recordOf(s)!;
    expect(session.openRecord(session.setupSession(), record).stage).toBe('collecting');
    expect(session.closeRound(s, 'OTHER')).toBe(s);
    expect(session.closeRound(s, record.id).stage).toBe('setup');
  });
});

describe('the participant', () => {
  const broken = 'T' + round.id; // not a valid code: the check symbols are missing
  it('keeps the typed code and says why it cannot join; joins a valid round', async () => {
    const { roundCode: encode } = await import('../../content/round-code');
    const bad = session.joinRound(session.notJoined(), broken, '');
    expect(bad.problem).toBeDefined();
    expect(bad.state.joinCode).toBe(broken);
    const good = session.joinRound(bad.state, encode(round), 'x'.repeat(300));
    expect(good.problem).toBeUndefined();
    expect(good.state.joined?.round).toEqual(round);
    expect(good.state.joined?.task).toHaveLength(200);
  });

  it('makes an answer code only when every area has a step (or "don’t know"), and a change drops the code', async () => {
    const { roundCode: encode } = await import('../../content/round-code');
    let p = session.joinRound(session.notJoined(), encode(round), '').state;
    p = session.choose(p, 'faglighed', 2);
    p = session.choose(p, 'innovation', null);
    p = session.choose(p, 'mening', 0);
    expect(session.makeAnswer(p).problem).toBe('choose-all');
    p = session.choose(p, 'drift', 3);
    const made = session.makeAnswer(p);
    expect(made.problem).toBeUndefined();
    const decoded = parseAnswerCode(made.state.code!, made.state.joined!.round.id);
    expect(decoded.ok && decoded.value.values).toEqual(v(2, null, 0, 3));
    expect(session.changeAnswer(made.state).code).toBeUndefined();
  });
});
