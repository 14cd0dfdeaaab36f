import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyCounts } from '../../content/round';
import { exportTeam, parseTeamFile, toTeam } from '../../content/team-file';
import {
  first,
  leadershipRounds,
  madeIn,
  mergeTeams,
  newTeam,
  followUp,
  revise,
  settle,
  type Agreement,
  type Team,
  type TeamRound,
} from '../../content/team';

const T0 = '2026-12-01T10:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

const agreement = (id: string, what: string, meeting = 'm1', minutes = 0): Agreement => ({
  ...first(id, `${id}-r0`, at(minutes)),
  what,
  who: 'AB',
  due: '2027-01-15',
  area: 'mening',
  status: 'new',
  meeting,
});

const round = (id: string, day: string): TeamRound => ({
  ...first(id, `${id}-r0`, at(0)),
  day,
  topic: 'leadership',
  task: '',
  people: 4,
  counts: { ...emptyCounts(), faglighed: [1, 1, 1, 1], innovation: [0, 0, 4, 0], mening: [0, 2, 2, 0], drift: [4, 0, 0, 0] },
  withheld: [],
});

const base = (): Team => ({ ...newTeam('team1', 'Ledergruppen', T0), agreements: [agreement('a1', 'Fast tid til faglig sparring'), agreement('a2', 'Prøv ét nyt mødeformat')] });

/** A copy of `team` that went its own way: each step changes an agreement, adds one, or renames. */
const step = fc.oneof(
  fc.record({ kind: fc.constant('status' as const), which: fc.nat(3), status: fc.constantFrom('under-way', 'done', 'dropped', 'carried') }),
  fc.record({ kind: fc.constant('add' as const), id: fc.constantFrom('x1', 'x2', 'x3'), what: fc.string({ minLength: 1, maxLength: 8 }).filter((w) => !!w.trim()) }),
  fc.record({ kind: fc.constant('round' as const), id: fc.constantFrom('r1', 'r2') }),
  fc.record({ kind: fc.constant('name' as const), name: fc.constantFrom('Ledergruppen', 'TRIO Vest', 'Skoleledelsen') }),
);
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

function diverge(team: Team, steps: Step[], who: string): Team {
  let t = team;
  steps.forEach((s, i) => {
    const now = at(10 + i);
    const rev = `${who}${i}`;
    if (s.kind === 'status' && t.agreements.length) {
      const a = t.agreements[s.which % t.agreements.length];
      t = { ...t, agreements: t.agreements.map((x) => (x.id === a.id ? revise(x, { status: s.status }, rev, now) : x)) };
    } else if (s.kind === 'add' && !t.agreements.some((a) => a.id === s.id)) t = { ...t, agreements: [...t.agreements, { ...agreement(s.id, s.what, 'm2', 10 + i), rev }] };
    else if (s.kind === 'round' && !t.rounds.some((r) => r.id === s.id)) t = { ...t, rounds: [...t.rounds, round(s.id, '2026-12-04')] };
    else if (s.kind === 'name') t = { ...t, name: s.name, updatedAt: now };
  });
  return t;
}

/** Every version of every record either copy holds, as `id rev`. */
const versions = (t: Team) => new Set([...t.agreements, ...t.rounds, ...t.meetings, ...t.conflicts.map((c) => c.other)].map((r) => `${r.id} ${r.rev}`));

const copies = fc.tuple(fc.array(step, { maxLength: 6 }), fc.array(step, { maxLength: 6 }), fc.array(step, { maxLength: 6 }));

