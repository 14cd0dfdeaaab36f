/**
 * The Firefox build in a real Firefox: Debian's firefox-esr, headless, driven over WebDriver BiDi by
 * puppeteer-core, with .output/firefox-mv3 installed as a temporary add-on. The popup's search, the picker, and a
 * round trip through the extension's storage (options in storage.local, tasks in IndexedDB).
 *
 * How it runs here (see shared/DESIGN.md): `--remote-allow-system-access` (else moz-extension:// navigation is
 * refused), a fixed internal UUID for the add-on through `extensions.webextensions.uuids` (so the page URL is
 * known), and `page.goto()` started without awaiting (it never resolves for moz-extension:// in this version).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { join } from 'node:path';
import da from '../../content/gentofte/da.json';
import { deepFocus } from './browser';
import { FIREFOX_BUILD } from './extension-harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'ledelsesgrundlag@gentofte.dk';
const UUID = '0c7e3a52-6f0d-4c57-9d1e-4b1a2f6d8e90';
const BASE = `moz-extension://${UUID}/`;
const TRIO_POINT = 'løbende sikre et godt arbejdsmiljø sammen med TRIO og MED';
const MENING = da.focusAreas.find((a) => a.id === 'mening')!.title;
const TASK = 'Firefox-opgave 0815';

let browser: Browser;
const requests: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: apt-get install firefox-esr, or set FIREFOX_PATH.`);
  browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
  });
  expect(await browser.installExtension(FIREFOX_BUILD)).toBe(GECKO_ID);
}, 90_000);
afterAll(async () => {
  await browser?.close();
});

/** Opens an extension page and waits until its settings are read and its lg- elements have rendered. */
async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(`${path}: ${e}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${path}: ${m.text()}`));
  // Never resolves for moz-extension:// here: start it, then wait for the page itself.
  page.goto(BASE + path).catch(() => {});
  // The wait can start in the blank page the tab begins with; when Firefox tears that page down under it, the
  // wait fails with a protocol error. Then it is simply started again, a moment later, in the extension page.
  for (let attempt = 1; ; attempt++) {
    try {
      await page.waitForSelector('html[data-settings="loaded"]', { timeout: 20_000 });
      break;
    } catch (error) {
      if (attempt === 5 || !/Protocol error|Waiting failed/.test(`${error} ${(error as Error).cause ?? ''}`)) throw error;
      // the blank page may still be going away: three attempts in a row failed within 0.4 s on CI
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  // polled with evaluate, not waitForFunction: Firefox 140.12's extension CSP refuses the Function() that
  // puppeteer's waitForFunction builds its predicate with ("call to Function() blocked by CSP")
  await poll(
    () => page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('lg-')).every((el) => customElements.get(el.localName) && el.shadowRoot)),
    (ready) => ready,
    20_000,
  );
  await page.evaluate(async () => {
    const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('lg-'));
    await Promise.all(all.map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
  });
  return page;
}

/** Sets the person's language option from an extension page (the popup tests read Danish). */
async function danish() {
  const page = await open('framework.html');
  await page.evaluate(() => (globalThis as unknown as { browser: { storage: { local: { set(x: object): Promise<void> } } } }).browser.storage.local.set({ options: { language: 'da' } }));
  await page.close();
}

/** Every element matching `selector`, in the document and all open shadow roots, as text. */
const deepTexts = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const out: string[] = [];
    const walk = (root: ParentNode) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches(sel)) out.push((el.textContent ?? '').replace(/\s+/g, ' ').trim());
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return out;
  }, selector);

/** Clicks the first element matching `selector` (through shadow roots) whose text includes `text`. */
const deepClick = (page: Page, selector: string, text: string) =>
  page.evaluate(
    (sel, t) => {
      const walk = (root: ParentNode): HTMLElement | undefined => {
        for (const el of root.querySelectorAll('*')) {
          if (el.matches(sel) && (el.textContent ?? '').replace(/\s+/g, ' ').includes(t)) return el as HTMLElement;
          const inner = el.shadowRoot && walk(el.shadowRoot);
          if (inner) return inner;
        }
      };
      const el = walk(document);
      el?.click();
      return !!el;
    },
    selector,
    text,
  );

