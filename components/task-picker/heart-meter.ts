import { css, html, svg, type TemplateResult } from 'lit';
import { FOCUS_AREA_IDS } from '../../content/model';
import type { Weights } from '../../content/task-weights';
import { QUADRANTS } from '../shared/heart';

/**
 * The heart as a meter: each area's quadrant (in the framework's order) has an outline, so an empty quadrant
 * is still visible, and a fill that grows from the heart's centre, its area in proportion to weight / 3.
 * Only the fills' `transform` attributes change with the weights (attributes, not inline styles, so that a strict
 * Content-Security-Policy does not get in the way).
 */
export function heartMeter(w: Weights, label: string): TemplateResult {
  return html`<svg class="meter" part="heart" viewBox="0 0 100 92" role="img" aria-label=${label}>
    ${FOCUS_AREA_IDS.map((id, i) => {
      const s = Math.sqrt(w[id] / 3);
      return svg`<g class=${id}><path class="fill" d=${QUADRANTS[i]} transform="translate(${50 - 50 * s} ${50 - 50 * s}) scale(${s})" />
        <path class="edge" d=${QUADRANTS[i]} /></g>`;
    })}
  </svg>`;
}

export const heartMeterStyles = css`
  .meter { display: block; width: 10rem; height: auto; flex: none; overflow: visible; }
  .meter path { stroke-linejoin: round; }
  .meter .fill {
    fill: var(--_c);
  }
  .meter .edge { fill: none; stroke: var(--_c); stroke-width: 1.5; }
`;
