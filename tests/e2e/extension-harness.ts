/**
 * What the extension's end-to-end tests share: the built extension loaded unpacked into a headless Debian
 * Chromium (a persistent profile, as extensions need), its id, and a record of every request anything made.
 */
import { type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from './browser';

export { deepFocus } from './browser';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const CHROME_BUILD = join(root, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(root, '.output/firefox-mv3');

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  /** chrome-extension://<id>/<path> */
  url: (path: string) => string;
  /** Every request the browser made, from any page or the service worker. */
  requests: string[];
  /** Uncaught errors and console errors, per page URL. */
  errors: string[];
  close: () => Promise<void>;
}

/** Launches Chromium with the unpacked Chrome build (headless works for extensions in Chromium's new headless). */
export async function loadExtension(dir = CHROME_BUILD): Promise<LoadedExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'lg-ext-'));
  const context = await launchWithExtension(profile, dir);
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    worker,
    id,
    url: (path) => `chrome-extension://${id}/${path.replace(/^\//, '')}`,
    requests,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Requests that left the extension (anything but its own pages and files, or in-page data/blob URLs). */
export const foreign = (requests: string[], id: string) =>
  requests.filter((u) => !u.startsWith(`chrome-extension://${id}/`) && !/^(data|blob):/.test(u));

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The person's language option, as the options page stores it; none = automatic. */
export async function chooseLanguage(ext: LoadedExtension, choice?: 'da' | 'en'): Promise<void> {
  await ext.worker.evaluate((c) => (c ? chrome.storage.local.set({ options: { language: c } }) : chrome.storage.local.remove('options')), choice);
}

/** Opens an extension page and waits until its settings are read and every lg- element has rendered. */
export async function openExtensionPage(ext: LoadedExtension, path: string, options: { now?: Date } = {}): Promise<Page> {
  const page = await ext.context.newPage();
  if (options.now) await page.clock.setFixedTime(options.now);
  await page.goto(ext.url(path));
  await page.waitForSelector('html[data-settings="loaded"]');
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('lg-'));
    return all.every((el) => customElements.get(el.localName) && el.shadowRoot);
  });
  await page.evaluate(async () => {
    const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('lg-'));
    await Promise.all(all.map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
  });
  return page;
}
