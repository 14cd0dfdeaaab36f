import { css } from 'lit';

/**
 * The four areas' radio groups (the task picker's weights, a round's answers): one fieldset per area with the area's
 * colour as a thick start border and its title as the legend, drawn inside the box as its first line (floated), not
 * across the top border; the four in the framework's 2×2 order (faglighed, innovation / mening, drift), one column
 * where there is no room for two (each column at least 20rem and half the width, so never three in a row).
 * The steps are pills; the chosen one is bold and outlined, not only coloured. After `base` and `controls`.
 */
export const scaleStyles = css`
  .scales {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, max(20rem, calc(50% - var(--_space)))), 1fr));
  }
  .scale {
    margin: 0;
    min-width: 0;
    border: 1px solid var(--_border);
    border-inline-start: 0.5rem solid var(--_c);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem 0.75rem;
  }
  .scale legend {
    float: inline-start;
    width: 100%;
    padding: 0;
    margin-bottom: 0.375rem;
    display: flex;
    align-items: flex-start;
    gap: 0.375rem;
    font-weight: 600;
  }
  .scale legend .marker { margin-top: 0.4em; flex: none; }
  .scale legend + * { clear: both; }
  .scale label {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    margin: 0.125rem 0.25rem 0.125rem 0;
    padding: 0.25rem 0.625rem 0.25rem 0.375rem;
    border: 2px solid transparent;
    border-radius: 1rem;
    cursor: pointer;
  }
  .scale input { accent-color: var(--_c); }
  .scale label:has(:checked) { border-color: var(--_c); background: var(--_surface); font-weight: 700; }
`;
