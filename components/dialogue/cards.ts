/** The chosen questions as dialogue cards for printing: hidden on screen, six to an A4 sheet (with cut lines) on paper. */
import { html, nothing, type TemplateResult } from 'lit';
import { sheets, type DialogueCard } from '../../content/dialogue';
import { lookup } from '../../content/lookup';
import type { Framework, Language } from '../../content/model';
import type { DialogueUi } from './dialogue.strings';

const CARDS_PER_SHEET = 6;

export function renderCards(cards: DialogueCard[], fw: Framework, s: DialogueUi, lang: Language): TemplateResult {
  if (!cards.length) return html``;
  const find = lookup(fw);
  return html`<div class="cards" part="cards" lang=${lang} aria-hidden="true">
      ${sheets(cards, CARDS_PER_SHEET).map(
        (sheet) => html`<div class="sheet">
          ${sheet.map((card) => {
            const level = find.level(card.levelId);
            const area = card.areaId ? find.area(card.areaId) : undefined;
            return html`<article class="card ${card.areaId ?? ''}">
              <p class="card-meta">${level?.title}${card.partTitle ? ` · ${card.partTitle}` : ''}</p>
              ${area ? html`<p class="card-area"><span class="marker"></span>${area.title}</p>` : nothing}
              <p class="card-question">${card.question}</p>
              ${area
                ? html`<p class="card-lead">${fw.labels.pointsLead}</p>
                    <ul class="card-points">${area.points.map((p) => html`<li>${p}</li>`)}</ul>`
                : nothing}
              <p class="card-foot">${fw.title} · ${fw.organisation} <span>${s.cardNumber(card.index + 1, cards.length)}</span></p>
            </article>`;
          })}
        </div>`,
      )}
    </div>`;
}
