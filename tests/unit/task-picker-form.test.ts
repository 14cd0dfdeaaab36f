/**
 * <lg-task-picker> as a form control.
 *
 * happy-dom (20.x) has no ElementInternals: `attachInternals` is missing and `new FormData(form)` does not ask
 * form-associated custom elements for their value. So these tests install a small stand-in for ElementInternals
 * that records what the element hands to it (setFormValue, setValidity) and checks that: the entries the browser
 * would submit, the state for restore, validity and its anchor. The real submission through a <form> in Chromium
 * belongs to the end-to-end tests. The lifecycle callbacks (formResetCallback, formDisabledCallback,
 * formStateRestoreCallback) are called here as the browser would call them.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { stateFromFragment, stateToFragment } from '../../content/task-draft';
import { $, $$, LgTaskPicker, checked, picker, radio, type, usePickerTest } from './task-picker-helpers';

class FakeInternals {
  value: FormData | string | File | null = null;
  state: unknown;
  flags: ValidityStateFlags = {};
  message = '';
  anchor?: HTMLElement;
  setFormValue = vi.fn((value: FormData | string | File | null, state?: unknown) => {
    this.value = value;
    this.state = state;
  });
  setValidity = vi.fn((flags: ValidityStateFlags = {}, message = '', anchor?: HTMLElement) => {
    if (Object.values(flags).some(Boolean) && !message) throw new TypeError('a message is required');
    this.flags = flags;
    this.message = message;
    this.anchor = anchor;
  });
  constructor(private host: HTMLElement) {}
  get form() {
    return this.host.closest('form');
  }
  get willValidate() {
    return !this.host.matches('[disabled], [readonly]');
  }
  get validity() {
    return { ...this.flags, valid: !Object.values(this.flags).some(Boolean) } as ValidityState;
  }
  get validationMessage() {
    return this.willValidate && !this.validity.valid ? this.message : '';
  }
  checkValidity() {
    if (!this.willValidate || this.validity.valid) return true;
    this.host.dispatchEvent(new Event('invalid', { cancelable: true }));
    return false;
  }
  reportValidity() {
    const ok = this.checkValidity();
    if (!ok) this.anchor?.focus();
    return ok;
  }
}

/** What a browser would submit for the form: its native controls plus the element's entries. */
function submitted(form: HTMLFormElement): [string, string][] {
  const out = [...new FormData(form).entries()].map(([k, v]) => [k, String(v)] as [string, string]);
  for (const el of form.querySelectorAll('lg-task-picker')) {
    const v = internals(el as LgTaskPicker).value;
    const name = el.getAttribute('name');
    if (el.matches('[disabled]')) continue;
    if (v instanceof FormData) for (const [k, x] of v.entries()) out.push([k, String(x)]);
    else if (typeof v === 'string' && name) out.push([name, v]);
  }
  return out;
}

const made = new WeakMap<HTMLElement, FakeInternals>();
const internals = (el: LgTaskPicker) => made.get(el)!;
const proto = HTMLElement.prototype as HTMLElement & { attachInternals?: () => ElementInternals };
const original = proto.attachInternals;

beforeAll(() => {
  proto.attachInternals = function (this: HTMLElement) {
    const i = new FakeInternals(this);
    made.set(this, i);
    return i as unknown as ElementInternals;
  };
});
afterAll(() => {
  proto.attachInternals = original;
});

usePickerTest();

async function inForm(attrs: string): Promise<[HTMLFormElement, LgTaskPicker]> {
  document.body.innerHTML = `<form><input name="projekt-navn" value="Skole"><lg-task-picker ${attrs}></lg-task-picker></form>`;
  const el = document.querySelector('lg-task-picker')!;
  await el.updateComplete;
  return [document.querySelector('form')!, el];
}

