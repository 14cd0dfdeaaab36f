/** Registers <lg-reflection> (see ../shared/define-once). */
import { free } from '../shared/define-once';
import { LgReflection } from './reflection';

if (free('lg-reflection')) customElements.define('lg-reflection', LgReflection);

export { LgReflection };
