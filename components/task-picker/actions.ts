/**
 * The actions (save in the browser, copy as Markdown, copy a link, print, download and import JSON, a new task), the
 * live region that reports their outcome, and the text to copy by hand where the clipboard fails.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Announcer } from '../shared/controllers/announcer';
import { button } from '../shared/markup';
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
          ${button(s.import, on.chooseFile)}
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
