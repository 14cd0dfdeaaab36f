import { css } from 'lit';

export const styles = css`
  .level > * + * {
    margin-top: calc(var(--_space) * 0.75);
  }
  .levels > * + * {
    margin-top: calc(var(--_space) * 1.5);
  }
  [part~='part-title'] {
    font-size: var(--_type-body);
  }
`;
