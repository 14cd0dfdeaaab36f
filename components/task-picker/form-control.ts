/**
 * The picker as a form control, through ElementInternals: what the form submits (`<name>`, `<name>-task`,
 * `<name>-description`), the state the browser restores (the URL-fragment form), and the validity (`required`: at
 * least one weight above 0). Called where the value changes, so that FormData and validity are current at once, as
 * with a native input.
 */
import { formEntries, stateOf, stateToFragment, type TaskDraft } from '../../content/task-draft';

/** The element's ElementInternals; undefined where there are none (old browser, test DOM): the element then works, without taking part in forms. */
export function internalsOf(el: HTMLElement): ElementInternals | undefined {
  try {
    return el.attachInternals();
  } catch {
    return undefined;
  }
}

export interface FormState {
  name: string | undefined;
  draft: TaskDraft;
  /** The validation message when the value is missing (`required`, no weight); undefined when valid. */
  missing: string | undefined;
  /** Where the browser points when it reports the problem. */
  anchor: HTMLElement | undefined;
}

/** Tells the form the element's value, restorable state and validity. */
export function syncForm(internals: ElementInternals, { name, draft, missing, anchor }: FormState): void {
  let data: FormData | null = null;
  if (name) {
    data = new FormData();
    for (const [key, value] of formEntries(name, draft)) data.append(key, value);
  }
  internals.setFormValue(data, stateToFragment(stateOf(draft)));
  if (missing) internals.setValidity({ valueMissing: true }, missing, anchor);
  else internals.setValidity({});
}
