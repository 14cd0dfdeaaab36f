import { css } from 'lit';

/**
 * Buttons, text fields, selects and the visually-hidden helper, for the elements that have forms
 * (the task picker, the reflection journal, the dialogue and the round). Uses the tokens from `base`; sizes in rem so
 * the person's font size is respected, and a target size of at least 2.75rem (44 px at the default size).
 *
 * One button style in three weights, as in the Danish public sector's design system (DKFDS): `primary` (filled: the
 * one main action of a step), the default secondary (outlined), and `quiet` (text only, for a small action beside
 * content: show, hide, undo). `danger` is a secondary in the text colour, for deleting. A file input's button is a
 * secondary too, so no bare system "Choose File" appears.
 */
export const controls = css`
  /* spacing steps below --lg-space (--_space, from base, is the full step) */
  :host {
    --_gap-xs: calc(var(--_space) * 0.25);
    --_gap-s: calc(var(--_space) * 0.5);
    --_gap-m: calc(var(--_space) * 0.75);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: normal;
    max-width: 100%; /* a file input is wider than a 320 px column by default */
  }
  button,
  input[type='file']::file-selector-button {
    min-height: 2.75rem;
    padding: var(--_gap-s) var(--_space);
    border: 2px solid var(--_focus);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_focus);
    font: inherit;
    font-weight: 600;
    line-height: 1.5;
    cursor: pointer;
  }
  input[type='file']::file-selector-button {
    margin-inline-end: var(--_gap-s);
  }
  button:hover,
  input[type='file']::file-selector-button:hover {
    background: var(--_surface);
  }
  button.quiet {
    border-color: transparent;
    background: transparent;
    padding-inline: var(--_gap-s);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  button.quiet:hover {
    text-decoration-thickness: 2px;
  }
  button.primary {
    background: var(--_focus);
    color: var(--_bg);
  }
  button.primary:hover {
    text-decoration: underline;
  }
  button.danger {
    border-color: currentColor;
    color: var(--_text);
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  textarea,
  select,
  input:not([type='radio']):not([type='checkbox']):not([type='file']) {
    min-height: 2.75rem;
    padding: 0.5rem 0.625rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
  }
  textarea {
    display: block;
    width: 100%;
    max-width: 66ch;
    resize: vertical;
    line-height: 1.5;
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_focus);
  }
  fieldset {
    margin: 0;
    min-width: 0;
  }
  /* A group of choices in a box (the dialogue's levels, a round's topic): the legend is the box's first line
     (floated), never a label across its top border, as in the areas' scales. One choice per line, 2.75rem high. */
  fieldset.choices {
    max-width: 40rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap-s) var(--_gap-m) var(--_gap-s);
  }
  fieldset.choices > legend {
    float: inline-start;
    width: 100%;
    padding: 0;
    margin-bottom: var(--_gap-xs);
    font-weight: 700;
  }
  fieldset.choices > legend + * {
    clear: both;
  }
  fieldset.choices label {
    display: flex;
    gap: var(--_gap-s);
    align-items: center;
    min-height: 2.75rem;
    cursor: pointer;
  }
  /* the quiet reminder to export (picker and journal) */
  .reminder {
    border: 1px solid var(--_border);
    border-inline-start: 0.5rem solid var(--_focus);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    margin-block: var(--_space);
    background: var(--_surface);
    max-width: 48rem;
  }
  /* a row of buttons (or of a label and its buttons), wrapping on a narrow screen */
  .row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
  /* a message box with its text and its choices (the reminder, a draft changed in another tab) */
  .reminder p, .problem p { margin: 0; max-width: 65ch; }
  .reminder p.row, .problem p.row { margin-top: 0.75rem; }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .marker {
    display: inline-block;
    flex: none;
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: var(--_c, currentColor);
    margin-inline-end: 0.5em;
    vertical-align: baseline;
  }
  /* status lines stay in the accessibility tree while empty, so that what is put in them is announced */
  .msg:empty {
    margin: 0;
    padding: 0;
    border: 0;
  }
  @media (forced-colors: active) {
    button.primary {
      border-color: ButtonText;
    }
    .marker {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
