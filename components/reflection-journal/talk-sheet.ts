/**
 * "Forbered samtalen med min leder": the framework's question for leder/overordnet leder, my answer to it and my
 * latest entry, on one sheet to print (only the sheet is printed) or to copy as Markdown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDay } from '../../content/format';
import { QUESTION, levelSince, questionText, selfAndGroupRows, talkContent, type GroupView, type JournalEntry, type JournalLabels } from '../../content/journal';
import type { Framework, Language } from '../../content/model';
import type { Announcer } from '../shared/controllers/announcer';
import { heading, marker } from '../shared/markup';
import { button } from '../shared/button';
import type { JournalUi } from './reflection-journal.strings';

export interface TalkView {
  open: boolean;
  entries: JournalEntry[];
  /** The sheet as Markdown (to copy by hand). */
  markdown: string;
  lang: Language;
  labels: JournalLabels;
  /** The group's pictures of our leadership kept in this browser (revealed rounds), newest first, by id. */
  groups: (GroupView & { id: string })[];
  /** The one shown beside mine, if any. */
  group?: GroupView & { id: string };
}

export interface TalkHandlers {
  toggle: () => void;
  print: () => void;
  copy: () => void;
  chooseGroup: (id: string) => void;
}

/** My latest step beside the group's view, per area: a table (heads in the first row and column). */
function selfAndGroup(v: TalkView, latest: JournalEntry | undefined, fw: Framework, h: number): TemplateResult | typeof nothing {
  if (!v.group) return nothing;
  const { labels } = v;
  return html`${heading(h, labels.selfAndGroup(formatDay(v.group.day, v.lang), v.group.people), 'self-and-group-h')}
    <table class="self-and-group" aria-labelledby="self-and-group-h">
      <thead><tr><th scope="col">${labels.areaColumn}</th><th scope="col">${labels.me}</th><th scope="col">${labels.group}</th></tr></thead>
      <tbody>${selfAndGroupRows(latest, v.group, fw, labels).map(([area, me, group]) => html`<tr><th scope="row">${area}</th><td>${me}</td><td>${group}</td></tr>`)}</tbody>
    </table>`;
}

export function renderTalk(v: TalkView, fw: Framework, s: JournalUi, h: number, status: Announcer, on: TalkHandlers): TemplateResult {
  const { level, question, answer, latest, previous, overall } = talkContent(v.entries, fw);
  return html`<section class="talk" part="talk" aria-labelledby="talk-heading">
    ${heading(h, s.talk, 'talk-heading')}
    <p class="no-print">${s.talkIntro}</p>
    <div class="actions no-print">
      ${button(v.open ? s.hideTalk : s.showTalk, on.toggle, { expanded: v.open, id: 'talk-toggle' })}
    </div>
    <div id="talk-sheet" class="sheet" ?hidden=${!v.open}>
      ${v.open
        ? html`${v.groups.length
              ? html`<div class="field no-print"><label for="talk-group">${s.groupChoice}</label>
                  <select id="talk-group" aria-describedby="talk-group-hint" @change=${(e: Event) => on.chooseGroup((e.target as HTMLSelectElement).value)}>
                    <option value="" ?selected=${!v.group}>${s.groupNone}</option>
                    ${v.groups.map((g) => html`<option value=${g.id} ?selected=${g.id === v.group?.id}>${s.groupOption(formatDay(g.day, v.lang), g.people)}</option>`)}
                  </select>
                  <p class="hint" id="talk-group-hint">${s.groupChoiceHint}</p></div>`
              : nothing}
            ${heading(h + 1, s.talkTitle)}
            <p>${s.talkQuestionLead(level?.title ?? '')}</p>
            <blockquote class="question">${question}</blockquote>
            <p class="lead">${s.myAnswer}</p>
            <p class="text">${answer?.trim() ? answer : s.empty}</p>
            ${latest
              ? html`${heading(h + 1, s.latestEntry(formatDay(latest.date, v.lang)))}
                  ${fw.focusAreas.map((area) => {
                    const n = latest.areas[area.id];
                    const text = (q: string, t: string) => (t.trim() ? html`<dt>${questionText(fw, q)}</dt><dd class="text">${t}</dd>` : nothing);
                    return html`<div class="sheet-area ${area.id}">
                      ${heading(h + 2, html`${marker}${area.title}`)}
                      <dl>
                        <dt>${s.whereNow}</dt><dd>${levelSince(latest, previous, area.id, v.labels)}</dd>
                        ${text(QUESTION.strengths, n.strengths)} ${text(QUESTION.develop, n.develop)}
                      </dl>
                    </div>`;
                  })}
                  ${overall ? html`<p class="lead">${questionText(fw, QUESTION.overall)}</p><p class="text">${overall}</p>` : nothing}`
              : html`<p>${s.noEntriesMd}</p>`}
            ${selfAndGroup(v, latest, fw, h + 1)}
            <div class="actions no-print">${button(s.print, on.print)} ${button(s.copyMarkdown, on.copy)}</div>
            <p class="msg no-print" role="status">${status.text}</p>
            <details id="talk-md" class="no-print">
              <summary>${s.markdown}</summary>
              <label for="talk-md-text" class="visually-hidden">${s.markdown}</label>
              <textarea id="talk-md-text" readonly rows="12" .value=${v.markdown}></textarea>
            </details>`
        : nothing}
    </div>
  </section>`;
}
