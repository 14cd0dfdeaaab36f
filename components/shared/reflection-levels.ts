/**
 * The reflection questions of one or more levels: `<lg-reflection>`'s content, which `<lg-framework>` also draws in
 * its own shadow root.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Language, ReflectionLevel } from '../../content/model';
import { heading } from './markup';

/**
 * Reflection levels with their questions: in the element's shadow root, and inside `<lg-framework>`, which shows
 * them in its own. `after` ends the list (the element's note on a translation and its notice).
 */
export function reflectionLevels(levels: ReflectionLevel[], h: number, lang: Language, after: unknown = nothing): TemplateResult {
  return html`<div class="levels" lang=${lang}>
    ${levels.map(
      (r) => html`<section class="level" part="level" aria-labelledby=${r.id}>
        ${heading(h, r.title, r.id, 'level-title')}
        ${r.parts.map(
          (p) => html`${p.title ? heading(h + 1, p.title, undefined, 'part-title') : nothing}
            <ul part="questions">${p.questions.map((q) => html`<li>${q.text}</li>`)}</ul>`,
        )}
      </section>`,
    )}
    ${after}
  </div>`;
}

export const reflectionStyles = css`
  .level > * + * {
    margin-top: calc(var(--_space) * 0.75);
  }
  .levels > * + * {
    margin-top: calc(var(--_space) * 1.5);
  }
  [part~='part-title'] {
    font-size: var(--_type-body);
  }
`;
