/**
 * "Forbered samtalen med min leder": the framework's question for leder/overordnet leder, my answer to it and my
 * latest entry, on one sheet to print (only the sheet is printed) or to copy as Markdown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { QUESTION, levelWords, questionText, talkContent } from '../../content/journal';
import type { FocusAreaId } from '../../content/model';
import { copyText } from '../shared/clipboard';
import { heading } from '../shared/markup';
import { button } from '../shared/markup';
import { journalLabels } from './reflection-journal.strings';
import type { LgReflectionJournal } from './reflection-journal';

export function renderTalk(el: LgReflectionJournal, h: number): TemplateResult {
  const s = el._s;
  const fw = el.framework;
  const labels = journalLabels(el.language);
  const { level, question, answer, latest } = talkContent(el._entries ?? [], fw);
  const open = el._talkOpen;
  return html`<section class="talk" part="talk" aria-labelledby="talk-heading">
    ${heading(h, s.talk, 'talk-heading')}
    <p class="no-print">${s.talkIntro}</p>
    <div class="actions no-print">
      ${button(open ? s.hideTalk : s.showTalk, () => {
        el._talkOpen = !open;
        el._talkMsg = '';
      }, { expanded: open, id: 'talk-toggle' })}
    </div>
    <div id="talk-sheet" class="sheet" ?hidden=${!open}>
      ${open
        ? html`${heading(h + 1, s.talkTitle)}
            <p>${s.talkQuestionLead(level?.title ?? '')}</p>
            <blockquote class="question">${question}</blockquote>
            <p class="lead">${s.myAnswer}</p>
            <p class="text">${answer?.trim() ? answer : s.empty}</p>
            ${latest
              ? html`${heading(h + 1, s.latestEntry(el._date(latest.date)))}
                  ${fw.focusAreas.map((area) => {
                    const n = latest.areas[area.id as FocusAreaId];
                    return html`<div class="sheet-area ${area.id}">
                      ${heading(h + 2, html`<span class="marker" aria-hidden="true"></span>${area.title}`)}
                      <dl>
                        <dt>${s.whereNow}</dt><dd>${levelWords(n.level, labels)}</dd>
                        <dt>${questionText(fw, QUESTION.strengths)}</dt><dd class="text">${n.strengths.trim() || s.empty}</dd>
                        <dt>${questionText(fw, QUESTION.develop)}</dt><dd class="text">${n.develop.trim() || s.empty}</dd>
                      </dl>
                    </div>`;
                  })}
                  ${latest.answers[QUESTION.overall]?.trim()
                    ? html`<p class="lead">${questionText(fw, QUESTION.overall)}</p><p class="text">${latest.answers[QUESTION.overall]}</p>`
                    : nothing}`
              : html`<p>${s.noEntriesMd}</p>`}
            <div class="actions no-print">
              ${button(s.print, () => printTalk(el))} ${button(s.copyMarkdown, () => void copyTalk(el))}
            </div>
            <p class="msg no-print" role="status">${el._talkMsg}</p>
            <details id="talk-md" class="no-print">
              <summary>${s.markdown}</summary>
              <label for="talk-md-text" class="visually-hidden">${s.markdown}</label>
              <textarea id="talk-md-text" readonly rows="12" .value=${el.talkMarkdown()}></textarea>
            </details>`
        : nothing}
    </div>
  </section>`;
}

/** Copies the sheet as Markdown; where the clipboard fails, opens the Markdown and selects it to copy by hand. */
async function copyTalk(el: LgReflectionJournal): Promise<void> {
  if (await copyText(el.talkMarkdown())) {
    el._talkMsg = el._s.copied;
    return;
  }
  el._talkMsg = el._s.copyFailed;
  await el.updateComplete;
  const details = el.renderRoot.querySelector<HTMLDetailsElement>('#talk-md');
  if (details) details.open = true;
  const area = el.renderRoot.querySelector<HTMLTextAreaElement>('#talk-md-text');
  area?.focus();
  area?.select();
}

/** Prints the sheet alone: the host's `printing` attribute hides the rest until the print dialog closes. */
function printTalk(el: HTMLElement): void {
  el.setAttribute('printing', 'talk');
  const done = () => {
    el.removeAttribute('printing');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  try {
    window.print();
  } catch {
    done();
  }
}