describe('two copies of a team become one', () => {
  it('commutative, idempotent, associative for three copies, and no version of any record lost', () => {
    fc.assert(
      fc.property(copies, ([s1, s2, s3]) => {
        const [a, b, c] = [diverge(base(), s1, 'a'), diverge(base(), s2, 'b'), diverge(base(), s3, 'c')];
        const ab = mergeTeams(a, b);
        expect(mergeTeams(b, a)).toEqual(ab);
        expect(mergeTeams(ab, ab)).toEqual(ab);
        expect(mergeTeams(ab, a)).toEqual(ab);
        expect(mergeTeams(mergeTeams(a, b), c)).toEqual(mergeTeams(a, mergeTeams(b, c)));
        // every version either copy made is in the merge, kept or waiting as a conflict, unless a later one was made from it
        const merged = versions(ab);
        const all = [...ab.agreements, ...ab.rounds, ...ab.meetings, ...ab.conflicts.map((x) => x.other)];
        for (const v of [...versions(a), ...versions(b)]) {
          const [id, rev] = v.split(' ');
          expect(merged.has(v) || all.some((r) => r.id === id && r.revs.includes(rev)), v).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a change made from the other copy wins without a conflict; two changes of one agreement are a conflict to settle', () => {
    const start = base();
    const done = { ...start, agreements: start.agreements.map((a) => (a.id === 'a1' ? revise(a, { status: 'done' }, 'r-done', at(5)) : a)) };
    expect(mergeTeams(start, done).agreements.find((a) => a.id === 'a1')!.status).toBe('done');
    expect(mergeTeams(start, done).conflicts).toEqual([]);
    // a second facilitator, from the old copy, marks it dropped
    const dropped = { ...start, agreements: start.agreements.map((a) => (a.id === 'a1' ? revise(a, { status: 'dropped' }, 'r-drop', at(7)) : a)) };
    const merged = mergeTeams(done, dropped);
    expect(merged.agreements.find((a) => a.id === 'a1')!.status).toBe('dropped'); // the later change shown…
    expect(merged.conflicts).toHaveLength(1); // …and the other waits for the person
    expect((merged.conflicts[0].other as Agreement).status).toBe('done');
    const settled = settle(merged, merged.conflicts[0], 'other', 'r-settled', at(9));
    expect(settled.conflicts).toEqual([]);
    expect(settled.agreements.find((a) => a.id === 'a1')!.status).toBe('done');
    // the settled version wins over both copies, and the conflict does not come back
    expect(mergeTeams(settled, dropped)).toEqual(settled);
    expect(mergeTeams(done, settled)).toEqual(settled);
  });
});

describe('what a meeting shows', () => {
  it('last time’s open agreements first, those of this meeting apart; the leadership rounds oldest first', () => {
    let t = base();
    const meeting = (id: string, day: string) => ({ ...first(id, `${id}-r`, at(0)), day, plan: [], ended: false, round: '', talkedAbout: [], notes: '' });
    t = { ...t, meetings: [meeting('m1', '2026-11-01'), meeting('m2', '2026-12-01')] };
    t = { ...t, agreements: [...t.agreements.map((a) => (a.id === 'a2' ? revise(a, { status: 'done' }, 'r', '2026-11-15T10:00:00.000Z') : a)), agreement('n1', 'Ny aftale', 'm2', 20)] };
    // a2 was done before this meeting: not followed up again; a1 is open
    expect(followUp(t, t.meetings[1]).map((a) => a.id)).toEqual(['a1']);
    // marked done at this meeting, it stays in view (and in the minutes)
    const done = { ...t, agreements: t.agreements.map((a) => (a.id === 'a1' ? revise(a, { status: 'done' }, 'r2', '2026-12-01T11:00:00.000Z') : a)) };
    expect(followUp(done, done.meetings[1]).map((a) => a.id)).toEqual(['a1']);
    expect(madeIn(t, 'm2').map((a) => a.id)).toEqual(['n1']);
    t = { ...t, rounds: [round('r2', '2026-12-04'), round('r1', '2026-09-01'), { ...round('r3', '2026-10-01'), topic: 'task' }] };
    expect(leadershipRounds(t).map((r) => r.id)).toEqual(['r1', 'r2']);
  });
});

describe('the team file', () => {
  it('round-trip: what is saved reads back the same', () => {
    fc.assert(
      fc.property(copies, ([s1, s2]) => {
        const t = mergeTeams(diverge(base(), s1, 'a'), diverge(base(), s2, 'b'));
        expect(parseTeamFile(exportTeam(t, new Date(T0)))).toEqual({ ok: true, team: t });
      }),
      { numRuns: 100 },
    );
  });

  it('says what is wrong, and never throws: not JSON, another kind of file, a newer version, a damaged record', () => {
    const good = JSON.parse(exportTeam(base(), new Date(T0)));
    expect(parseTeamFile('')).toEqual({ ok: false, issue: { code: 'empty' } });
    expect(parseTeamFile('{ nope')).toEqual({ ok: false, issue: { code: 'not-json' } });
    expect(parseTeamFile(JSON.stringify({ format: 'ledelsesgrundlag-backup', version: 1 }))).toEqual({ ok: false, issue: { code: 'foreign', format: 'ledelsesgrundlag-backup' } });
    expect(parseTeamFile(JSON.stringify({ ...good, version: 2 }))).toEqual({ ok: false, issue: { code: 'newer', value: '2' } });
    const damaged = { ...good, team: { ...good.team, agreements: [{ ...good.team.agreements[0], status: 'maybe' }] } };
    expect(parseTeamFile(JSON.stringify(damaged))).toEqual({ ok: false, issue: { code: 'damaged', what: 'agreements' } });
    // a round's counts where an area has fewer than three answers shown: refused (it could tell one person's answer)
    const telling = { ...good, team: { ...good.team, rounds: [{ ...round('r1', '2026-12-04'), counts: { ...round('r1', '2026-12-04').counts, drift: [0, 1, 0, 0] } }] } };
    expect(parseTeamFile(JSON.stringify(telling))).toEqual({ ok: false, issue: { code: 'damaged', what: 'rounds' } });
    fc.assert(fc.property(fc.anything(), (x) => void parseTeamFile(JSON.stringify({ format: 'ledelsesgrundlag-team', version: 1, team: x }))));
    expect(toTeam({ ...good.team, __proto__: null }).ok).toBe(true);
  });
});
