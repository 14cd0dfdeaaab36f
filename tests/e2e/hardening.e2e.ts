/**
 * Hostile ground: the single-file bundle on pages whose CSS, security policy and loading order it does not
 * control, in narrow columns, at 200 % text size, in dark mode and in forced-colours mode.
 * Every page is under tests/e2e/pages/.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import da from '../../content/gentofte/da.json';
import { axeViolations, deepFocus, elementsReady, expectClean, onPage, openPage, useChromium } from './browser';

const CSP = "default-src 'self'; require-trusted-types-for 'script'";
const pages = '/tests/e2e/pages';
/** Every element, in the order the reference and hostile pages hold them. */
const TAGS = ['lg-focus-areas', 'lg-focus-area-card', 'lg-reflection', 'lg-framework', 'lg-search', 'lg-task-picker', 'lg-reflection-journal', 'lg-dialogue'];

const chromium = useChromium({ headers: { [`${pages}/csp.html`]: { 'content-security-policy': CSP } } });

/**
 * How the elements' insides look: for every lg- element on the page, the computed style of its first heading,
 * list item and paragraph (searched through nested shadow roots), and whether it has a size on screen.
 */
function probeStyles(page: Page) {
  return page.evaluate(() => {
    const pick = (el: Element | null) => {
      if (!el) return null;
      const s = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return {
        display: s.display,
        visibility: s.visibility,
        fontFamily: s.fontFamily,
        fontSize: s.fontSize,
        lineHeight: s.lineHeight,
        color: s.color,
        textTransform: s.textTransform,
        letterSpacing: s.letterSpacing,
        listStyleType: s.listStyleType,
        visible: box.width > 0 && box.height > 0,
      };
    };
    const deepFirst = (root: ParentNode, selector: string): Element | null => {
      const found = root.querySelector(selector);
      if (found) return found;
      for (const el of root.querySelectorAll('*')) {
        const inner = el.shadowRoot && deepFirst(el.shadowRoot, selector);
        if (inner) return inner;
      }
      return null;
    };
    return [...document.querySelectorAll('main > *')]
      .filter((el) => el.localName.startsWith('lg-'))
      .map((el) => ({
        tag: el.localName,
        // The first heading; lg-search has none, its field leads.
        heading: pick(deepFirst(el.shadowRoot!, 'h1, h2, h3, h4') ?? deepFirst(el.shadowRoot!, 'input')),
        item: pick(deepFirst(el.shadowRoot!, 'li')),
        paragraph: pick(deepFirst(el.shadowRoot!, 'p')),
      }));
  });
}

/** Every box inside the elements (through shadow roots) that reaches past the viewport's right edge. */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    const walk = (root: ParentNode, host: string) => {
      for (const el of root.querySelectorAll('*')) {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.right > width + 0.5) out.push(`${host} ${el.localName}.${el.className} right=${Math.round(box.right)}`);
        if (el.shadowRoot) walk(el.shadowRoot, el.localName);
      }
    };
    walk(document, 'page');
    return { width, scrollWidth: document.documentElement.scrollWidth, out: out.slice(0, 10) };
  });
}

/** Tabs until focus lands on a link inside lg-framework's navigation; returns that link's outline. */
async function focusFrameworkNav(page: Page) {
  for (let presses = 0; presses < 300; presses++) {
    await page.keyboard.press('Tab');
    const focus = await deepFocus(page);
    if (focus?.hosts[0] === 'lg-framework' && focus.inNav) return focus.outline;
  }
  return null;
}

describe('a page with aggressive global CSS', () => {
  it('does not change how the elements look inside', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(`${chromium.server.url}${pages}/hostile.html`);
    await elementsReady(page);
    const hostile = await probeStyles(page);
    // The same page with its hostile stylesheet switched off is the reference.
    await page.evaluate(() => [...document.styleSheets].forEach((sheet) => (sheet.disabled = true)));
    const reference = await probeStyles(page);
    expect(hostile.map((element) => element.tag)).toEqual(TAGS);
    expect(hostile).toEqual(reference);
    for (const element of hostile) {
      expect(element.heading?.visible, `${element.tag} heading`).toBe(true);
      expect(element.heading?.display).not.toBe('none');
    }
    expectClean(record);
    await page.context().close();
  });

  it('keeps a visible focus ring although the page removes outlines', async () => {
    const { page } = await openPage(chromium.browser);
    await page.goto(`${chromium.server.url}${pages}/hostile.html`);
    await elementsReady(page);
    const outline = await focusFrameworkNav(page);
    expect(outline?.style).not.toBe('none');
    expect(outline?.width).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });
});

