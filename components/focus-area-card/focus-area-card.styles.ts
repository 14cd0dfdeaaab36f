import { css } from 'lit';

export const styles = css`
  .card {
    height: 100%;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 0.5rem solid var(--_c);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.25);
  }
  .card > * + * {
    margin-top: calc(var(--_space) * 0.75);
  }
  .card > .lead + ul {
    margin-top: 0.25rem;
  }
  [part~='title'] {
    font-size: var(--_type-h3);
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .marker {
    flex: none;
    width: 0.75em;
    height: 0.75em;
    border: 0.2em solid var(--_c);
    border-radius: 50%;
    background: var(--_c);
  }
  .lead {
    font-weight: 600;
  }
  .role > p + p {
    margin-top: 0.75rem;
  }
`;
