/** Registers <lg-meeting>, and <lg-round> (with <lg-dialogue>) which it runs (see ../shared/define-once). */
import '../round/define';
import { free } from '../shared/define-once';
import { LgMeeting } from './meeting';

if (free('lg-meeting')) customElements.define('lg-meeting', LgMeeting);

export { LgMeeting };