describe('a page with a strict Content Security Policy and Trusted Types', () => {
  it('renders and works with zero violations', async () => {
    const { page, record } = await openPage(chromium.browser);
    const response = await page.goto(`${chromium.server.url}${pages}/csp.html`);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    await elementsReady(page);
    const titles = await page.evaluate(() =>
      [...document.querySelector('lg-focus-areas')!.shadowRoot!.querySelectorAll('[part="card"]')].map(
        (card) => card.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim(),
      ),
    );
    expect(titles).toEqual(da.focusAreas.map((area) => area.title));
    // It works, not just renders: follow a link in the framework's navigation.
    await page.evaluate(() => document.querySelector('lg-framework')!.shadowRoot!.querySelector<HTMLAnchorElement>('nav a[href="#drift"]')!.click());
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#drift');
    // The search highlights, the picker's heart follows a weight (both update the DOM under the policy).
    expect(await page.evaluate(() => document.querySelector('lg-search')!.shadowRoot!.querySelectorAll('mark').length)).toBeGreaterThan(0);
    const heart = () =>
      page.evaluate(() => document.querySelector('lg-task-picker')!.shadowRoot!.querySelector('svg.meter')!.innerHTML);
    const before = await heart();
    await page.evaluate(() => document.querySelector('lg-task-picker')!.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio][value="3"]')!.click());
    await expect.poll(heart).not.toBe(before);
    // A round starts and draws its QR code (SVG made at run time) and its bars under the policy too.
    await page.locator('lg-round button[type="submit"]').click();
    await expect.poll(() => page.locator('lg-round svg.qr path').getAttribute('d')).toMatch(/^M\d/);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expectClean(record);
    await page.context().close();
  });
});

describe('loading order', () => {
  it('two copies of the bundle on one page: one warning, no error, everything works', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(`${chromium.server.url}${pages}/double.html`);
    await elementsReady(page);
    await page.waitForFunction(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('ledelsesgrundlag.js')).length === 2);
    await page.waitForTimeout(100);
    expect(record.warnings.filter((w) => /more than once/.test(w))).toHaveLength(1);
    const questions = await page.evaluate(() => document.querySelector('lg-reflection')!.shadowRoot!.querySelectorAll('li').length);
    expect(questions).toBe(3);
    expectClean(record);
    await page.context().close();
  });

  it('the bundle loaded after the elements are in the HTML: everything upgrades', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.goto(`${chromium.server.url}${pages}/late.html`);
    expect(await page.evaluate(() => customElements.get('lg-framework'))).toBeUndefined();
    await elementsReady(page);
    // Each element's text, its nested elements' shadow roots included (lg-focus-areas has no text of its own).
    const rendered = await page.evaluate(() => {
      const text = (root: ParentNode): string =>
        [...root.childNodes].map((n) => (n.nodeType === 3 ? n.nodeValue : text((n as Element).shadowRoot ?? (n as Element)))).join('').trim();
      return [...document.querySelectorAll('main > *')].filter((el) => el.localName.startsWith('lg-')).map((el) => text(el.shadowRoot ?? el).length > 20);
    });
    expect(rendered).toEqual([true, true, true, true]);
    expectClean(record);
    await page.context().close();
  });
});

describe('reflow and text size', () => {
  it('fits a 320 px column without horizontal scrolling (WCAG 1.4.10)', async () => {
    const viewport = { width: 320, height: 640 };
    await onPage(chromium.browser, `${chromium.server.url}${pages}/reference.html`, async (page) => {
      const result = await overflowing(page);
      expect(result.out).toEqual([]);
      expect(result.scrollWidth).toBeLessThanOrEqual(result.width);
      expect(await axeViolations(page)).toEqual([]);
    }, { viewport });
  });

  it('takes 200 % text size without loss (WCAG 1.4.4)', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.setViewportSize({ width: 640, height: 800 });
    await page.goto(`${chromium.server.url}${pages}/reference.html`);
    await page.addStyleTag({ content: 'html { font-size: 200% }' });
    await elementsReady(page);
    const size = await page.evaluate(
      () => getComputedStyle(document.querySelector('lg-focus-areas')!.shadowRoot!.querySelector('[part="card"] li')!).fontSize,
    );
    expect(size).toBe('32px');
    const result = await overflowing(page);
    expect(result.out).toEqual([]);
    expect(result.scrollWidth).toBeLessThanOrEqual(result.width);
    expectClean(record);
    await page.context().close();
  });
});

describe('dark mode and forced colours', () => {
  for (const mode of ['dark', 'forced-colors'] as const) {
    it(`${mode}: zero axe violations and a visible focus ring`, async () => {
      const context = await chromium.browser.newContext(
        mode === 'dark' ? { colorScheme: 'dark' } : { forcedColors: 'active', colorScheme: 'light' },
      );
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${chromium.server.url}${pages}/reference.html`);
      await elementsReady(page);
      expect(await page.evaluate((m) => matchMedia(m === 'dark' ? '(prefers-color-scheme: dark)' : '(forced-colors: active)').matches, mode)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      const outline = await focusFrameworkNav(page);
      expect(outline?.style).not.toBe('none');
      expect(outline?.width).toBeGreaterThanOrEqual(2);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  /** The background the framework's document is painted with. */
  const frameworkBackground = (page: Page) =>
    page.evaluate(() => getComputedStyle(document.querySelector('lg-framework')!.shadowRoot!.firstElementChild!).backgroundColor);

  it('dark where the page allows it, light on a page that declares no dark theme', async () => {
    const { page } = await openPage(chromium.browser, { colorScheme: 'dark' });
    await page.goto(`${chromium.server.url}${pages}/reference.html`); // <meta name="color-scheme" content="light dark">
    await elementsReady(page);
    expect(await frameworkBackground(page)).toBe('rgb(21, 24, 28)');
    await page.goto(`${chromium.server.url}${pages}/hostile.html`); // declares nothing: an ordinary light intranet page
    await elementsReady(page);
    expect(await frameworkBackground(page)).toBe('rgb(255, 255, 255)');
    await page.context().close();
  });
});
