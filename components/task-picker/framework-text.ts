/**
 * What the framework says about the strongest areas: for each, the points after "Det vil vi ved at:" and the
 * first paragraph of the leader's role (the rest behind "Læs hele teksten"); a hint while no area has a weight.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { strongestAreas } from '../../content/task-weights';
import { heading } from '../shared/lg-element';
import { marker } from './markup';
import type { LgTaskPicker } from './task-picker';

export function renderSays(el: LgTaskPicker, h: number): TemplateResult {
  const s = el._s;
  const fw = el.framework;
  const strongest = strongestAreas(el._w);
  return html`<section class="says" part="framework-text">
      ${heading(h + 1, s.says, 'says-h')}
      ${strongest.length
        ? strongest.map((id) => {
            const a = fw.focusAreas.find((x) => x.id === id)!;
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
