/** Registers <lg-framework> (see ../shared/define-once). */
import { free } from '../shared/define-once';
import { LgFramework } from './framework';

if (free('lg-framework')) customElements.define('lg-framework', LgFramework);

export { LgFramework };
