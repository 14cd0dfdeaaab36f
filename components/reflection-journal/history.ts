/**
 * The history: each area's level over time (a chart per area, and a table of every entry), the list of entries
 * (edit, delete after confirmation), and two entries side by side.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { formatDay } from '../../content/format';
import { firstWords, levelSteps, levelWords, type JournalEntry, type JournalLabels, type LevelPoint } from '../../content/journal';
import { FOCUS_AREA_IDS, type Framework, type Language } from '../../content/model';
import { heading } from '../shared/markup';
import { button } from '../shared/button';
import { firstOf, renderMore } from '../shared/paging';
import { areaChart, timeSpan } from './chart';
import { renderComparison } from './comparison';
import { renderNote } from './note-view';
import type { JournalUi } from './reflection-journal.strings';

export interface HistoryView {
  /** Every entry's day and levels, oldest first; undefined until the store has answered. */
  points: LevelPoint[] | undefined;
  /** The newest `shown` entries in full and the one before them, oldest first. */
  entries: JournalEntry[];
  /** The id of the entry whose deletion awaits confirmation. */
  confirming: string | undefined;
  /** The ids of the two entries compared (default: the last two). */
  compare: [string, string] | undefined;
  lang: Language;
  labels: JournalLabels;
  /** How many entries (the newest) the table and the list show; the charts always summarise all of them (`points`). */
  shown: number;
  /** The width the charts are shown at, in CSS pixels, once measured. */
  chartWidth: number | undefined;
}

export interface HistoryHandlers {
  edit: (entry: JournalEntry) => void;
  askDelete: (entry: JournalEntry) => void;
  confirmDelete: (entry: JournalEntry) => void;
  keep: () => void;
  compare: (ids: [string, string]) => void;
  /** Show more of the table and the list, or all of them. */
  more: () => void;
  all: () => void;
}

export function renderHistory(v: HistoryView, fw: Framework, s: JournalUi, h: number, on: HistoryHandlers): TemplateResult {
  const { points, entries } = v;
  return html`<section class="history" part="history" aria-labelledby="history-heading">
    ${heading(h, s.history, 'history-heading')}
    ${points === undefined
      ? html`<p>${s.loading}</p>`
      : !points.length || !entries.length
        ? html`<p>${s.noEntries}</p>`
        : html`${heading(h + 1, s.overTime)}
            ${guard([points, v.chartWidth, fw, s, v.lang], () => renderCharts(points, v, fw, s))}
            ${table(v, entries, s)} ${heading(h + 1, s.entries)} ${list(v, entries, fw, s, h + 2, on)}
            ${renderMore(v.shown, points.length, v.lang, on, 'history-paging')} ${heading(h + 1, s.compare, 'compare-heading')}
            ${entries.length < 2 ? html`<p>${s.compareNeedsTwo}</p>` : renderComparison(entries, v.shown, v.compare, fw, s, v.lang, v.labels, on.compare)}`}
  </section>`;
}

/**
 * The four charts, on one time axis. Drawn again only when the history or the width changes (`guard`), not at every
 * keystroke in the form above: ten years of notes would be summarised again each time.
 */
function renderCharts(points: LevelPoint[], v: HistoryView, fw: Framework, s: JournalUi): TemplateResult {
  const span = timeSpan(points);
  return html`<div class="charts">${fw.focusAreas.map((a) => areaChart(s, v.lang, a, points, span, v.chartWidth))}</div>`;
}

/** Every entry's level per area, in words. */
function table(v: HistoryView, entries: JournalEntry[], s: JournalUi): TemplateResult {
  return html`<div class="table-wrap"><table part="table">
    <caption>${s.tableCaption}</caption>
    <thead><tr><th scope="col">${s.date}</th>${FOCUS_AREA_IDS.map((id) => html`<th scope="col">${s.areaShort[id]}</th>`)}</tr></thead>
    <tbody>
      ${entries.slice(-v.shown).map(
        (e) => html`<tr><th scope="row">${formatDay(e.date, v.lang)}</th>${FOCUS_AREA_IDS.map(
          (id) => html`<td>${levelWords(e.areas[id].level, v.labels)}</td>`,
        )}</tr>`,
      )}
    </tbody>
  </table></div>`;
}

/** What an entry changed in the levels since the one before it, in words. */
function changes(previous: JournalEntry | undefined, e: JournalEntry, v: HistoryView, s: JournalUi): string {
  const steps = levelSteps(previous, e);
  if (!steps.length) return s.noChange;
  const word = (l: number | null) => (l == null ? s.notAssessed : s.levels[l]);
  return steps.map((step) => s.changes[step.change](s.areaShort[step.id], word(step.from), word(step.to))).join(' · ');
}

/**
 * The entries, newest first: each by its date and first words (two notes of one day differ), opening in place to the
 * whole note; what it changed; Edit and Delete (which asks first). Keyed by id, so a note that is open stays open
 * when a newer one arrives above it.
 */
function list(v: HistoryView, entries: JournalEntry[], fw: Framework, s: JournalUi, h: number, on: HistoryHandlers): TemplateResult {
  const newest = firstOf([...entries].reverse(), v.shown);
  return html`<ul class="entries">
    ${repeat(newest, (e) => e.id, (e, i) => {
      const previous = entries[entries.length - 2 - i];
      const date = formatDay(e.date, v.lang);
      const words = firstWords(e);
      return html`<li>
        <details class="entry">
          <summary><span class="entry-date">${s.entryOf(date)}</span>
            <span class="entry-words">${words ? `“${words}”` : s.nothingWritten}</span></summary>
          ${renderNote(e, fw, s, v.labels, h)}
        </details>
        <span class="entry-changes">${changes(previous, e, v, s)}</span>
        <span class="entry-actions">
          ${button(s.edit, () => on.edit(e), { ariaLabel: s.editLabel(date) })}
          ${button(s.delete, () => on.askDelete(e), { ariaLabel: s.deleteLabel(date) })}
        </span>
        ${v.confirming === e.id
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
              <p id="confirm-text">${s.confirmDelete(date)}</p>
              ${button(s.confirmDeleteYes, () => on.confirmDelete(e), { cls: 'danger' })}
              ${button(s.keep, on.keep, { cls: 'quiet', id: 'confirm-keep' })}
            </div>`
          : nothing}
      </li>`;
    })}
  </ul>`;
}
