import { css } from 'lit';

export const styles = css`
  .journal > * + * {
    margin-top: calc(var(--_space) * 1.25);
  }
  .journal > section {
    margin-top: calc(var(--_space) * 2);
  }
  section > * + * {
    margin-top: calc(var(--_space) * 0.75);
  }
  [part~='title'] {
    font-size: var(--_type-h2);
  }
  #write-heading,
  #history-heading,
  #talk-heading,
  #data-heading {
    font-size: var(--_type-h3);
  }
  .privacy {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    font-weight: 600;
  }
  .lock {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    margin-top: 0.2em;
  }
  .problem,
  .warning {
    border: 2px solid currentColor;
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    background: var(--_surface);
  }
  .problem {
    font-weight: 600;
  }
  .hint,
  .date {
    color: var(--_text);
  }
  .restored {
    font-style: italic;
  }
  form > * + * {
    margin-top: var(--_space);
  }
  .area,
  .talk-q {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space) var(--_space);
    background: var(--_surface);
  }
  .area {
    border-inline-start: 0.5rem solid var(--_c);
  }
  .area > * + *,
  .talk-q > * + * {
    margin-top: calc(var(--_space) * 0.75);
  }
  /* the legend is the box's first line (floated), not a label across its top border: as in the picker's scales */
  .area > legend,
  .talk-q > legend {
    float: inline-start;
    width: 100%;
    font-weight: 700;
    font-size: var(--_type-h4);
    padding: 0;
    margin-bottom: var(--_gap-m);
    max-width: 66ch;
  }
  .area > legend + *,
  .talk-q > legend + * {
    clear: both;
  }
  .scale {
    border: 0;
    padding: 0;
  }
  .scale > legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.25rem;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .step {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    cursor: pointer;
  }
  .step:has(input:checked) {
    border: 2px solid var(--_c);
    font-weight: 700;
  }
  .field label,
  .talk-q label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
    max-width: 66ch;
  }
  .field.inline {
    display: inline-block;
    margin-inline-end: var(--_space);
  }
  .msg {
    font-weight: 600;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    max-width: 66ch;
    cursor: pointer;
  }
  .check input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_focus);
  }
  .warning {
    max-width: 66ch;
  }
  .encrypt,
  .lock-form,
  .locked form {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    max-width: 30rem;
    margin-block: var(--_space);
  }
  .encrypt > *,
  .lock-form > * {
    margin: 0;
  }
  .forgotten {
    margin-top: calc(var(--_space) * 1.5);
  }
  .forgotten summary {
    cursor: pointer;
    font-weight: 600;
  }
  .forgotten > * + * {
    margin-top: var(--_space);
  }
  /* the four areas' charts in the framework's 2×2 order (never three in a row), one column when narrow */
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, max(18rem, calc(50% - var(--_space)))), 1fr));
    gap: var(--_space);
  }
  .chart {
    margin: 0;
    border: 1px solid var(--_border);
    border-top: 0.375rem solid var(--_c);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2);
  }
  .chart figcaption {
    font-weight: 600;
    font-size: var(--_type-small);
  }
  .chart svg {
    display: block;
    width: 100%;
    height: auto;
    margin-top: 0.25rem;
  }
  .chart .grid {
    stroke: var(--_border);
    stroke-width: 1;
    stroke-dasharray: 2 4;
  }
  .chart .axis {
    fill: currentColor;
    font-size: 14px; /* one SVG unit is one CSS pixel: the chart is drawn at the width it is shown at */
  }
  .chart .empty {
    font-style: italic;
  }
  .chart .line {
    fill: none;
    stroke: var(--_c);
    stroke-width: 3;
    stroke-linejoin: round;
  }
  .chart .dot {
    fill: var(--_c);
    stroke: var(--_bg);
    stroke-width: 2;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    min-width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.375rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
    padding: 0.375rem 0.75rem 0.375rem 0;
  }
  thead th {
    border-bottom-width: 2px;
  }
  .side-by-side {
    border-inline-start: 0.375rem solid var(--_c, transparent);
  }
  .side-by-side th,
  .side-by-side td {
    padding-inline-start: 0.5rem;
    width: 33%;
  }
  .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .change {
    font-style: italic;
  }
  .entries {
    list-style: none;
    padding: 0;
  }
  .entries > li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    border-bottom: 1px solid var(--_border);
    padding: 0.375rem 0;
    max-width: 48rem;
  }
  /* a note in the list: its date and first words; opened, the whole note in place */
  .entry {
    flex-basis: 100%;
  }
  .entry summary {
    cursor: pointer;
    padding-block: 0.125rem;
  }
  .entry-date {
    font-weight: 600;
  }
  .entry-words {
    overflow-wrap: anywhere;
  }
  .entry-words::before {
    content: ' – ';
  }
  .note-whole {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: calc(var(--_space) / 2) 0 calc(var(--_space) / 2) 1rem;
  }
  .note-whole :is(h1, h2, h3, h4, h5, h6) {
    font-size: var(--_type-body);
    margin: 0 0 0.25rem;
  }
  .note-area {
    border-inline-start: 0.375rem solid var(--_c);
    padding-inline-start: 0.5rem;
  }
  .note-whole dl {
    margin: 0;
  }
  .note-whole dt {
    font-weight: 600;
  }
  .note-whole dd {
    margin: 0 0 0.25rem;
  }
  .entry-actions {
    display: flex;
    gap: 0.5rem;
  }
  .confirm {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    background: var(--_surface);
  }
  .confirm p {
    flex-basis: 100%;
    font-weight: 600;
  }
  /* a save refused because another tab saved the note since: both versions where they differ, and a choice */
  .conflict {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }
  .conflict > * + * {
    margin-top: calc(var(--_space) / 2);
  }
  .conflict > p:first-child {
    font-weight: 600;
  }
  .conflict .area-name {
    display: block;
  }
  .pickers {
    margin-bottom: var(--_space);
  }
  .compare > * + * {
    margin-top: var(--_space);
  }
  .sheet {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    max-width: 48rem;
  }
  .sheet > * + * {
    margin-top: calc(var(--_space) * 0.75);
  }
  .sheet .question {
    font-size: var(--_type-h3);
    font-weight: 600;
    border-inline-start: 0.375rem solid var(--_focus);
    padding-inline-start: var(--_space);
    max-width: 66ch;
  }
  .self-and-group { border-collapse: collapse; width: 100%; }
  .self-and-group th, .self-and-group td { text-align: start; vertical-align: top; padding: 0.375rem 0.75rem 0.375rem 0; border-bottom: 1px solid var(--_border); }
  .self-and-group tbody th { font-weight: 600; }
  .sheet-area {
    border-inline-start: 0.375rem solid var(--_c);
    padding-inline-start: var(--_space);
  }
  .sheet-area dl > dt {
    font-weight: 600;
    margin-top: 0.375rem;
  }
  .lead {
    font-weight: 600;
  }
  details textarea {
    margin-top: 0.5rem;
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: var(--_type-small);
  }
  /* the import's problems: one box, its headline first, then each problem */
  .import-problems > ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
    font-weight: 400;
  }
  .issues {
    color: var(--_text);
  }
  #import-result:focus {
    outline: none;
  }
  #import-result:focus-visible {
    outline: 3px solid var(--_focus);
  }

  @media print {
    .no-print,
    button,
    form .actions {
      display: none !important;
    }
    .chart,
    .sheet,
    .area {
      break-inside: avoid;
    }
    .chart,
    .area,
    .sheet-area,
    .side-by-side,
    .marker {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    /* "Udskriv" in the talk section prints only the talk sheet */
    .sheet {
      border: 0;
      padding: 0;
      max-width: none;
    }
  }
`;
