/**
 * The palette, read from the shared styles themselves (not a copy): every colour a person reads passes WCAG 2.1 AA
 * against the background and the surface, in light and in dark — text, links and focus and the four area colours
 * 4.5:1 (normal text), borders 3:1 (non-text contrast).
 */
import { describe, expect, it } from 'vitest';
import { base } from '../../components/shared/styles';

/** Relative luminance of #rrggbb (WCAG 2.1). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const long = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex);

/** Each private token's light and dark value, from the light-dark() declarations of `base`. */
function palette(): Record<string, { light: string; dark: string }> {
  const found: Record<string, { light: string; dark: string }> = {};
  for (const m of base.cssText.matchAll(/--_([a-z]+):\s*var\(--lg-[a-z-]+,\s*light-dark\((#[0-9a-f]{3,6}),\s*(#[0-9a-f]{3,6})\)\)/gi))
    found[m[1]] = { light: long(m[2]), dark: long(m[3]) };
  return found;
}

describe('the palette', () => {
  const colours = palette();

  it('is read from the styles: every token has a light and a dark value', () => {
    expect(Object.keys(colours).sort()).toEqual(['bg', 'border', 'drift', 'faglighed', 'focus', 'innovation', 'mening', 'surface', 'text']);
  });

  for (const scheme of ['light', 'dark'] as const)
    for (const ground of ['bg', 'surface'] as const) {
      it(`${scheme}, on ${ground}: text, focus and the four areas at least 4.5:1, the border at least 3:1`, () => {
        const on = (token: string) => contrast(colours[token][scheme], colours[ground][scheme]);
        for (const token of ['text', 'focus', 'faglighed', 'innovation', 'mening', 'drift']) expect(on(token), token).toBeGreaterThanOrEqual(4.5);
        expect(on('border'), 'border').toBeGreaterThanOrEqual(3);
      });
    }

  it('computes contrast as WCAG does (black on white is 21:1, a colour on itself 1:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#1a5fb4', '#1a5fb4')).toBe(1);
  });
});
