/**
 * The widget in a real browser: the single-file bundle on an unrelated page, and the documentation site's pages.
 * Runs against dist/ (built by scripts/test.mjs before the e2e tests).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import da from '../../content/gentofte/da.json';
import en from '../../content/gentofte/en.json';
import { aceViolations, axeViolations, deepFocus, elementsReady, expectClean, onPage, openPage, useChromium } from './browser';

const chromium = useChromium();

/** The text of every heading in the shadow roots of lg-focus-areas (including nested cards). */
function focusAreaTitles(page: Page) {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walk = (root: ParentNode) => {
      for (const el of root.querySelectorAll('*')) {
        if (/^H[1-6]$/.test(el.tagName)) texts.push(el.textContent!.trim());
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.querySelector('lg-focus-areas')!.shadowRoot!);
    return texts;
  });
}

describe('the single-file bundle on an unrelated page', () => {
  for (const [lang, framework] of [['da', da], ['en', en]] as const) {
    it(`renders all four focus areas in ${lang} with zero axe violations and no console errors`, async () => {
      await onPage(chromium.browser, `${chromium.server.url}/tests/e2e/pages/plain.html`, async (page) => {
        if (lang === 'en') await page.evaluate(() => (document.documentElement.lang = 'en'));
        await expect.poll(() => focusAreaTitles(page)).toEqual(expect.arrayContaining(framework.focusAreas.map((a) => a.title)));
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }
});

describe('the overview, <lg-focus-areas>, laid out', () => {
  it('at 1280 px: the heart at least 160 px wide, centred between the four cards; cards in a row of equal height', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${chromium.server.url}/tests/e2e/pages/plain.html`);
    await elementsReady(page);
    const box = await page.evaluate(() => {
      const root = document.querySelector('lg-focus-areas')!.shadowRoot!;
      const rect = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
      };
      return { heart: rect(root.querySelector('svg.heart')!), cards: [...root.querySelectorAll('[part="card"]')].map((c) => rect(c)) };
    });
    const [a, b, c, d] = box.cards;
    expect(box.heart.width).toBeGreaterThanOrEqual(160);
    // between the columns and between the rows
    expect(box.heart.left).toBeGreaterThan(a.right);
    expect(box.heart.right).toBeLessThan(b.left);
    const middle = (x: number, y: number) => (x + y) / 2;
    expect(Math.abs(middle(box.heart.left, box.heart.right) - middle(a.right, b.left))).toBeLessThanOrEqual(1);
    expect(Math.abs(middle(box.heart.top, box.heart.bottom) - middle(a.top, c.bottom))).toBeLessThanOrEqual(2);
    // the 2×2 order, each row's cards of one height
    expect(a.top).toBe(b.top);
    expect(c.top).toBe(d.top);
    expect(Math.round(a.height)).toBe(Math.round(b.height));
    expect(Math.round(c.height)).toBe(Math.round(d.height));
    expectClean(record);
    await page.context().close();
  });
});

describe('the documentation site', () => {
  it('checks with an engine that does find violations (an image without a text alternative, two groups of one name)', async () => {
    await onPage(chromium.browser, `${chromium.server.url}/site/index.html`, async (page) => {
      await page.evaluate(() => {
        document.body.insertAdjacentHTML('beforeend', '<main><img src="data:," width="10" height="10"><fieldset><legend>Hvor?</legend><input type="radio" name="a" aria-label="x"></fieldset><fieldset><legend>Hvor?</legend><input type="radio" name="b" aria-label="y"></fieldset></main>');
      });
      const rules = (await aceViolations(page)).map((v) => v.ruleId);
      expect(rules).toEqual(expect.arrayContaining(['img_alt_valid', 'fieldset_label_valid']));
    }, { noElements: true });
  });

  it('shows every element, in Danish and English, with zero violations by axe and by IBM’s Equal Access engine', async () => {
    for (const tag of ['lg-focus-areas', 'lg-focus-area-card', 'lg-reflection', 'lg-search', 'lg-task-picker', 'lg-reflection-journal', 'lg-dialogue', 'lg-round', 'lg-framework', 'lg-meeting'])
      for (const [prefix, titles] of [['', da.focusAreas.map((a) => a.title)], ['en/', en.focusAreas.map((a) => a.title)]] as const)
        await onPage(chromium.browser, `${chromium.server.url}/site/${prefix}elements/${tag}.html`, async (page) => {
          if (['lg-focus-areas', 'lg-search'].includes(tag)) expect(await focusAreaTitles(page)).toEqual(expect.arrayContaining(titles));
          expect(await page.locator(tag).first().evaluate((el) => el.shadowRoot!.childElementCount)).toBeGreaterThan(0);
          expect(await axeViolations(page), `${prefix}${tag}`).toEqual([]);
          expect(await aceViolations(page), `${prefix}${tag}`).toEqual([]);
        });
  });

  it('follows a deep link: #drift scrolls to the area and focuses its heading', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`${chromium.server.url}/site/elements/lg-framework.html#drift`);
    await elementsReady(page);
    await expect.poll(async () => (await deepFocus(page))?.text).toBe(da.focusAreas.find((a) => a.id === 'drift')!.title);
    const focus = await deepFocus(page);
    expect(focus?.hosts[0]).toBe('lg-framework');
    const inView = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const box = el!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    expectClean(record);
    await page.context().close();
  });

  it('lets the keyboard reach the framework navigation, with a visible focus ring, and follow a link', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(`${chromium.server.url}/site/elements/lg-framework.html`);
    await elementsReady(page);
    let focus = await deepFocus(page);
    for (let presses = 0; presses < 200 && !(focus?.inNav && focus.hosts[0] === 'lg-framework'); presses++) {
      await page.keyboard.press('Tab');
      focus = await deepFocus(page);
    }
    expect(focus?.inNav && focus.hosts[0]).toBe('lg-framework');
    expect(focus?.tag).toBe('a');
    expect(focus?.outline.style).not.toBe('none');
    expect(focus?.outline.width).toBeGreaterThan(0);

    // Tab through the navigation to the drift link and follow it with Enter.
    const driftTitle = da.focusAreas.find((a) => a.id === 'drift')!.title;
    for (let presses = 0; presses < 30 && focus?.inNav && !focus.text.includes(driftTitle); presses++) {
      await page.keyboard.press('Tab');
      focus = await deepFocus(page);
    }
    expect(focus?.text).toContain(driftTitle);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await deepFocus(page))?.inNav).toBe(false);
    expect((await deepFocus(page))?.text).toBe(driftTitle);
    expect(new URL(page.url()).hash).toBe('#drift');
    expectClean(record);
    await page.context().close();
  });
});

