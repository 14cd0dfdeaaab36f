import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { mergeTeams, type Team } from '../../content/team';
import { RecordList } from '../shared/controllers/record-list';
import { openTeamStore, type TeamStore } from '../shared/team-store';

/**
 * The team on the meeting screen, and the teams kept on this computer: one owner for both. A change is a function of
 * the team (content/team.ts), applied here and written at once; what is kept is the team as this tab and any other have
 * it, made one, and the screen shows that. `unsaved` says whether the team's file is behind the browser's copy.
 */
export class TeamData implements ReactiveController {
  /** The team shown, if any. */
  team: Team | undefined;
  /** The team changed since its file was last saved or opened. */
  unsaved = false;
  readonly teams: RecordList<Team, TeamStore>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    this.teams = new RecordList<Team, TeamStore>(host, () => openTeamStore());
  }

  hostConnected(): void {}

  /**
   * Another tab changed the team shown: the screen takes it in. Merged, not replaced: the list may still hold the team
   * as it was before this tab's last change, and a merge of the two keeps everything of both (content/team.ts).
   */
  hostUpdate(): void {
    const kept = this.team && this.teams.items?.find((t) => t.id === this.team!.id);
    if (!kept || kept === this.team) return;
    const merged = mergeTeams(this.team!, kept);
    if (JSON.stringify(merged) !== JSON.stringify(this.team)) this.team = merged;
  }

  /** Shows `team` (a kept one, a new one, or one read from its file) and keeps it; resolves to what is kept. */
  async show(team: Team, fromFile = false): Promise<Team> {
    this.team = team;
    if (fromFile) this.unsaved = false;
    this.host.requestUpdate();
    return this.write(team);
  }

  /** Changes the team shown by `update`, and keeps it. */
  async change(update: (team: Team) => Team): Promise<void> {
    if (!this.team) return;
    this.team = update(this.team);
    this.unsaved = true;
    this.host.requestUpdate();
    await this.write(this.team);
  }

  /** The file was saved with the team as it is. */
  saved(): void {
    this.unsaved = false;
    this.host.requestUpdate();
  }

  /** Back to the list of teams. */
  close(): void {
    this.team = undefined;
    this.host.requestUpdate();
  }

  /** @internal */
  private async write(team: Team): Promise<Team> {
    const kept = await this.teams.track(this.teams.open().then((store) => store.put(team)));
    // merged, not replaced: a change made while this write was under way is newer than what it kept
    if (this.team?.id === kept.id) this.team = mergeTeams(this.team, kept);
    void this.teams.refresh();
    this.host.requestUpdate();
    return kept;
  }
}
