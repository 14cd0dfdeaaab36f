/**
 * `<lg-round>` registered from the side-effect-free index, without `<lg-dialogue>`: starting the conversation says
 * what is missing instead of waiting for ever. And a round is dated by the local day, not the UTC one.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFreshIndexedDB } from './idb-fixtures';
import { LgRound } from '../../components/index';
import { answerCode, newAnswer } from '../../content/round-code';
import { $, $$, mount, textOf } from './element-helpers';

useFreshIndexedDB();
customElements.define('lg-round', LgRound);
const zone = process.env.TZ;
afterEach(() => {
  vi.useRealTimers();
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

async function collect(el: LgRound, n: number): Promise<void> {
  $<HTMLFormElement>(el, 'form.setup').requestSubmit();
  await el.updateComplete;
  for (let i = 0; i < n; i++) {
    $<HTMLInputElement>(el, '#answer-code').value = answerCode(newAnswer({ id: el.round!.id, topic: 'leadership' }, { faglighed: i as 0, innovation: 1, mening: 2, drift: 3 }));
    $<HTMLFormElement>(el, 'form.add').requestSubmit();
    await el.updateComplete;
    await el.updateComplete;
  }
}

describe('<lg-round> without <lg-dialogue>', () => {
  it('says that the conversation cannot start, instead of waiting for ever', async () => {
    expect(customElements.get('lg-dialogue')).toBeUndefined();
    const el = await mount<LgRound>('<lg-round mode="facilitator"></lg-round>');
    await collect(el, 3);
    $<HTMLButtonElement>(el, '#reveal').click();
    await el.updateComplete;
    const start = $$<HTMLButtonElement>(el, '.picture button').find((b) => /Start samtalen/.test(b.textContent ?? ''));
    expect(start).toBeDefined();
    start!.click();
    await vi.waitFor(() => expect(textOf($(el, '.status[role="status"]'))).toContain('<lg-dialogue> er ikke registreret'));
  });
});

describe('the day of a round', () => {
  it('is the local date: a round started at 00:30 in Copenhagen is dated that day', async () => {
    process.env.TZ = 'Europe/Copenhagen';
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-09T23:30:00Z'));
    const el = await mount<LgRound>('<lg-round mode="facilitator"></lg-round>');
    await collect(el, 0);
    expect(el.round!.day).toBe('2026-03-10');
  });
});
