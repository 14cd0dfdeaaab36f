/** The live region that reports each action's outcome (part `status`), and the text to copy by hand where the clipboard fails. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LgTaskPicker } from './task-picker';

/** Reports an outcome in the live region; the same text twice still changes the region, so it is announced again. */
export function say(el: LgTaskPicker, text: string, error = false): void {
  el._msg = [text === el._msg?.[0] ? `${text}\u00a0` : text, error];
}

export function renderStatus(el: LgTaskPicker): TemplateResult {
  return html`<p class="msg edit ${el._msg?.[1] ? 'error' : ''}" part="status" role="status">${el._msg?.[0]}</p>
        ${el._copy != null
          ? html`<p class="copy edit"><label>${el._s.copyText}<textarea readonly rows="4" .value=${el._copy}></textarea></label></p>`
          : nothing}`;
}
