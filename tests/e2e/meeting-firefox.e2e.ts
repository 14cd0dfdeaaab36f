/**
 * A team's second meeting in a real Firefox (Debian's firefox-esr, headless, WebDriver BiDi with puppeteer-core), the
 * way Firefox users have it: no file picker that writes where a file lies, so the team's file is downloaded and
 * uploaded. Three participants in contexts of their own; the codes typed as one message; the picture, a new agreement,
 * the minutes; the file taken by a second facilitator in a fresh context with the same agreements; two diverged copies
 * merged with nothing lost. (The Chromium test, meeting.e2e.ts, also counts printed pages and runs axe.)
 */
import type { BrowserContext, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useFirefox } from './firefox';

const firefox = useFirefox();

/**
 * In the page: the first element matching `selector`, looked for through every shadow root; and what a test does with
 * it. The downloads the page makes (its object URLs' blobs) are kept in `window.lgDownloads`.
 */
const HELPERS = `
  window.deep = (selector, root = document) => root.querySelector(selector) ?? [...root.querySelectorAll('*')].map((e) => e.shadowRoot && window.deep(selector, e.shadowRoot)).find(Boolean) ?? null;
  window.lgDownloads = [];
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (blob) => { blob.text().then((t) => window.lgDownloads.push(t)); return createObjectURL(blob); };
  // the person's choice in the file dialog is handed to the field by the test
  HTMLInputElement.prototype.click = function () { if (this.type !== 'file') HTMLElement.prototype.click.call(this); };
`;

async function open(context: BrowserContext, url: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setViewport({ width, height: 900 });
  await page.evaluateOnNewDocument(HELPERS);
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('lg-meeting') && (window as unknown as { deep: (s: string) => Element | null }).deep('#team-name, #team-h, form.answer'));
  return { page, errors };
}

type Deep = { deep: (s: string) => HTMLElement | null };
const click = (page: Page, selector: string) => page.evaluate((s) => (window as unknown as Deep).deep(s)!.click(), selector);
const text = (page: Page, selector: string) => page.evaluate((s) => (window as unknown as Deep).deep(s)?.textContent ?? '', selector);
const until = (page: Page, selector: string) => page.waitForFunction((s) => !!(window as unknown as Deep).deep(s), {}, selector);
const fill = (page: Page, selector: string, value: string) =>
  page.evaluate(
    (s, v) => {
      const field = (window as unknown as Deep).deep(s) as HTMLInputElement;
      field.value = v;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    },
    selector,
    value,
  );
const team = (page: Page) => page.evaluate(() => (document.querySelector('lg-meeting') as unknown as { team: { agreements: { what: string; status: string }[]; rounds: unknown[] } }).team);

async function agree(page: Page, what: string) {
  await fill(page, '#what', what);
  await page.evaluate(() => ((window as unknown as Deep).deep('form.new-agreement') as HTMLFormElement).requestSubmit());
  await page.waitForFunction((w) => (document.querySelector('lg-meeting') as unknown as { team: { agreements: { what: string }[] } }).team.agreements.some((a) => a.what === w), {}, what);
}

/** Saves the team's file: the download's text. */
async function saveFile(page: Page): Promise<string> {
  const before = await page.evaluate(() => (window as unknown as { lgDownloads: string[] }).lgDownloads.length);
  await click(page, '#save-file');
  await page.waitForFunction((n) => (window as unknown as { lgDownloads: string[] }).lgDownloads.length > n, {}, before);
  return page.evaluate(() => (window as unknown as { lgDownloads: string[] }).lgDownloads.at(-1)!);
}

