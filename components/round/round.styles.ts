import { css } from 'lit';

export const styles = css`
  .round > * + *, section > * + *, form > * + * { margin-top: var(--_space); }
  [part~='title'] { font-size: var(--_type-h2); line-height: 1.2; }
  p { max-width: 66ch; }
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.5rem 0.75rem 0.75rem; margin-inline: 0; min-width: 0; }
  legend { padding: 0 0.25rem; font-weight: 600; }
  .field { display: grid; gap: 0.25rem; max-width: 36rem; }
  .field label, .add > label, .join > label { font-weight: 600; }
  .field input:not([type='number']), .field select { width: 100%; }
  input[type='number'] { width: 6rem; }
  .with-unit { display: inline-flex; gap: 0.5rem; align-items: center; }
  .hint, .note, .meta, .from { color: var(--_muted, inherit); font-size: var(--_type-small); }
  .status:empty { display: none; }
  .status.error { font-weight: 600; border-inline-start: 0.25rem solid currentColor; padding-inline-start: 0.5rem; }
  .code { font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace; letter-spacing: 0.08em; font-weight: 700; }
  .code.big { font-size: var(--_type-h1); }
  .code.huge { font-size: clamp(2em, 6vw, 4em); line-height: 1.1; margin: 0.25rem 0; }
  .code-field { font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace; font-size: var(--_type-h3); letter-spacing: 0.08em; text-transform: uppercase; width: 100%; max-width: 22rem; }
  .join-box { display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 1.5); align-items: center; }
  .join-box > div:last-child { flex: 1 1 18rem; }
  .join-box .link { width: 100%; }
  .qr-box { flex: none; width: min(16rem, 100%); }
  .qr { display: block; width: 100%; height: auto; border-radius: 0.25rem; }
  .count { font-size: var(--_type-h3); font-weight: 600; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  .confirm { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; border: 2px solid var(--_border); border-radius: var(--_radius); padding: 0.5rem var(--_space); }
  .camera { display: block; width: min(24rem, 100%); border-radius: var(--_radius); }
  /* the areas' radio groups: ../shared/scales */
  .by-hand .counts-row { display: grid; gap: 0.5rem; grid-template-columns: repeat(auto-fit, minmax(7rem, 1fr)); clear: both; }
  .by-hand .count-field { display: grid; gap: 0.125rem; border-radius: var(--_radius); font-size: var(--_type-small); }
  .by-hand .count-field input { width: 100%; }
  .lead { font-size: var(--_type-h4); }
  /* the group's heart beside the question, not above the areas */
  .picture-head { display: flex; gap: var(--_space); align-items: flex-start; justify-content: space-between; }
  .picture-head > div:first-child > * + * { margin-top: 0.5rem; }
  .group-heart { flex: none; width: min(9rem, 35%); }
  .group-heart .meter { width: 100%; }
  /* the four areas in the framework's 2×2 order; one column where the element is narrow */
  .picture { container-type: inline-size; }
  .areas { list-style: none; padding: 0; display: grid; gap: var(--_space); grid-template-columns: repeat(2, minmax(0, 1fr)); }
  @container (max-width: 36rem) { .areas { grid-template-columns: minmax(0, 1fr); } }
  .area { border: 1px solid var(--_border); border-inline-start: 0.5rem solid var(--_c); border-radius: var(--_radius); padding: 0.5rem var(--_space) var(--_space); }
  .area.disputed { border-width: 3px; border-inline-start-width: 0.75rem; border-color: var(--_c); }
  .area [part~='heading'] { display: flex; align-items: center; gap: 0.375rem; font-size: var(--_type-h4); }
  .counts { border-collapse: collapse; width: 100%; }
  .counts th { text-align: start; font-weight: 400; padding: 0.125rem 0.75rem 0.125rem 0; white-space: nowrap; }
  .counts .bar-cell { width: 100%; }
  .counts .bar { display: block; width: 100%; height: 1rem; }
  .counts .bar rect { fill: var(--_c); }
  .counts .n { text-align: end; font-variant-numeric: tabular-nums; font-weight: 700; padding-inline-start: 0.5rem; }
  .start-here { border: 2px solid var(--_focus); border-radius: var(--_radius); padding: 0.5rem var(--_space) var(--_space); background: var(--_surface); }
  /* joining someone else's round, offered below the setup on a page that serves both */
  .join-instead { display: flex; flex-wrap: wrap; gap: 0.5rem var(--_space); align-items: center; max-width: 36rem; border-top: 1px solid var(--_border); padding-top: var(--_space); }
  .add textarea.code-field { display: block; resize: vertical; }
  .saved ul { list-style: none; padding: 0; display: grid; gap: 0.5rem; }
  .saved li { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
  .saved li > span { flex: 1 1 16rem; }
  @media print {
    .no-print, .saved, button { display: none !important; }
    .area { break-inside: avoid; }
    /* one A4 page: a little tighter than on screen */
    .picture { font-size: var(--_type-small); }
    .picture > * + *, .picture section > * + * { margin-top: 0.5rem; }
    .areas { gap: 0.5rem; }
  }
`;
