/**
 * The saved tasks: the list of what is kept in this browser, each with when it changed and its strongest areas,
 * to open or delete (after confirmation), and all of them to export; whether the browser has promised to keep them;
 * and a notice where the browser cannot keep them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoment } from '../../content/format';
import type { Language } from '../../content/model';
import type { SavedTask } from '../../content/task-file';
import { strongestAreas } from '../../content/task-weights';
import type { Persistence } from '../shared/controllers/persistence';
import type { ReminderView } from '../shared/controllers/export-reminder';
import { renderReminder } from '../shared/reminder';
import type { StoreProblem } from '../shared/database';
import { heading } from '../shared/markup';
import { button } from '../shared/button';
import { renderMore } from '../shared/paging';
import type { TaskPickerStrings } from './task-picker.strings';

export interface SavedView {
  /** The newest saved tasks, as many as are shown; undefined until the store has answered. */
  tasks: SavedTask[] | undefined;
  /** How many tasks are saved in all. */
  total: number;
  /** Whether the store keeps tasks, and why not; undefined until it is open. */
  persistent: boolean | undefined;
  problem: StoreProblem | undefined;
  /** The id of the task open in the form. */
  currentId: string | undefined;
  /** The id of the task whose deletion awaits confirmation. */
  confirming: string | undefined;
  /** The browser's answer to the request to keep the site's storage; undefined until asked. */
  persistence: Persistence | undefined;
  /** The reminder to export, when it is due. */
  reminder: ReminderView | undefined;
  /** How many of the tasks (newest first) are asked for. */
  shown: number;
  lang: Language;
}

export interface SavedHandlers {
  open: (task: SavedTask) => void;
  askDelete: (task: SavedTask) => void;
  confirmDelete: (task: SavedTask) => void;
  cancelDelete: () => void;
  exportSaved: () => void;
  putOffReminder: () => void;
  /** Show more of the list, or all of it. */
  more: () => void;
  all: () => void;
}

export function renderSaved(v: SavedView, s: TaskPickerStrings, h: number, on: SavedHandlers): TemplateResult {
  return html`${v.persistent === false
                ? html`<div class="notice edit" part="notice" role="note">
                    <!-- one message, the one that is true: the browser does allow saving when it is full or blocked -->
                    <p>${v.problem === 'outdated' || v.problem === 'blocked' || v.problem === 'quota' ? s[v.problem] : s.noStore}</p>
                  </div>`
                : nothing}
              <section class="saved edit" part="saved">
                ${heading(h + 1, s.savedTasks, 'saved-h')}
                ${v.persistence ? html`<p class="persistence" part="persistence">${s.persistence[v.persistence]}</p>` : nothing}
                ${v.tasks?.length ? renderReminder(v.reminder, { exportNow: on.exportSaved, notNow: on.putOffReminder }) : nothing}
                ${v.tasks?.length
                  ? html`<ul>${v.tasks.map((t) => {
                      const name = html`<span class="visually-hidden"> ${t.title || s.untitled}</span>`;
                      const current = t.id === v.currentId;
                      return html`<li aria-current=${current ? 'true' : nothing}>
                        <strong>${t.title || s.untitled}</strong>
                        <span class="meta">${s.changed} <time datetime=${t.updatedAt}>${formatMoment(t.updatedAt, v.lang)}</time>
                          · ${strongestAreas(t.weights).map((id) => s.areaShort[id]).join(', ') || '–'}${current ? ` · ${s.current}` : ''}</span>
                        <span class="row">
                          ${v.confirming === t.id
                            ? html`<span id="confirm-q">${s.confirmDel}</span>
                                <button type="button" part="button" id="yes" class="danger" aria-describedby="confirm-q"
                                  @click=${() => on.confirmDelete(t)}>${s.yesDel}</button>
                                ${button(s.cancel, on.cancelDelete, { cls: 'quiet' })}`
                            : html`${button(html`${s.open}${name}`, () => on.open(t))}
                                ${button(html`${s.del}${name}`, () => on.askDelete(t), { cls: 'del' })}`}
                        </span>
                      </li>`;
                    })}</ul>
                    ${renderMore(v.tasks.length, v.total, v.lang, on, 'saved-paging')}
                    <p class="row">${button(s.exportSaved, on.exportSaved)}</p>`
                  : v.tasks && html`<p>${s.noneSaved}</p>`}
              </section>`;
}
