/** The scales: for each focus area, a native radio group of the four weights, "Næsten ikke" … "I særlig grad". */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { FOCUS_AREA_IDS } from '../../content/model';
import { marker } from './markup';
import type { LgTaskPicker } from './task-picker';

export function renderScales(el: LgTaskPicker): TemplateResult {
  const s = el._s;
  const w = el._w;
  const fw = el.framework;
  return html`<p class="scale-intro edit">${s.scale}</p>
        <div class="scales edit">
          ${FOCUS_AREA_IDS.map(
            (id) => html`<fieldset class="scale ${id}" part="scale">
              <legend>${marker}${fw.focusAreas.find((a) => a.id === id)!.title}</legend>
              ${s.levels.map(
                (l, n) => html`<label><input type="radio" name=${id} value=${n} .checked=${live(w[id] === n)} />${l}</label>`,
              )}
            </fieldset>`,
          )}
        </div>`;
}
