/**
 * The actions (save in the browser, copy as Markdown, copy a link, print, download and import JSON, a new task), the
 * live region that reports their outcome, and the text to copy by hand where the clipboard fails.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Announcer } from '../shared/controllers/announcer';
import { button } from '../shared/button';
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

/**
 * A question that waits for an answer: an import of several tasks (what each would do), of one that would replace
 * unsaved work, or a save refused because another tab saved the task since (#27).
 */
export type PendingQuestion =
  | { kind: 'many'; plan: TaskImportPlan }
  | { kind: 'one'; task: SavedTask; total: number }
  | { kind: 'conflict'; current: SavedTask };

export interface QuestionHandlers {
  /** Import; open the task from the file; save my version over the other tab's. */
  yes: () => void;
  /** Nothing is imported; keep mine; take the other tab's version into the form. */
  no: () => void;
}

/** The question, with its two answers (the first focused when it appears). */
export function renderQuestion(p: PendingQuestion | undefined, s: TaskPickerStrings, on: QuestionHandlers): TemplateResult | typeof nothing {
  if (!p) return nothing;
  const count = (status: string) => (p.kind === 'many' ? p.plan.items.filter((i) => i.status === status).length : 0);
  const [question, yes, no] =
    p.kind === 'many'
      ? [s.importPlan(p.plan.items.length, count('new'), count('newer'), count('older') + count('same')), s.importDo(p.plan.toWrite.length), s.importCancel]
      : p.kind === 'one'
        ? [s.importReplace, s.importReplaceDo, s.importKeepMine]
        : [s.savedElsewhere(p.current.title || s.untitled, p.current.weights), s.keepMine, s.takeTheirs];
  return html`<div class="question edit" part="question" role="group" aria-labelledby="question-q">
    <p id="question-q">${question}</p>
    ${button(yes, on.yes, { cls: 'primary', id: 'question-yes' })} ${button(no, on.no, { cls: 'quiet', id: 'question-no' })}
  </div>`;
}
