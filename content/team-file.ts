/**
 * The team file: `{ format: 'ledelsesgrundlag-team', version: 1, savedAt, team }` — the team's name, its agreements,
 * its revealed rounds (counts only, never answer codes), its meetings and any conflicts still to settle (./team.ts).
 * Kept where the team keeps its files (a SharePoint library synced by OneDrive, say), opened by the next facilitator.
 * Either the whole file is valid, or nothing is returned but what is wrong, as a code (the element words it). Pure, no
 * DOM, never throws.
 */
import { readEnvelope, isObject, type EnvelopeIssue } from './file-envelope';
import { toPlan } from './meeting-plan';
import { FOCUS_AREA_IDS, type FocusAreaId } from './model';
import { AGREEMENT_STATUSES, MAX_REVS, MAX_TEXT, toCounts, type Agreement, type Conflict, type Meeting, type Revised, type Team, type TeamRound } from './team';

export const TEAM_FORMAT = 'ledelsesgrundlag-team';
export const TEAM_VERSION = 1;

export type TeamFileIssue =
  | EnvelopeIssue
  /** Made by a newer version of this package: `value` is its version. */
  | { code: 'newer'; value: string }
  /** The file is of the right kind, but a record in it is not (`what`: which list). */
  | { code: 'damaged'; what: 'team' | Conflict['kind'] };

export type TeamFileRead = { ok: true; team: Team } | { ok: false; issue: TeamFileIssue };

/** The file's text. */
export function exportTeam(team: Team, now: Date): string {
  return `${JSON.stringify({ format: TEAM_FORMAT, version: TEAM_VERSION, savedAt: now.toISOString(), team }, null, 2)}\n`;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const text = (x: unknown, max = MAX_TEXT): string | undefined => (typeof x === 'string' ? x.slice(0, max) : undefined);
const areaOf = (x: unknown): FocusAreaId | '' | undefined => (x === '' || FOCUS_AREA_IDS.includes(x as FocusAreaId) ? (x as FocusAreaId | '') : undefined);

function revised(x: unknown): Revised | undefined {
  if (!isObject(x)) return undefined;
  const { id, updatedAt, rev, revs } = x;
  if (typeof id !== 'string' || !id || id.length > 40 || typeof updatedAt !== 'string' || Number.isNaN(Date.parse(updatedAt))) return undefined;
  if (typeof rev !== 'string' || !rev || !Array.isArray(revs) || !revs.every((r) => typeof r === 'string')) return undefined;
  return { id, updatedAt, rev, revs: (revs as string[]).slice(-MAX_REVS) };
}

/** An agreement read from a file or the store, cleaned, or undefined. */
export function toAgreement(x: unknown): Agreement | undefined {
  const base = revised(x);
  if (!base || !isObject(x)) return undefined;
  const [what, who, due, meeting] = [text(x.what), text(x.who, 60), text(x.due, 10), text(x.meeting, 40)];
  const area = areaOf(x.area);
  const status = AGREEMENT_STATUSES.find((s) => s === x.status);
  if (!what?.trim() || who === undefined || due === undefined || (due && !DAY.test(due)) || area === undefined || !status || !meeting) return undefined;
  return { ...base, what, who, due, area, status, meeting };
}

/** A revealed round read from a file or the store (counts only), or undefined. */
export function toTeamRound(x: unknown): TeamRound | undefined {
  const base = revised(x);
  if (!base || !isObject(x)) return undefined;
  const counts = toCounts(x.counts);
  const withheld = Array.isArray(x.withheld) ? FOCUS_AREA_IDS.filter((id) => (x.withheld as unknown[]).includes(id)) : undefined;
  if (typeof x.day !== 'string' || !DAY.test(x.day) || (x.topic !== 'task' && x.topic !== 'leadership') || !counts || !withheld) return undefined;
  if (!Number.isInteger(x.people) || (x.people as number) < 1) return undefined;
  // never an area that fewer than three answered: its counts could tell one person's answer
  for (const id of FOCUS_AREA_IDS) if (!withheld.includes(id) && counts[id].some((n) => n > 0) && counts[id].reduce((a, b) => a + b, 0) < 3) return undefined;
  return { ...base, day: x.day, topic: x.topic, task: text(x.task, 200) ?? '', people: x.people as number, counts, withheld };
}

/** A meeting read from a file or the store, or undefined. */
export function toMeeting(x: unknown): Meeting | undefined {
  const base = revised(x);
  if (!base || !isObject(x)) return undefined;
  const talked = Array.isArray(x.talkedAbout) ? FOCUS_AREA_IDS.filter((id) => (x.talkedAbout as unknown[]).includes(id)) : undefined;
  if (typeof x.day !== 'string' || !DAY.test(x.day) || !talked) return undefined;
  return { ...base, day: x.day, plan: toPlan(x.plan), ended: x.ended === true, round: text(x.round, 40) ?? '', talkedAbout: talked, notes: text(x.notes, 4000) ?? '' };
}

const READERS = { agreements: toAgreement, rounds: toTeamRound, meetings: toMeeting } as const;

/** A team read from a file's `team` or from the store, or what is wrong with it. */
export function toTeam(x: unknown): { ok: true; team: Team } | { ok: false; what: 'team' | Conflict['kind'] } {
  if (!isObject(x) || typeof x.id !== 'string' || !x.id || typeof x.name !== 'string' || typeof x.updatedAt !== 'string') return { ok: false, what: 'team' };
  const lists = {} as Pick<Team, Conflict['kind']>;
  for (const kind of Object.keys(READERS) as Conflict['kind'][]) {
    const raw = x[kind];
    const read = Array.isArray(raw) ? raw.map((r) => READERS[kind](r)) : undefined;
    if (!read || read.some((r) => !r)) return { ok: false, what: kind };
    (lists as Record<string, unknown>)[kind] = read;
  }
  const conflicts: Conflict[] = [];
  for (const c of Array.isArray(x.conflicts) ? x.conflicts : []) {
    const kind = isObject(c) ? (Object.keys(READERS) as Conflict['kind'][]).find((k) => k === c.kind) : undefined;
    const other = kind && isObject(c) ? READERS[kind](c.other) : undefined;
    if (!kind || !other || !isObject(c) || c.id !== other.id) return { ok: false, what: 'team' };
    conflicts.push({ kind, id: other.id, other });
  }
  return { ok: true, team: { id: x.id.slice(0, 40), name: x.name.slice(0, 120), updatedAt: x.updatedAt, ...lists, conflicts } };
}

/** Reads a team file's text (decrypted first, where it was encrypted). */
export function parseTeamFile(content: unknown): TeamFileRead {
  const envelope = readEnvelope(content, TEAM_FORMAT, TEAM_VERSION);
  if (!envelope.ok) {
    const { issue } = envelope;
    const later = issue.code === 'version' && Number(issue.value) > TEAM_VERSION;
    return { ok: false, issue: later ? { code: 'newer', value: issue.value! } : issue };
  }
  const team = toTeam(envelope.data.team);
  return team.ok ? team : { ok: false, issue: { code: 'damaged', what: team.what } };
}
