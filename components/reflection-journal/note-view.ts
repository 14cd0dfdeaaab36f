/**
 * One note as a whole, opened in place in the history's list: per area it assessed or wrote about, the level,
 * strengths and where to develop; then the answers to the framework's questions that were written.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { QUESTION, levelWords, questionText, type JournalEntry, type JournalLabels } from '../../content/journal';
import type { FocusAreaId, Framework } from '../../content/model';
import { heading, marker } from '../shared/markup';
import type { JournalUi } from './reflection-journal.strings';

/** What the person wrote, as written (line breaks kept), or the table's dash when nothing was. */
export const written = (t: string | undefined, s: Pick<JournalUi, 'empty'>): TemplateResult | string =>
  t?.trim() ? html`<span class="text">${t}</span>` : s.empty;

/** An area the note neither assessed nor wrote about: left out of the note as it is read. */
const untouched = (e: JournalEntry, id: FocusAreaId) => {
  const a = e.areas[id];
  return a.level == null && !a.strengths.trim() && !a.develop.trim();
};

export function renderNote(e: JournalEntry, fw: Framework, s: JournalUi, labels: JournalLabels, h: number): TemplateResult {
  const text = (t: string | undefined) => written(t, s);
  const answers = [QUESTION.overall, QUESTION.talk].filter((qid) => e.answers[qid]?.trim());
  return html`<div class="note-whole">
    ${fw.focusAreas.filter((area) => !untouched(e, area.id)).map(
      (area) => html`<div class="note-area ${area.id}">
        ${heading(h, html`${marker}${area.title}`)}
        <dl>
          <div><dt>${s.whereNow}</dt><dd>${levelWords(e.areas[area.id].level, labels)}</dd></div>
          <div><dt>${questionText(fw, QUESTION.strengths)}</dt><dd>${text(e.areas[area.id].strengths)}</dd></div>
          <div><dt>${questionText(fw, QUESTION.develop)}</dt><dd>${text(e.areas[area.id].develop)}</dd></div>
        </dl>
      </div>`,
    )}
    ${answers.length
      ? html`<dl class="note-answers">${answers.map((qid) => html`<div><dt>${questionText(fw, qid)}</dt><dd>${text(e.answers[qid])}</dd></div>`)}</dl>`
      : nothing}
  </div>`;
}
