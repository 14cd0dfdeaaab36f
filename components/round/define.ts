/** Registers <lg-round>, and <lg-dialogue> which it starts at the most disputed area (see ../shared/define-once). */
import '../dialogue/define';
import { free } from '../shared/define-once';
import { LgRound } from './round';

if (free('lg-round')) customElements.define('lg-round', LgRound);

export { LgRound };
