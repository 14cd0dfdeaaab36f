/**
 * <lg-task-picker> in a real browser, as a field of a project template's form, driven by the keyboard only.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { roundCode } from '../../content/round-code';
import { manyTasksFile, newestTitles, TASK_COUNT } from './many-tasks';
import { axeViolations, deepFocus, elementsReady, expectClean, openPage, useChromium, type FocusedElement } from './browser';

const chromium = useChromium();

/** Whether the focused element is inside the picker (in its shadow root or one nested in it). */
const inPicker = (f: FocusedElement) => f.hosts.includes('lg-task-picker');

async function tabUntil(page: Page, done: (f: FocusedElement) => boolean, limit = 60) {
  for (let i = 0; i < limit; i++) {
    const f = await deepFocus(page);
    if (f && done(f)) return f;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the wanted control; last: ${JSON.stringify(await deepFocus(page))}`);
}

describe('the picker in a form, by keyboard only', () => {
  it('types a task, sets weights with arrow keys, submits, and the form carries the value', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(`${chromium.server.url}/tests/e2e/pages/form.html`);
    await elementsReady(page);

    // Required: submitting before any area has a weight is refused with a Danish message.
    const empty = await page.evaluate(() => {
      const picker = document.querySelector('lg-task-picker') as unknown as { checkValidity(): boolean; validationMessage: string };
      return { valid: picker.checkValidity(), message: picker.validationMessage };
    });
    expect(empty.valid).toBe(false);
    expect(empty.message).toMatch(/fokusområde/);

    await page.keyboard.press('Tab');
    const title = await deepFocus(page);
    expect(title).toMatchObject({ tag: 'input', type: 'text', hosts: expect.arrayContaining(['lg-task-picker']) });
    await page.keyboard.type('Ny daginstitution i Dyssegård & omegn');
    await page.keyboard.press('Tab');
    expect((await deepFocus(page))?.tag).toBe('textarea');
    await page.keyboard.type('Åbning af en ny børnehave med 80 børn, nye medarbejdere og et nyt hus.');

    // Each area's scale is one radio group: Tab moves between groups, arrows move within one.
    const presses = [2, 3, 1, 0];
    for (const [i, count] of presses.entries()) {
      const radio = await tabUntil(page, (f) => f.type === 'radio' && (i === 0 || f.legend !== null));
      expect(radio.outline.style).not.toBe('none');
      for (let n = 0; n < count; n++) await page.keyboard.press('ArrowRight');
      expect((await deepFocus(page))?.value).toBe(String(count));
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

    await tabUntil(page, (f) => f.tag === 'button' && !inPicker(f) && f.text === 'Gem projektet', 80);
    await Promise.all([page.waitForURL(/form-result\.html/), page.keyboard.press('Enter')]);
    const submitted = Object.fromEntries(new URL(page.url()).searchParams);
    expect(submitted).toEqual({
      fokus: 'faglighed=2&innovation=3&mening=1&drift=0',
      'fokus-task': 'Ny daginstitution i Dyssegård & omegn',
      'fokus-description': 'Åbning af en ny børnehave med 80 børn, nye medarbejdere og et nyt hus.',
    });
    expectClean(record);
    await page.context().close();
  });

  it('form reset restores the markup, and the picker fires input and change on the host', async () => {
    const { page } = await openPage(chromium.browser);
    await page.goto(`${chromium.server.url}/tests/e2e/pages/form.html`);
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
    const { page } = await openPage(chromium.browser, { colorScheme: 'dark' });
    const fragment = encodeURIComponent('faglighed=3&innovation=3&mening=3&drift=3');
    await page.goto(`${chromium.server.url}/tests/e2e/pages/form.html`);
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

  it('has no action buttons in a form without storage, and Enter in the title submits the form', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(`${chromium.server.url}/tests/e2e/pages/form.html`);
    await elementsReady(page);
    const buttons = await page.locator('lg-task-picker').getByRole('button').allTextContents();
    expect(buttons.map((b) => b.trim())).toEqual(['Foreslå ud fra teksten']);
    await page.evaluate(() => ((document.querySelector('lg-task-picker') as unknown as { value: string }).value = 'drift=2'));
    await page.locator('lg-task-picker #task').fill('Ny vagtplan');
    await Promise.all([page.waitForURL(/form-result\.html/), page.locator('lg-task-picker #task').press('Enter')]);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ fokus: 'faglighed=0&innovation=0&mening=0&drift=2', 'fokus-task': 'Ny vagtplan' });
    expectClean(record);
    await page.context().close();
  });

  it('gives FormData and validity the new state in the same task, as native inputs do', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(`${chromium.server.url}/tests/e2e/pages/form.html`);
    await elementsReady(page);
    const seen = await page.evaluate(() => {
      const form = document.querySelector('form')!;
      const picker = document.querySelector('lg-task-picker') as unknown as { value: string; weights: object; task: string };
      const now = () => ({ value: new FormData(form).get('fokus'), task: new FormData(form).get('fokus-task'), valid: form.checkValidity() });
      const before = now();
      picker.value = 'mening=2';
      const afterValue = now();
      picker.weights = { faglighed: 1, innovation: 0, mening: 0, drift: 3 };
      picker.task = 'Budget 2027';
      const afterWeights = now();
      form.reset();
      const afterReset = now();
      return { before, afterValue, afterWeights, afterReset };
    });
    expect(seen).toEqual({
      before: { value: 'faglighed=0&innovation=0&mening=0&drift=0', task: '', valid: false },
      afterValue: { value: 'faglighed=0&innovation=0&mening=2&drift=0', task: '', valid: true },
      afterWeights: { value: 'faglighed=1&innovation=0&mening=0&drift=3', task: 'Budget 2027', valid: true },
      afterReset: { value: 'faglighed=0&innovation=0&mening=0&drift=0', task: '', valid: false },
    });
    expectClean(record);
    await page.context().close();
  });

  it('opens a copied link at the picker: the task in the form, scrolled into view, the title focused', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.setViewportSize({ width: 1000, height: 700 });
    const fragment = `opgave=${encodeURIComponent('innovation=3&drift=1')}&task=${encodeURIComponent('Ny legeplads')}`;
    await page.goto(`${chromium.server.url}/tests/e2e/pages/link.html#${fragment}`);
    await elementsReady(page);
    await expect.poll(() => deepFocus(page).then((f) => f?.id)).toBe('task');
    expect(await deepFocus(page)).toMatchObject({ value: 'Ny legeplads', hosts: ['lg-task-picker'] });
    const top = await page.evaluate(() => document.querySelector('lg-task-picker')!.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(50);
    expect(await page.evaluate(() => (document.querySelector('lg-task-picker') as unknown as { value: string }).value)).toBe('faglighed=0&innovation=3&mening=0&drift=1');
    expectClean(record);
    await page.context().close();
  });
});

