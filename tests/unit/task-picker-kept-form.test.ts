/**
 * A reload loses no unsaved task (#27, case 7): the picker keeps its form between visits as the journal keeps its
 * draft — not with `no-storage`, and not where the editor gave it a task of its own.
 */
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../components/task-picker/task-picker.strings';
import { textOf } from './element-helpers';
import { $, type LgTaskPicker, button, flush, picker, radio, type, until, usePickerTest } from './task-picker-helpers';

usePickerTest();

async function write(el: LgTaskPicker, title: string): Promise<void> {
  type($<HTMLInputElement>(el, '#task'), title);
  radio(el, 'innovation', 2).click();
  await el.updateComplete;
}

/** A reload: the element goes, a new one comes on the same page. */
async function reload(attrs = ''): Promise<LgTaskPicker> {
  document.body.innerHTML = '';
  return picker(attrs);
}

describe('the picker keeps its form between visits', () => {
  it('brings back what was typed and weighed after a reload, and says so', async () => {
    const el = await picker();
    await write(el, 'Ny vagtplan');
    const again = await reload();
    await flush(again, 3);
    expect([again.task, again.value]).toEqual(['Ny vagtplan', 'faglighed=0&innovation=2&mening=0&drift=0']);
    expect(textOf($(again, '[part="status"]'))).toBe(STRINGS.da.formRestored);
  });

  it('keeps a saved task open as itself: saving after a reload updates it, not a copy', async () => {
    const el = await picker();
    await write(el, 'Ny vagtplan');
    button(el, 'Gem').click();
    await until(el, () => /gemt/.test(textOf($(el, '[part="status"]'))));
    const again = await reload();
    await until(again, () => again.task === 'Ny vagtplan');
    radio(again, 'drift', 3).click();
    button(again, 'Gem').click();
    await until(again, () => textOf($(again, '[part="status"]')) === STRINGS.da.updated);
  });

  it('a new task empties what is kept; no-storage keeps nothing; a task given by the editor wins', async () => {
    const el = await picker();
    await write(el, 'Ny vagtplan');
    button(el, 'Ny opgave').click();
    await el.updateComplete;
    expect((await reload()).task).toBe('');
    const none = await reload('no-storage');
    await write(none, 'Hemmelig');
    expect((await reload('no-storage')).task).toBe('');
    const mine = await reload();
    await write(mine, 'Min egen');
    expect((await reload('task="Fra redaktøren"')).task).toBe('Fra redaktøren');
  });
});

describe('a full disk, then room again', () => {
  it('a later save that was written says so, not that the task is kept only until the page closes', async () => {
    const { diskFull } = await import('./idb-fixtures');
    const el = await picker();
    await until(el, () => !!el.shadowRoot!.querySelector('[part="saved"] ul, [part="saved"] p'));
    const full = diskFull();
    await write(el, 'Første');
    button(el, 'Gem').click();
    await until(el, () => textOf($(el, '[part="status"]')) === STRINGS.da.savedMemory);
    full.mockRestore();
    // a second task, written now that there is room: the first still waits in memory, this one does not
    button(el, 'Ny opgave').click();
    await write(el, 'Anden');
    button(el, 'Gem').click();
    await until(el, () => textOf($(el, '[part="status"]')) !== '' && textOf($(el, '[part="status"]')) !== STRINGS.da.cleared);
    expect(textOf($(el, '[part="status"]'))).toBe(STRINGS.da.saved);
  });
});
