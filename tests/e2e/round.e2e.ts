/**
 * A round in a real Chromium: one facilitator's page and three participants' pages (their own devices: contexts
 * of their own), the codes carried by typing, everything by keyboard. The reveal is refused below three answers and
 * then shown with the right figures; a code of another round and a duplicate are refused with a clear message;
 * zero axe violations on every screen; Danish and English.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, deepFocus, expectClean, openPage, useChromium } from './browser';

const chromium = useChromium();
const PAGE = (lang: 'da' | 'en') => `${chromium.server.url}/tests/e2e/pages/round.html?lang=${lang}`;

const ready = (page: Page) => page.waitForFunction(() => customElements.get('lg-round') && (document.querySelector('lg-round') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete);
const statusOf = (page: Page, id: string) => page.locator(`lg-round #${id}`).textContent();
const focusedId = async (page: Page) => (await deepFocus(page))?.id;

/** A participant on a device of their own: opens the link, answers by keyboard, and reads out the answer code. */
async function participant(browser: Browser, link: string, steps: number[]): Promise<string> {
  const { page, record } = await openPage(browser);
  await page.goto(link);
  await ready(page);
  expect(await axeViolations(page)).toEqual([]);
  // the first Tab reaches the first area's steps; in a radio group Space chooses, the arrow keys move the choice
  for (const step of steps) {
    await page.keyboard.press('Tab');
    if (step === 0) await page.keyboard.press('Space');
    for (let i = 0; i < step; i++) await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Tab');
  expect((await deepFocus(page))?.type).toBe('submit');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedId(page)).toBe('answer-code');
  const code = (await page.locator('lg-round #answer-code').textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  expect(await page.locator('lg-round svg.qr').getAttribute('role')).toBe('img');
  expect(await axeViolations(page)).toEqual([]);
  await expectClean(record);
  await page.context().close();
  return code;
}

/** The facilitator types a code into the answer field (over what is there) and presses Enter; returns what the status line says. */
async function typeCode(page: Page, code: string): Promise<string | null> {
  await page.locator('lg-round #answer-code').focus();
  await page.keyboard.press('ControlOrMeta+a'); // a refused code stays in the field, to be corrected
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (document.querySelector('lg-round') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete);
  return statusOf(page, 'collect-status');
}

describe('a round in Chromium', () => {
  it('Danish: three participants answer a task by keyboard; refusals, then the picture with the right figures', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(PAGE('da'));
    await ready(page);
    expect(await axeViolations(page)).toEqual([]);

    // set up by keyboard: topic (a task), its name, start
    await page.keyboard.press('Tab');
    expect((await deepFocus(page))?.type).toBe('radio');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedId(page)).toBe('task');
    await page.keyboard.type('Ny skolestruktur');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('answer-code');
    expect(await axeViolations(page)).toEqual([]);
    const link = await page.locator('lg-round #link').inputValue();
    expect(link).toContain('#lg-round=T');

    const codes = [
      await participant(chromium.browser, link, [3, 1, 2, 0]),
      await participant(chromium.browser, link, [3, 2, 2, 3]),
    ];
    expect(await typeCode(page, codes[0])).toBe('Svaret er taget med. 1 svar i alt.');
    expect(await typeCode(page, codes[0])).toBe('Den svarkode er allerede taget med.');
    // a code of another round (a second facilitator's, elsewhere)
    const other = await openPage(chromium.browser);
    await other.page.goto(PAGE('da'));
    await ready(other.page);
    await other.page.locator('lg-round button[type="submit"]').press('Enter');
    const otherLink = await other.page.locator('lg-round #link').inputValue();
    await other.page.context().close();
    const foreign = await participant(chromium.browser, otherLink, [1, 1, 1, 1]);
    expect(await typeCode(page, foreign)).toBe('Svarkoden hører til en anden runde. Tjek, at deltageren har svaret i denne runde.');
    expect(await typeCode(page, codes[1])).toBe('Svaret er taget med. 2 svar i alt.');

    // two answers: the picture is refused
    await page.locator('lg-round #reveal').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => statusOf(page, 'collect-status')).toBe('Billedet vises først, når mindst 3 har svaret.');
    expect(await page.locator('lg-round .picture').count()).toBe(0);

    codes.push(await participant(chromium.browser, link, [2, 3, 2, 1]));
    // typed with dashes and in lower case, as a person might
    expect(await typeCode(page, codes[2].toLowerCase())).toBe('Svaret er taget med. 3 svar i alt.');
    await page.locator('lg-round #reveal').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('lg-round .picture').count()).toBe(1);
    await expect.poll(() => focusedId(page)).toBe('');
    const counts = await page.locator('lg-round .area').evaluateAll((areas) => areas.map((a) => [...a.querySelectorAll('.n')].map((n) => Number(n.textContent))));
    expect(counts).toEqual([
      [0, 0, 1, 2],
      [0, 1, 1, 1],
      [0, 0, 3, 0],
      [1, 1, 0, 1],
    ]);
    expect(await page.locator('lg-round .start-here [part~="heading"]').first().textContent()).toContain('sikker drift og ordentlighed');
    expect(await page.locator('lg-round .area.drift .meta').textContent()).toContain('Spredning 1,25');
    expect(await page.locator('lg-round .group-heart svg').getAttribute('aria-label')).toContain('Gruppens hjerte');
    expect(await axeViolations(page)).toEqual([]);
    // the reload keeps the picture (counts only; the codes are gone)
    await page.reload();
    await ready(page);
    expect(
      await page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve) => {
          const req = indexedDB.open('ledelsesgrundlag');
          req.onsuccess = () => resolve(req.result);
        });
        const all = await new Promise<unknown[]>((resolve) => {
          const req = db.transaction('rounds').objectStore('rounds').getAll();
          req.onsuccess = () => resolve(req.result);
        });
        db.close();
        return JSON.stringify(all);
      }),
    ).not.toMatch(/"answers":\["/);
    await expectClean(record);
    await page.context().close();
  });

  it('English: our leadership, the participant can say "don’t know", and the messages are in English', async () => {
    const { page, record } = await openPage(chromium.browser, { colorScheme: 'dark' });
    await page.goto(PAGE('en'));
    await ready(page);
    expect(await page.locator('lg-round [part~="title"]').textContent()).toBe('The group’s picture');
    await page.locator('lg-round button[type="submit"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('answer-code');
    const link = await page.locator('lg-round #link').inputValue();
    const codes = [
      await participant(chromium.browser, link, [0, 1, 2, 4]), // 4: "Don’t know"
      await participant(chromium.browser, link, [3, 1, 2, 3]),
      await participant(chromium.browser, link, [1, 1, 2, 3]),
    ];
    expect(await typeCode(page, 'ABC')).toBe('The code does not have the right number of characters. Check that the whole code is there.');
    for (const code of codes) await typeCode(page, code);
    expect(await statusOf(page, 'collect-status')).toBe('The answer has been added. 3 answers in all.');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('lg-round #reveal').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('lg-round .picture').count()).toBe(1);
    expect(await page.locator('lg-round .area.drift .meta').textContent()).toContain('2 of 3 answered');
    expect(await page.locator('lg-round .start-here [part~="heading"]').first().textContent()).toContain('professionally competent');
    expect(await axeViolations(page)).toEqual([]);
    await expectClean(record);
    await page.context().close();
  });
});
