import { css, svg, html, nothing, type TemplateResult } from 'lit';

// A heart of a square turned 45° (centre 50,50) and two circles on its upper edges, cut into four quadrants
// by the lines through its centre. Each circle passes through the centre, so the upper quadrants are a
// half circle each and the lower ones are triangles. Order: top left, top right, bottom left, bottom right,
// the same as the focus areas' 2×2 arrangement.
export const QUADRANTS = [
  'M50 50H10A28.3 28.3 0 0 1 50 10Z',
  'M50 50H90A28.3 28.3 0 0 0 50 10Z',
  'M50 50H10L50 90Z',
  'M50 50H90L50 90Z',
];

/**
 * Each quadrant's area in the viewBox's units: an upper one is the triangle under its chord (40 × 40 / 2) and the
 * half circle on the chord (diameter 40√2); a lower one is the triangle alone.
 */
const TRIANGLE = (40 * 40) / 2;
const HALF_DISC = (Math.PI * (20 * Math.SQRT2) ** 2) / 2;
export const QUADRANT_AREAS = [TRIANGLE + HALF_DISC, TRIANGLE + HALF_DISC, TRIANGLE, TRIANGLE];

/**
 * The framework's symbol: a heart in four quadrants coloured like the four areas (by their ids).
 * With a label it is an image with that text alternative; without one it is decoration (aria-hidden).
 */
export function heart(areaIds: string[], label?: string): TemplateResult {
  return html`<svg class="heart" part="heart" viewBox="0 0 100 92" role=${label ? 'img' : nothing}
    aria-label=${label ?? nothing} aria-hidden=${label ? nothing : 'true'}>
    ${QUADRANTS.map((d, i) => svg`<path class=${areaIds[i] ?? ''} d=${d} />`)}
  </svg>`;
}

/** Styles for the heart, for the elements that show it. */
export const heartStyles = css`
  .heart { display: block; width: 100%; height: auto; }
  .heart path { fill: var(--_c); stroke: var(--_bg); stroke-width: 1.5; stroke-linejoin: round; }
`;
