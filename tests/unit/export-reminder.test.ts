/** The quiet reminder to export: when it is due (a pure rule), and how the picker and the journal show it. */
import { describe, expect, it } from 'vitest';
import { CHANGES_BEFORE_REMINDER, NO_CHANGES, changed, reminderDue, toReminderState } from '../../content/export-reminder';
import { STRINGS } from '../../components/task-picker/task-picker.strings';
import { captureDownloads, textOf } from './element-helpers';
import { $, $$, type LgTaskPicker, button, picker, radio, type, until, usePickerTest } from './task-picker-helpers';

const day = (d: number) => new Date(Date.UTC(2026, 0, d, 9));

describe('when the reminder is due', () => {
  it('after ten saved changes without an export', () => {
    let s = NO_CHANGES;
    for (let i = 1; i < CHANGES_BEFORE_REMINDER; i++) s = changed(s, day(1));
    expect(reminderDue(s, day(1))).toBeUndefined();
    expect(reminderDue(changed(s, day(1)), day(1))).toBe('changes');
  });

  it('thirty days after the oldest change not exported, however few', () => {
    const s = changed(NO_CHANGES, day(1));
    expect(reminderDue(changed(s, day(20)), day(30))).toBeUndefined();
    expect(reminderDue(changed(s, day(20)), day(31))).toBe('days');
    expect(reminderDue(NO_CHANGES, day(31))).toBeUndefined();
  });

  it('reads anything malformed as no changes', () => {
    for (const x of [null, 'x', { changes: -3 }, { changes: 1.5 }, { changes: '4' }, []]) expect(toReminderState(x)).toEqual(NO_CHANGES);
    expect(toReminderState({ changes: 2, since: 'not a date' })).toEqual({ changes: 2, since: undefined });
  });
});

describe('in the picker', () => {
  usePickerTest();
  const reminder = (el: LgTaskPicker) => el.shadowRoot!.querySelector('[part="reminder"]');

  async function saveTimes(el: LgTaskPicker, n: number, save = 'Gem') {
    type($<HTMLInputElement>(el, '#task'), 'Budget');
    radio(el, 'drift', 3).click();
    for (let i = 0; i < n; i++) {
      const before = localStorage.getItem('lg-export-reminder-tasks');
      button(el, save).click();
      await until(el, () => localStorage.getItem('lg-export-reminder-tasks') !== before);
    }
    await el.updateComplete;
  }

  it('shows after ten saves; Eksportér nu exports every task and the reminder goes', async () => {
    captureDownloads();
    const el = await picker();
    await saveTimes(el, 9);
    expect(reminder(el)).toBeNull();
    await saveTimes(el, 1);
    expect(textOf(reminder(el)!.querySelector('p'))).toBe(STRINGS.da.reminder.changes(10));
    expect(reminder(el)!.getAttribute('role')).toBe('note');
    button(el, 'Eksportér nu').click();
    await el.updateComplete;
    expect(reminder(el)).toBeNull();
    expect(textOf($(el, '[role="status"]'))).toBe(STRINGS.da.exportedSaved(1));
  });

  it('Ikke nu puts it off until ten more changes; the count survives a reload', async () => {
    const el = await picker();
    await saveTimes(el, 10);
    expect(reminder(el)).not.toBeNull();
    button(el, 'Ikke nu').click();
    await el.updateComplete;
    expect(reminder(el)).toBeNull();
    await saveTimes(el, 4);
    const again = await picker('lang="en"');
    await saveTimes(again, 6, 'Save');
    expect(textOf(reminder(again)!.querySelector('p'))).toBe(STRINGS.en.reminder.changes(10));
    expect($$(again, '[part="reminder"] button').map(textOf)).toEqual(['Export now', 'Not now']);
  });
});
