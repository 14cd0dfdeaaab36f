/**
 * The meeting screen's team (components/meeting/team-data.ts): a write that finishes after a newer change was made
 * must not take that change back (an agreement's write finishing after a note was typed replaced the team on screen
 * with what it had written). The flaky e2e that led here had a second cause, a late focus move:
 * focus-after-render.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { ReactiveControllerHost } from 'lit';
import { TeamData } from '../../components/meeting/team-data';
import { first, newTeam, revise, type Agreement, type Team } from '../../content/team';

const T0 = '2026-12-01T10:00:00.000Z';
const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) } as unknown as ReactiveControllerHost;

describe('TeamData', () => {
  it('keeps a newer change when an older write finishes after it', async () => {
    const data = new TeamData(host);
    // a store whose writes finish when the test says so
    const pending: Array<() => void> = [];
    const store = { put: (team: Team) => new Promise<Team>((resolve) => pending.push(() => resolve(team))) };
    Object.assign(data.teams, { open: async () => store, track: <T>(work: Promise<T>) => work, refresh: async () => {} });
    data.team = newTeam('t1', 'Ledergruppen', T0);

    const agreement: Agreement = { ...first('a1', 'r0', T0), what: 'Fast tid til sparring', who: 'AB', due: '2027-01-15', area: 'mening', status: 'new', meeting: 'm1' };
    const added = data.change((t) => ({ ...t, agreements: [agreement] }));
    const revised = data.change((t) => ({ ...t, agreements: t.agreements.map((a) => revise(a, { what: 'Fast tid til faglig sparring' }, 'r1', T0)) }));
    expect(data.team.agreements[0].what).toBe('Fast tid til faglig sparring');
    await new Promise((r) => setTimeout(r));
    pending[0](); // the first write finishes, with the team as it was then
    await added;
    expect(data.team!.agreements[0].what).toBe('Fast tid til faglig sparring');
    pending[1]();
    await revised;
    expect(data.team!.agreements[0].what).toBe('Fast tid til faglig sparring');
  });
});
