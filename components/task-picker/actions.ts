/**
 * The actions (save in the browser, copy as Markdown, copy a link, print, download and import JSON, a new task), the
 * live region that reports their outcome, and the text to copy by hand where the clipboard fails.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Announcer } from '../shared/controllers/announcer';
import { button } from '../shared/markup';
import type { SavedTask, TaskImportPlan } from '../../content/task-file';
import type { TaskPickerStrings } from './task-picker.strings';

export interface ActionHandlers {
  save?: () => void;
  copyMarkdown: () => void;
  copyLink: () => void;
  print: () => void;
  download: () => void;
  chooseFile: () => void;
  newTask: () => void;
}

export function renderActions(s: TaskPickerStrings, on: ActionHandlers): TemplateResult {
  return html`<div class="actions edit" part="actions" role="group" aria-label=${s.actions}>
          ${on.save ? button(s.save, on.save, { cls: 'primary' }) : nothing}
          ${button(s.copyMd, on.copyMarkdown)} ${button(s.copyLink, on.copyLink)} ${button(s.print, on.print)}
          ${button(s.download, on.download)}
          ${button(s.import, on.chooseFile, { id: 'import' })}
          <input id="file" type="file" accept=".json,application/json" hidden />
          ${button(s.newTask, on.newTask)}
        </div>`;
}

export function renderStatus(status: Announcer, copyByHand: string | undefined, s: TaskPickerStrings): TemplateResult {
  return html`<p class="msg edit ${status.error ? 'error' : ''}" part="status" role="status">${status.text}</p>
        ${copyByHand != null
          ? html`<p class="copy edit"><label>${s.copyText}<textarea readonly rows="4" .value=${copyByHand}></textarea></label></p>`
          : nothing}`;
}

/** An import that waits for a yes: several tasks (what each would do), or one that would replace unsaved work. */
export type PendingImport = { kind: 'many'; plan: TaskImportPlan } | { kind: 'one'; task: SavedTask; total: number };

export interface ImportHandlers {
  confirm: () => void;
  cancel: () => void;
}

/** The question before an import: what it would write (never an older task over a newer one), or what it replaces. */
export function renderImportQuestion(p: PendingImport | undefined, s: TaskPickerStrings, on: ImportHandlers): TemplateResult | typeof nothing {
  if (!p) return nothing;
  const count = (status: string) => (p.kind === 'many' ? p.plan.items.filter((i) => i.status === status).length : 0);
  const question =
    p.kind === 'many'
      ? s.importPlan(p.plan.items.length, count('new'), count('newer'), count('older') + count('same'))
      : s.importReplace;
  return html`<div class="import-question edit" part="import-question" role="group" aria-labelledby="import-q">
    <p id="import-q">${question}</p>
    ${button(p.kind === 'many' ? s.importDo(p.plan.toWrite.length) : s.importReplaceDo, on.confirm, { cls: 'primary', id: 'import-yes' })}
    ${button(p.kind === 'many' ? s.importCancel : s.importKeepMine, on.cancel, { cls: 'quiet', id: 'import-no' })}
  </div>`;
}
