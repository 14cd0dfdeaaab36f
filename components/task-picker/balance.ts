/** The task's balance: the heart whose quadrants fill with the weights, and the same weights in words, as a table. */
import { html, type TemplateResult } from 'lit';
import { FOCUS_AREA_IDS, type FocusAreaId } from '../../content/model';
import { heartMeter } from './heart-meter';
import { marker, short } from './markup';
import type { LgTaskPicker } from './task-picker';

export function renderBalance(el: LgTaskPicker): TemplateResult {
  const s = el._s;
  const w = el._w;
  const word = (id: FocusAreaId) => s.levels[w[id]];
  return html`<div class="balance">
      ${heartMeter(w, FOCUS_AREA_IDS.map((id) => `${short(s, id)}: ${word(id)}`).join(', '))}
      <table part="table">
        <caption>${s.balance}</caption>
        <thead><tr><th scope="col">${s.area}</th><th scope="col">${s.weight}</th></tr></thead>
        <tbody>${FOCUS_AREA_IDS.map((id) => html`<tr class=${id}><th scope="row">${marker}${short(s, id)}</th><td>${word(id)}</td></tr>`)}</tbody>
      </table>
    </div>`;
}
