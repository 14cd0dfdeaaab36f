/** Registers <lg-dialogue> (see ../shared/define-once). */
import { free } from '../shared/define-once';
import { LgDialogue } from './dialogue';

if (free('lg-dialogue')) customElements.define('lg-dialogue', LgDialogue);

export { LgDialogue };
