import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { formatDay } from '../../content/format';
import { QUESTION, levelWords, questionText, type JournalContent, type JournalEntry, type JournalLabels } from '../../content/journal';
import * as model from '../../content/journal-draft';
import type { Framework, Language } from '../../content/model';
import type { Announcer } from '../shared/controllers/announcer';
import { focusAfterRender } from '../shared/focus';
import { marker } from '../shared/markup';
import { button } from '../shared/button';
import { UI } from '../shared/strings';
import { written } from './note-view';
import type { JournalUi } from './reflection-journal.strings';

/** What the conflict needs of the journal: the form's draft, and how to keep one and save it. */
export interface ConflictPort {
  readonly host: LitElement;
  draft(): model.EntryDraft;
  keep(next: model.EntryDraft): void;
  save(): Promise<unknown>;
  readonly status: Announcer;
  strings(): JournalUi;
  language(): Language;
}

/**
 * A save refused because another tab saved the note since this form began from it (#27): nothing is written, and the
 * person sees both versions — theirs in the form, the other tab's here, where they differ — and chooses: save their
 * own over it, or take the other tab's into the form. Owns the other tab's version while the question is open.
 */
export class SaveConflict implements ReactiveController {
  /** The note as another tab saved it; undefined while there is no conflict. */
  current: JournalEntry | undefined;

  constructor(private readonly port: ConflictPort) {
    port.host.addController(this);
  }

  hostConnected(): void {}

  /** The save was refused: `current` is the note as it is kept now. */
  found(current: JournalEntry): void {
    this.current = current;
    this.port.status.say(this.port.strings().savedElsewhere(formatDay(current.date, this.port.language())), true);
    void focusAfterRender(this.port.host, '#conflict-keep');
  }

  /** The question goes (the note was deleted, another opened, the form emptied). */
  close(): void {
    this.current = undefined;
    this.port.host.requestUpdate();
  }

  /** @internal Saves this form's text over the other tab's version. */
  private keepMine(): void {
    const { current, port } = this;
    if (!current) return;
    this.close();
    port.keep(model.over(port.draft(), current));
    void port.save();
  }

  /** @internal Takes the other tab's version into the form. */
  private takeTheirs(): void {
    const { current, port } = this;
    if (!current) return;
    this.close();
    port.keep(model.draftOfEntry(current));
    port.status.say(port.strings().tookTheirs);
    void focusAfterRender(port.host, '#write-heading');
  }

  /** The question, with the rows where this form and the other tab's version differ. */
  render(fw: Framework, labels: JournalLabels): TemplateResult | typeof nothing {
    const { current } = this;
    if (!current) return nothing;
    const s = this.port.strings();
    const mine = this.port.draft().content;
    const text = (t: string | undefined) => written(t, s);
    const row = (head: unknown, a: unknown, b: unknown) => html`<tr><th scope="row">${head}</th><td>${a}</td><td>${b}</td></tr>`;
    // each row headed by the area's short name (its colour marker beside it) and the question
    const short = UI[this.port.language()].areaShort;
    const rows = fw.focusAreas.flatMap((area) =>
      differences(mine, current, area.id, fw, labels).map(([head, a, b]) => row(html`<span class="area-name ${area.id}">${marker}${short[area.id]}</span> ${head}`, text(a), text(b))),
    );
    for (const qid of [QUESTION.overall, QUESTION.talk])
      if ((mine.answers[qid] ?? '') !== (current.answers[qid] ?? '')) rows.push(row(questionText(fw, qid), text(mine.answers[qid]), text(current.answers[qid])));
    return html`<div class="conflict" part="conflict" role="group" aria-labelledby="conflict-q">
      <p id="conflict-q">${s.conflictQuestion}</p>
      ${rows.length
        ? html`<div class="table-wrap"><table class="side-by-side">
            <caption class="visually-hidden">${s.conflictQuestion}</caption>
            <thead><tr><td></td><th scope="col">${s.mine}</th><th scope="col">${s.theirs}</th></tr></thead>
            <tbody>${rows}</tbody>
          </table></div>`
        : html`<p>${s.sameText}</p>`}
      <div class="actions">
        ${button(s.keepMine, () => this.keepMine(), { cls: 'primary', id: 'conflict-keep' })}
        ${button(s.takeTheirs, () => this.takeTheirs(), { id: 'conflict-take' })}
      </div>
    </div>`;
  }
}

/** Where two versions of one area differ: [what, this form's, the other tab's]. */
function differences(mine: JournalContent, theirs: JournalContent, id: keyof JournalContent['areas'], fw: Framework, labels: JournalLabels): [string, string, string][] {
  const [a, b] = [mine.areas[id], theirs.areas[id]];
  const out: [string, string, string][] = [];
  if (a.level !== b.level) out.push([labels.whereNow, levelWords(a.level, labels), levelWords(b.level, labels)]);
  if (a.strengths !== b.strengths) out.push([questionText(fw, QUESTION.strengths), a.strengths, b.strengths]);
  if (a.develop !== b.develop) out.push([questionText(fw, QUESTION.develop), a.develop, b.develop]);
  return out;
}
