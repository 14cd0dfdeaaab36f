'use client';
/**
 * The task picker, `<lg-task-picker>`: `onInput` and `onChange` as on a native field, with `e.currentTarget.value`. A
 * controlled `value` holds: the element fires a weight's `input` and `change` together, so no render of the app comes
 * between them. Importing this registers the tag.
 */
import { LgTaskPicker } from '../task-picker/define';
import { on, wrap } from './wrap';

export const TaskPicker = wrap('lg-task-picker', LgTaskPicker, {
  onInput: on<LgTaskPicker>('input'),
  onChange: on<LgTaskPicker>('change'),
});