describe('a link too long to be a task, on an English page', () => {
  it('says so in English from the first message on', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(`${chromium.server.url}/tests/e2e/pages/link-en.html#opgave=drift%3D2&task=${'x'.repeat(301)}`);
    await elementsReady(page);
    await expect.poll(() => page.locator('lg-task-picker [part="status"]').textContent()).toBe(
      'The link cannot be opened as a task: it is longer than a task can be. Nothing has changed.',
    );
    expectClean(record);
    await page.context().close();
  });
});

describe('the areas’ scales, laid out (the picker and a round share them)', () => {
  /** Each scale's box and its legend's, in page pixels. */
  const scales = (page: Page, host: string) =>
    page.evaluate((tag) => {
      const root = document.querySelector(tag)!.shadowRoot!;
      return [...root.querySelectorAll('fieldset.scale')].map((f) => {
        const box = f.getBoundingClientRect();
        const legend = f.querySelector('legend')!.getBoundingClientRect();
        return { x: Math.round(box.x), y: Math.round(box.y), legendTop: legend.top - box.top, legendLeft: legend.left - box.left, legendRight: box.right - legend.right };
      });
    }, host);

  for (const [url, host] of [
    ['/tests/e2e/pages/form.html', 'lg-task-picker'],
    // a participant's side of a round on our leadership: its four scales
    [`/tests/e2e/pages/round.html#lg-round=${roundCode({ id: '7KQ2M', topic: 'leadership' })}`, 'lg-round'],
  ] as const) {
    it(`${host}: the four in the framework's 2×2 order at 1280 px, one column at 375 px, legends inside their box`, async () => {
      const { page, record } = await openPage(chromium.browser);
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${chromium.server.url}${url}`);
        await elementsReady(page);
        await expect.poll(async () => (await scales(page, host)).length).toBe(4);
        const s = await scales(page, host);
        // legends are drawn inside the box, below its top border, not across it
        for (const one of s) {
          expect(one.legendTop).toBeGreaterThanOrEqual(1);
          expect(one.legendLeft).toBeGreaterThan(0);
          expect(one.legendRight).toBeGreaterThanOrEqual(0);
        }
        if (width === 1280) {
          expect(s[0].y).toBe(s[1].y); // faglighed, innovation
          expect(s[2].y).toBe(s[3].y); // mening, drift
          expect(s[2].y).toBeGreaterThan(s[0].y);
          expect(s[0].x).toBe(s[2].x);
          expect(s[1].x).toBeGreaterThan(s[0].x);
        } else {
          expect(new Set(s.map((one) => one.x)).size).toBe(1);
          expect(s.map((one) => one.y)).toEqual([...s.map((one) => one.y)].sort((a, b) => a - b));
        }
      }
      await expectClean(record);
      await page.context().close();
    });
  }
});

describe('a long list of saved tasks in a real IndexedDB', () => {
  it('after a reload, lists the newest 20 of 30; "Vis 10 mere" reads the rest and focuses the first new one', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(`${chromium.server.url}/tests/e2e/pages/tasks.html`);
    await elementsReady(page);
    const picker = page.locator('lg-task-picker');
    const titles = () => picker.locator('[part="saved"] li strong').allTextContents();
    // imported as a person does: the Import button's file field
    await picker.locator('#file').setInputFiles({ name: 'opgaver.json', mimeType: 'application/json', buffer: Buffer.from(manyTasksFile) });
    // it says first what it would do, with the yes focused
    await expect.poll(() => picker.locator('#question-q').textContent()).toContain(`Filen har ${TASK_COUNT} opgaver: ${TASK_COUNT} nye`);
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.locator('[part="status"]').textContent()).toContain(`${TASK_COUNT} opgaver er importeret og gemt.`);

    await page.reload();
    await elementsReady(page);
    await expect.poll(titles).toEqual(newestTitles(20));
    expect(await picker.locator('#saved-paging span').textContent()).toBe('Viser de 20 nyeste af 30.');
    await picker.getByRole('button', { name: 'Vis 10 mere' }).click();
    await expect.poll(titles).toEqual(newestTitles(30));
    expect(await picker.locator('#saved-paging').count()).toBe(0);
    // focus on the first task that was not shown before (the 21st newest)
    expect(await picker.locator('[part="saved"] li').nth(20).locator('button').first().evaluate((b) => b === (b.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expectClean(record);
    await page.context().close();
  });
});
