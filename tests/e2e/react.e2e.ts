/**
 * The React wrappers (@gentofte/ledelsesgrundlag/react, made with @lit/react), rendered by React in a real Chromium:
 * props reach the element, and the element's events reach React's handlers. The app is tests/e2e/pages/react/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { elementsReady, expectClean, openPage, serve, useChromium } from './browser';

const root = fileURLToPath(new URL('../../', import.meta.url));
const chromium = useChromium();
const dir = mkdtempSync(join(tmpdir(), 'lg-react-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the React wrappers', () => {
  it('render the elements with their props, and pass their events to React', async () => {
    await build({ root: join(root, 'tests/e2e/pages/react'), configFile: false, logLevel: 'silent', build: { outDir: join(dir, 'dist'), emptyOutDir: true } });
    const server = await serve({ root: join(dir, 'dist') });
    try {
      const { page, record } = await openPage(chromium.browser);
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction(() => document.querySelector('lg-task-picker')?.shadowRoot);
      await elementsReady(page);
      // Props: the card shows its area in full, the picker its weight.
      expect(await page.locator('lg-focus-area-card h2').textContent()).toContain('Vi vil lede meningsfulde og rummelige fællesskaber');
      expect(await page.evaluate(() => (document.querySelector('lg-task-picker') as HTMLElement & { value: string }).value)).toBe('faglighed=0&innovation=0&mening=0&drift=3');
      expect(await page.locator('lg-task-picker').getByRole('button', { name: 'Gem', exact: true }).count()).toBe(0);
      // Events: a search result chosen, and a weight changed, reach React.
      await page.locator('lg-search [part~="result"]').first().click();
      await expect.poll(() => page.locator('#opened').textContent()).not.toBe('');
      await page.locator('lg-task-picker').getByRole('radio', { name: 'Noget' }).first().check();
      await expect.poll(() => page.locator('#value').textContent()).toBe('faglighed=1&innovation=0&mening=0&drift=3');
      expectClean(record);
      await page.context().close();
    } finally {
      await server.close();
    }
  }, 60_000);
});
