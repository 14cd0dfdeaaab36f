/**
 * Two entries side by side (by default the last two; two selects choose others): per area the level with what
 * changed, strengths and where to develop; then the answers to the framework's questions, if either has one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { QUESTION, compareEntries, levelWords, questionText, type JournalEntry } from '../../content/journal';
import type { FocusAreaId } from '../../content/model';
import { journalLabels } from './reflection-journal.strings';
import type { LgReflectionJournal } from './reflection-journal';

/** Needs at least two entries. */
export function renderComparison(el: LgReflectionJournal, entries: JournalEntry[]): TemplateResult {
  const s = el._s;
  const labels = journalLabels(el.language);
  const ids = new Set(entries.map((e) => e.id));
  const [a, b] =
    el._compare && el._compare.every((id) => ids.has(id)) ? el._compare : [entries.at(-2)!.id, entries.at(-1)!.id];
  const ea = entries.find((e) => e.id === a)!;
  const eb = entries.find((e) => e.id === b)!;
  const cmp = compareEntries(ea, eb);
  const pick = (which: 0 | 1) => (e: Event) => {
    const v = (e.target as HTMLSelectElement).value;
    el._compare = which === 0 ? [v, b] : [a, v];
  };
  const select = (id: string, label: string, value: string, which: 0 | 1) => html`<div class="field inline">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${pick(which)}>
      ${entries.map((e) => html`<option value=${e.id} ?selected=${e.id === value}>${el._date(e.date)}</option>`)}
    </select>
  </div>`;
  const da = el._date(cmp.earlier.date);
  const db = el._date(cmp.later.date);
  const fw = el.framework;
  const text = (t: string | undefined) => (t?.trim() ? html`<span class="text">${t}</span>` : s.empty);
  return html`<div class="compare">
    <div class="pickers">${select('compare-a', s.before, a, 0)} ${select('compare-b', s.after, b, 1)}</div>
    ${fw.focusAreas.map((area) => {
      const id = area.id as FocusAreaId;
      const c = cmp.areas[id];
      const x = cmp.earlier.areas[id];
      const y = cmp.later.areas[id];
      return html`<div class="table-wrap"><table class="side-by-side ${id}">
        <caption><span class="marker" aria-hidden="true"></span>${area.title}</caption>
        <thead><tr><td></td><th scope="col">${da}</th><th scope="col">${db}</th></tr></thead>
        <tbody>
          <tr><th scope="row">${s.whereNow}</th><td>${levelWords(x.level, labels)}</td>
            <td>${levelWords(y.level, labels)} <span class="change ${c.change}">(${s.change[c.change]})</span></td></tr>
          <tr><th scope="row">${questionText(fw, QUESTION.strengths)}</th><td>${text(x.strengths)}</td><td>${text(y.strengths)}</td></tr>
          <tr><th scope="row">${questionText(fw, QUESTION.develop)}</th><td>${text(x.develop)}</td><td>${text(y.develop)}</td></tr>
        </tbody>
      </table></div>`;
    })}
    ${[QUESTION.overall, QUESTION.talk].some((qid) => cmp.earlier.answers[qid]?.trim() || cmp.later.answers[qid]?.trim())
      ? html`<div class="table-wrap"><table class="side-by-side">
          <caption>${s.answersCaption}</caption>
          <thead><tr><td></td><th scope="col">${da}</th><th scope="col">${db}</th></tr></thead>
          <tbody>
            ${[QUESTION.overall, QUESTION.talk].map(
              (qid) => html`<tr><th scope="row">${questionText(fw, qid)}</th><td>${text(cmp.earlier.answers[qid])}</td>
                <td>${text(cmp.later.answers[qid])}</td></tr>`,
            )}
          </tbody>
        </table></div>`
      : nothing}
  </div>`;
}
