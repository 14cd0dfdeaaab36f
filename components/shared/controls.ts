import { css } from 'lit';

/**
 * Buttons, text fields, selects and the visually-hidden helper, for the elements that have forms
 * (the task picker, the reflection journal and the dialogue). Uses the tokens from `base`; sizes in rem so the person's
 * font size is respected, and a target size of at least 2.75rem (44 px at the default size).
 */
export const controls = css`
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: normal;
    max-width: 100%; /* a file input is wider than a 320 px column by default */
  }
  button {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_focus);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_focus);
    font-weight: 600;
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface);
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
