/**
 * The history: each area's level over time (a chart per area, and a table of every entry), the list of entries
 * (edit, delete after confirmation), and two entries side by side.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { levelWords, type JournalEntry } from '../../content/journal';
import { FOCUS_AREA_IDS } from '../../content/model';
import { heading } from '../shared/markup';
import { focusAfterRender } from '../shared/focus';
import { button } from '../shared/markup';
import { areaChart, timeSpan } from './chart';
import { renderComparison } from './comparison';
import { editEntry } from './entry-form';
import { journalLabels } from './reflection-journal.strings';
import type { LgReflectionJournal } from './reflection-journal';

export function renderHistory(el: LgReflectionJournal, h: number): TemplateResult {
  const s = el._s;
  const entries = el._entries;
  const span = timeSpan(entries ?? []);
  return html`<section class="history" part="history" aria-labelledby="history-heading">
    ${heading(h, s.history, 'history-heading')}
    ${entries === undefined
      ? html`<p>${s.loading}</p>`
      : !entries.length
        ? html`<p>${s.noEntries}</p>`
        : html`${heading(h + 1, s.overTime)}
            <div class="charts">${el.framework.focusAreas.map((a) => areaChart(s, a, entries, span))}</div>
            ${table(el, entries)} ${heading(h + 1, s.entries)} ${list(el, entries)} ${heading(h + 1, s.compare, 'compare-heading')}
            ${entries.length < 2 ? html`<p>${s.compareNeedsTwo}</p>` : renderComparison(el, entries)}`}
  </section>`;
}

/** Every entry's level per area, in words. */
function table(el: LgReflectionJournal, entries: JournalEntry[]): TemplateResult {
  const s = el._s;
  const labels = journalLabels(el.language);
  return html`<div class="table-wrap"><table part="table">
    <caption>${s.tableCaption}</caption>
    <thead><tr><th scope="col">${s.date}</th>${FOCUS_AREA_IDS.map((id) => html`<th scope="col">${s.areaShort[id]}</th>`)}</tr></thead>
    <tbody>
      ${entries.map(
        (e) => html`<tr><th scope="row">${el._date(e.date)}</th>${FOCUS_AREA_IDS.map(
          (id) => html`<td>${levelWords(e.areas[id].level, labels)}</td>`,
        )}</tr>`,
      )}
    </tbody>
  </table></div>`;
}

/** The entries, newest first, each with Edit and Delete (which asks first). */
function list(el: LgReflectionJournal, entries: JournalEntry[]): TemplateResult {
  const s = el._s;
  return html`<ul class="entries">
    ${[...entries].reverse().map((e) => {
      const date = el._date(e.date);
      const confirming = el._confirm === e.id;
      return html`<li>
        <span class="entry-date">${s.entryOf(date)}</span>
        <span class="entry-actions">
          ${button(s.edit, () => editEntry(el, e), { ariaLabel: s.editLabel(date) })}
          ${button(s.delete, () => {
            el._confirm = e.id;
            void focusAfterRender(el, '#confirm-keep');
          }, { ariaLabel: s.deleteLabel(date) })}
        </span>
        ${confirming
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
              <p id="confirm-text">${s.confirmDelete(date)}</p>
              ${button(s.confirmDeleteYes, () => void el._track(deleteEntry(el, e)), { cls: 'danger' })}
              ${button(s.keep, () => (el._confirm = undefined), { id: 'confirm-keep' })}
            </div>`
          : nothing}
      </li>`;
    })}
  </ul>`;
}

/** Deletes one entry (its button asks first); the form forgets it if it was being edited. */
async function deleteEntry(el: LgReflectionJournal, entry: JournalEntry): Promise<void> {
  const store = await el._store();
  await store.delete(entry.id);
  if (el._draftId === entry.id) {
    el._draftId = undefined;
    el._draftDate = undefined;
    el._writeDraft();
  }
  el._confirm = undefined;
  await el._reload();
  el._dataMsg = '';
  el._formMsg = el._s.deleted(el._date(entry.date));
  el._changed('delete');
  void focusAfterRender(el, '#history-heading');
}
