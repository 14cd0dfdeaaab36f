/**
 * The saved tasks: the list of what is kept in this browser, each with when it changed and its strongest areas,
 * to open or delete (after confirmation); and a notice where the browser cannot keep them. Also the opening of the
 * store (on first render, unless read-only or `no-storage`) and the reading of the list.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { strongestAreas } from '../../content/task-weights';
import { focusAfterRender, heading } from '../shared/lg-element';
import { openTaskStore, type SavedTask, type TaskStore } from '../shared/task-store';
import { button, short } from './markup';
import { say } from './status';
import type { LgTaskPicker } from './task-picker';

const formats = new Map<string, Intl.DateTimeFormat>();
/** A saved task's date and time, in the element's language. */
function when(lang: string, iso: string): string {
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' })));
  return f.format(new Date(iso));
}

/** The task store: opened on first use (the element keeps the promise in `_opening`), then the list is read. */
export function openStore(el: LgTaskPicker): Promise<TaskStore> {
  return (el._opening ??= openTaskStore().then(async (store) => {
    el._store = store;
    await refresh(el);
    return store;
  }));
}

/** Reads the saved tasks again, and renders (the store's `persistent` and `reason` may have changed). */
export async function refresh(el: LgTaskPicker): Promise<void> {
  if (el._store) el._saved = await el._store.list();
  el.requestUpdate();
}

/** Opens a task in the form (and, when asked, says so), and moves focus to its title. */
export function openTask(el: LgTaskPicker, t: SavedTask, announce?: boolean): void {
  el._set({ ...t, task: t.title });
  el._fire(true, true);
  if (announce) say(el, el._s.opened + (t.title || el._s.untitled));
  void focusAfterRender(el, '#task');
}

async function deleteTask(el: LgTaskPicker, id: string): Promise<void> {
  await el._store?.delete(id);
  if (el._id === id) el._id = undefined;
  el._confirm = undefined;
  await refresh(el);
  say(el, el._s.deleted);
  void focusAfterRender(el, '#saved-h');
}

export function renderSaved(el: LgTaskPicker, h: number): TemplateResult {
  const s = el._s;
  const store = el._store;
  return html`${store && !store.persistent
                ? html`<div class="notice edit" part="notice" role="note">
                    <p>${s.noStore}</p>
                    ${store.reason === 'blocked' || store.reason === 'quota' ? html`<p>${s[store.reason]}</p>` : nothing}
                  </div>`
                : nothing}
              <section class="saved edit" part="saved">
                ${heading(h + 1, s.savedTasks, 'saved-h')}
                ${el._saved?.length
                  ? html`<ul>${el._saved.map((t, i) => {
                      const name = html`<span class="visually-hidden"> ${t.title || s.untitled}</span>`;
                      return html`<li aria-current=${t.id === el._id ? 'true' : nothing}>
                        <strong>${t.title || s.untitled}</strong>
                        <span class="meta">${s.changed} <time datetime=${t.updatedAt}>${when(el.language, t.updatedAt)}</time>
                          · ${strongestAreas(t.weights).map((id) => short(s, id)).join(', ') || '–'}${t.id === el._id ? ` · ${s.current}` : ''}</span>
                        <span class="row">
                          ${el._confirm === t.id
                            ? html`<span id="confirm-q">${s.confirmDel}</span>
                                <button type="button" id="yes" class="danger" aria-describedby="confirm-q" @click=${() => deleteTask(el, t.id)}>${s.yesDel}</button>
                                ${button(s.cancel, () => {
                                  el._confirm = undefined;
                                  void focusAfterRender(el, `.saved li:nth-child(${i + 1}) .del`);
                                })}`
                            : html`${button(html`${s.open}${name}`, () => openTask(el, t, true))}
                                ${button(html`${s.del}${name}`, () => {
                                  el._confirm = t.id;
                                  void focusAfterRender(el, '#yes');
                                }, 'del')}`}
                        </span>
                      </li>`;
                    })}</ul>`
                  : el._saved && html`<p>${s.noneSaved}</p>`}
              </section>`;
}
