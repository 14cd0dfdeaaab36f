import { css } from 'lit';

export const styles = css`
  .doc > * + *,
  section > * + * {
    margin-top: var(--_space);
  }
  .doc > section {
    margin-top: calc(var(--_space) * 2.5);
  }
  [id] {
    scroll-margin-top: var(--_space);
  }
  [part~='title'] {
    font-size: var(--_type-h1);
    line-height: 1.2;
  }
  .doc > section > [part~='heading'] {
    font-size: var(--_type-h2);
  }
  .org {
    margin-top: 0.25rem;
    font-weight: 600;
  }
  .translation-note {
    border: 2px solid var(--_focus);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    background: var(--_surface);
    font-weight: 600;
  }
  nav,
  .glossary {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }
  nav > :is(h1, h2, h3, h4, h5, h6) {
    font-size: var(--_type-body);
    font-weight: 700;
    margin: 0;
  }
  nav ul {
    list-style: none;
    padding: 0;
  }
  nav ul ul {
    margin-top: 0.25rem;
    padding-inline-start: var(--_space);
  }
  .quote {
    border-inline-start: 0.25rem solid var(--_border);
    padding-inline-start: var(--_space);
    font-size: var(--_type-h3);
    line-height: 1.4;
  }
  .symbol {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .symbol .heart {
    flex: none;
    width: 5rem;
  }
  .glossary {
    border: 2px dashed var(--_border);
  }
  .glossary .note {
    font-style: italic;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0 0 0.5rem;
  }
`;
