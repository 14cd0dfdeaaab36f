/** The scales: for each focus area, a native radio group of the four weights, "Næsten ikke" … "I særlig grad". */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { lookup } from '../../content/lookup';
import { FOCUS_AREA_IDS, type Framework } from '../../content/model';
import type { Weights } from '../../content/task-weights';
import { marker } from '../shared/markup';
import type { TaskPickerStrings } from './task-picker.strings';

export function renderScales(weights: Weights, fw: Framework, s: TaskPickerStrings): TemplateResult {
  const { area } = lookup(fw);
  return html`<p class="scale-intro edit">${s.scale}</p>
        <div class="scales edit">
          ${FOCUS_AREA_IDS.map(
            (id) => html`<fieldset class="scale ${id}" part="scale">
              <legend>${marker}${area(id).title}</legend>
              ${s.levels.map(
                (l, n) => html`<label><input type="radio" name=${id} value=${n} .checked=${live(weights[id] === n)} />${l}</label>`,
              )}
            </fieldset>`,
          )}
        </div>`;
}
