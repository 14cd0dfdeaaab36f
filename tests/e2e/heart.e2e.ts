/**
 * The picker's heart tells the truth, as painted by a real Chromium: the same weight paints the same area in every
 * quadrant, and the area is in proportion to the weight ("I særlig grad" three times "Noget"), whatever the quadrant's
 * shape. Each area gets a known colour; the test counts the pixels of each colour in a screenshot of the heart.
 */
import { describe, expect, it } from 'vitest';
import { elementsReady, expectClean, openPage, useChromium } from './browser';

const chromium = useChromium();
const COLOURS = { faglighed: [255, 0, 0], innovation: [0, 255, 0], mening: [0, 0, 255], drift: [255, 0, 255] } as const;
type Area = keyof typeof COLOURS;

describe('the heart in the picker', () => {
  it('paints each quadrant in proportion to its weight, the same area for the same weight everywhere', async () => {
    const { page, record } = await openPage(chromium.browser);
    await page.setViewportSize({ width: 900, height: 1400 });
    await page.goto(`${chromium.server.url}/tests/e2e/pages/heart.html`);
    await elementsReady(page);
    const heart = page.locator('lg-task-picker svg.meter');

    /** The painted pixels of each area's colour, for the given weights. */
    const painted = async (weights: Record<Area, number>): Promise<Record<Area, number>> => {
      await page.evaluate((w) => ((document.querySelector('lg-task-picker') as HTMLElement & { weights: object }).weights = w), weights);
      await page.waitForTimeout(50);
      const png = (await heart.screenshot()).toString('base64');
      return page.evaluate(
        async ({ png, colours }) => {
          const img = new Image();
          img.src = `data:image/png;base64,${png}`;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.width;
          canvas.height = img.height;
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          const data = ctx.getImageData(0, 0, img.width, img.height).data;
          const counts = Object.fromEntries(Object.keys(colours).map((k) => [k, 0])) as Record<string, number>;
          for (let i = 0; i < data.length; i += 4)
            for (const [k, [r, g, b]] of Object.entries(colours))
              if (Math.abs(data[i] - r) < 8 && Math.abs(data[i + 1] - g) < 8 && Math.abs(data[i + 2] - b) < 8) counts[k]++;
          return counts as Record<Area, number>;
        },
        { png, colours: COLOURS },
      );
    };

    const empty = await painted({ faglighed: 0, innovation: 0, mening: 0, drift: 0 });
    expect(Object.values(empty).every((n) => n === 0), JSON.stringify(empty)).toBe(true);

    // The same weight everywhere: the same area, though the upper quadrants are 2.6 times the lower ones.
    for (const w of [1, 2, 3]) {
      const p = await painted({ faglighed: w, innovation: w, mening: w, drift: w });
      const values = Object.values(p);
      const mean = values.reduce((a, b) => a + b, 0) / 4;
      for (const [area, n] of Object.entries(p)) expect(Math.abs(n - mean) / mean, `weight ${w}, ${area}: ${JSON.stringify(p)}`).toBeLessThan(0.05);
    }

    // In proportion to the weight, whichever quadrant holds which weight.
    for (const weights of [
      { faglighed: 3, innovation: 1, mening: 2, drift: 1 },
      { faglighed: 1, innovation: 3, mening: 1, drift: 2 },
      { faglighed: 2, innovation: 2, mening: 3, drift: 1 },
    ]) {
      const p = await painted(weights);
      const perWeight = (Object.keys(weights) as Area[]).map((a) => p[a] / weights[a]);
      const mean = perWeight.reduce((a, b) => a + b, 0) / 4;
      for (const x of perWeight) expect(Math.abs(x - mean) / mean, `${JSON.stringify(weights)} → ${JSON.stringify(p)}`).toBeLessThan(0.06);
    }
    expectClean(record);
    await page.context().close();
  });
});
