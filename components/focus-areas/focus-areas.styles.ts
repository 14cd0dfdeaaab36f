import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .grid {
    display: grid;
    gap: var(--_space);
  }
  .heart {
    justify-self: center;
    width: 6rem;
  }
  /* Wide enough for two cards side by side: the framework's 2×2 with the heart in the middle column.
     The heart is placed explicitly, so the four cards flow around it in reading order. */
  @container (min-width: 44rem) {
    .grid {
      grid-template-columns: 1fr auto 1fr;
    }
    .heart {
      grid-column: 2;
      grid-row: 1 / span 2;
      align-self: center;
      width: 8rem;
    }
  }
  /* At desktop widths the symbol is large enough to read as the framework's centre: 11rem (176 px). */
  @container (min-width: 60rem) {
    .heart {
      width: 11rem;
    }
  }
`;
