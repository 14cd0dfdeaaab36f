/** Registers <lg-task-picker> (see ../shared/define-once). */
import { free } from '../shared/define-once';
import { LgTaskPicker } from './task-picker';

if (free('lg-task-picker')) customElements.define('lg-task-picker', LgTaskPicker);

export { LgTaskPicker };
