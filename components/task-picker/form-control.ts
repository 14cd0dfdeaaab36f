/**
 * The picker as a form control, through ElementInternals: what the form submits (`<name>`, `<name>-task`,
 * `<name>-description`), the state the browser restores, and the validity (`required`: at least one weight above 0).
 */
import { stateFromFragment, stateToFragment } from './task-state';
import type { LgTaskPicker } from './task-picker';

/** The element's ElementInternals; undefined where there are none (old browser, test DOM): the element then works, without taking part in forms. */
export function attachInternals(el: LgTaskPicker): ElementInternals | undefined {
  try {
    return el.attachInternals();
  } catch {
    return undefined;
  }
}

/** Tells the form the element's value, restorable state and validity; after every render. */
export function syncForm(el: LgTaskPicker, int: ElementInternals): void {
  const { task, description } = el._state;
  let data: FormData | null = null;
  if (el.name) {
    data = new FormData();
    data.append(el.name, el.value);
    data.append(`${el.name}-task`, task);
    data.append(`${el.name}-description`, description);
  }
  int.setFormValue(data, stateToFragment(el._state));
  const anchor = el.renderRoot.querySelector<HTMLElement>('input[type=radio]') ?? undefined;
  if (el._missing) int.setValidity({ valueMissing: true }, el._s.required, anchor);
  else int.setValidity({});
}

/** Form reset: back to the attributes' values (the initial ones), no saved task open, no suggestion. */
export function resetForm(el: LgTaskPicker): void {
  el.value = el.getAttribute('value') ?? '';
  el.task = el.getAttribute('task') ?? '';
  el.description = el.getAttribute('description') ?? '';
  el._id = el._sug = undefined;
}

/** Form restore (back/forward, reload): the state that syncForm gave, as a URL fragment. */
export function restoreForm(el: LgTaskPicker, state: unknown): void {
  const s = stateFromFragment(typeof state === 'string' ? state : '');
  if (s) el._set(s);
}
