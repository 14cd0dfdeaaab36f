// The demo page as the editors' documentation: every element of the manifest with a live example, a snippet and its
// reference tables (made from dist/custom-elements.json by scripts/docs.mjs), the theming example and the recipes;
// no layout jump while it loads, and no sideways scrolling at 375 px.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { elementsOf } from '../../scripts/docs.mjs';
import { axeViolations, layoutShift, onPage, useChromium } from './browser';

const chromium = useChromium();
const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('../../dist/custom-elements.json', import.meta.url)), 'utf8'));
const elements = elementsOf(manifest) as { tagName: string; attributes?: { name: string }[]; cssParts?: { name: string }[]; events?: { name: string }[] }[];

describe('the documentation page', () => {
  it('has every element of the manifest: a live example, a snippet, and reference tables that match the manifest', async () => {
    expect(elements.length).toBe(9);
    await onPage(chromium.browser, `${chromium.server.url}/demo/`, async (page) => {
      for (const el of elements) {
        const found = await page.evaluate((tag) => {
          const ref = document.getElementById(`ref-${tag}`);
          const section = ref?.closest('section');
          const rows = (kind: string) => [...(ref?.querySelectorAll(`table.ref-${kind} tbody th > code:first-child`) ?? [])].map((c) => c.textContent);
          return {
            inNav: !!section && !!document.querySelector(`nav a[href="#${section.id}"]`),
            live: !!section?.querySelector(`.live ${tag}`),
            snippet: section?.querySelector('.live + figure.snippet code')?.textContent ?? '',
            attributes: rows('attributes'),
            parts: rows('parts'),
            events: rows('events'),
          };
        }, el.tagName);
        expect(found.inNav, el.tagName).toBe(true);
        expect(found.live, el.tagName).toBe(true);
        expect(found.snippet, el.tagName).toContain(`<${el.tagName}`);
        expect(found.attributes, el.tagName).toEqual((el.attributes ?? []).map((a) => a.name));
        expect(found.parts, el.tagName).toEqual((el.cssParts ?? []).map((p) => p.name));
        expect(found.events, el.tagName).toEqual((el.events ?? []).map((e) => e.name));
      }
      // the theming example and the recipes, with the README's snippet against layout jumps
      expect(await page.locator('#demo-theming .themed lg-focus-area-card').count()).toBe(1);
      const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
      const snippet = readme.match(/```css\n(lg-focus-areas:not\(:defined\)[\s\S]*?)```/)![1].trim();
      expect(await page.locator('#demo-recipes figure code', { hasText: 'lg-round:not(:defined)' }).textContent()).toBe(snippet);
    });
  });

  it('themes the example through the --lg-* properties', async () => {
    await onPage(chromium.browser, `${chromium.server.url}/demo/`, async (page) => {
      const font = await page.locator('#demo-theming lg-focus-area-card').evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('[part~="title"]')!).fontFamily);
      expect(font).toContain('Georgia');
    });
  });

  for (const { width, lang, scheme } of [
    { width: 1280, lang: 'da', scheme: 'light' },
    { width: 375, lang: 'en', scheme: 'dark' },
  ] as const)
    it(`loads without a layout jump and without sideways scrolling at ${width} px (${lang}, ${scheme}), zero axe violations`, async () => {
      await onPage(chromium.browser, `${chromium.server.url}/demo/?lang=${lang}`, async (page) => {
        expect(await layoutShift(page)).toBeLessThanOrEqual(0.02);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(await axeViolations(page)).toEqual([]);
      }, { viewport: { width, height: 900 }, colorScheme: scheme });
    });
});
