/**
 * Visual regression: compares a screenshot with its committed baseline in tests/visual/ (PNG), pixel by pixel with
 * pixelmatch. A pixel counts as different when its colour differs beyond pixelmatch's threshold (0.1, anti-aliasing
 * ignored); a picture passes when at most 0.1 % of its pixels differ and its size is the same.
 *
 * On a failure the two pictures and their difference are written to test-results/visual/ (NAME.expected.png,
 * NAME.actual.png, NAME.diff.png). `npm run test:visual:update` writes the current pictures as the new baselines,
 * on purpose; a missing baseline is a failure otherwise, so CI never makes its own.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const BASELINES = join(root, 'tests/visual');
export const RESULTS = join(root, 'test-results/visual');
/** Share of pixels that may differ (0.1 %): a cursor-wide change in a 1280 × 900 picture fails. */
export const MAX_DIFFERENT_SHARE = 0.001;
const UPDATE = process.env.UPDATE_VISUAL === '1';

export interface Comparison {
  ok: boolean;
  /** What a person reads when it fails: the figures and where the pictures are. */
  message: string;
}

export function compareWithBaseline(name: string, screenshot: Buffer): Comparison {
  const baselinePath = join(BASELINES, `${name}.png`);
  if (UPDATE) {
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(baselinePath, screenshot);
    return { ok: true, message: `${name}: baseline written` };
  }
  if (!existsSync(baselinePath)) {
    writeResult(name, 'actual', screenshot);
    return { ok: false, message: `${name}: no baseline in tests/visual/; the picture is in test-results/visual/${name}.actual.png. Run npm run test:visual:update to make it the baseline.` };
  }
  const expected = PNG.sync.read(readFileSync(baselinePath));
  const actual = PNG.sync.read(screenshot);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    writeResult(name, 'expected', readFileSync(baselinePath));
    writeResult(name, 'actual', screenshot);
    return {
      ok: false,
      message: `${name}: the size changed from ${expected.width}×${expected.height} to ${actual.width}×${actual.height} px; both pictures are in test-results/visual/.`,
    };
  }
  const { width, height } = expected;
  const diff = new PNG({ width, height });
  const different = pixelmatch(expected.data, actual.data, diff.data, width, height, { threshold: 0.1 });
  const share = different / (width * height);
  if (share <= MAX_DIFFERENT_SHARE) return { ok: true, message: `${name}: ${different} pixels differ` };
  writeResult(name, 'expected', readFileSync(baselinePath));
  writeResult(name, 'actual', screenshot);
  writeResult(name, 'diff', PNG.sync.write(diff));
  return {
    ok: false,
    message: `${name}: ${different} of ${width * height} pixels differ (${(share * 100).toFixed(2)} %, at most ${MAX_DIFFERENT_SHARE * 100} %); see test-results/visual/${name}.{expected,actual,diff}.png.`,
  };
}

function writeResult(name: string, kind: 'expected' | 'actual' | 'diff', png: Buffer): void {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${name}.${kind}.png`), png);
}
