// Visual regression: every element (Danish and English, light and dark, 375 and 1280 px) and every extension page
// (Danish and English, light and dark), photographed in Chromium and compared with the baselines in tests/visual/.
// How pictures are compared, where a failure's pictures go and how to update the baselines: ./visual.ts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, openPage, useChromium } from './browser';
import { chooseLanguage, loadExtension, openExtensionPage, type LoadedExtension } from './extension-harness';
import { ELEMENTS, NOW } from './element-cases';
import { compareWithBaseline } from './visual';

/** Pictures are cut at this height: enough for the top of a long element (the whole framework is pages long). */
const MAX_HEIGHT = 1800;

const LANGUAGES = ['da', 'en'] as const;
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [375, 1280] as const;

/** Waits until every element on the page, inside shadow roots too, has rendered, and the picture stops changing. */
async function settledScreenshot(page: Page): Promise<Buffer> {
  await page.waitForFunction(() => {
    const all = (root: Document | ShadowRoot): Element[] =>
      [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
    return all(document).filter((el) => el.localName.startsWith('lg-')).every((el) => el.shadowRoot);
  });
  await page.evaluate(() => document.fonts.ready);
  let previous: Buffer | undefined;
  for (let attempt = 0; attempt < 10; attempt++) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const width = page.viewportSize()!.width;
    const shot = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) }, animations: 'disabled', caret: 'hide' });
    if (previous?.equals(shot)) return shot;
    previous = shot;
    await page.waitForTimeout(150);
  }
  throw new Error('the page kept changing: no two pictures in a row were the same');
}

describe('visual regression: the elements', () => {
  const chromium = useChromium();
  for (const element of ELEMENTS)
    for (const lang of LANGUAGES)
      for (const scheme of SCHEMES)
        for (const width of WIDTHS) {
          const name = `${element.name}.${lang}.${scheme}.${width}`;
          it(name, async () => {
            const { page, record } = await openPage(chromium.browser, { colorScheme: scheme });
            try {
              await page.setViewportSize({ width, height: 900 });
              await page.clock.setFixedTime(NOW);
              await page.goto(`${chromium.server.url}/tests/e2e/pages/visual.html`);
              await page.evaluate(([markup, lang]) => {
                document.documentElement.lang = lang;
                document.getElementById('stage')!.innerHTML = markup;
              }, [element.markup, lang]);
              await element.act?.(page);
              const result = compareWithBaseline(name, await settledScreenshot(page));
              expect(result.ok, result.message).toBe(true);
              expectClean(record);
            } finally {
              await page.context().close();
            }
          });
        }
});

describe('visual regression: the extension pages', () => {
  let ext: LoadedExtension;
  beforeAll(async () => {
    ext = await loadExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });
  const PAGES = [
    { path: 'popup.html', width: 640 },
    { path: 'sidepanel.html', width: 400 },
    { path: 'framework.html', width: 1280 },
    { path: 'journal.html', width: 1280 },
    { path: 'options.html', width: 1280 },
  ];
  for (const { path, width } of PAGES)
    for (const lang of LANGUAGES)
      for (const scheme of SCHEMES) {
        const name = `extension-${path.replace('.html', '')}.${lang}.${scheme}`;
        it(name, async () => {
          await chooseLanguage(ext, lang);
          const page = await openExtensionPage(ext, path, { now: NOW });
          try {
            await page.setViewportSize({ width, height: width < 700 ? 600 : 900 });
            await page.emulateMedia({ colorScheme: scheme });
            const result = compareWithBaseline(name, await settledScreenshot(page));
            expect(result.ok, result.message).toBe(true);
          } finally {
            await page.close();
          }
        });
      }
});
