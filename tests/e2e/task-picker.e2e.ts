/**
 * <lg-task-picker> in a real browser, as a field of a project template's form, driven by the keyboard only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, elementsReady, launchChromium, openPage, serve } from './browser';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The focused element through shadow roots: tag, type, name/label and whether it is inside the picker. */
function focused(page: Page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    let inPicker = false;
    while (el?.shadowRoot?.activeElement) {
      inPicker ||= el.localName === 'lg-task-picker';
      el = el.shadowRoot.activeElement;
    }
    const input = el as HTMLInputElement | null;
    const s = el ? getComputedStyle(el) : null;
    return {
      tag: el?.localName,
      type: input?.type,
      value: input?.value,
      text: el?.textContent?.trim(),
      inPicker,
      legend: el?.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? null,
      outline: s ? `${s.outlineStyle} ${s.outlineWidth}` : '',
    };
  });
}

async function tabUntil(page: Page, done: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 60) {
  for (let i = 0; i < limit; i++) {
    const f = await focused(page);
    if (done(f)) return f;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the wanted control; last: ${JSON.stringify(await focused(page))}`);
}

describe('the picker in a form, by keyboard only', () => {
  it('types a task, sets weights with arrow keys, submits, and the form carries the value', async () => {
    const { page, record } = await openPage(browser);
    await page.goto(`${server.url}/tests/e2e/pages/form.html`);
    await elementsReady(page);

    // Required: submitting before any area has a weight is refused with a Danish message.
    const empty = await page.evaluate(() => {
      const picker = document.querySelector('lg-task-picker') as unknown as { checkValidity(): boolean; validationMessage: string };
      return { valid: picker.checkValidity(), message: picker.validationMessage };
    });
    expect(empty.valid).toBe(false);
    expect(empty.message).toMatch(/fokusområde/);

    await page.keyboard.press('Tab');
    const title = await focused(page);
    expect(title).toMatchObject({ tag: 'input', type: 'text', inPicker: true });
    await page.keyboard.type('Ny daginstitution i Dyssegård & omegn');
    await page.keyboard.press('Tab');
    expect((await focused(page)).tag).toBe('textarea');
    await page.keyboard.type('Åbning af en ny børnehave med 80 børn, nye medarbejdere og et nyt hus.');

    // Each area's scale is one radio group: Tab moves between groups, arrows move within one.
    const presses = [2, 3, 1, 0];
    for (const [i, count] of presses.entries()) {
      const radio = await tabUntil(page, (f) => f.type === 'radio' && (i === 0 || f.legend !== null));
      expect(radio.outline).not.toMatch(/^none/);
      for (let n = 0; n < count; n++) await page.keyboard.press('ArrowRight');
      expect((await focused(page)).value).toBe(String(count));
      if (i < presses.length - 1) await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => (document.querySelector('lg-task-picker') as unknown as { value: string }).value)).toBe(
      'faglighed=2&innovation=3&mening=1&drift=0',
    );

    // The result is shown: zero axe violations in Danish and in English.
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await expect.poll(() => page.evaluate(() => document.querySelector('lg-task-picker')!.shadowRoot!.textContent!.includes('Particularly'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => (document.documentElement.lang = 'da'));

    await tabUntil(page, (f) => f.tag === 'button' && !f.inPicker && f.text === 'Gem projektet', 80);
    await Promise.all([page.waitForURL(/form-result\.html/), page.keyboard.press('Enter')]);
    const submitted = Object.fromEntries(new URL(page.url()).searchParams);
    expect(submitted).toEqual({
      fokus: 'faglighed=2&innovation=3&mening=1&drift=0',
      'fokus-task': 'Ny daginstitution i Dyssegård & omegn',
      'fokus-description': 'Åbning af en ny børnehave med 80 børn, nye medarbejdere og et nyt hus.',
    });
    expect(record.pageErrors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('form reset restores the markup, and the picker fires input and change on the host', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${server.url}/tests/e2e/pages/form.html`);
    await elementsReady(page);
    await page.evaluate(() => {
      const w = window as unknown as { events: string[] };
      w.events = [];
      for (const type of ['input', 'change']) document.addEventListener(type, (e) => w.events.push(`${type}:${(e.target as Element).localName}`));
    });
    await page.keyboard.press('Tab');
    await tabUntil(page, (f) => f.type === 'radio');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (window as unknown as { events: string[] }).events)).toEqual(['input:lg-task-picker', 'change:lg-task-picker']);
    await page.evaluate(() => document.querySelector('form')!.reset());
    expect(await page.evaluate(() => (document.querySelector('lg-task-picker') as unknown as { value: string }).value)).toBe(
      'faglighed=0&innovation=0&mening=0&drift=0',
    );
    await page.context().close();
  });

  it('prints the result on one A4 page, in light colours even in dark mode', async () => {
    const { page } = await openPage(browser, { colorScheme: 'dark' });
    const fragment = encodeURIComponent('faglighed=3&innovation=3&mening=3&drift=3');
    await page.goto(`${server.url}/tests/e2e/pages/form.html`);
    await elementsReady(page);
    await page.evaluate((value) => {
      const picker = document.querySelector('lg-task-picker')!;
      picker.setAttribute('task', 'Sammenlægning af to afdelinger');
      picker.setAttribute('value', decodeURIComponent(value));
    }, fragment);
    await page.emulateMedia({ media: 'print' });
    const background = await page.evaluate(() => getComputedStyle(document.querySelector('lg-task-picker')!.shadowRoot!.firstElementChild!).backgroundColor);
    expect(background).toMatch(/rgba?\((255, 255, 255|0, 0, 0, 0)/);
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
    await page.context().close();
  });
});

