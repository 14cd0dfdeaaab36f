/**
 * The task itself: its title and description as fields (with the button that asks for a suggestion), and as text
 * (a heading and a paragraph: on paper when editing, on screen when read-only).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { heading } from '../shared/lg-element';
import { suggest } from './suggestion';
import type { LgTaskPicker } from './task-picker';

export function renderSummary(el: LgTaskPicker, h: number): TemplateResult {
  const { task, description } = el._state;
  return html`<div class="summary ${el.readonly ? '' : 'print-only'}">
      ${task ? heading(h + 1, task) : nothing}
      ${description ? html`<p class="desc">${description}</p>` : nothing}
    </div>`;
}

export function renderFields(el: LgTaskPicker): TemplateResult {
  const s = el._s;
  const { task, description } = el._state;
  return html`<div class="fields edit" part="fields">
          <label for="task">${s.task}</label>
          <input id="task" name="task" type="text" autocomplete="off" .value=${live(task)} />
          <label for="description">${s.description}</label>
          <textarea id="description" name="description" rows="3" .value=${live(description)}></textarea>
          <div class="row"><button type="button" id="suggest" @click=${() => suggest(el)}>${s.suggest}</button></div>
        </div>`;
}
