/**
 * The intranet recipes of the editors' guide (docs/editors.md), as their systems render them (tests/e2e/pages/recipes/): every element
 * renders, nothing fails, and with the guide's :not(:defined) snippet the page does not jump while the elements
 * load (cumulative layout shift at most 0.02).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { axeViolations, layoutShift, onPage, useChromium } from './browser';

const chromium = useChromium();
const guide = readFileSync(fileURLToPath(new URL('../../docs/editors.md', import.meta.url)), 'utf8');
/** The editors' guide's :not(:defined) snippet, as every recipe page uses it. */
const snippet = guide.match(/```css\n(lg-focus-areas:not\(:defined\)[\s\S]*?)```/)![1];

describe.each(['umbraco', 'drupal'])('the %s recipe', (name) => {
  const html = readFileSync(fileURLToPath(new URL(`pages/recipes/${name}.html`, import.meta.url)), 'utf8');

  it('uses the editors’ guide’s snippet against layout jumps', () => {
    const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(flat(html)).toContain(flat(snippet));
  });

  it('renders every element, with zero axe violations and no layout jump', async () => {
    const shift = await onPage(chromium.browser, `${chromium.server.url}/tests/e2e/pages/recipes/${name}.html`, async (page) => {
      const tags = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('lg-') && e.shadowRoot).length);
      expect(tags).toBeGreaterThanOrEqual(2);
      // the prerendered snippet the recipe includes (a server-side include) is in the page as served: text before script
      const served = await (await fetch(page.url())).text();
      expect(served).toContain('shadowrootmode="open"');
      expect(await axeViolations(page)).toEqual([]);
      return layoutShift(page);
    }, { viewport: { width: 1280, height: 900 } });
    expect(shift).toBeLessThanOrEqual(0.02);
  });
});
