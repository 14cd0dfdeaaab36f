/**
 * Printing an element from a busy intranet page gives exactly the element's own pages: the picker's result on one
 * A4 page, the talk sheet on one or two, the dialogue cards six to a sheet. Each element prints from a document of
 * its own in a hidden iframe; the test reads back what that document holds (its HTML, shadow root included, and its
 * stylesheets), prints it to PDF in Chromium, and counts the pages.
 */
import { describe, expect, it } from 'vitest';
import { elementsReady, expectClean, openPage, useChromium } from './browser';
import { printedPages } from './printed';
import { answerCode, newAnswer, type RoundRef, type RoundValues, type Step } from '../../content/round-code';

const v = (faglighed: Step, innovation: Step, mening: Step, drift: Step): RoundValues => ({ faglighed, innovation, mening, drift });

const chromium = useChromium();

describe('printing from a busy intranet page', () => {
  it('prints the picker’s result alone, on one A4 page', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(`${chromium.server.url}/tests/e2e/pages/busy.html`);
    await elementsReady(page);
    await page.locator('lg-task-picker').getByRole('button', { name: 'Udskriv' }).click();
    const { pages, text } = await printedPages(page);
    expect(pages).toBe(1);
    expect(text).toContain('Sammenlægning af to afdelinger');
    expect(text).not.toContain('Afsnit 1:');
    expectClean(record);
    await page.context().close();
  });

  it('prints the talk sheet alone, on one or two pages', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(`${chromium.server.url}/tests/e2e/pages/busy.html`);
    await elementsReady(page);
    const journal = page.locator('lg-reflection-journal');
    for (const area of ['fagligt kompetente', 'innovative', 'meningsfulde', 'sikker drift']) {
      const group = journal.getByRole('group', { name: new RegExp(`Vi vil lede .*${area}`) });
      await group.getByRole('radio', { name: 'Godt i gang' }).check();
    }
    await journal.locator('#faglighed-strengths').fill('Sparring med teamet om de faglige prioriteringer, hver uge.');
    await journal.locator('#answer-talk').fill('Hvordan jeg får mere tid til at være tæt på medarbejderne.');
    await journal.getByRole('button', { name: 'Gem notatet' }).click();
    await journal.getByRole('button', { name: 'Vis forberedelsen' }).click();
    await journal.locator('#talk-sheet').getByRole('button', { name: 'Udskriv' }).click();
    const { pages, text } = await printedPages(page);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain('Hvordan jeg får mere tid');
    expect(text).not.toContain('Afsnit 1:');
    expectClean(record);
    await page.context().close();
  });

  it('prints the group’s picture of a round alone, on one A4 page', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(`${chromium.server.url}/tests/e2e/pages/round.html`);
    await elementsReady(page);
    const round = page.locator('lg-round');
    await round.getByRole('radio', { name: /En opgave/ }).check();
    await round.locator('#task').fill('Ny skolestruktur');
    await round.getByRole('button', { name: 'Start runden' }).click();
    const ref = await page.evaluate(() => (document.querySelector('lg-round') as unknown as { round: RoundRef }).round);
    for (const values of [v(3, 1, 2, 0), v(3, 2, 2, 3), v(2, 3, 2, 1)]) {
      await round.locator('#answer-code').fill(answerCode(newAnswer(ref, values)));
      await round.locator('#answer-code').press('Enter');
      await expect.poll(() => round.locator('#collect-status').textContent()).toContain('Svaret er taget med');
    }
    await round.getByRole('button', { name: 'Vis gruppens billede' }).click();
    await round.getByRole('button', { name: 'Udskriv' }).click();
    const { pages, text } = await printedPages(page);
    expect(pages).toBe(1);
    expect(text).toContain('Opgave: Ny skolestruktur');
    expect(text).toContain('Her er I mest uenige');
    expectClean(record);
    await page.context().close();
  });

  it('prints the dialogue cards alone, six to a sheet', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(`${chromium.server.url}/tests/e2e/pages/busy.html`);
    await elementsReady(page);
    const count = await page.evaluate(() => (document.querySelector('lg-dialogue') as HTMLElement & { cards: unknown[] }).cards.length);
    await page.locator('lg-dialogue').getByRole('button', { name: 'Udskriv som dialogkort' }).click();
    const { pages, text } = await printedPages(page);
    expect(pages).toBe(Math.ceil(count / 6));
    expect(text).not.toContain('Afsnit 1:');
    expectClean(record);
    await page.context().close();
  });
});
