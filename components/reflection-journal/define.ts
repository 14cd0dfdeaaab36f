/** Registers <lg-reflection-journal> (see ../shared/define-once). */
import { free } from '../shared/define-once';
import { LgReflectionJournal } from './reflection-journal';

if (free('lg-reflection-journal')) customElements.define('lg-reflection-journal', LgReflectionJournal);

export { LgReflectionJournal };
