import type { CSSResultGroup, LitElement, ReactiveController } from 'lit';
import { talkMarkdown, type GroupView, type JournalEntry } from '../../content/journal';
import type { Framework, Language } from '../../content/model';
import type { RoundRecord } from '../../content/round';
import { Announcer } from '../shared/controllers/announcer';
import { Copier } from '../shared/controllers/copier';
import { RecordList } from '../shared/controllers/record-list';
import { printAlone } from '../shared/print';
import { openRoundStore, type RoundStore } from '../shared/round-store';
import type { TalkHandlers, TalkView } from './talk-sheet';
import { journalLabels, type JournalUi } from './reflection-journal.strings';

/** What the talk sheet needs of the journal: the newest notes, and the words and language they are shown in. */
export interface TalkPort {
  readonly host: LitElement;
  newest(): JournalEntry[];
  framework(): Framework;
  language(): Language;
  strings(): JournalUi;
  /** The styles the printed sheet takes with it. */
  styles: CSSResultGroup;
}

/**
 * "Forbered samtalen med min leder": whether the sheet is open, the group's picture chosen beside mine (a revealed
 * round of `<lg-round>` on our leadership, read from this browser when the sheet opens), copying it as Markdown and
 * printing it alone. Owns those fields, the rounds it reads and its status line.
 */
export class TalkSheet implements ReactiveController {
  /** The sheet is shown. */
  open = false;
  /** The id of the group's picture shown beside mine ('' for none). */
  group = '';
  /** The rounds kept in this browser. */
  readonly rounds: RecordList<RoundRecord, RoundStore>;
  /** The sheet's status line. */
  readonly status: Announcer;
  /** @internal */
  private readonly copier: Copier;

  constructor(private readonly port: TalkPort) {
    port.host.addController(this);
    this.rounds = new RecordList<RoundRecord, RoundStore>(port.host, () => openRoundStore());
    this.status = new Announcer(port.host);
    this.copier = new Copier(port.host);
  }

  hostConnected(): void {}

  /** The group's pictures of our leadership (revealed rounds) in this browser, newest first. */
  get groups(): (GroupView & { id: string })[] {
    return (this.rounds.items ?? []).flatMap((r) =>
      r.revealed && r.topic === 'leadership' ? [{ id: r.id, day: r.day, people: r.revealed.people, counts: r.revealed.counts }] : [],
    );
  }

  /** The sheet as Markdown, in the journal's language. */
  markdown(): string {
    const { port } = this;
    return talkMarkdown(port.newest(), port.framework(), journalLabels(port.language()), this.groups.find((g) => g.id === this.group));
  }

  /** The sheet closes (the journal was locked). */
  close(): void {
    this.open = false;
    this.port.host.requestUpdate();
  }

  /** @internal Copies the sheet as Markdown; where the clipboard fails, opens the Markdown and selects it to copy by hand. */
  private async copy(): Promise<void> {
    const s = this.port.strings();
    if (await this.copier.copy(this.markdown())) this.status.say(s.copied);
    else {
      this.status.say(s.copyFailed);
      await this.copier.select('#talk-md-text');
    }
  }

  /** What the talk section shows. */
  view(): TalkView {
    const groups = this.groups;
    return {
      open: this.open,
      entries: this.port.newest(),
      markdown: this.open ? this.markdown() : '',
      lang: this.port.language(),
      labels: journalLabels(this.port.language()),
      groups,
      group: groups.find((g) => g.id === this.group),
    };
  }

  readonly handlers: TalkHandlers = {
    toggle: () => {
      this.open = !this.open;
      this.status.clear();
      if (this.open) void this.rounds.refresh();
    },
    chooseGroup: (id) => {
      this.group = id;
      this.port.host.requestUpdate();
    },
    // the sheet alone, as its own pages (not the page around the journal)
    print: () => {
      const sheet = this.port.host.renderRoot.querySelector('#talk-sheet');
      if (sheet) void printAlone(sheet, this.port.styles, this.port.language(), this.port.strings().talkTitle);
    },
    copy: () => void this.copy(),
  };
}