describe('form association', () => {
  it('is form-associated and delegates focus', () => {
    expect(LgTaskPicker.formAssociated).toBe(true);
    expect(LgTaskPicker.shadowRootOptions.delegatesFocus).toBe(true);
  });

  it('with name: submits <name>, <name>-task and <name>-description', async () => {
    const [form, el] = await inForm('name="fokus" task="Ny skole" description="Om &amp; til" value="faglighed=2&innovation=3"');
    expect(el.form).toBe(form);
    expect(el.name).toBe('fokus');
    const fd = internals(el).value as FormData;
    expect(fd).toBeInstanceOf(FormData);
    expect([...fd.entries()]).toEqual([
      ['fokus', 'faglighed=2&innovation=3&mening=0&drift=0'],
      ['fokus-task', 'Ny skole'],
      ['fokus-description', 'Om & til'],
    ]);
    expect(submitted(form)).toEqual([
      ['projekt-navn', 'Skole'],
      ['fokus', 'faglighed=2&innovation=3&mening=0&drift=0'],
      ['fokus-task', 'Ny skole'],
      ['fokus-description', 'Om & til'],
    ]);
    // and a state for restore that holds everything
    expect(stateFromFragment(internals(el).state as string)).toEqual({
      weights: { faglighed: 2, innovation: 3, mening: 0, drift: 0 },
      task: 'Ny skole',
      description: 'Om & til',
    });
  });

  it('keeps the form value up to date as the person chooses and types', async () => {
    const [form, el] = await inForm('name="f"');
    radio(el, 'drift', 3).click();
    type($<HTMLInputElement>(el, '#task'), 'Budget');
    await el.updateComplete;
    expect(submitted(form)).toEqual([
      ['projekt-navn', 'Skole'],
      ['f', 'faglighed=0&innovation=0&mening=0&drift=3'],
      ['f-task', 'Budget'],
      ['f-description', ''],
    ]);
  });

  it('without name: submits nothing, but still keeps a state for restore', async () => {
    const [form, el] = await inForm('value="drift=1"');
    expect(internals(el).value).toBeNull();
    expect(submitted(form)).toEqual([['projekt-navn', 'Skole']]);
    expect(internals(el).state).toBe(stateToFragment({ weights: el.weights, task: '', description: '' }));
  });

  it('its own inputs are not form controls of the outer form (nothing leaks into the submission)', async () => {
    const [form, el] = await inForm('name="f" task="T"');
    expect([...new FormData(form).keys()]).toEqual(['projekt-navn']);
    expect($$(el, 'input').every((i) => (i as HTMLInputElement).form === null)).toBe(true);
  });

  it('formResetCallback restores the markup values of value, task and description', async () => {
    const [, el] = await inForm('name="f" value="mening=2" task="Fra start" description="Oprindelig"');
    radio(el, 'mening', 0).click();
    radio(el, 'faglighed', 3).click();
    type($<HTMLInputElement>(el, '#task'), 'Ændret');
    type($<HTMLTextAreaElement>(el, '#description'), 'Også ændret');
    el.value = 'drift=1';
    await el.updateComplete;
    expect(el.getAttribute('value')).toBe('mening=2');
    el.formResetCallback();
    await el.updateComplete;
    expect(el.value).toBe('faglighed=0&innovation=0&mening=2&drift=0');
    expect(checked(el)).toEqual({ faglighed: 0, innovation: 0, mening: 2, drift: 0 });
    expect([el.task, el.description]).toEqual(['Fra start', 'Oprindelig']);
    expect($<HTMLInputElement>(el, '#task').value).toBe('Fra start');
    expect($<HTMLTextAreaElement>(el, '#description').value).toBe('Oprindelig');
    expect([...(internals(el).value as FormData).entries()][1]).toEqual(['f-task', 'Fra start']);
  });

  it('formResetCallback without markup values clears everything', async () => {
    const [, el] = await inForm('');
    radio(el, 'innovation', 2).click();
    el.formResetCallback();
    await el.updateComplete;
    expect(el.value).toBe('faglighed=0&innovation=0&mening=0&drift=0');
  });

  it('formStateRestoreCallback restores a saved state (back/forward, autofill)', async () => {
    const [, el] = await inForm('name="f"');
    const state = { weights: { faglighed: 1, innovation: 0, mening: 3, drift: 0 } as const, task: 'Gendannet æøå & co', description: 'x' };
    el.formStateRestoreCallback(stateToFragment(state));
    await el.updateComplete;
    expect({ weights: el.weights, task: el.task, description: el.description }).toEqual(state);
    expect(checked(el)).toEqual(state.weights);
    el.formStateRestoreCallback(null);
    el.formStateRestoreCallback('nonsense');
    await el.updateComplete;
    expect(el.task).toBe('Gendannet æøå & co');
  });

  it('formDisabledCallback (a disabled fieldset) and the disabled attribute disable every control', async () => {
    const [, el] = await inForm('value="drift=1"');
    const controls = () => $$<HTMLInputElement>(el, 'fieldset.plain input, fieldset.plain textarea, fieldset.plain button');
    expect(controls().length).toBeGreaterThan(20);
    el.formDisabledCallback(true);
    await el.updateComplete;
    expect($<HTMLFieldSetElement>(el, 'fieldset.plain').disabled).toBe(true);
    el.formDisabledCallback(false);
    await el.updateComplete;
    expect($<HTMLFieldSetElement>(el, 'fieldset.plain').disabled).toBe(false);
    el.disabled = true;
    await el.updateComplete;
    expect(el.hasAttribute('disabled')).toBe(true);
    expect($<HTMLFieldSetElement>(el, 'fieldset.plain').disabled).toBe(true);
    // the wrapping fieldset has no group semantics of its own
    expect($(el, 'fieldset.plain').getAttribute('role')).toBe('none');
  });
});

