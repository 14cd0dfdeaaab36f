/**
 * A focus area's box: the card's own content (`<lg-focus-area-card>`), which `<lg-framework>` also draws, four times
 * in full, in its one shadow root (not as four elements: one shadow root and one set of styles render faster).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { FocusArea, FrameworkLabels, Language } from '../../content/model';
import { heading } from './markup';
import { warnOnce } from './warn';

/** Whether `variant` asks for the full text; anything but `full` and `compact` is warned about once, and compact. */
export function isFull(variant: string | null | undefined, tag: string): boolean {
  if (variant !== 'full' && variant !== 'compact') {
    warnOnce(`variant|${variant}`, `<${tag}> variant "${variant}" is unknown; using "compact" (valid: compact, full).`);
  }
  return variant === 'full';
}

/**
 * A focus area as the card shows it: in the card's own shadow root, and inside `<lg-framework>`, which shows the
 * four in full in its one shadow root (not as four elements: one shadow root and one set of styles render faster).
 * `after` goes at the end of the box (the card's note on a translation and its notice).
 */
export function areaCard(
  area: FocusArea,
  labels: FrameworkLabels,
  o: { level: number; full: boolean; lang: Language; titleId?: string; titlePart: string },
  after: unknown = nothing,
): TemplateResult {
  const list = (items: string[], part: string) => html`<ul part=${part}>${items.map((t) => html`<li>${t}</li>`)}</ul>`;
  return html`<div class="card ${area.id}" part="card" lang=${o.lang}>
    ${heading(o.level, html`<span class="marker" part="marker"></span>${area.title}`, o.titleId, o.titlePart)}
    ${o.full ? [heading(o.level + 1, labels.statementsHeading, undefined, 'statements-heading'), list(area.statements, 'statements')] : nothing}
    <p class="lead" part="points-lead">${labels.pointsLead}</p>
    ${list(area.points, 'points')}
    ${o.full ? html`<div class="role" part="leader-role">${area.leaderRole.map((p) => html`<p>${p}</p>`)}</div>` : nothing}
    ${after}
  </div>`;
}

export const areaCardStyles = css`
  .card {
    height: 100%;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 0.5rem solid var(--_c);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.25);
  }
  .card > * + * {
    margin-top: calc(var(--_space) * 0.75);
  }
  .card > .lead + ul {
    margin-top: 0.25rem;
  }
  /* the title (the box's first child; its part is "title" in a card, "heading" inside <lg-framework>) */
  .card > :first-child {
    font-size: var(--_type-h3);
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .card .marker {
    flex: none;
    width: 0.75em;
    height: 0.75em;
    border: 0.2em solid var(--_c);
    border-radius: 50%;
    background: var(--_c);
  }
  .lead {
    font-weight: 600;
  }
  .role > p + p {
    margin-top: 0.75rem;
  }
`;
