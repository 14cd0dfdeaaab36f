/** Registers <lg-focus-areas> (see ../shared/define-once). */
import { free } from '../shared/define-once';
import { LgFocusAreas } from './focus-areas';

if (free('lg-focus-areas')) customElements.define('lg-focus-areas', LgFocusAreas);

export { LgFocusAreas };
