/**
 * The elements from `dist/cdn/ledelsesgrundlag.js` (the loader and its chunks) in a real Firefox (Debian's
 * firefox-esr, headless, over WebDriver BiDi with puppeteer-core): the elements render, follow the language, and the
 * picker and search work; the picker's saved list shows a window of Firefox's IndexedDB and reads more when asked.
 * The same pages the Chromium tests use; Chromium has the fuller checks (axe, layout, CSP).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import da from '../../content/gentofte/da.json';
import en from '../../content/gentofte/en.json';
import { useFirefox } from './firefox';
import { manyTasksFile, newestTitles, TASK_COUNT } from './many-tasks';

const firefox = useFirefox();

/** Opens a test page and waits until every lg- element has rendered; collects uncaught errors. */
async function open(path: string, errors: string[]): Promise<Page> {
  const page = await firefox.browser.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${firefox.server.url}/tests/e2e/pages/${path}`);
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('lg-'));
    return all.length > 0 && all.every((el) => customElements.get(el.localName) && el.shadowRoot?.childElementCount);
  });
  return page;
}

/** The card titles inside <lg-focus-areas> (which draws the four boxes in its own shadow root). */
const titles = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelector('lg-focus-areas')!.shadowRoot!.querySelectorAll('[part="card"]')].map((card) =>
      card.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim(),
    ),
  );

describe('the elements in Firefox', () => {
  it('renders the four focus areas in Danish, then in English when the page language changes', async () => {
    const errors: string[] = [];
    const page = await open('plain.html', errors);
    expect(await titles(page)).toEqual(da.focusAreas.map((a) => a.title));
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await page.waitForFunction(
      (first) => document.querySelector('lg-focus-areas')!.shadowRoot!.querySelector('[part="card"]')!.textContent!.includes(first),
      {},
      en.focusAreas[0].title,
    );
    expect(await titles(page)).toEqual(en.focusAreas.map((a) => a.title));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('every element works: the search highlights, the picker takes a weight', async () => {
    const errors: string[] = [];
    const page = await open('reference.html', errors);
    const marks = await page.evaluate(() => [...document.querySelector('lg-search')!.shadowRoot!.querySelectorAll('mark')].map((m) => m.textContent));
    expect(marks).toContain('arbejdsmiljø');
    const value = await page.evaluate(async () => {
      const picker = document.querySelector('lg-task-picker') as HTMLElement & { value: string; updateComplete: Promise<unknown> };
      picker.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio][name="drift"][value="3"]')!.click();
      await picker.updateComplete;
      return picker.value;
    });
    expect(value).toBe('faglighed=2&innovation=1&mening=3&drift=3');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the picker’s saved tasks in Firefox’s IndexedDB', () => {
  it('after a reload, lists the newest 20 of 30; "Vis 10 mere" reads the rest', async () => {
    const errors: string[] = [];
    const page = await open('tasks.html', errors);
    const titles = () =>
      page.evaluate(() => [...document.querySelector('lg-task-picker')!.shadowRoot!.querySelectorAll('[part="saved"] li strong')].map((s) => s.textContent));
    // the file handed to the Import button's file field, as choosing it does
    await page.evaluate((text) => {
      const input = document.querySelector('lg-task-picker')!.shadowRoot!.querySelector<HTMLInputElement>('#file')!;
      const files = new DataTransfer();
      files.items.add(new File([text], 'opgaver.json', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, manyTasksFile);
    // it says first what it would do; the yes saves them
    await page.waitForFunction(() => !!document.querySelector('lg-task-picker')!.shadowRoot!.querySelector('#question-yes'));
    await page.evaluate(() => document.querySelector('lg-task-picker')!.shadowRoot!.querySelector<HTMLButtonElement>('#question-yes')!.click());
    await page.waitForFunction(
      (n) => document.querySelector('lg-task-picker')!.shadowRoot!.querySelector('[part="saved"]')?.textContent?.includes(`Viser de 20 nyeste af ${n}.`),
      {},
      TASK_COUNT,
    );

    await page.reload();
    await page.waitForFunction(() => document.querySelector('lg-task-picker')?.shadowRoot?.querySelectorAll('[part="saved"] li').length === 20);
    expect(await titles()).toEqual(newestTitles(20));
    await page.evaluate(() =>
      [...document.querySelector('lg-task-picker')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('#saved-paging button')].find((b) => b.textContent === 'Vis 10 mere')!.click(),
    );
    await page.waitForFunction(() => document.querySelector('lg-task-picker')!.shadowRoot!.querySelectorAll('[part="saved"] li').length === 30);
    expect(await titles()).toEqual(newestTitles(30));
    expect(errors).toEqual([]);
    await page.close();
  });
});
