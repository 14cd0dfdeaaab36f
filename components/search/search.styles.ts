import { css } from 'lit';

export const styles = css`
  :host {
    /* Marked matches: dark text on light yellow (14:1), white on dark amber (6.6:1). */
    --_mark-bg: var(--lg-color-mark, #fde68a);
    --_mark-text: #1c1f23;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_mark-bg: var(--lg-color-mark, light-dark(#fde68a, #6e5200));
      --_mark-text: light-dark(#1c1f23, #fff);
    }
  }
  label {
    display: block;
    font-weight: 700;
    margin-bottom: 0.25rem;
  }
  input {
    display: block;
    width: 100%;
    min-height: 2.75rem;
    margin: 0;
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .status {
    font-size: var(--_type-small);
    margin: 0.25rem 0 0;
  }
  .status:empty {
    margin: 0;
  }
  .found,
  slot {
    display: block;
    margin-top: calc(var(--_space) * 0.75);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    max-width: none;
  }
  li + li {
    margin-top: 0.5rem;
  }
  .result {
    display: block;
    width: 100%;
    margin: 0;
    padding: 0.5rem 0.75rem;
    font: inherit;
    text-align: start;
    text-decoration: none;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 0.375rem solid var(--_c, var(--_border));
    border-radius: var(--_radius);
    overflow-wrap: break-word;
    cursor: pointer;
  }
  .result:hover .text {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .text {
    display: block;
  }
  .meta {
    display: block;
    margin-top: 0.25rem;
    font-size: var(--_type-small);
  }
  .marker {
    display: inline-block;
    vertical-align: -0.05em;
    width: 0.75em;
    height: 0.75em;
    margin-inline-end: 0.35em;
    border: 0.2em solid var(--_c);
    border-radius: 50%;
    background: var(--_c);
  }
  .kind {
    font-weight: 600;
  }
  /* found through a related word (the suggester's word lists), not the query's own */
  .related {
    font-style: italic;
  }
  .related + .sep {
    margin-inline: 0.35em;
  }
  mark {
    color: var(--_mark-text);
    background: var(--_mark-bg);
    font-weight: 600;
    border-radius: 0.125rem;
    padding: 0 0.0625em;
  }
  .more {
    margin-top: 0.75rem;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 600;
    color: var(--_text);
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      color: MarkText;
      background: Mark;
    }
    .result {
      border-color: CanvasText;
    }
  }
`;
