/**
 * The teams of `<lg-meeting>`, kept in the browser (IndexedDB store `teams`, version 7 of the one database): the
 * facilitator's copy of each team, by name. Every write is the team kept and the one written made one
 * (content/team.ts `mergeTeams`), so two tabs, or a tab and a file, lose nothing. Falls back to memory like every store
 * here (../shared/record-store); nothing throws.
 */
import type { Team } from '../../content/team';
import { mergeTeams } from '../../content/team';
import { toTeam } from '../../content/team-file';
import type { DatabaseOptions } from './database';
import { listOnce, openRecordStore, type RecordStore } from './record-store';

export type TeamStore = RecordStore<Team>;

const byName = (a: Team, b: Team) => a.name.localeCompare(b.name, 'da') || (a.id < b.id ? -1 : 1);

/** Opens the store; falls back to memory (never rejects). */
export const openTeamStore = (options: DatabaseOptions = {}): Promise<TeamStore> =>
  openRecordStore({
    ...options,
    store: 'teams',
    validate: (x) => {
      const read = toTeam(x);
      return read.ok ? read.team : undefined;
    },
    order: byName,
    merge: mergeTeams,
  });

/** Every team kept here, read once (the store is opened and closed again): for a backup of everything. */
export const listTeams = (): Promise<Team[]> => listOnce(openTeamStore);

/** Keeps `teams` from a backup: each merged into the copy kept here, so that nothing of either is lost. */
export async function keepTeams(teams: readonly Team[]): Promise<void> {
  if (!teams.length) return;
  const store = await openTeamStore();
  try {
    for (const team of teams) await store.put(team);
  } finally {
    store.close();
  }
}
