/**
 * The split bundle in a real Chromium: a page pays only for the elements it shows. For each element, a page with
 * only that element downloads the entry, that element's chunks and nothing else (counted requests, the same set as
 * scripts/chunk-graph.mjs reads from the build), and renders; an English page also loads the English text; an
 * element added later loads its code then; and a copy of dist/cdn/ served from another path works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

import { filesFor } from '../../scripts/chunk-graph.mjs';
import { elementsReady, expectClean, openPage, useChromium } from './browser';

const chromium = useChromium();
const root = fileURLToPath(new URL('../../', import.meta.url));
const CDN = `${root}dist/cdn`;
const COPY = 'dist/elsewhere/assets/lg';
beforeAll(() => cpSync(CDN, `${root}${COPY}`, { recursive: true }));
afterAll(() => rmSync(`${root}dist/elsewhere`, { recursive: true, force: true }));

const TAGS = ['lg-focus-areas', 'lg-focus-area-card', 'lg-reflection', 'lg-framework', 'lg-search', 'lg-task-picker', 'lg-reflection-journal', 'lg-dialogue'];
const markup = (tag: string) => (tag === 'lg-focus-area-card' ? `<${tag} area="mening"></${tag}>` : `<${tag}></${tag}>`);

/** Opens a page (served at a path of the test server) with `body`, loading the bundle from `script`; counts the JavaScript fetched. */
async function pageWith(body: string, lang = 'da', script = '/dist/cdn/ledelsesgrundlag.js') {
  const { page, record } = await openPage(chromium.browser);
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  const url = `${chromium.server.url}/tests/e2e/pages/generated-${Math.random().toString(36).slice(2)}.html`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Side</title><link rel="icon" href="data:,"><script type="module" src="${script}"></script></head><body><main>${body}</main></body></html>`,
    }),
  );
  await page.goto(url);
  await elementsReady(page);
  return { page, record, scripts };
}

/** The text an element shows, its nested elements' included. */
function deepText(page: Page, tag: string): Promise<string> {
  return page.evaluate((t) => {
    const text = (root: Node): string =>
      [...root.childNodes].map((n) => (n.nodeType === 3 ? n.textContent : (n as Element).shadowRoot ? text((n as Element).shadowRoot!) + text(n) : text(n))).join(' ');
    return text(document.querySelector(t)!.shadowRoot!);
  }, tag);
}

const names = (paths: string[], dir = '/dist/cdn/') => paths.map((p) => p.replace(dir, '')).sort();

describe('a page pays only for the elements it shows', () => {
  for (const tag of TAGS)
    it(`a page with only <${tag}> loads its own chunks and renders`, async () => {
      const { page, record, scripts } = await pageWith(markup(tag));
      expect(names(scripts)).toEqual(filesFor(CDN, [tag]).sort());
      expect(scripts.some((s) => /english-/.test(s))).toBe(false);
      expect((await deepText(page, tag)).trim().length).toBeGreaterThan(10);
      expectClean(record);
      await page.context().close();
    });

  it('an English page also loads the English text, and shows it', async () => {
    const { page, record, scripts } = await pageWith(markup('lg-focus-areas'), 'en');
    expect(names(scripts)).toEqual(filesFor(CDN, ['lg-focus-areas'], 'en').sort());
    expect(await deepText(page, 'lg-focus-areas')).toContain('We will lead');
    expectClean(record);
    await page.context().close();
  });

  it('a Danish search loads the English text only when it looks there, and then shows the English results', async () => {
    const { page, record, scripts } = await pageWith(markup('lg-search'));
    expect(scripts.some((s) => /english-/.test(s))).toBe(false);
    await page.locator('lg-search input').fill('integrity');
    await expect.poll(() => scripts.some((s) => /english-/.test(s))).toBe(true);
    await expect.poll(() => page.locator('lg-search #results li[lang="en"]').count()).toBeGreaterThan(0);
    expectClean(record);
    await page.context().close();
  });

  it('an element added later loads its code then', async () => {
    const { page, record, scripts } = await pageWith(markup('lg-reflection'));
    expect(scripts.some((s) => s.includes('lg-dialogue-'))).toBe(false);
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<div><lg-dialogue></lg-dialogue></div>'));
    await elementsReady(page);
    expect(scripts.some((s) => s.includes('lg-dialogue-'))).toBe(true);
    expect(await page.evaluate(() => document.querySelector('lg-dialogue')!.shadowRoot!.querySelector('h2, h3'))).not.toBeNull();
    expectClean(record);
    await page.context().close();
  });

  it('a copy of dist/cdn/ served from another path works, and loads only from there', async () => {
    const { page, record, scripts } = await pageWith(`${markup('lg-framework')}`, 'da', `/${COPY}/ledelsesgrundlag.js`);
    expect(scripts.every((s) => s.startsWith(`/${COPY}/`))).toBe(true);
    expect(names(scripts, `/${COPY}/`)).toEqual(filesFor(CDN, ['lg-framework']).sort());
    expect(await page.evaluate(() => document.querySelector('lg-framework')!.shadowRoot!.querySelectorAll('[part="card"]').length)).toBe(4);
    expectClean(record);
    await page.context().close();
  });

  it('the one-file build still defines every tag at once', async () => {
    const { page, record, scripts } = await pageWith(markup('lg-focus-areas'), 'da', '/dist/cdn/ledelsesgrundlag.all.js');
    expect(scripts).toEqual(['/dist/cdn/ledelsesgrundlag.all.js']);
    expect(await page.evaluate((tags) => tags.every((t) => !!customElements.get(t)), TAGS)).toBe(true);
    expectClean(record);
    await page.context().close();
  });
});

