/** The task's balance: the heart whose quadrants fill with the weights, and the same weights in words, as a table. */
import { html, type TemplateResult } from 'lit';
import { FOCUS_AREA_IDS, type FocusAreaId } from '../../content/model';
import type { Weights } from '../../content/task-weights';
import { marker } from '../shared/markup';
import { heartMeter } from '../shared/heart-meter';
import type { TaskPickerStrings } from './task-picker.strings';

export function renderBalance(w: Weights, s: TaskPickerStrings): TemplateResult {
  const word = (id: FocusAreaId) => s.levels[w[id]];
  return html`<div class="balance">
      ${heartMeter(w, FOCUS_AREA_IDS.map((id) => `${s.areaShort[id]}: ${word(id)}`).join(', '))}
      <table part="table">
        <caption>${s.balance}</caption>
        <thead><tr><th scope="col">${s.area}</th><th scope="col">${s.weight}</th></tr></thead>
        <tbody>${FOCUS_AREA_IDS.map((id) => html`<tr class=${id}><th scope="row">${marker}${s.areaShort[id]}</th><td>${word(id)}</td></tr>`)}</tbody>
      </table>
    </div>`;
}