/** Chooses a file after pressing `button` (open, or merge), as the file dialog would hand it to the field. */
async function chooseFile(page: Page, button: string, content: string) {
  await click(page, button);
  await page.evaluate((t) => {
    const input = (window as unknown as Deep).deep('#team-file') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File([t], 'ledergruppen.ledelsesgrundlag-team.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, content);
}

/** A participant on a phone of their own: opens the link, answers, returns the code. */
async function participant(link: string, step: number): Promise<string> {
  const context = await firefox.browser.createBrowserContext();
  try {
    const { page } = await open(context, link, 375);
    await until(page, 'form.answer');
    await page.evaluate((st) => {
      const form = (window as unknown as Deep).deep('form.answer') as HTMLFormElement;
      for (const area of ['faglighed', 'innovation', 'mening', 'drift']) form.querySelectorAll<HTMLInputElement>(`input[name="step-${area}"]`)[st].click();
      form.requestSubmit();
    }, step);
    await until(page, '#answer-code');
    return (await text(page, '#answer-code')).trim();
  } finally {
    await context.close();
  }
}

describe('a team’s meeting in Firefox', () => {
  it('the second meeting, with the file downloaded and uploaded', async () => {
    const url = `${firefox.server.url}/tests/e2e/pages/meeting.html`;
    const aContext = await firefox.browser.createBrowserContext();
    const { page, errors } = await open(aContext, url);
    await fill(page, '#team-name', 'Ledergruppen');
    await page.evaluate(() => ((window as unknown as Deep).deep('form.new-team') as HTMLFormElement).requestSubmit());
    await until(page, '#start-meeting');
    await click(page, '#start-meeting');
    await until(page, 'form.new-agreement');
    await agree(page, 'Fast tid til faglig sparring');
    await click(page, '#end-meeting');
    await until(page, '#start-meeting');
    await click(page, '#start-meeting');
    // last time's agreement first, given a status
    await until(page, 'section.phase.follow-up select');
    expect(await text(page, 'section.phase.follow-up .what')).toContain('Fast tid til faglig sparring');
    await page.evaluate(() => {
      const select = (window as unknown as Deep).deep('section.phase.follow-up select') as HTMLSelectElement;
      select.value = 'under-way';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // the round: three participants, the codes typed as one message
    await page.evaluate(() => ((window as unknown as Deep).deep('lg-round form.setup, form.setup') as HTMLFormElement).requestSubmit());
    await until(page, '#link');
    const link = await page.evaluate(() => ((window as unknown as Deep).deep('#link') as HTMLInputElement).value);
    const codes = [await participant(link, 0), await participant(link, 1), await participant(link, 3)];
    await fill(page, '#answer-code', `Anne: ${codes[0]} Bo: ${codes[1]} Carl: ${codes[2]}`);
    await page.evaluate(() => ((window as unknown as Deep).deep('form.add') as HTMLFormElement).requestSubmit());
    await page.waitForFunction(() => ((window as unknown as Deep).deep('[part="count"]')?.textContent ?? '').includes('3 svar er kommet ind'));
    await click(page, '#reveal');
    await page.waitForFunction(() => (document.querySelector('lg-meeting') as unknown as { team: { rounds: unknown[] } }).team.rounds.length === 1);
    await agree(page, 'Sæt borgerens stemme på dagsordenen');
    expect(await text(page, 'article.minutes')).toContain('Gruppens billede: 3 svar');
    expect(await text(page, 'article.minutes')).toContain('Sæt borgerens stemme på dagsordenen');
    await click(page, '#end-meeting');

    // the file, downloaded; a second facilitator in a fresh context uploads it and has the same agreements
    const file = await saveFile(page);
    expect(JSON.parse(file).format).toBe('ledelsesgrundlag-team');
    const bContext = await firefox.browser.createBrowserContext();
    const b = await open(bContext, url);
    await chooseFile(b.page, '#open-file', file);
    await until(b.page, '#team-h');
    const sorted = async (p: Page) => (await team(p)).agreements.map((a) => `${a.what}: ${a.status}`).sort();
    expect(await sorted(b.page)).toEqual(await sorted(page));

    // two copies go their own ways; A merges B's: nothing lost
    await click(page, '#start-meeting');
    await until(page, 'form.new-agreement');
    await agree(page, 'Fra A');
    await click(b.page, '#start-meeting');
    await until(b.page, 'form.new-agreement');
    await agree(b.page, 'Fra B');
    const fromB = await saveFile(b.page);
    await chooseFile(page, '#merge-file', fromB);
    await page.waitForFunction(() => ((window as unknown as Deep).deep('#meeting-status')?.textContent ?? '').includes('Kopien er flettet ind'));
    expect((await team(page)).agreements.map((a) => a.what).sort()).toEqual(['Fast tid til faglig sparring', 'Fra A', 'Fra B', 'Sæt borgerens stemme på dagsordenen']);
    expect(errors).toEqual([]);
    expect(b.errors).toEqual([]);
    await aContext.close();
    await bContext.close();
  }, 180_000);
});
