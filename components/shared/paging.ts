/**
 * Long lists shown a page at a time (the journal's history, the picker's saved tasks): the newest `PAGE` first,
 * then more when asked, so that a history of years or a project office's hundreds of tasks cost no more to open than
 * a short one. The words, and the line that says how many are shown with its two buttons.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../../content/model';
import { defineStrings } from './localize';
import { button } from './button';

/** How many are shown at first, and how many more each time. */
export const PAGE = 20;

const count = (n: number, lang: Language) => n.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB');

export const PAGING_UI = defineStrings({
  da: {
    shown: (shown: string, total: string) => `Viser de ${shown} nyeste af ${total}.`,
    more: (n: string) => `Vis ${n} mere`,
    all: (n: string) => `Vis alle ${n}`,
  },
  en: {
    shown: (shown, total) => `Showing the ${shown} newest of ${total}.`,
    more: (n) => `Show ${n} more`,
    all: (n) => `Show all ${n}`,
  },
});

/** The first `shown` of `items` (newest first). */
export const firstOf = <T>(items: readonly T[], shown: number): T[] => items.slice(0, shown);

/** Under a list of which `shown` of `total` are shown: how many, and buttons for more and for all (nothing when all are shown). */
export function renderMore(
  shown: number,
  total: number,
  lang: Language,
  on: { more: () => void; all: () => void },
  id: string,
): TemplateResult | typeof nothing {
  if (shown >= total) return nothing;
  const s = PAGING_UI[lang];
  const next = Math.min(PAGE, total - shown);
  return html`<p class="row more" id=${id}>
    <span>${s.shown(count(shown, lang), count(total, lang))}</span>
    ${button(s.more(count(next, lang)), on.more, { id: `${id}-more` })} ${button(s.all(count(total, lang)), on.all, { id: `${id}-all` })}
  </p>`;
}
