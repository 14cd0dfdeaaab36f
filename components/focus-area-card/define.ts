/** Registers <lg-focus-area-card> (see ../shared/define-once). */
import { free } from '../shared/define-once';
import { LgFocusAreaCard } from './focus-area-card';

if (free('lg-focus-area-card')) customElements.define('lg-focus-area-card', LgFocusAreaCard);

export { LgFocusAreaCard };
