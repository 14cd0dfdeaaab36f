/** The meeting's plan (drejebog): each phase with its timebox, moved up or down, skipped; printable on one A4 page. */
import { html, nothing, type TemplateResult } from 'lit';
import { plannedMinutes, type Phase, type PhaseId } from '../../content/meeting-plan';
import { heading } from '../shared/markup';
import { button } from '../shared/button';
import type { MeetingUi } from './meeting.strings';

export interface PlanActions {
  move: (id: PhaseId, by: -1 | 1) => void;
  skip: (id: PhaseId) => void;
  minutes: (id: PhaseId, typed: string) => void;
  print: () => void;
}

export function renderPlan(plan: readonly Phase[], s: MeetingUi, level: number, on: PlanActions): TemplateResult {
  return html`<section class="plan" part="plan" aria-labelledby="plan-h">
    ${heading(level, s.plan, 'plan-h')}
    <ol class="phases">
      ${plan.map((p, i) => {
        const name = s.phases[p.id];
        return html`<li class="phase-row ${p.skipped ? 'skipped' : ''}" data-phase=${p.id}>
          <div class="phase-head">
            <span class="phase-name">${name}${p.skipped ? html` <span class="tag">(${s.skipped})</span>` : nothing}</span>
            <span class="with-unit no-print">
              <input type="number" min="1" max="120" step="1" inputmode="numeric" class="minutes" .value=${String(p.minutes)}
                aria-label=${s.minutesLabel(name)} @change=${(e: Event) => on.minutes(p.id, (e.target as HTMLInputElement).value)} />
              ${s.minutesUnit}</span>
            <span class="print-only">${p.minutes} ${s.minutesUnit}</span>
          </div>
          <p class="note">${s.notes[p.id]}</p>
          <p class="row-actions no-print">
            ${button('↑', () => on.move(p.id, -1), { ariaLabel: s.up(name), disabled: i === 0, cls: 'quiet' })}
            ${button('↓', () => on.move(p.id, 1), { ariaLabel: s.down(name), disabled: i === plan.length - 1, cls: 'quiet' })}
            ${button(p.skipped ? s.unskip : s.skip, () => on.skip(p.id), { cls: 'quiet', pressed: p.skipped })}
          </p>
        </li>`;
      })}
    </ol>
    <p class="total">${s.planTotal(plannedMinutes(plan))}</p>
    <p class="no-print">${button(s.printPlan, on.print)}</p>
  </section>`;
}
