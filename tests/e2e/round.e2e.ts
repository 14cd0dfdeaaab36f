/**
 * A round in a real Chromium: one facilitator's page and three participants' pages (their own devices: contexts
 * of their own), the codes carried by typing, everything by keyboard. The reveal is refused below three answers and
 * then shown with the right figures; a code of another round and a duplicate are refused with a clear message;
 * zero axe violations on every screen; Danish and English.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseAnswerCode, parseRoundCode } from '../../content/round-code';
import { axeViolations, deepFocus, expectClean, openPage, storedRecords, useChromium } from './browser';

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
  expect(code).toMatch(/^2[0-9A-Z]{2}-[0-9A-Z]{3}-[0-9A-Z]{3}$/);
  // Chromium here has no BarcodeDetector, so the facilitator cannot scan: the participant is not offered a QR code
  expect(await page.locator('lg-round svg.qr').count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  await expectClean(record);
  await page.context().close();
  return code;
}

/** The rounds as the page's IndexedDB keeps them. */
const keptRounds = (page: Page) => storedRecords<{ answers: string[]; revealed?: { people: number } }>(page, 'rounds');

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
    // (a code whose check happens to fit this round too, one in a thousand, would be taken: another is made then)
    const thisRound = parseRoundCode(new URLSearchParams(new URL(link).hash.slice(1)).get('lg-round')!);
    let foreign = await participant(chromium.browser, otherLink, [1, 1, 1, 1]);
    if (thisRound.ok && parseAnswerCode(foreign, thisRound.value.id).ok) foreign = await participant(chromium.browser, otherLink, [1, 1, 1, 2]);
    expect(await typeCode(page, foreign)).toBe('Koden passer ikke: et tegn er skrevet forkert, eller koden er fra en anden runde. Tjek koden, og at deltageren har svaret i denne runde.');
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
    expect(JSON.stringify(await keptRounds(page))).not.toMatch(/"answers":\["/);
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
    expect(await typeCode(page, 'ABC')).toBe('The code does not have the expected number of characters. Check that the whole code is there.');
    for (const code of codes) await typeCode(page, code);
    expect(await statusOf(page, 'collect-status')).toBe('The answer has been added. 3 answers in all.');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('lg-round #reveal').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('lg-round .picture').count()).toBe(1);
    // only two answered drift ("don’t know" is no answer): it is withheld, so no one can be recognised
    expect(await page.locator('lg-round .area.drift .withheld').textContent()).toBe('Fewer than 3 answered this focus area, so it is not shown: no one should be recognisable by their answer.');
    expect(await page.locator('lg-round .area.drift .counts').count()).toBe(0);
    expect(await page.locator('lg-round .start-here [part~="heading"]').first().textContent()).toContain('professionally competent');
    expect(await axeViolations(page)).toEqual([]);
    await expectClean(record);
    await page.context().close();
  });

  it('two facilitator tabs on one round: answers only grow, and a stale tab cannot open the revealed round again', async () => {
    const { page: a, record } = await openPage(chromium.browser);
    await a.goto(PAGE('da'));
    await ready(a);
    await a.locator('lg-round button[type="submit"]').click();
    await expect.poll(() => focusedId(a)).toBe('answer-code');
    const link = await a.locator('lg-round #link').inputValue();
    // the same page in a second tab (the same browser profile), continuing the round from the list
    const b = await a.context().newPage();
    await b.goto(PAGE('da'));
    await ready(b);
    await b.locator('lg-round .saved button', { hasText: 'Fortsæt' }).click();
    await expect.poll(() => b.locator('lg-round #link').inputValue()).toBe(link);
    const [a1, a2, b1, late] = [
      await participant(chromium.browser, link, [0, 1, 2, 3]),
      await participant(chromium.browser, link, [1, 1, 2, 3]),
      await participant(chromium.browser, link, [2, 2, 2, 2]),
      await participant(chromium.browser, link, [3, 3, 3, 3]),
    ];
    expect(await typeCode(a, a1)).toBe('Svaret er taget med. 1 svar i alt.');
    expect(await typeCode(a, a2)).toBe('Svaret er taget med. 2 svar i alt.');
    // B has not seen A's two: its answer joins them, it does not replace them
    expect(await typeCode(b, b1)).toBe('Svaret er taget med. 3 svar i alt.');
    await expect.poll(() => a.locator('lg-round [part="count"]').textContent()).toContain('3 svar er kommet ind');
    // A reveals: B follows at once and shows the picture; a code it is still handed (its API) is refused
    await a.locator('lg-round #reveal').click();
    await expect.poll(() => a.locator('lg-round .picture').count()).toBe(1);
    await expect.poll(() => b.locator('lg-round .picture').count()).toBe(1);
    expect(await b.evaluate((code) => (document.querySelector('lg-round') as HTMLElement & { addAnswerCode(c: string): Promise<boolean> }).addAnswerCode(code), late)).toBe(false);
    // what is kept: the counts of three, no answer code
    const kept = await keptRounds(a);
    expect(kept.map((r) => [r.answers.length, r.revealed?.people])).toEqual([[0, 3]]);
    await expectClean(record);
    await a.context().close();
  });

  it('two answer codes and a hand count of one person with every count at 0: nothing of the two answers is shown', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(PAGE('da'));
    await ready(page);
    await page.locator('lg-round button[type="submit"]').click();
    const link = await page.locator('lg-round #link').inputValue();
    for (const steps of [[0, 1, 2, 3], [3, 2, 1, 0]]) await typeCode(page, await participant(chromium.browser, link, steps));
    await page.locator('lg-round .actions button', { hasText: 'Tæl i hånden' }).click();
    await page.locator('lg-round #hand-people').fill('1');
    await page.locator('lg-round #by-hand button[type="submit"]').click();
    await expect.poll(() => page.locator('lg-round [part="count"]').textContent()).toContain('3 svar er kommet ind');
    await page.locator('lg-round #reveal').click();
    await expect.poll(() => page.locator('lg-round .picture').count()).toBe(1);
    expect(await page.locator('lg-round .area .withheld').count()).toBe(4);
    expect(await page.locator('lg-round .area .counts').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await expectClean(record);
    await page.context().close();
  });

  it('deleting a kept round with answers asks first and says how many', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(PAGE('da'));
    await ready(page);
    await page.locator('lg-round button[type="submit"]').click();
    const link = await page.locator('lg-round #link').inputValue();
    await typeCode(page, await participant(chromium.browser, link, [1, 1, 2, 3]));
    await typeCode(page, await participant(chromium.browser, link, [2, 1, 2, 3]));
    // a reload comes back to the round, with both answers
    await page.reload();
    await ready(page);
    await expect.poll(() => page.locator('lg-round [part="count"]').textContent()).toContain('2 svar er kommet ind');
    // another tab on this computer (a session of its own): the setup, and the round in the list of kept rounds
    const tab = await page.context().newPage();
    const tabErrors: string[] = [];
    tab.on('pageerror', (e) => tabErrors.push(String(e)));
    await tab.goto(PAGE('da'));
    await ready(tab);
    await tab.locator('lg-round .saved button', { hasText: 'Slet' }).click();
    await expect.poll(() => tab.locator('lg-round #remove-q').textContent()).toBe('Runden har 2 svar, som går tabt. Vil du slette den? Det kan ikke fortrydes.');
    expect((await deepFocus(tab))?.id).toBe('remove-no');
    await tab.keyboard.press('Enter'); // the safe answer: keep it
    expect(await tab.locator('lg-round .saved li').count()).toBe(1);
    await tab.locator('lg-round .saved button', { hasText: 'Slet' }).click();
    await tab.locator('lg-round #remove-yes').click();
    await expect.poll(() => tab.locator('lg-round .saved li').count()).toBe(0);
    expect(await axeViolations(tab)).toEqual([]);
    expect(tabErrors).toEqual([]);
    await expectClean(record);
    await page.context().close();
  });
});
