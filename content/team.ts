/**
 * A team's meetings over time (`<lg-meeting>`): its agreements, the rounds it revealed (counts only, never answer
 * codes), its meetings and their minutes, as plain data, and how two copies of it become one. Pure, no DOM; the day and
 * the random ids are passed in.
 *
 * Every record (an agreement, a round, a meeting) carries its revisions: `rev` (random), and `revs`, the revisions it
 * was made from, newest last. Two copies of a record become one like this: the same revision is the same record; a
 * record whose `revs` hold the other's `rev` was changed from it, and wins; otherwise both were changed since they
 * parted — a real conflict. The merged team then holds one of them (the later change; the revision breaks a tie) and
 * lists the other under `conflicts`, for the person to choose; nothing is ever dropped in silence. Records are never
 * deleted (an agreement is *dropped*, not removed), so there is nothing else to reconcile. The merge is commutative,
 * idempotent and keeps every record of either copy (property tests).
 */
import type { Phase } from './meeting-plan';
import { FOCUS_AREA_IDS, type FocusAreaId } from './model';
import { type Counts } from './round';

/** How an agreement stands: `new` until a later meeting gives it a status. */
export const AGREEMENT_STATUSES = ['new', 'under-way', 'done', 'dropped', 'carried'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** The statuses of an agreement still to be followed up. */
export const isOpen = (a: Pick<Agreement, 'status'>): boolean => a.status === 'new' || a.status === 'under-way' || a.status === 'carried';

/** What every record of a team carries: its id, when it last changed, and its revisions. */
export interface Revised {
  id: string;
  /** When it last changed (ISO time). */
  updatedAt: string;
  /** This revision (random). */
  rev: string;
  /** The revisions it was changed from, oldest first (at most MAX_REVS). */
  revs: string[];
}

export interface Agreement extends Revised {
  what: string;
  /** Initials or a role: no accounts. */
  who: string;
  /** By when (YYYY-MM-DD), or ''. */
  due: string;
  area: FocusAreaId | '';
  status: AgreementStatus;
  /** The meeting it was made in. */
  meeting: string;
}

/** A round the team revealed: the counts only. */
export interface TeamRound extends Revised {
  day: string;
  topic: 'task' | 'leadership';
  task: string;
  people: number;
  counts: Counts;
  withheld: FocusAreaId[];
}

export interface Meeting extends Revised {
  day: string;
  /** The plan the meeting follows. */
  plan: Phase[];
  /** Ended: the minutes are final (the meeting is no longer the one in progress). */
  ended: boolean;
  /** The round of the meeting (its id), once revealed. */
  round: string;
  /** The focus areas the team talked about. */
  talkedAbout: FocusAreaId[];
  /** Free notes for the minutes. */
  notes: string;
}

/** Two versions of one record, changed in two copies since they parted. `kept` is in the team; `other` waits. */
export interface Conflict {
  kind: 'agreements' | 'rounds' | 'meetings';
  id: string;
  other: Agreement | TeamRound | Meeting;
}

export interface Team {
  id: string;
  name: string;
  /** When the name last changed (ISO time). */
  updatedAt: string;
  agreements: Agreement[];
  rounds: TeamRound[];
  meetings: Meeting[];
  conflicts: Conflict[];
}

export const MAX_REVS = 50;
export const MAX_TEXT = 500;

/** A new, empty team. */
export const newTeam = (id: string, name: string, now: string): Team => ({
  id,
  name: name.trim().slice(0, 120),
  updatedAt: now,
  agreements: [],
  rounds: [],
  meetings: [],
  conflicts: [],
});

/** The record changed: a new revision, made from the one it was. */
export function revise<T extends Revised>(record: T, change: Partial<Omit<T, keyof Revised>>, rev: string, now: string): T {
  return { ...record, ...change, updatedAt: now, rev, revs: [...record.revs, record.rev].slice(-MAX_REVS) };
}

/** A new record's id: its time of making first (base 36), so that ids sort in the order records were made. */
export const timeId = (now: Date, random: string): string => now.getTime().toString(36).padStart(9, '0') + random;

/** A record's first revision. */
export const first = (id: string, rev: string, now: string): Revised => ({ id, updatedAt: now, rev, revs: [] });

/** Which of two versions of one record stands: the one changed from the other, else a conflict (the later first). */
function reconcile<T extends Revised>(a: T, b: T): { kept: T; other?: T } {
  if (a.rev === b.rev) return { kept: a };
  if (a.revs.includes(b.rev)) return { kept: a };
  if (b.revs.includes(a.rev)) return { kept: b };
  const [kept, other] = a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.rev > b.rev) ? [a, b] : [b, a];
  return { kept, other };
}