describe('search on the documentation site, as a reader uses it', () => {
  it('“budget” finds drift’s texts on the economy as related, and opening one marks the phrase in the framework, in view', async () => {
    await onPage(chromium.browser, `${chromium.server.url}/site/elements/lg-search.html`, async (page) => {
      const search = page.locator('lg-search').first();
      await search.locator('input').fill('budget');
      const related = search.locator('[part~="result"]', { hasText: 'økonomisk' });
      await expect.poll(() => related.count()).toBeGreaterThan(0);
      expect(await related.first().textContent()).toContain('beslægtet ord');
      await related.first().click();
      // a result is a link to the framework's page (href): it opens there, scrolls to drift and marks the phrase
      await page.waitForURL(/lg-framework\.html#/);
      await elementsReady(page);
      // the framework scrolls to drift and marks the phrase (CSS Custom Highlight API), in view
      await expect
        .poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, { values(): IterableIterator<Range> }> }).highlights.get('lg-match')?.values().next().value?.toString()))
        .toMatch(/^økonomi/i);
      const inView = await page.evaluate(() => {
        const range = (CSS as unknown as { highlights: Map<string, { values(): IterableIterator<Range> }> }).highlights.get('lg-match')!.values().next().value!;
        const r = range.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight && r.width > 0;
      });
      expect(inView).toBe(true);
    }, { viewport: { width: 1280, height: 800 } });
  });
});

