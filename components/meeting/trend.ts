/**
 * The team over time: its revealed leadership rounds side by side, per area the counts, the average and the spread
 * of each round, in a table, and a small chart of the averages with its text alternative. An area withheld in a round
 * (too few answered it) is shown as such, never as a figure.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { Framework, Language } from '../../content/model';
import { picture } from '../../content/round';
import type { TeamRound } from '../../content/team';
import { SCALE_WORDS } from '../shared/scale-words';
import { heading } from '../shared/markup';
import type { MeetingUi } from './meeting.strings';

const number = (n: number | null, lang: Language) => (n === null ? '–' : n.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 2 }));

/** The averages as a line over the rounds (0–3 from bottom to top); a withheld round leaves a gap. */
function chart(means: (number | null)[], label: string): TemplateResult {
  const w = 120;
  const x = (i: number) => (means.length === 1 ? w / 2 : 6 + (i * (w - 12)) / (means.length - 1));
  const y = (m: number) => 34 - m * 10;
  const points = means.flatMap((m, i) => (m === null ? [] : [[x(i), y(m)] as const]));
  return html`<svg class="trend-chart" viewBox="0 0 ${w} 40" role="img" aria-label=${label}>
    ${svg`<line x1="0" x2=${w} y1="34" y2="34" class="axis"></line><line x1="0" x2=${w} y1="4" y2="4" class="axis"></line>
    <polyline points=${points.map(([px, py]) => `${px},${py}`).join(' ')} class="line"></polyline>
    ${points.map(([px, py]) => svg`<circle cx=${px} cy=${py} r="2.5" class="dot"></circle>`)}`}
  </svg>`;
}

export function renderTrend(rounds: TeamRound[], fw: Framework, s: MeetingUi, lang: Language, level: number, day: (d: string) => string): TemplateResult {
  const pictures = rounds.map((r) => picture(r.counts, r.people, r.withheld));
  const steps = SCALE_WORDS[lang].levels;
  return html`<section class="trend" part="trend" aria-labelledby="trend-h">
    ${heading(level, s.trend, 'trend-h')}
    <p>${s.trendIntro}</p>
    ${rounds.length
      ? fw.focusAreas.map((area) => {
          const rows = pictures.map((p, i) => ({ round: rounds[i], a: p.areas.find((x) => x.id === area.id)! }));
          const means = rows.map(({ a }) => (a.withheld ? null : a.mean));
          const said = rows.map(({ round, a }) => `${day(round.day)}: ${a.withheld ? s.withheldCell : number(a.mean, lang)}`).join('; ');
          return html`<div class="trend-area ${area.id}">
            ${heading(level + 1, area.title)}
            ${chart(means, s.chartLabel(area.title, said))}
            <table class="counts-table">
              <thead><tr><th scope="col">${s.roundColumn}</th>${steps.map((w) => html`<th scope="col">${w}</th>`)}<th scope="col">${s.mean}</th><th scope="col">${s.spread}</th></tr></thead>
              <tbody>${rows.map(
                ({ round, a }) => html`<tr><th scope="row">${s.roundOn(day(round.day), round.people)}</th>${a.withheld
                    ? html`<td colspan="6">${s.withheldCell}</td>`
                    : html`${a.counts.map((n) => html`<td>${n}</td>`)}<td>${number(a.mean, lang)}</td><td>${number(a.spread, lang)}</td>`}</tr>`,
              )}</tbody>
            </table>
          </div>`;
        })
      : html`<p>${s.trendNone}</p>`}
  </section>`;
}
