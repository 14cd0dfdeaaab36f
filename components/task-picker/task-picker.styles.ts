import { css } from 'lit';

/** After `base` and `controls` (buttons, fields, .marker, .visually-hidden, .actions, .msg). */
export const styles = css`
  .picker { overflow-wrap: anywhere; }
  .question { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; padding: 0.75rem 1rem;
    border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); }
  .question p { flex-basis: 100%; margin: 0; max-width: 66ch; }
  .picker:focus { outline: none; }
  .plain { border: 0; padding: 0; margin: 0; min-width: 0; }
  .picker > * + *, .plain > * + *, .says > * + * { margin-top: var(--_space); }
  .area > * + *, .sug > * + *, details > p { margin-top: 0.5rem; }
  .kicker, .lead, caption, legend, .fields label { font-weight: 600; }
  .kicker + [part~='heading'] { font-size: var(--_type-h3); }
  .fields { display: grid; gap: 0.25rem; max-width: 40rem; }
  input[type='text'] { width: 100%; }
  label + input, label + textarea { margin-bottom: 0.5rem; }
  .balance { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
  :disabled { cursor: not-allowed; opacity: 0.6; }
  .balance { gap: var(--_space); }
  /* the areas' radio groups: ../shared/scales */
  table { border-collapse: collapse; }
  caption, th, td { text-align: start; }
  th, td { padding: 0.125rem 1rem 0.125rem 0; }
  thead th { font-size: var(--_type-small); }
  tbody th { font-weight: 400; }
  .area { border-inline-start: 0.5rem solid var(--_c); padding-inline-start: 0.75rem; }
  summary { cursor: pointer; color: var(--_focus); }
  .sug, .notice {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem var(--_space);
  }
  .sug ul, .saved ul { list-style: none; padding: 0; }
  .error { border-inline-start: 0.25rem solid var(--_text); padding-inline-start: 0.5rem; font-weight: 600; }
  .copy textarea { display: block; margin-top: 0.25rem; }
  .saved li { display: grid; gap: 0.25rem; padding-top: 0.5rem; border-top: 1px solid var(--_border); }
  .saved li[aria-current] { border-top-width: 3px; }
  .saved .persistence { margin: 0.25rem 0 0.75rem; max-width: 65ch; }
  .saved > .row { margin-top: 0.75rem; }
  .meta { font-size: var(--_type-small); }
  .desc { white-space: pre-wrap; }
  .print-only { display: none; }
  /* Printing: light colours, the result only (the task as text, the heart, the table, the framework's points), one A4 page. */
  @media print {
    :host {
      --_text: #000;
      --_bg: #fff;
      --_surface: #fff;
      --_border: #767b85;
      --_faglighed: #1d5794;
      --_innovation: #0b6b5c;
      --_mening: #8a356f;
      --_drift: #9a4510;
    }
    .picker { font-size: 9.5pt; line-height: 1.35; }
    [part~='heading'] { font-size: 11pt; }
    .edit, .hint, details { display: none !important; }
    .print-only { display: block; }
    .meter { width: 3cm; }
    .balance, .area { break-inside: avoid; }
    .picker > * + *, .plain > * + * { margin-top: 0.75rem; }
    .says { display: grid; grid-template-columns: 1fr 1fr; gap: 0.75rem 1.5rem; }
    .says > * + * { margin-top: 0; }
    .says > :first-child { grid-column: 1 / -1; }
  }
`;
