/**
 * The prerendered snippets (dist/html/, scripts/prerender.mjs: Lit's server renderer, declarative shadow DOM) on a
 * plain page, in a real Chromium: with JavaScript switched off the text is there and visible, in Danish and English;
 * without the loader, zero axe violations; with the loader, each element upgrades in place — no layout shift, no
 * console error, the same text — and a deep link into the whole framework still focuses its heading.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aceViolations, axeViolations, deepFocus, expectClean, openPage, serve, useChromium } from './browser';
import { root } from './packed';
import da from '../../content/gentofte/da.json';

const chromium = useChromium();
const dir = mkdtempSync(join(tmpdir(), 'lg-prerendered-'));
let site: Awaited<ReturnType<typeof serve>>;
const snippets = readdirSync(join(root, 'dist/html')).filter((f) => f.endsWith('.html'));

/** A plain intranet page holding one snippet, with or without the loader. */
function page(file: string, loader: boolean): string {
  const lang = file.endsWith('.en.html') ? 'en' : 'da';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Intranet</title><link rel="icon" href="data:,">
${loader ? '<script type="module" src="/ledelsesgrundlag/ledelsesgrundlag.js"></script>' : ''}
<style>body { font: 1rem/1.5 system-ui, sans-serif; margin: 1rem; } main { max-width: 60rem; }</style></head>
<body><main><h1>${lang === 'da' ? 'Ledelse' : 'Leadership'}</h1>${readFileSync(join(root, 'dist/html', file), 'utf8')}<p>Mere på siden.</p></main></body></html>`;
}

beforeAll(async () => {
  cpSync(join(root, 'dist/cdn'), join(dir, 'ledelsesgrundlag'), { recursive: true });
  for (const file of snippets) {
    writeFileSync(join(dir, `plain-${file}`), page(file, false));
    writeFileSync(join(dir, `loaded-${file}`), page(file, true));
  }
  site = await serve({ root: dir });
});
afterAll(async () => {
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The text of the page's lg- element, through its shadow roots, as a reader sees it (headings, points, paragraphs). */
const shownText = async (p: import('playwright-core').Page) =>
  (await p.locator('main > :nth-child(2)').locator(':is(h1, h2, h3, h4, h5, li, p):visible').allInnerTexts()).join('\n');

describe('prerendered snippets', () => {
  it('every snippet shows its text with JavaScript switched off, Danish and English', async () => {
    expect(snippets).toHaveLength(30);
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    for (const file of snippets) {
      await p.goto(`${site.url}/plain-${file}`);
      const text = await shownText(p);
      expect(text.length, file).toBeGreaterThan(100);
      expect(text, file).toMatch(file.endsWith('.en.html') ? /lead|Leader|Why/i : /lede|Leder|Hvorfor|fællesskab/i);
      if (file.endsWith('.en.html')) expect(text, file).toContain('Unofficial English translation');
    }
    await context.close();
  }, 120_000);

  it('has zero violations without the loader, by axe and by IBM’s Equal Access engine', async () => {
    const { page: p } = await openPage(chromium.browser);
    for (const file of ['focus-areas.da.html', 'focus-area-card-drift-full.en.html', 'reflection.da.html', 'framework.en.html']) {
      await p.goto(`${site.url}/plain-${file}`);
      expect(await axeViolations(p), file).toEqual([]);
      expect(await aceViolations(p), file).toEqual([]);
    }
    await p.context().close();
  }, 60_000);

  it('upgrades in place with the loader: the same text, no layout shift, no console error', async () => {
    for (const file of ['focus-areas.da.html', 'focus-area-card-mening.en.html', 'reflection-ledergruppe.da.html', 'framework.da.html', 'framework.en.html']) {
      const { page: p, record } = await openPage(chromium.browser);
      await p.addInitScript(() => {
        (window as unknown as { shift: number }).shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) (window as unknown as { shift: number }).shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await p.goto(`${site.url}/plain-${file}`);
      const before = await shownText(p);
      await p.goto(`${site.url}/loaded-${file}`);
      await p.waitForFunction(() => {
        const el = document.querySelector('main > :nth-child(2)') as HTMLElement & { hasUpdated?: boolean };
        return customElements.get(el.localName) && el.hasUpdated;
      });
      await p.waitForTimeout(300);
      expect(await shownText(p), file).toBe(before);
      expect(await p.evaluate(() => (window as unknown as { shift: number }).shift), file).toBeLessThanOrEqual(0.01);
      expectClean(record);
      await p.context().close();
    }
  }, 120_000);

  it('a deep link into the prerendered framework still goes to its part, with focus on the heading', async () => {
    const { page: p, record } = await openPage(chromium.browser);
    await p.goto(`${site.url}/loaded-framework.da.html#drift`);
    await expect.poll(async () => (await deepFocus(p))?.text).toBe(da.focusAreas.find((a) => a.id === 'drift')!.title);
    expectClean(record);
    await p.context().close();
  });
});
