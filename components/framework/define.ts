/** Registers <lg-framework> and the elements it shows (see ../shared/define-once). */
import '../focus-area-card/define';
import '../reflection/define';
import { free } from '../shared/define-once';
import { LgFramework } from './framework';

if (free('lg-framework')) customElements.define('lg-framework', LgFramework);

export { LgFramework };
