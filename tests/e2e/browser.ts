/**
 * What the end-to-end tests share: a headless Debian Chromium, the local file server, axe-core, a
 * record of everything a page says in the console or tries to fetch from elsewhere, and the focused element.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { afterAll, beforeAll, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve } from '../../scripts/serve.mjs';

export { CHROMIUM, CHROMIUM_ARGS, launchChromium, launchWithExtension } from '../../scripts/chromium.mjs';
export { serve };

/** The file server and the browser of a test file; set once its beforeAll hook has run. */
export interface ChromiumFixture {
  browser: Browser;
  server: Awaited<ReturnType<typeof serve>>;
}

/**
 * Registers a test file's hooks: before all its tests, the file server starts (with `serveOptions`) and
 * Chromium launches; after them, both close. Returns the fixture whose `browser` and `server` the hooks set
 * (read them inside tests, not when the file is collected).
 */
export function useChromium(serveOptions?: Parameters<typeof serve>[0]): ChromiumFixture {
  const fixture = {} as ChromiumFixture;
  beforeAll(async () => {
    fixture.server = await serve(serveOptions);
    fixture.browser = await launchChromium();
  });
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.server?.close();
  });
  return fixture;
}

/** What a page did that a test may want to forbid. */
export interface PageRecord {
  consoleErrors: string[];
  warnings: string[];
  pageErrors: string[];
  /** Requests to anywhere but the local test server. */
  foreignRequests: string[];
}

/** Opens a new page that records console output, uncaught errors and requests that leave localhost. */
export async function openPage(browser: Browser, options: { colorScheme?: 'light' | 'dark' } = {}) {
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const record: PageRecord = { consoleErrors: [], warnings: [], pageErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
    if (message.type() === 'warning') record.warnings.push(message.text());
  });
  page.on('pageerror', (error) => record.pageErrors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol !== 'data:') record.foreignRequests.push(request.url());
  });
  return { page, record };
}

export interface VisitOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** The page holds no lg- element to wait for (an index of links, say). */
  noElements?: boolean;
}

/**
 * Opens `url` in a page of its own (at the viewport asked for), waits until every element has rendered, runs
 * `check`, then expects the page clean (no error, no console error, nothing fetched from elsewhere) and closes it.
 */
export async function onPage<T>(
  browser: Browser,
  url: string,
  check: (page: Page, record: PageRecord) => Promise<T>,
  options: VisitOptions = {},
): Promise<T> {
  const { page, record } = await openPage(browser, options);
  try {
    if (options.viewport) await page.setViewportSize(options.viewport);
    await page.goto(url);
    if (!options.noElements) await elementsReady(page);
    const result = await check(page, record);
    expectClean(record);
    return result;
  } finally {
    await page.context().close();
  }
}

/** The page threw no error, logged no console error and requested nothing but from the local test server. */
export function expectClean(record: PageRecord) {
  expect(record.pageErrors).toEqual([]);
  expect(record.consoleErrors).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
}

/** The focused element, found through the shadow roots that hold focus. */
export interface FocusedElement {
  tag: string;
  id: string;
  /** An input's or button's type (undefined on elements without one). */
  type: string | undefined;
  /** A form control's value (undefined on elements without one). */
  value: string | undefined;
  /** Its text content, whitespace collapsed. */
  text: string;
  /** The shadow hosts it sits in, outermost first. */
  hosts: string[];
  /** Whether it is inside a <nav> (of its own shadow root or document). */
  inNav: boolean;
  /** The legend of the fieldset it is in, if any. */
  legend: string | null;
  /** Its computed outline: style and width in px. */
  outline: { style: string; width: number };
}

/**
 * The focused element, looking through shadow roots (null when nothing is focused). Typed by what it needs of
 * the page, so it serves a Playwright page and a Puppeteer page alike.
 */
export function deepFocus(page: { evaluate<R>(fn: () => R): Promise<R> }): Promise<FocusedElement | null> {
  return page.evaluate((): FocusedElement | null => {
    let el = document.activeElement;
    const hosts: string[] = [];
    while (el?.shadowRoot?.activeElement) {
      hosts.push(el.localName);
      el = el.shadowRoot.activeElement;
    }
    if (!el) return null;
    const style = getComputedStyle(el);
    const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
    const legend = el.closest('fieldset')?.querySelector('legend');
    return {
      tag: el.localName,
      id: el.id,
      type: (el as HTMLInputElement).type,
      value: (el as HTMLInputElement).value,
      text: collapse(el.textContent),
      hosts,
      inNav: !!el.closest('nav'),
      legend: legend ? collapse(legend.textContent) : null,
      outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth) },
    };
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core for WCAG 2.0/2.1 A and AA on the page (open shadow roots included). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

const aceSource = readFileSync(createRequire(import.meta.url).resolve('accessibility-checker-engine/ace.js'), 'utf8');

export interface AceViolation {
  ruleId: string;
  message: string;
  path: string;
}

/**
 * A second engine beside axe: IBM's Equal Access checker (accessibility-checker-engine), injected into the page as
 * axe is, with its WCAG 2.1 A/AA rule set; its violations (not its "potential" items, which ask a person to look).
 */
export async function aceViolations(page: Page): Promise<AceViolation[]> {
  if (!(await page.evaluate(() => 'ace' in window))) await page.addScriptTag({ content: aceSource });
  return page.evaluate(async () => {
    type Result = { ruleId: string; message: string; value: [string, string]; path: { dom: string } };
    const ace = (window as unknown as { ace: { Checker: new () => { check: (d: Document, r: string[]) => Promise<{ results: Result[] }> } } }).ace;
    const report = await new ace.Checker().check(document, ['WCAG_2_1']);
    return report.results.filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL').map((r) => ({ ruleId: r.ruleId, message: r.message, path: r.path.dom }));
  });
}

/** Waits until every lg-* element on the page is defined and has rendered. */
export async function elementsReady(page: Page) {
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('lg-'));
    return all.length > 0 && all.every((el) => customElements.get(el.localName) && el.shadowRoot);
  });
  await page.evaluate(async () => {
    const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('lg-'));
    await Promise.all(all.map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
  });
}

/** The page's cumulative layout shift (shifts without recent input) from its start until `ms` later. */
export function layoutShift(page: Page, ms = 300): Promise<number> {
  return page.evaluate(
    (wait) =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), wait);
      }),
    ms,
  );
}

/** Every record of one store of the page's IndexedDB, read straight from the database (not through an element). */
export function storedRecords<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('ledelsesgrundlag');
      req.onsuccess = () => resolve(req.result);
    });
    const all = await new Promise<unknown[]>((resolve) => {
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return all;
  }, store) as Promise<T[]>;
}