const byId = <T extends { id: string }>(x: T, y: T) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** One list of two: every id once; a conflict where both changed a record since they parted. */
function mergeList<T extends Agreement | TeamRound | Meeting>(kind: Conflict['kind'], a: T[], b: T[], conflicts: Conflict[]): T[] {
  const out = new Map(a.map((r) => [r.id, r]));
  for (const r of b) {
    const mine = out.get(r.id);
    if (!mine) {
      out.set(r.id, r);
      continue;
    }
    const { kept, other } = reconcile(mine, r);
    out.set(r.id, kept);
    if (other) conflicts.push({ kind, id: r.id, other });
  }
  return [...out.values()].sort(byId);
}

/** Each conflict once, and none that the merge has already settled (its `other` is now kept, or an ancestor). */
function openConflicts(team: Omit<Team, 'conflicts'>, conflicts: Conflict[]): Conflict[] {
  const seen = new Map<string, Conflict>();
  for (const c of conflicts) {
    const kept = (team[c.kind] as Revised[]).find((r) => r.id === c.id);
    if (!kept || kept.rev === c.other.rev || kept.revs.includes(c.other.rev)) continue;
    seen.set(`${c.kind} ${c.id} ${c.other.rev}`, c);
  }
  return [...seen.values()].sort((x, y) => (`${x.kind} ${x.id} ${x.other.rev}` < `${y.kind} ${y.id} ${y.other.rev}` ? -1 : 1));
}

/** Two copies of one team as one: commutative, idempotent, nothing of either lost (a conflict keeps both versions). */
export function mergeTeams(a: Team, b: Team): Team {
  const conflicts: Conflict[] = [...a.conflicts, ...b.conflicts];
  const [named, other] = a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.name >= b.name) ? [a, b] : [b, a];
  const merged = {
    id: a.id,
    name: named.name || other.name,
    updatedAt: named.updatedAt,
    agreements: mergeList('agreements', a.agreements, b.agreements, conflicts),
    rounds: mergeList('rounds', a.rounds, b.rounds, conflicts),
    meetings: mergeList('meetings', a.meetings, b.meetings, conflicts),
  };
  return { ...merged, conflicts: openConflicts(merged, conflicts) };
}

/** The person chose `choice` for a conflict: a new revision made from both, and the conflict settled. */
export function settle(team: Team, conflict: Conflict, choice: 'kept' | 'other', rev: string, now: string): Team {
  const list = team[conflict.kind] as Revised[];
  const kept = list.find((r) => r.id === conflict.id);
  if (!kept) return team;
  const chosen = choice === 'kept' ? kept : conflict.other;
  const both = [...new Set([...kept.revs, kept.rev, ...conflict.other.revs, conflict.other.rev])].slice(-MAX_REVS);
  const record = { ...chosen, updatedAt: now, rev, revs: both };
  return {
    ...team,
    [conflict.kind]: list.map((r) => (r.id === conflict.id ? record : r)),
    conflicts: team.conflicts.filter((c) => c !== conflict && !(c.kind === conflict.kind && c.id === conflict.id)),
  } as Team;
}

// ------------------------------------------------------------------------------------------
// what a meeting shows

/**
 * The agreements `meeting` follows up, first thing: those made at earlier meetings that are still open, or that were
 * given a status on the meeting's day or later (so that one marked done stays in view, and in the minutes), oldest
 * first.
 */
export function followUp(team: Team, meeting: Pick<Meeting, 'id' | 'day'>): Agreement[] {
  const earlier = new Set(team.meetings.filter((m) => m.id !== meeting.id && m.day <= meeting.day).map((m) => m.id));
  return team.agreements
    .filter((a) => earlier.has(a.meeting) && (isOpen(a) || a.updatedAt.slice(0, 10) >= meeting.day))
    .sort((x, y) => (x.meeting === y.meeting ? (x.id < y.id ? -1 : 1) : x.meeting < y.meeting ? -1 : 1));
}

/** The agreements made in `meeting`. */
export const madeIn = (team: Team, meeting: string): Agreement[] =>
  team.agreements.filter((a) => a.meeting === meeting).sort(byId); // ids sort in the order they were made (timeId)

/** The team's meetings, the newest first. */
export const meetingsNewestFirst = (team: Team): Meeting[] => [...team.meetings].sort((x, y) => (x.day < y.day ? 1 : x.day > y.day ? -1 : byId(y, x)));

/** The team's revealed leadership rounds, oldest first: the trend. */
export const leadershipRounds = (team: Team): TeamRound[] =>
  team.rounds.filter((r) => r.topic === 'leadership').sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : byId(x, y)));

/** A counts table with every area and four whole numbers, or undefined. */
export function toCounts(x: unknown): Counts | undefined {
  if (!x || typeof x !== 'object') return undefined;
  const out: Partial<Counts> = {};
  for (const id of FOCUS_AREA_IDS) {
    const v = (x as Record<string, unknown>)[id];
    if (!Array.isArray(v) || v.length !== 4 || !v.every((n) => Number.isInteger(n) && n >= 0)) return undefined;
    out[id] = [...v] as Counts[FocusAreaId];
  }
  return out as Counts;
}
