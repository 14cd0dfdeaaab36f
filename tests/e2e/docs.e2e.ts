// The documentation site as the editors' documentation (scripts/site.mjs, written into site/ by the build): an index,
// a getting-started page and a page per element of the manifest, in Danish and in English — each with a live example,
// a snippet that works when pasted beside the copied folder, and reference tables that match the manifest; the folder
// as a zip; no layout jump while a page loads, no sideways scrolling at 375 px, zero axe violations.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { elementsOf, pathOf } from '../../scripts/site.mjs';
import { axeViolations, layoutShift, onPage, serve, useChromium } from './browser';
import { readZip } from './zip';

const chromium = useChromium();
const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}dist/custom-elements.json`, 'utf8'));
const elements = elementsOf(manifest) as { tagName: string; attributes?: { name: string }[]; cssParts?: { name: string }[]; events?: { name: string }[] }[];
const site = (lang: 'da' | 'en', page: string) => `${chromium.server.url}/site/${pathOf(lang, page)}`;

describe('the documentation site', () => {
  it('has a page per element of the manifest, in Danish and English: a live example, a snippet, and reference tables that match the manifest', async () => {
    expect(elements.length).toBe(10);
    for (const lang of ['da', 'en'] as const)
      for (const el of elements)
        await onPage(chromium.browser, site(lang, `elements/${el.tagName}.html`), async (page) => {
          const found = await page.evaluate((tag) => {
            const rows = (kind: string) => [...document.querySelectorAll(`table.ref-${kind} tbody th > code:first-child`)].map((c) => c.textContent);
            return {
              lang: document.documentElement.lang,
              h1: document.querySelector('h1')?.textContent ?? '',
              current: document.querySelector('nav a[aria-current="page"]')?.textContent ?? '',
              live: !!document.querySelector(`.live > ${tag}`),
              snippet: document.querySelector('figure.snippet[data-live] code')?.textContent ?? '',
              attributes: rows('attributes'),
              parts: rows('parts'),
              events: rows('events'),
              other: document.querySelector<HTMLAnchorElement>('.other-lang a')?.href ?? '',
            };
          }, el.tagName);
          expect(found.lang).toBe(lang);
          expect(found.h1, el.tagName).toContain(`<${el.tagName}>`);
          expect(found.current, el.tagName).toBe(`<${el.tagName}>`);
          expect(found.live, el.tagName).toBe(true);
          expect(found.snippet, el.tagName).toContain(`<${el.tagName}`);
          expect(found.snippet, el.tagName).toContain('<script type="module" src="ledelsesgrundlag/ledelsesgrundlag.js"></script>');
          expect(found.attributes, el.tagName).toEqual((el.attributes ?? []).map((a) => a.name));
          expect(found.parts, el.tagName).toEqual((el.cssParts ?? []).map((p) => p.name));
          expect(found.events, el.tagName).toEqual((el.events ?? []).map((e) => e.name));
          expect(found.other).toContain(pathOf(lang === 'da' ? 'en' : 'da', `elements/${el.tagName}.html`));
        });
  });

  it('has an index linking every element page, and a getting-started page with the zip, the CSS against jumps and theming', async () => {
    for (const lang of ['da', 'en'] as const) {
      await onPage(chromium.browser, site(lang, 'index.html'), async (page) => {
        const links = await page.locator('ul.cards a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
        expect([...links].sort()).toEqual(elements.map((el) => `elements/${el.tagName}.html`).sort());
      }, { noElements: true });
      await onPage(chromium.browser, site(lang, 'getting-started.html'), async (page) => {
        const zip = await page.locator('a[download]').getAttribute('href');
        const response = await page.request.get(new URL(zip!, page.url()).href);
        expect(response.status()).toBe(200);
        const files = readZip(Buffer.from(await response.body()));
        expect([...files.keys()]).toContain('ledelsesgrundlag/ledelsesgrundlag.js');
        expect([...files.keys()]).toContain('ledelsesgrundlag/ledelsesgrundlag.all.js');
        expect(files.get('ledelsesgrundlag/ledelsesgrundlag.js')!.equals(readFileSync(`${root}dist/cdn/ledelsesgrundlag.js`))).toBe(true);
        // the CSS against layout jumps is the editors' guide's, word for word
        const guide = readFileSync(`${root}docs/editors.md`, 'utf8');
        const snippet = guide.match(/```css\n(lg-focus-areas:not\(:defined\)[\s\S]*?)```/)![1].trim();
        expect(await page.locator('figure code', { hasText: 'lg-round:not(:defined)' }).textContent()).toBe(snippet);
        // the theming example, themed through the --lg-* properties
        const font = await page.locator('.themed lg-focus-area-card').evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('[part~="title"]')!).fontFamily);
        expect(font).toContain('Georgia');
      });
    }
  });

  it('keeps the snippet true to the element as its controls change it', async () => {
    await onPage(chromium.browser, site('en', 'elements/lg-focus-area-card.html'), async (page) => {
      await page.getByLabel('Focus area').selectOption('mening');
      await page.getByLabel('Variant').selectOption('full');
      const snippet = await page.locator('figure.snippet[data-live] code').textContent();
      expect(snippet).toContain('<lg-focus-area-card area="mening" heading-level="3" variant="full" lang="en"></lg-focus-area-card>');
      expect(await page.locator('.live lg-focus-area-card').getAttribute('variant')).toBe('full');
    });
  });

  for (const { width, lang, scheme, path } of [
    { width: 1280, lang: 'da', scheme: 'light', path: 'index.html' },
    { width: 375, lang: 'en', scheme: 'dark', path: 'getting-started.html' },
    { width: 1280, lang: 'en', scheme: 'light', path: 'elements/lg-framework.html' },
    { width: 375, lang: 'da', scheme: 'dark', path: 'elements/lg-task-picker.html' },
  ] as const)
    it(`${path} (${lang}, ${scheme}, ${width} px) loads without a layout jump or sideways scrolling, zero axe violations`, async () => {
      await onPage(chromium.browser, site(lang, path), async (page) => {
        expect(await layoutShift(page)).toBeLessThanOrEqual(0.02);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(await axeViolations(page)).toEqual([]);
      }, { viewport: { width, height: 900 }, colorScheme: scheme, noElements: path === 'index.html' });
    });
});

describe('a snippet pasted into a plain page beside the copied folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lg-paste-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders the element, for every element page', async () => {
    // what an editor does: unpack the zip's folder beside their page, paste the snippet from the element's page
    mkdirSync(join(dir, 'ledelsesgrundlag'));
    for (const [name, data] of readZip(readFileSync(`${root}site/ledelsesgrundlag.zip`))) writeFileSync(join(dir, name), data);
    const server = await serve({ root: dir });
    try {
      for (const el of elements) {
        const html = readFileSync(`${root}site/elements/${el.tagName}.html`, 'utf8');
        const snippet = html.match(/<figure class="snippet" data-live>[\s\S]*?<code>([\s\S]*?)<\/code>/)![1];
        const text = snippet.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
        writeFileSync(join(dir, `${el.tagName}.html`), `<!doctype html>\n<html lang="da"><head><meta charset="utf-8"><title>Intranet</title></head>\n<body><h1>Vores side</h1>\n${text}\n</body></html>\n`);
        await onPage(chromium.browser, `${server.url}/${el.tagName}.html`, async (page) => {
          await page.waitForFunction((tag) => !!customElements.get(tag) && (document.querySelector(tag)?.shadowRoot?.childElementCount ?? 0) > 0, el.tagName);
          // drawn, with its text (its own, or its cards'), not a blank space
          expect(await page.locator(el.tagName).first().evaluate((e) => e.getBoundingClientRect().height), el.tagName).toBeGreaterThan(50);
          const text = await page.evaluate((tag) => {
            const deep = (root: Node): string => [...root.childNodes].map((n) => (n.nodeType === 3 ? n.textContent : (n as Element).shadowRoot ? deep((n as Element).shadowRoot!) + deep(n) : deep(n))).join('');
            return deep(document.querySelector(tag)!.shadowRoot!).trim();
          }, el.tagName);
          expect(text.length, el.tagName).toBeGreaterThan(10);
        });
      }
    } finally {
      await server.close();
    }
  });
});