const poll = async <T>(f: () => Promise<T>, ok: (v: T) => boolean, ms = 5000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('the Firefox build in Firefox', () => {
  it('is an MV3 add-on with a gecko id that collects nothing, and the fewest permissions', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko).toMatchObject({ id: GECKO_ID, data_collection_permissions: { required: ['none'] } });
    expect([...manifest.permissions].sort()).toEqual(['menus', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(manifest.background.scripts).toEqual(['background.js']);
    expect(manifest.commands._execute_action.suggested_key).toEqual({ default: 'Alt+Shift+L' });
  });

  it('stores the options: English chosen on the options page, in place of the Danish default', async () => {
    const page = await open('options.html');
    // Firefox here runs in English, but Danish, the original, is the default.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    await page.click('input[name="language"][value="en"]');
    expect(await poll(() => page.evaluate(() => document.documentElement.lang), (lang) => lang === 'en')).toBe('en');
    const stored = await page.evaluate(() => (globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<unknown> } } } }).browser.storage.local.get('options'));
    expect(stored).toEqual({ options: { language: 'en' } });
    await page.close();
  });

  it('popup: the search field has focus; "arbejdsmiljo" finds the TRIO/MED point of "mening", highlighted', async () => {
    await danish();
    const page = await open('popup.html');
    await poll(() => page.evaluate(() => performance.getEntriesByName('lg:search-ready').length), (n) => n === 1);
    expect(await deepFocus(page)).toMatchObject({ tag: 'input', hosts: ['lg-search'] });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    await page.keyboard.type('arbejdsmiljo');
    const results = await poll(() => deepTexts(page, 'lg-search [part~="result"], [part~="result"]'), (r) => r.some((t) => t.includes(TRIO_POINT)));
    const hit = results.find((t) => t.includes(TRIO_POINT));
    expect(hit).toContain(MENING);
    expect(await deepTexts(page, 'mark')).toContain('arbejdsmiljø');
    // By keyboard down to the point.
    let focus = await deepFocus(page);
    for (let i = 0; i < 10 && !focus?.text.includes(TRIO_POINT); i++) {
      await page.keyboard.press('ArrowDown');
      focus = await deepFocus(page);
    }
    expect(focus?.text).toContain(TRIO_POINT);
    await page.close();
  });

  it('popup: saves a task in the picker (IndexedDB), and a new popup finds it again', async () => {
    await danish();
    let page = await open('popup.html');
    await poll(() => page.evaluate(() => performance.getEntriesByName('lg:search-ready').length), (n) => n === 1);
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect(await deepFocus(page)).toMatchObject({ tag: 'button', text: 'Søg' });
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.getElementById('tab-task')!.getAttribute('aria-selected'))).toBe('true');
    await page.keyboard.press('Tab');
    expect(await deepFocus(page)).toMatchObject({ tag: 'input', hosts: ['lg-task-picker'] });
    await page.keyboard.type(TASK);
    expect(await deepClick(page, 'label', 'I særlig grad')).toBe(true);
    expect(await deepClick(page, 'button', 'Gem')).toBe(true);
    await poll(() => deepTexts(page, '[part~="status"], [role="status"]'), (t) => t.some((x) => x.includes('Opgaven er gemt.')));
    expect((await deepTexts(page, '[part~="status"], [role="status"]')).join(' ')).toContain('Opgaven er gemt.');
    await page.close();

    page = await open('popup.html');
    await page.click('#tab-task');
    const saved = await poll(() => deepTexts(page, 'li strong'), (t) => t.includes(TASK));
    expect(saved).toContain(TASK);
    await page.close();
  });

  it('side panel (sidebar): the framework and the picker; a task in the fragment reaches the picker', async () => {
    const page = await open('sidepanel.html?view=window#opgave=faglighed%3D0&description=Budget%202026');
    expect(await page.evaluate(() => document.getElementById('tab-task')!.getAttribute('aria-selected'))).toBe('true');
    const value = await poll(
      () => page.evaluate(() => (document.querySelector('lg-task-picker') as unknown as { description: string }).description),
      (v) => v === 'Budget 2026',
    );
    expect(value).toBe('Budget 2026');
    await page.close();
  });

  it('takes the shortcut Alt+Shift+L for the popup', async () => {
    const page = await open('framework.html');
    const commands = await page.evaluate(() =>
      (globalThis as unknown as { browser: { commands: { getAll(): Promise<Array<{ name: string; shortcut: string }>> } } }).browser.commands.getAll(),
    );
    expect(commands).toContainEqual(expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+L' }));
    await page.close();
  });

  it('made no request outside the add-on, and no page had an error', async () => {
    // WebDriver BiDi reports network requests only (not the add-on's own moz-extension:// files), so first show
    // that the recorder sees one: a page fetching from a local server.
    const server = createServer((_, res) => res.end('ok')).listen(0, '127.0.0.1');
    await once(server, 'listening');
    const probe = `http://127.0.0.1:${(server.address() as AddressInfo).port}/probe`;
    const control = await browser.newPage();
    const seen: string[] = [];
    control.on('request', (r) => seen.push(r.url()));
    await control.goto(probe);
    await control.close();
    server.close();
    expect(seen).toContain(probe);

    expect(requests.filter((u) => !u.startsWith(BASE) && !/^(data|blob):/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
