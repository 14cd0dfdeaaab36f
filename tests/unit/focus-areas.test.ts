import { describe, expect, it } from 'vitest';
import '../../components/define';
import { getFramework } from '../../content/index';
import type { LgFocusAreaCard, LgFocusAreas } from '../../components/index';
import { afterMutation, deepQueryAll, deepText, mount, textOf, useCleanDocument } from './element-helpers';

const da = getFramework('da');
const en = getFramework('en');

const warn = useCleanDocument();

const areas = (attrs = '') => mount<LgFocusAreas>(`<lg-focus-areas ${attrs}></lg-focus-areas>`);
/** The four boxes, drawn as <lg-focus-area-card> draws them, in the element's one shadow root. */
const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="card"]')];
const areaOf = (card: Element) => ['faglighed', 'innovation', 'mening', 'drift'].find((id) => card.classList.contains(id));
const titles = (el: Element) => deepQueryAll(el, '[part~="title"]').map(textOf);

describe('<lg-focus-areas>', () => {
  it('shows the four areas as cards, in the framework order, with their Danish titles', async () => {
    const el = await areas();
    expect(cards(el).map(areaOf)).toEqual(['faglighed', 'innovation', 'mening', 'drift']);
    expect(el.shadowRoot!.querySelector('lg-focus-area-card')).toBeNull();
    expect(titles(el)).toEqual(da.focusAreas.map((a) => a.title));
    expect(titles(el)[0]).toBe('Vi vil lede fagligt kompetente fællesskaber');
    for (const c of cards(el)) expect(c.querySelector('[part="leader-role"]')).toBeNull();
    // each box is the one a card of its own draws
    const own = await mount<LgFocusAreaCard>('<lg-focus-area-card area="innovation"></lg-focus-area-card>');
    expect(textOf(cards(el)[1])).toBe(textOf(own.shadowRoot!.querySelector('[part="card"]')).replace(/Uofficiel.*$/s, '').trim());
  });

  it('puts the heart first (above the cards in one column) as an image named by the symbol caption', async () => {
    const el = await areas();
    const grid = el.shadowRoot!.querySelector('[part="grid"]')!;
    const svg = grid.firstElementChild!;
    expect(svg.localName).toBe('svg');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(da.symbol!.caption);
    expect(svg.getAttribute('aria-hidden')).toBeNull();
    // Four quadrants, coloured like the areas (by class), in the cards' 2×2 order.
    expect([...svg.querySelectorAll('path')].map((p) => p.getAttribute('class'))).toEqual(da.focusAreas.map((a) => a.id));
  });

  it('passes variant="full" and the heading level on to every card', async () => {
    const el = await areas('variant="full" heading-level="3"');
    for (const c of cards(el)) {
      expect(c.querySelector('h3[part="title"]')).not.toBeNull();
      expect(c.querySelector('[part="leader-role"]')).not.toBeNull();
    }
    expect(deepText(el)).toContain(da.focusAreas[3].leaderRole[3]);
  });

  it('renders in English from getFramework("en"), cards and caption alike', async () => {
    const el = await areas('lang="en"');
    expect(titles(el)).toEqual(en.focusAreas.map((a) => a.title));
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).toBe(en.symbol!.caption);
    expect(cards(el).map((c) => c.getAttribute('lang'))).toEqual(['en', 'en', 'en', 'en']);
    // the note on a translation once, below the four (not in each box)
    expect(el.shadowRoot!.querySelectorAll('[part~="translation-note"]')).toHaveLength(1);
  });

  it('re-renders every card when <html lang> changes', async () => {
    const el = await areas();
    document.documentElement.lang = 'en';
    await afterMutation(el);
    expect(titles(el)).toEqual(en.focusAreas.map((a) => a.title));
    document.documentElement.lang = 'da';
    await afterMutation(el);
    expect(titles(el)).toEqual(da.focusAreas.map((a) => a.title));
  });

  it('shows one notice (not four) for a malformed heading-level and renders the cards at h2', async () => {
    const el = await areas('heading-level="x"');
    expect(textOf(el.shadowRoot!.querySelector('.notice'))).toBe('Ugyldigt overskriftsniveau (heading-level): "x". Gyldige værdier: 2–6.');
    expect(deepQueryAll(el, '.notice')).toHaveLength(1);
    expect(deepQueryAll(el, 'h2[part="title"]')).toHaveLength(4);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('has the cards\' card, title and points parts in its own shadow root', async () => {
    const el = await areas();
    for (const part of ['card', 'title', 'points']) expect(el.shadowRoot!.querySelectorAll(`[part="${part}"]`), part).toHaveLength(4);
  });

  it('warns once about an unknown variant and shows the compact cards', async () => {
    const el = await areas('variant="large"');
    expect(cards(el)).toHaveLength(4);
    expect(el.shadowRoot!.querySelector('[part="leader-role"]')).toBeNull();
    expect(warn).toHaveBeenCalledWith('<lg-focus-areas> variant "large" is unknown; using "compact" (valid: compact, full).');
  });
});
