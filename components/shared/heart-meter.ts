import { css, html, svg, type TemplateResult } from 'lit';
import { FOCUS_AREA_IDS, type FocusAreaId } from '../../content/model';
import { QUADRANTS, QUADRANT_AREAS } from './heart';

/** The area every quadrant's fill has at weight 3: the smallest quadrant's, so that each can hold it. */
const FULL = Math.min(...QUADRANT_AREAS);

/**
 * How much each quadrant's fill is scaled (from the heart's centre) for a weight: the same weight paints the same
 * area in every quadrant, and the area is in proportion to the weight ("I særlig grad" three times "Noget"), although
 * the upper quadrants (half circles) are larger than the lower ones (triangles).
 */
export const fillScale = (quadrant: number, weight: number): number => Math.sqrt(((weight / 3) * FULL) / QUADRANT_AREAS[quadrant]);

/**
 * The heart as a meter: each area's quadrant (in the framework's order) has an outline, so an empty quadrant
 * is still visible, and a fill that grows from the heart's centre. Only the fills' `transform` attributes change with
 * the weights (attributes, not inline styles, so that a strict Content-Security-Policy does not get in the way). The
 * outlines are drawn first and lighter, the fills over them.
 */
export function heartMeter(w: Record<FocusAreaId, number>, label: string): TemplateResult {
  return html`<svg class="meter" part="heart" viewBox="0 0 100 92" role="img" aria-label=${label}>
    ${FOCUS_AREA_IDS.map((id, i) => svg`<path class="edge ${id}" d=${QUADRANTS[i]} />`)}
    ${FOCUS_AREA_IDS.map((id, i) => {
      const s = fillScale(i, w[id]);
      return svg`<path class="fill ${id}" d=${QUADRANTS[i]} transform="translate(${50 - 50 * s} ${50 - 50 * s}) scale(${s})" />`;
    })}
  </svg>`;
}

export const heartMeterStyles = css`
  .meter { display: block; width: 10rem; height: auto; flex: none; overflow: visible; }
  .meter path { stroke-linejoin: round; }
  .meter .fill {
    fill: var(--_c);
  }
  .meter .edge { fill: none; stroke: var(--_c); stroke-width: 1.5; stroke-opacity: 0.6; }
`;