describe('required', () => {
  it('is valueMissing, with a Danish message anchored to the first radio, until an area has a weight', async () => {
    const [, el] = await inForm('name="f" required');
    expect(el.validity.valid).toBe(false);
    expect(el.validity.valueMissing).toBe(true);
    expect(el.validationMessage).toBe('Angiv mindst ét fokusområde, som opgaven kalder på.');
    expect(internals(el).anchor).toBe(radio(el, 'faglighed', 0));
    const invalid = vi.fn();
    el.addEventListener('invalid', invalid);
    expect(el.checkValidity()).toBe(false);
    expect(invalid).toHaveBeenCalledTimes(1);
    expect(el.reportValidity()).toBe(false);
    radio(el, 'mening', 1).click();
    await el.updateComplete;
    expect(el.validity.valid).toBe(true);
    expect(el.validationMessage).toBe('');
    expect(el.checkValidity()).toBe(true);
    radio(el, 'mening', 0).click();
    await el.updateComplete;
    expect(el.validity.valueMissing).toBe(true);
  });

  it('in English', async () => {
    const [, el] = await inForm('required lang="en"');
    expect(el.validationMessage).toBe('Choose at least one focus area that the task calls for.');
  });

  it('without required it is always valid', async () => {
    const [, el] = await inForm('name="f"');
    expect(el.validity.valid).toBe(true);
    expect(internals(el).setValidity).toHaveBeenLastCalledWith({});
  });

  it('a required value set by script or reset updates validity', async () => {
    const [, el] = await inForm('required value="drift=2"');
    expect(el.validity.valid).toBe(true);
    el.value = '';
    await el.updateComplete;
    expect(el.validity.valueMissing).toBe(true);
    el.formResetCallback();
    await el.updateComplete;
    expect(el.validity.valid).toBe(true);
  });
});

describe('without ElementInternals (an old browser)', () => {
  beforeEach(() => {
    (proto as { attachInternals?: unknown }).attachInternals = undefined;
  });
  afterEach(() => {
    proto.attachInternals = function (this: HTMLElement) {
      const i = new FakeInternals(this);
      made.set(this, i);
      return i as unknown as ElementInternals;
    };
  });

  it('still works and answers the validity API itself', async () => {
    const el = await picker('required');
    expect(el.checkValidity()).toBe(false);
    expect(el.reportValidity()).toBe(false);
    expect(el.validity.valueMissing).toBe(true);
    expect(el.validationMessage).toBe('Angiv mindst ét fokusområde, som opgaven kalder på.');
    expect(el.willValidate).toBe(false);
    expect(el.form).toBeNull();
    radio(el, 'drift', 2).click();
    await el.updateComplete;
    expect(el.checkValidity()).toBe(true);
    expect(el.validity.valid).toBe(true);
  });
});
