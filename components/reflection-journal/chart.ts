/**
 * One focus area's level over time: a small SVG chart, an image whose text alternative lists every value
 * (the history's table shows them too).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { dayTime, formatDay } from '../../content/format';
import { SCALE, areaSeries, chartSeries, type Dated, type LevelPoint } from '../../content/journal';
import type { FocusArea, Language } from '../../content/model';
import { marker } from '../shared/markup';
import type { JournalUi } from './reflection-journal.strings';

/** The first and last date of the entries: one time axis for every chart, so a date sits at the same place in all four. */
export function timeSpan(entries: readonly Dated[]): [number, number] {
  const times = entries.map((e) => dayTime(e.date));
  return [Math.min(...times), Math.max(...times)];
}

/** How wide a chart is drawn before it has been measured (SVG units; measured, one unit is one CSS pixel). */
const UNMEASURED = 400;
/** The narrowest a chart is drawn: below it the drawing is scaled down (text with it). */
const NARROWEST = 240;
/** The time axis that has room for both its dates at 14 px ("sep. 2025" is about 70 px) and a gap between them. */
const BOTH_DATES = 170;

/**
 * The chart of one area. `width`: the width it is shown at in CSS pixels (WidthWatcher), so that the axis text is
 * drawn at the 14 px of the CSS at every width, not scaled down with the drawing on a phone.
 */
export function areaChart(
  s: JournalUi,
  lang: Language,
  area: FocusArea,
  entries: readonly LevelPoint[],
  [t0, t1]: [number, number],
  width = UNMEASURED,
): TemplateResult {
  const id = area.id;
  const { points: series, period } = chartSeries(areaSeries(entries, id));
  const values = series.map((p) => `${formatDay(p.date, lang)}: ${s.levels[p.level]}`).join('; ');
  const label = series.length ? (period ? s.chartLabelEvery(area.title, s.period[period], values) : s.chartLabel(area.title, values)) : s.chartEmpty(area.title);
  const W = Math.max(NARROWEST, Math.round(width));
  const H = 130;
  const left = 134; // room for the longest step, "Well under way", at the axis's 14 px
  const right = 12;
  const top = 12;
  const bottom = 28;
  const y = (l: number) => top + ((3 - l) * (H - top - bottom)) / 3;
  const x = (t: number) => (t1 === t0 ? (left + W - right) / 2 : left + ((t - t0) * (W - left - right)) / (t1 - t0));
  const pts = series.map((p) => [x(dayTime(p.date)), y(p.level)] as const);
  // the ends of the time axis: day and month within one year, month and year over several
  const oneYear = new Date(t0).getUTCFullYear() === new Date(t1).getUTCFullYear();
  const short = (t: number) => formatDay(new Date(t).toISOString().slice(0, 10), lang, oneYear ? 'dayShort' : 'monthYear');
  return html`<figure class="chart ${id}" part="chart">
    <figcaption>${marker}${area.title}</figcaption>
    <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${label}>
      ${SCALE.map(
        // </line>, not />: the build's template minifier drops a self-closing slash, which would put the label inside the line
        (l) => svg`<line class="grid" x1=${left} x2=${W - right} y1=${y(l)} y2=${y(l)}></line>
          <text class="axis" x=${left - 8} y=${y(l) + 4} text-anchor="end">${s.levels[l]}</text>`,
      )}
      ${pts.length > 1 ? svg`<polyline class="line" points=${pts.map((p) => p.join(',')).join(' ')} />` : nothing}
      ${pts.map(([px, py]) => svg`<circle class="dot" cx=${px} cy=${py} r="5" />`)}
      ${t1 > t0
        ? // where the time axis is too short for both dates, the first starts under the steps' words
          svg`<text class="axis" x=${W - left - right < BOTH_DATES ? 8 : left} y=${H - 8} text-anchor="start">${short(t0)}</text>
            <text class="axis" x=${W - right} y=${H - 8} text-anchor="end">${short(t1)}</text>`
        : svg`<text class="axis" x=${(left + W - right) / 2} y=${H - 8} text-anchor="middle">${short(t0)}</text>`}
      ${series.length ? nothing : svg`<text class="axis empty" x=${(left + W - right) / 2} y=${y(1.5) + 4} text-anchor="middle">${s.notYet}</text>`}
    </svg>
  </figure>`;
}
