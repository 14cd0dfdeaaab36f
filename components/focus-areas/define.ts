/** Registers <lg-focus-areas> and the elements it shows (see ../shared/define-once). */
import '../focus-area-card/define';
import { free } from '../shared/define-once';
import { LgFocusAreas } from './focus-areas';

if (free('lg-focus-areas')) customElements.define('lg-focus-areas', LgFocusAreas);

export { LgFocusAreas };
