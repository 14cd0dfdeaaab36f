/**
 * The round in a real room: a facilitator at 1280 px and participants on phones (contexts of their own, 375 px, touch),
 * with scripts/round-meeting.mjs. Ten people cost the facilitator three actions from start to the picture (start,
 * paste the chat, reveal; target ≤ 5); a participant whose link opens a long page lands on the question; a page
 * without `mode` lets a participant join with the code.
 */
import { describe, expect, it } from 'vitest';
import { runRound } from '../../scripts/round-meeting.mjs';
import { axeViolations, deepFocus, expectClean, openPage, useChromium } from './browser';

const chromium = useChromium();

describe('a round in a real room', () => {
  it('ten participants send their codes in the chat; the facilitator starts, pastes the chat and reveals: 3 actions', async () => {
    const { actions, picture } = await runRound(chromium.browser, `${chromium.server.url}/tests/e2e/pages/round.html`, 10);
    expect(actions).toEqual(['start', 'paste the chat', 'reveal']);
    expect(actions.length).toBeLessThanOrEqual(5);
    expect(picture.people).toBe(10);
    // each participant chose step (i + n) % 4 in area n: every step three or two times in every area
    for (const counts of Object.values(picture.counts)) expect([...counts].sort()).toEqual([2, 2, 3, 3]);
  }, 120_000);

  it('a participant whose link opens a long page is brought to the round, with focus on the question', async () => {
    const { page: facilitator } = await openPage(chromium.browser);
    await facilitator.goto(`${chromium.server.url}/tests/e2e/pages/round.html`);
    await facilitator.locator('lg-round form.setup button[type="submit"]').click();
    const link = await facilitator.locator('lg-round #link').inputValue();
    const hash = new URL(link).hash;
    await facilitator.context().close();

    const phone = await chromium.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${chromium.server.url}/tests/e2e/pages/round-far.html${hash}`);
    await expect.poll(async () => (await deepFocus(page))?.id).toBe('question-h');
    const top = await page.locator('lg-round').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(50); // the element's top at the top of the screen, not 20,000 px below
    expect(await page.locator('lg-round #question-h').textContent()).toContain('Hvor står vi i hvert fokusområde?');
    expect(errors).toEqual([]);
    await phone.close();
  });

  it('a page without mode: "Deltag med en kode" beside the setup, by keyboard', async () => {
    const { page: facilitator } = await openPage(chromium.browser);
    await facilitator.goto(`${chromium.server.url}/tests/e2e/pages/round.html`);
    await facilitator.locator('lg-round form.setup button[type="submit"]').click();
    const code = (await facilitator.locator('lg-round #link').inputValue()).split('lg-round=')[1].split('&')[0];
    await facilitator.context().close();

    const { page, record } = await openPage(chromium.browser);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${chromium.server.url}/tests/e2e/pages/round.html`);
    await page.locator('lg-round #join-with-code').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await deepFocus(page))?.id).toBe('round-code');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.type(code.toLowerCase());
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await deepFocus(page))?.id).toBe('question-h');
    expect(await page.locator('lg-round #question-h').textContent()).toContain('Hvor står vi i hvert fokusområde?');
    expectClean(record);
    await page.context().close();
  });
});
