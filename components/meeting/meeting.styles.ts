import { css } from 'lit';

export const styles = css`
  .meeting > * + *, section > * + *, form > * + *, .minutes > * + * { margin-top: var(--_space); }
  [part~='title'] { font-size: var(--_type-h2); line-height: 1.2; }
  p { max-width: 66ch; }
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.5rem 0.75rem 0.75rem; margin-inline: 0; min-width: 0; }
  legend { padding: 0 0.25rem; font-weight: 600; }
  .field { display: grid; gap: 0.25rem; max-width: 36rem; }
  .field label { font-weight: 600; }
  .field input, .field select, .field textarea { width: 100%; }
  .field-row { display: grid; gap: var(--_space); grid-template-columns: repeat(auto-fit, minmax(min(11rem, 100%), 1fr)); max-width: 44rem; }
  /* sections lay their children out in one column that never grows past them (a narrow phone) */
  section { grid-template-columns: minmax(0, 1fr); }
  .hint, .note { color: var(--_muted, inherit); font-size: var(--_type-small); }
  .status:empty { display: none; }
  .status.error { font-weight: 600; border-inline-start: 0.25rem solid currentColor; padding-inline-start: 0.5rem; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  .team { border-bottom: 1px solid var(--_border); padding-bottom: var(--_space); }
  .encrypt { display: grid; gap: 0.5rem; max-width: 36rem; }
  .check { display: flex; gap: 0.5rem; align-items: flex-start; cursor: pointer; }
  .check input { flex: none; width: 1.25rem; height: 1.25rem; margin: 0.125rem 0 0; }
  .sealed { border: 2px solid var(--_focus); border-radius: var(--_radius); padding: 0.5rem var(--_space) var(--_space); max-width: 36rem; }
  .kept, .earlier ul, .agreements, .conflicts ul { list-style: none; padding: 0; display: grid; gap: 0.5rem; }
  .kept li { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
  .kept li > span { flex: 1 1 12rem; }
  /* the plan: a list of phases, each with its timebox and its note */
  .phases { padding: 0; list-style: none; display: grid; gap: 0.5rem; counter-reset: phase; }
  .phase-row { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.5rem var(--_space); counter-increment: phase; }
  .phase-row.skipped { opacity: 0.75; border-style: dashed; }
  .phase-head { display: flex; flex-wrap: wrap; gap: 0.5rem var(--_space); align-items: center; justify-content: space-between; }
  .phase-name { font-weight: 700; }
  .phase-name::before { content: counter(phase) '. '; }
  .phase-row .note { margin-top: 0.25rem; }
  .row-actions { display: flex; flex-wrap: wrap; gap: 0.25rem; margin-top: 0.25rem; }
  .with-unit { display: inline-flex; gap: 0.5rem; align-items: center; }
  input.minutes { width: 5rem; }
  .print-only { display: none; }
  .phase { border-top: 2px solid var(--_border); padding-top: var(--_space); }
  .timebox { font-weight: 400; font-size: var(--_type-small); }
  .agreements li { display: flex; flex-wrap: wrap; gap: 0.5rem var(--_space); align-items: center; border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.5rem var(--_space); }
  .agreements .what { flex: 1 1 16rem; }
  .status-choice { display: grid; gap: 0.25rem; font-size: var(--_type-small); }
  .talked label { display: flex; gap: 0.5rem; align-items: flex-start; padding: 0.25rem 0; }
  .conflicts { border: 2px solid var(--_focus); border-radius: var(--_radius); padding: 0.5rem var(--_space) var(--_space); }
  .conflict { border-top: 1px solid var(--_border); padding-top: 0.5rem; }
  .minutes-box { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.5rem var(--_space) var(--_space); }
  .counts-table { border-collapse: collapse; width: 100%; font-size: var(--_type-small); font-variant-numeric: tabular-nums; }
  .counts-table th, .counts-table td { border-bottom: 1px solid var(--_border); padding: 0.25rem 0.5rem; text-align: end; }
  .counts-table th[scope='row'], .counts-table th:first-child { text-align: start; }
  .trend-area + .trend-area { margin-top: calc(var(--_space) * 1.5); }
  .trend-area { overflow-x: auto; }
  .trend-chart { display: block; width: min(16rem, 100%); height: auto; }
  .trend-chart .axis { stroke: var(--_border); stroke-width: 0.5; }
  .trend-chart .line { fill: none; stroke: var(--_focus); stroke-width: 1.5; }
  .trend-chart .dot { fill: var(--_focus); }
  .notes-text { white-space: pre-wrap; }
  @media (forced-colors: active) {
    .trend-chart .line { stroke: CanvasText; }
    .trend-chart .dot { fill: CanvasText; }
  }
  @media print {
    .no-print, button, .status { display: none !important; }
    .print-only { display: inline; }
    .phase-row { break-inside: avoid; padding: 0.25rem 0.5rem; }
    .plan, .minutes { font-size: var(--_type-small); }
  }
`;
