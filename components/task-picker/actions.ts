/**
 * The actions: save in the browser, copy as Markdown, copy a link with the state in its fragment, print, download
 * and import JSON, start a new task. Each reports its outcome in the live region (./status.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { copyText } from '../shared/clipboard';
import { downloadText } from '../shared/download';
import { focusAfterRender } from '../shared/lg-element';
import { exportTasks, parseTaskImport, type SavedTask } from '../shared/task-store';
import { toMarkdown } from './markdown';
import { button } from './markup';
import { say } from './status';
import { openStore, openTask, refresh } from './saved-tasks';
import { stateToFragment } from './task-state';
import type { LgTaskPicker } from './task-picker';

export function renderActions(el: LgTaskPicker): TemplateResult {
  const s = el._s;
  return html`<div class="actions edit" part="actions" role="group" aria-label=${s.actions}>
          ${el.noStorage ? nothing : button(s.save, () => save(el), 'primary')}
          ${button(s.copyMd, () => copyMarkdown(el))} ${button(s.copyLink, () => copyLink(el))} ${button(s.print, () => print(el))}
          ${button(s.download, () => download(el))}
          ${button(s.import, () => el.renderRoot.querySelector<HTMLInputElement>('#file')!.click())}
          <input id="file" type="file" accept=".json,application/json" hidden />
          ${button(s.newTask, () => newTask(el))}
        </div>`;
}

async function save(el: LgTaskPicker): Promise<void> {
  const store = await openStore(el);
  const existed = !!el._saved?.some((t) => t.id === el._id);
  const saved = await store.save({ id: el._id, title: el._state.task, description: el._state.description, weights: el._w });
  el._id = saved.id;
  await refresh(el);
  const s = el._s;
  say(el, store.persistent ? (existed ? s.updated : s.saved) : s.savedMemory, !store.persistent);
}

/** Puts `text` on the clipboard; where that fails, shows it to copy by hand, selected. */
async function clip(el: LgTaskPicker, text: string, ok: string): Promise<void> {
  if (await copyText(text)) {
    el._copy = undefined;
    say(el, ok);
  } else {
    el._copy = text;
    say(el, el._s.copyFailed, true);
    ((await focusAfterRender(el, '.copy textarea')) as HTMLTextAreaElement | null)?.select();
  }
}

function copyMarkdown(el: LgTaskPicker): Promise<void> {
  const q = el._question.questions[0].text;
  return clip(el, toMarkdown(el._state, el.framework, el._s, q), el._s.copiedMd);
}

function copyLink(el: LgTaskPicker): Promise<void> {
  return clip(el, `${location.href.split('#')[0]}#${stateToFragment(el._state)}`, el._s.copiedLink);
}

function print(el: LgTaskPicker): void {
  say(el, el._s.printing);
  window.print();
}

/** Offers the task as a JSON file in the export format (one task), named after its title. */
function download(el: LgTaskPicker): void {
  const now = new Date().toISOString();
  const { task, description } = el._state;
  const task0: SavedTask = {
    id: el._id || `opgave-${Date.now().toString(36)}`,
    title: task,
    description,
    weights: el.weights,
    createdAt: el._saved?.find((t) => t.id === el._id)?.createdAt ?? now,
    updatedAt: now,
  };
  const name = `${task.trim().replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60) || 'opgave'}.json`;
  downloadText(el.renderRoot, name, exportTasks([task0]), 'application/json');
  say(el, el._s.downloaded);
}

/**
 * Reads the JSON file chosen in `input`: one task is opened in the form; several are all saved where the browser
 * keeps tasks, else the first is opened.
 */
export async function importFile(el: LgTaskPicker, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const s = el._s;
  const r = parseTaskImport(await file.text(), el.language);
  if (!r.ok) return say(el, s.importBad + r.errors.slice(0, 3).join('; '), true);
  const [first] = r.tasks;
  const n = r.tasks.length;
  if (!first) return say(el, s.importEmpty, true);
  if (n > 1 && el._opening) {
    await (await el._opening).restore(r.tasks);
    await refresh(el);
    return say(el, s.importedAll(n));
  }
  openTask(el, first);
  say(el, n > 1 ? s.importedFirst(n) : s.imported);
}

/** Empties the form for a new task. */
function newTask(el: LgTaskPicker): void {
  el._set({});
  el._fire(true, true);
  say(el, el._s.cleared);
  void focusAfterRender(el, '#task');
}
