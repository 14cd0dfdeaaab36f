/** Registers <lg-search> (see ../shared/define-once). */
import { free } from '../shared/define-once';
import { LgSearch } from './search';

if (free('lg-search')) customElements.define('lg-search', LgSearch);

export { LgSearch };
