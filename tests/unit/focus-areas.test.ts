import { describe, expect, it } from 'vitest';
import '../../components/define';
import { getFramework } from '../../content/index';
import type { LgFocusAreaCard, LgFocusAreas } from '../../components/index';
import { afterMutation, deepQueryAll, deepText, mount, textOf, useCleanDocument } from './element-helpers';

const da = getFramework('da');
const en = getFramework('en');

const warn = useCleanDocument();

const areas = (attrs = '') => mount<LgFocusAreas>(`<lg-focus-areas ${attrs}></lg-focus-areas>`);
const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll<LgFocusAreaCard>('lg-focus-area-card')];
const titles = (el: Element) => deepQueryAll(el, '[part~="title"]').map(textOf);

describe('<lg-focus-areas>', () => {
  it('shows the four areas as cards, in the framework order, with their Danish titles', async () => {
    const el = await areas();
    expect(cards(el).map((c) => c.area)).toEqual(['faglighed', 'innovation', 'mening', 'drift']);
    expect(titles(el)).toEqual(da.focusAreas.map((a) => a.title));
    expect(titles(el)[0]).toBe('Vi vil lede fagligt kompetente fællesskaber');
    for (const c of cards(el)) {
      expect(c.variant).toBe('compact');
      expect(c.shadowRoot!.querySelector('[part="leader-role"]')).toBeNull();
    }
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
      expect(c.variant).toBe('full');
      expect(c.shadowRoot!.querySelector('h3[part="title"]')).not.toBeNull();
      expect(c.shadowRoot!.querySelector('[part="leader-role"]')).not.toBeNull();
    }
    expect(deepText(el)).toContain(da.focusAreas[3].leaderRole[3]);
  });

  it('renders in English from getFramework("en"), cards and caption alike', async () => {
    const el = await areas('lang="en"');
    expect(titles(el)).toEqual(en.focusAreas.map((a) => a.title));
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).toBe(en.symbol!.caption);
    expect(cards(el).map((c) => c.getAttribute('lang'))).toEqual(['en', 'en', 'en', 'en']);
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

  it('exports the cards\' card, title and points parts', async () => {
    const el = await areas();
    expect(cards(el)[0].getAttribute('exportparts')).toBe('card,title,points');
  });
});
