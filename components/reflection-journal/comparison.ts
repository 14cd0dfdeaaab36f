/**
 * Two entries side by side (by default the last two; two selects choose others): per area the level with what
 * changed, strengths and where to develop; then the answers to the framework's questions, if either has one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDay } from '../../content/format';
import { QUESTION, compareEntries, levelWords, questionText, type JournalEntry, type JournalLabels } from '../../content/journal';
import type { Framework, Language } from '../../content/model';
import { marker } from '../shared/markup';
import { written } from './note-view';
import type { JournalUi } from './reflection-journal.strings';

/**
 * Needs at least two entries. The selects offer the newest `shown` entries (those the history shows) and the two
 * chosen ones.
 */
export function renderComparison(
  entries: JournalEntry[],
  shown: number,
  chosen: [string, string] | undefined,
  fw: Framework,
  s: JournalUi,
  lang: Language,
  labels: JournalLabels,
  onPick: (ids: [string, string]) => void,
): TemplateResult {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const [a, b] = chosen && chosen.every((id) => byId.has(id)) ? chosen : [entries.at(-2)!.id, entries.at(-1)!.id];
  const cmp = compareEntries(byId.get(a)!, byId.get(b)!);
  const offered = entries.filter((e, i) => i >= entries.length - shown || e.id === a || e.id === b);
  const pick = (which: 0 | 1) => (e: Event) => {
    const v = (e.target as HTMLSelectElement).value;
    onPick(which === 0 ? [v, b] : [a, v]);
  };
  const select = (id: string, label: string, value: string, which: 0 | 1) => html`<div class="field inline">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${pick(which)}>
      ${offered.map((e) => html`<option value=${e.id} ?selected=${e.id === value}>${formatDay(e.date, lang)}</option>`)}
    </select>
  </div>`;
  const da = formatDay(cmp.earlier.date, lang);
  const db = formatDay(cmp.later.date, lang);
  const text = (t: string | undefined) => written(t, s);
  const sideBySide = (caption: unknown, rows: TemplateResult[], cls = '') => html`<div class="table-wrap"><table class="side-by-side ${cls}">
    <caption>${caption}</caption>
    <thead><tr><td></td><th scope="col">${da}</th><th scope="col">${db}</th></tr></thead>
    <tbody>${rows}</tbody>
  </table></div>`;
  const answered = [QUESTION.overall, QUESTION.talk].some((qid) => cmp.earlier.answers[qid]?.trim() || cmp.later.answers[qid]?.trim());
  return html`<div class="compare">
    <div class="pickers">${select('compare-a', s.before, a, 0)} ${select('compare-b', s.after, b, 1)}</div>
    ${fw.focusAreas.map((area) => {
      const id = area.id;
      const c = cmp.areas[id];
      const x = cmp.earlier.areas[id];
      const y = cmp.later.areas[id];
      return sideBySide(html`${marker}${area.title}`, [
        html`<tr><th scope="row">${s.whereNow}</th><td>${levelWords(x.level, labels)}</td>
            <td>${levelWords(y.level, labels)} <span class="change ${c.change}">(${s.change[c.change]})</span></td></tr>`,
        html`<tr><th scope="row">${questionText(fw, QUESTION.strengths)}</th><td>${text(x.strengths)}</td><td>${text(y.strengths)}</td></tr>`,
        html`<tr><th scope="row">${questionText(fw, QUESTION.develop)}</th><td>${text(x.develop)}</td><td>${text(y.develop)}</td></tr>`,
      ], id);
    })}
    ${answered
      ? sideBySide(
          s.answersCaption,
          [QUESTION.overall, QUESTION.talk].map(
            (qid) => html`<tr><th scope="row">${questionText(fw, qid)}</th><td>${text(cmp.earlier.answers[qid])}</td>
                <td>${text(cmp.later.answers[qid])}</td></tr>`,
          ),
        )
      : nothing}
  </div>`;
}
