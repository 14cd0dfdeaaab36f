/**
 * "Dine data": export (JSON, Markdown), import from a file (validated and previewed first, then all or nothing)
 * and delete all (after confirmation).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isoDate, parseJournalImport, planImport, type ImportPlan } from '../../content/journal';
import { downloadText } from '../shared/download';
import { heading } from '../shared/markup';
import { focusAfterRender } from '../shared/focus';
import { button } from '../shared/markup';
import type { LgReflectionJournal } from './reflection-journal';

export function renderData(el: LgReflectionJournal, h: number): TemplateResult {
  const s = el._s;
  const n = el._entries?.length ?? 0;
  const plan = el._plan;
  const issues = el._issues;
  return html`<section class="data no-print" part="data" aria-labelledby="data-heading">
    ${heading(h, s.data, 'data-heading')}
    <p>${s.dataIntro}</p>
    <div class="actions">
      ${button(s.exportJson, () => void el._track(exportFile(el, 'json')), { id: 'export-json' })}
      ${button(s.exportMarkdown, () => void el._track(exportFile(el, 'md')), { id: 'export-md' })}
    </div>
    <div class="field">
      <label for="import-file">${s.importFile}</label>
      <input id="import-file" type="file" accept=".json,application/json" @change=${(e: Event) => void el._track(readFile(el, e))} />
    </div>
    <div id="import-result" tabindex="-1" class=${issues || plan ? 'result' : nothing}>
      ${issues
        ? html`<p class="problem">${s.importProblems}</p>
            <ul class="issues">${issues.map((i) => html`<li>${s.issues[i.code](i)}</li>`)}</ul>`
        : nothing}
      ${plan
        ? html`<p>${s.importPreview(plan.items.length)}</p>
            <ul class="plan">
              ${plan.items.map((i) => html`<li>${el._date(i.entry.date)} – ${s.status[i.status]}</li>`)}
            </ul>
            ${plan.toWrite.length
              ? html`<div class="actions">
                  ${button(s.importDo(plan.toWrite.length), () => void el.confirmImport(), { cls: 'primary', id: 'import-do' })}
                  ${button(s.importCancel, () => (el._plan = undefined))}
                </div>`
              : html`<p>${s.importNothing}</p>
                  <div class="actions">${button(s.importCancel, () => (el._plan = undefined))}</div>`}`
        : nothing}
    </div>
    ${n
      ? html`<div class="actions">
          ${button(s.deleteAll, () => {
            el._confirm = 'all';
            void focusAfterRender(el, '#confirm-all-keep');
          }, { cls: 'danger', id: 'delete-all', expanded: el._confirm === 'all' })}
        </div>`
      : nothing}
    ${el._confirm === 'all' && n
      ? html`<div class="confirm" role="group" aria-labelledby="confirm-all-text">
          <p id="confirm-all-text">${s.confirmDeleteAll(n)}</p>
          ${button(s.confirmDeleteAllYes, () => void el.deleteAll(), { cls: 'danger', id: 'confirm-all' })}
          ${button(s.keep, () => (el._confirm = undefined), { id: 'confirm-all-keep' })}
        </div>`
      : nothing}
    <p id="data-msg" class="msg" role="status" tabindex="-1">${el._dataMsg}</p>
  </section>`;
}

/** Downloads the whole journal as `<file>-<today>.json` or `.md`, and says so. */
async function exportFile(el: LgReflectionJournal, kind: 'json' | 'md'): Promise<void> {
  const name = `${el._s.file}-${isoDate(el.now())}.${kind}`;
  const text = kind === 'json' ? await el.exportJson() : await el.exportMarkdown();
  downloadText(el.renderRoot, name, text, `${kind === 'json' ? 'application/json' : 'text/markdown'};charset=utf-8`);
  el._dataMsg = el._s.exported(name);
}

/** Reads the chosen file (an unreadable one counts as empty) and previews importing it. */
async function readFile(el: LgReflectionJournal, e: Event): Promise<void> {
  const input = e.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  let text: string;
  try {
    text = await file.text();
  } catch {
    text = '';
  }
  input.value = '';
  await el.previewImport(text);
}

/** Shows what importing the file's text would do, or what is wrong with it; see LgReflectionJournal.previewImport. */
export async function previewFile(el: LgReflectionJournal, text: string): Promise<ImportPlan | undefined> {
  el._dataMsg = '';
  el._confirm = undefined;
  const r = parseJournalImport(text);
  if (!r.ok) {
    el._issues = r.issues;
    el._plan = undefined;
    void focusAfterRender(el, '#import-result');
    return undefined;
  }
  await el._reload();
  el._issues = undefined;
  el._plan = planImport(el._entries ?? [], r.entries);
  void focusAfterRender(el, '#import-result');
  return el._plan;
}

/** Imports what the preview showed; see LgReflectionJournal.confirmImport. */
export async function applyImport(el: LgReflectionJournal): Promise<void> {
  const plan = el._plan;
  if (!plan) return;
  const store = await el._store();
  await store.restore(plan.toWrite);
  el._plan = undefined;
  await el._reload();
  const s = el._s;
  el._dataMsg = store.persistent
    ? s.imported(plan.toWrite.length, plan.items.length - plan.toWrite.length)
    : `${s.imported(plan.toWrite.length, plan.items.length - plan.toWrite.length)} ${s.importMemory}`;
  el._changed('import');
  void focusAfterRender(el, '#data-msg');
}

/** Deletes every entry; see LgReflectionJournal.deleteAll. */
export async function clearJournal(el: LgReflectionJournal): Promise<void> {
  const store = await el._store();
  await store.clear();
  el._confirm = undefined;
  el._plan = undefined;
  el._issues = undefined;
  await el._reload();
  el._dataMsg = el._s.deletedAll;
  el._changed('clear');
  void focusAfterRender(el, '#data-heading');
}
