/**
 * What the framework says about the strongest areas: for each, the points after "Det vil vi ved at:" and the
 * first paragraph of the leader's role (the rest behind "Læs hele teksten"); a hint while no area has a weight.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { lookup } from '../../content/lookup';
import type { Framework } from '../../content/model';
import { strongestAreas, type Weights } from '../../content/task-weights';
import { heading, marker } from '../shared/markup';
import type { TaskPickerStrings } from './task-picker.strings';

export function renderSays(weights: Weights, fw: Framework, s: TaskPickerStrings, h: number): TemplateResult {
  const strongest = strongestAreas(weights);
  return html`<section class="says" part="framework-text">
      ${heading(h + 1, s.says, 'says-h')}
      ${strongest.length
        ? strongest.map((id) => {
            const a = lookup(fw).area(id);
            const [first, ...rest] = a.leaderRole;
            return html`<div class="area ${id}">
              ${heading(h + 2, html`${marker}${a.title}`)}
              <p class="lead">${fw.labels.pointsLead}</p>
              <ul>${a.points.map((p) => html`<li>${p}</li>`)}</ul>
              <p>${first}</p>
              ${rest.length
                ? html`<details><summary>${s.readAll}</summary>${rest.map((p) => html`<p>${p}</p>`)}</details>`
                : nothing}
            </div>`;
          })
        : html`<p class="hint">${s.hint}</p>`}
    </section>`;
}
