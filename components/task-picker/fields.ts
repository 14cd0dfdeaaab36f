/**
 * The task itself: its title and description as fields (with the button that asks for a suggestion), and as text
 * (a heading and a paragraph: on paper when editing, on screen when read-only).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { TaskState } from '../../content/task-draft';
import { heading } from '../shared/markup';
import { button } from '../shared/button';
import type { TaskPickerStrings } from './task-picker.strings';

export function renderSummary({ task, description }: TaskState, onScreen: boolean, h: number): TemplateResult {
  return html`<div class="summary ${onScreen ? '' : 'print-only'}">
      ${task ? heading(h + 1, task) : nothing}
      ${description ? html`<p class="desc">${description}</p>` : nothing}
    </div>`;
}

export function renderFields({ task, description }: TaskState, s: TaskPickerStrings, onSuggest: () => void): TemplateResult {
  return html`<div class="fields edit" part="fields">
          <label for="task">${s.task}</label>
          <input id="task" name="task" type="text" autocomplete="off" .value=${live(task)} />
          <label for="description">${s.description}</label>
          <textarea id="description" name="description" rows="2" .value=${live(description)}></textarea>
          <div class="row">${button(s.suggest, onSuggest, { id: 'suggest' })}</div>
        </div>`;
}
