/**
 * A stale tab cannot overwrite a saved task (#27, case 3): two pickers on one store (two tabs), both editing one task.
 * The later save is refused: the first tab's title and weights are kept, and the person sees the other version and
 * chooses to save theirs over it or to take it into the form.
 */
import { describe, expect, it } from 'vitest';
import { openTaskStore } from '../../components/shared/task-store';
import { STRINGS } from '../../components/task-picker/task-picker.strings';
import { textOf } from './element-helpers';
import { $, $$, type LgTaskPicker, button, flush, radio, type, until, usePickerTest } from './task-picker-helpers';

usePickerTest();

async function tab(): Promise<LgTaskPicker> {
  const el = document.createElement('lg-task-picker');
  document.body.append(el);
  await until(el, () => !!el.shadowRoot?.querySelector('[part="saved"] ul, [part="saved"] p'));
  return el;
}

const status = (el: LgTaskPicker) => textOf($(el, '[part="status"]'));

async function openSaved(el: LgTaskPicker): Promise<void> {
  await until(el, () => $$(el, '[part="saved"] li').length > 0);
  $$<HTMLButtonElement>(el, '[part="saved"] li button').find((b) => /^Åbn/.test(b.textContent?.trim() ?? ''))!.click();
  await flush(el, 3);
}

async function saveIn(el: LgTaskPicker): Promise<void> {
  button(el, 'Gem').click();
  await flush(el, 10);
}

async function twoTabsOnOneTask() {
  const store = await openTaskStore();
  await store.save({ title: 'Ny skolestruktur', description: '', weights: { faglighed: 1, innovation: 1, mening: 1, drift: 1 } });
  const a = await tab();
  const b = await tab();
  await openSaved(a);
  await openSaved(b);
  radio(a, 'drift', 3).click();
  type($<HTMLInputElement>(a, '#task'), 'Ny skolestruktur, fase 2');
  await new Promise((r) => setTimeout(r, 5));
  await saveIn(a);
  await until(a, () => status(a) === STRINGS.da.updated);
  radio(b, 'mening', 3).click();
  await saveIn(b);
  await until(b, () => !!b.shadowRoot!.querySelector('[part="question"]'));
  return { a, b, store };
}

describe('two tabs on one task', () => {
  it('refuses the stale save: the first tab’s title and weights are kept, and the other version is shown', async () => {
    const { b, store } = await twoTabsOnOneTask();
    const [kept] = await store.list();
    expect(kept.title).toBe('Ny skolestruktur, fase 2');
    expect(kept.weights).toEqual({ faglighed: 1, innovation: 1, mening: 1, drift: 3 });
    expect(textOf($(b, '#question-q'))).toBe(STRINGS.da.savedElsewhere('Ny skolestruktur, fase 2', kept.weights));
    expect(textOf($(b, '#question-q'))).toContain('Drift: I særlig grad');
    expect(b.shadowRoot!.activeElement?.id).toBe('question-yes');
    store.close();
  });

  it('"Brug den anden fanes udgave" opens it in the form; saving then goes through', async () => {
    const { b, store } = await twoTabsOnOneTask();
    $<HTMLButtonElement>(b, '#question-no').click();
    await flush(b, 5);
    expect([b.task, b.value]).toEqual(['Ny skolestruktur, fase 2', 'faglighed=1&innovation=1&mening=1&drift=3']);
    expect(status(b)).toBe(STRINGS.da.tookTheirs);
    radio(b, 'mening', 3).click();
    await saveIn(b);
    await until(b, () => status(b) === STRINGS.da.updated);
    expect((await store.list())[0].weights).toEqual({ faglighed: 1, innovation: 1, mening: 3, drift: 3 });
    store.close();
  });

  it('"Gem min udgave" saves this form over the other version, as chosen', async () => {
    const { b, store } = await twoTabsOnOneTask();
    $<HTMLButtonElement>(b, '#question-yes').click();
    await until(b, () => status(b) === STRINGS.da.updated);
    const [kept] = await store.list();
    expect([kept.title, kept.weights]).toEqual(['Ny skolestruktur', { faglighed: 1, innovation: 1, mening: 3, drift: 1 }]);
    store.close();
  });
});
