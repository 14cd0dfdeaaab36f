import { css } from 'lit';

export const styles = css`
  .dialogue > * + * {
    margin-top: var(--_space);
  }
  [part~='title'] {
    font-size: var(--_type-h2);
  }
  .running [part~='title'] {
    font-size: var(--_type-body);
    font-weight: 600;
  }
  .setup > * + * {
    margin-top: var(--_space);
  }
  .field label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .field select {
    max-width: 100%;
  }
  .field input {
    width: 7rem;
  }
  .hint {
    font-size: var(--_type-small);
  }
  .count {
    font-weight: 600;
  }

  /* the question screen */
  .stage {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.25);
    border-top: 0.5rem solid var(--_c, var(--_border));
    padding-top: var(--_space);
  }
  .stage:focus {
    outline: none;
  }
  .stage:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: flex-start;
    gap: 0.5rem 2rem;
  }
  .where {
    font-size: clamp(1em, 0.6em + 1vw, 1.5em);
    font-weight: 600;
  }
  .area-name {
    display: inline-flex;
    align-items: baseline;
  }
  .progress {
    display: grid;
    gap: 0.25rem;
    font-size: clamp(1em, 0.6em + 1vw, 1.5em);
    font-weight: 600;
    min-width: 12rem;
  }
  progress {
    width: 100%;
    height: 0.75rem;
    accent-color: var(--_focus);
  }
  [part~='question'] {
    font-size: clamp(1.75em, 1em + 3.5vw, 4.5em);
    line-height: 1.2;
    font-weight: 700;
    max-width: 28ch;
    outline-offset: 4px;
  }
  .context,
  .framework-text {
    font-size: clamp(1em, 0.7em + 1vw, 1.75em);
  }
  .context {
    border-inline-start: 0.5rem solid var(--_c);
    padding-inline-start: var(--_space);
  }
  .context p,
  .context li,
  .framework-text p,
  .framework-text li {
    max-width: 60ch;
  }
  .framework-text {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: var(--_space);
  }
  .framework-text[hidden] {
    display: none;
  }
  .context .block {
    border: 0;
    padding: 0;
  }
  .block {
    border-inline-start: 0.375rem solid var(--_c, var(--_border));
    padding-inline-start: var(--_space);
  }
  .block > * + * {
    margin-top: 0.5rem;
  }
  .block-heading,
  .lead {
    font-weight: 700;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: center;
  }
  .nav button {
    font-size: var(--_type-h4);
    min-width: 8rem;
  }
  .with-key {
    white-space: nowrap;
  }
  kbd {
    font: inherit;
    font-size: 0.8em;
    border: 1px solid currentColor;
    border-radius: 0.25rem;
    padding: 0 0.3em;
    margin-inline-start: 0.25em;
  }
  /* The timer is read across a meeting room: large figures in a box; the last minute gets a thick border; when time
     is up the box is filled with the text colour and says so in words (not only a colour, not a thin underline). */
  .timer {
    display: flex;
    gap: var(--_gap-s) var(--_space);
    align-items: center;
    flex-wrap: wrap;
    font-weight: 600;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap-xs) var(--_gap-xs) var(--_gap-xs) var(--_space);
  }
  .clock {
    font-size: clamp(1.5em, 1em + 2vw, 3em);
    font-variant-numeric: tabular-nums;
    min-width: 4ch;
  }
  .timer.soon {
    border: 0.375rem solid var(--_c, var(--_focus));
  }
  .timer.done {
    border: 0.375rem solid var(--_text);
    background: var(--_text);
    color: var(--_bg);
  }
  .timer.done #timer-label {
    font-size: clamp(1.25em, 0.8em + 1.5vw, 2.5em);
  }
  .timer.done button {
    border-color: var(--_bg);
  }
  .keys {
    font-size: var(--_type-small);
  }

  /* full screen (a meeting screen): the question large, with only previous, next, the timer and exit */
  :host(:fullscreen) {
    overflow: auto;
    padding: clamp(1rem, 4vw, 4rem);
    background: var(--_bg);
  }
  :host(:fullscreen) .dialogue {
    min-height: 100%;
  }
  :host(:fullscreen) .stage {
    min-height: calc(100vh - 2 * clamp(1rem, 4vw, 4rem));
  }
  :host(:fullscreen) [part~='question'] {
    flex: 1;
    font-size: clamp(2.25em, 1em + 5vw, 6.5em);
    max-width: 24ch;
  }
  :host(:fullscreen) .clock {
    font-size: clamp(2em, 1em + 3vw, 4.5em);
  }

  /* the printed cards: nothing of them on screen */
  .cards {
    display: none;
  }
  @media print {
    :host {
      background: #fff;
      color: #000;
    }
    .dialogue {
      display: none !important;
    }
    .cards {
      display: block;
      background: #fff;
      color: #000;
    }
    .sheet {
      display: grid;
      grid-template-columns: repeat(2, 92mm);
      grid-auto-rows: 88mm;
      break-after: page;
      break-inside: avoid;
    }
    .sheet:last-child {
      break-after: auto;
    }
    .card {
      position: relative;
      display: flex;
      flex-direction: column;
      gap: 2mm;
      padding: 5mm 5mm 4mm;
      overflow: hidden;
      /* the dashed lines are the cut lines; neighbouring cards share them */
      outline: 0.3mm dashed #000;
      border-top: 3mm solid var(--_c, #fff);
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
      font-size: 8pt;
      line-height: 1.3;
    }
    .card p,
    .card li {
      max-width: none;
    }
    /* cut marks: short solid ticks at the corners */
    .card::before,
    .card::after {
      content: '';
      position: absolute;
      width: 4mm;
      height: 4mm;
      border: 0 solid #000;
    }
    .card::before {
      top: -0.15mm;
      left: -0.15mm;
      border-top-width: 0.5mm;
      border-left-width: 0.5mm;
    }
    .card::after {
      bottom: -0.15mm;
      right: -0.15mm;
      border-bottom-width: 0.5mm;
      border-right-width: 0.5mm;
    }
    .card-meta {
      font-size: 7.5pt;
    }
    .card-area {
      font-size: 9pt;
      font-weight: 700;
    }
    .card-question {
      font-size: 13pt;
      line-height: 1.2;
      font-weight: 700;
      margin: 1mm 0;
    }
    /* without an area's points there is room for a larger question */
    .card:not(:has(.card-area)) .card-question {
      font-size: 17pt;
    }
    .card-lead {
      font-weight: 700;
    }
    .card-points {
      padding-inline-start: 4mm;
    }
    .card-points li + li {
      margin-top: 0.5mm;
    }
    .card-foot {
      margin-top: auto;
      display: flex;
      justify-content: space-between;
      gap: 2mm;
      border-top: 0.2mm solid #000;
      padding-top: 1.5mm;
      font-size: 7pt;
    }
    .card .marker {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
