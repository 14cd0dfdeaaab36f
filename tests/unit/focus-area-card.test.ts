import { describe, expect, it } from 'vitest';
import '../../components/define';
import { getFramework, FOCUS_AREA_IDS } from '../../content/index';
import type { LgFocusAreaCard } from '../../components/index';
import { afterMutation, deepActiveElement, mount, textOf, useCleanDocument } from './element-helpers';

const da = getFramework('da');
const en = getFramework('en');
const area = (fw: typeof da, id: string) => fw.focusAreas.find((a) => a.id === id)!;

const warn = useCleanDocument();

const card = (attrs: string) => mount<LgFocusAreaCard>(`<lg-focus-area-card ${attrs}></lg-focus-area-card>`);
const q = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const qa = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)].map(textOf);

describe('<lg-focus-area-card>', () => {
  it('knows the four areas by their Danish titles', () => {
    expect(area(da, 'faglighed').title).toBe('Vi vil lede fagligt kompetente fællesskaber');
    expect(area(da, 'drift').title).toBe('Vi vil lede fællesskaber præget af sikker drift og ordentlighed');
  });

  for (const id of FOCUS_AREA_IDS) {
    it(`compact (default) "${id}" in Danish: the title as a heading, "Det vil vi ved at:" and the three points`, async () => {
      const el = await card(`area="${id}"`);
      const a = area(da, id);
      const h = q(el, 'h2')!;
      expect(textOf(h)).toBe(a.title);
      expect(h.getAttribute('part')).toBe('title');
      expect(textOf(q(el, '[part="points-lead"]'))).toBe('Det vil vi ved at:');
      expect(qa(el, '[part="points"] > li')).toEqual(a.points);
      expect(q(el, '[part="statements"]')).toBeNull();
      expect(q(el, '[part="leader-role"]')).toBeNull();
      expect(q(el, 'h3')).toBeNull();
      // The colour is an accent beside the title: the card carries the area's class and a marker.
      expect(q(el, '[part="card"]')!.classList.contains(id)).toBe(true);
      expect(q(el, 'h2 > [part="marker"]')).not.toBeNull();
      expect(q(el, '[part="card"]')!.getAttribute('lang')).toBe('da');
    });

    it(`full "${id}" in English reads getFramework('en')`, async () => {
      const el = await card(`area="${id}" variant="full" lang="en"`);
      const a = area(en, id);
      expect(el.language).toBe('en');
      expect(textOf(q(el, 'h2'))).toBe(a.title);
      expect(textOf(q(el, 'h3'))).toBe(en.labels.statementsHeading);
      expect(qa(el, '[part="statements"] > li')).toEqual(a.statements);
      expect(textOf(q(el, '[part="points-lead"]'))).toBe(en.labels.pointsLead);
      expect(qa(el, '[part="points"] > li')).toEqual(a.points);
      expect(qa(el, '[part="leader-role"] > p')).toEqual(a.leaderRole);
      expect(q(el, '[part="card"]')!.getAttribute('lang')).toBe('en');
    });
  }

  it('full in Danish: title, "Hvad gør vi?" with the statements, the points and every leader-role paragraph, in that order', async () => {
    const el = await card('area="mening" variant="full"');
    const a = area(da, 'mening');
    const order = [...q(el, '[part="card"]')!.children].map((c) => c.getAttribute('part'));
    expect(order).toEqual(['title', 'statements-heading', 'statements', 'points-lead', 'points', 'leader-role']);
    expect(textOf(q(el, 'h3'))).toBe('Hvad gør vi?');
    expect(qa(el, '[part="statements"] > li')).toEqual(a.statements);
    expect(qa(el, '[part="leader-role"] > p')).toEqual(a.leaderRole);
  });

  it('switches between compact and full when the variant changes', async () => {
    const el = await card('area="innovation" variant="full"');
    expect(q(el, '[part="leader-role"]')).not.toBeNull();
    el.variant = 'compact';
    await el.updateComplete;
    expect(q(el, '[part="leader-role"]')).toBeNull();
  });

  it('takes its heading level from heading-level', async () => {
    const el = await card('area="drift" variant="full" heading-level="4"');
    expect(textOf(q(el, 'h4'))).toBe(area(da, 'drift').title);
    expect(textOf(q(el, 'h5'))).toBe('Hvad gør vi?');
    expect(q(el, 'h2')).toBeNull();
  });

  for (const bad of ['7', 'h3', '1', '2.5']) {
    it(`falls back to h2 for heading-level="${bad}", with a notice and one warning`, async () => {
      const el = await card(`area="drift" heading-level="${bad}"`);
      expect(textOf(q(el, 'h2'))).toBe(area(da, 'drift').title);
      expect(textOf(q(el, '.notice'))).toBe(`Ugyldigt overskriftsniveau (heading-level): "${bad}". Gyldige værdier: 2–6.`);
      el.requestUpdate();
      await el.updateComplete;
      expect(warn).toHaveBeenCalledTimes(1);
    });
  }

  it('says so, in Danish, for an unknown area, and warns once however often it renders', async () => {
    const el = await card('area="xyz"');
    const notice = q(el, 'p.notice')!;
    expect(textOf(notice)).toBe('Ukendt fokusområde: "xyz". Gyldige værdier: faglighed, innovation, mening, drift.');
    expect(notice.getAttribute('part')).toBe('notice');
    for (let i = 0; i < 3; i++) {
      el.requestUpdate();
      await el.updateComplete;
    }
    await card('area="xyz"');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toContain('xyz');
  });

  it('says so in English for an unknown area when its language is English', async () => {
    const el = await card('area="nope" lang="en-GB"');
    expect(textOf(q(el, 'p.notice'))).toBe('Unknown focus area: "nope". Valid values: faglighed, innovation, mening, drift.');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('says clearly that the area attribute is missing', async () => {
    const el = await card('');
    expect(textOf(q(el, 'p.notice'))).toBe(
      'Intet fokusområde angivet (attributten area). Gyldige værdier: faglighed, innovation, mening, drift.',
    );
    document.documentElement.lang = 'en';
    await afterMutation(el);
    expect(textOf(q(el, 'p.notice'))).toBe('No focus area given (the area attribute). Valid values: faglighed, innovation, mening, drift.');
    // The same problem in another language is still the same problem: one warning.
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('renders the area when a bad area is corrected', async () => {
    const el = await card('area="Dirft"');
    expect(q(el, 'p.notice')).not.toBeNull();
    el.setAttribute('area', 'drift');
    await el.updateComplete;
    expect(q(el, 'p.notice')).toBeNull();
    expect(textOf(q(el, 'h2'))).toBe(area(da, 'drift').title);
  });

  it('re-renders in English when lang changes on the element and on an ancestor', async () => {
    const el = await mount<LgFocusAreaCard>('<div><lg-focus-area-card area="faglighed"></lg-focus-area-card></div>', 'lg-focus-area-card');
    el.setAttribute('lang', 'en');
    await afterMutation(el);
    expect(textOf(q(el, 'h2'))).toBe(area(en, 'faglighed').title);
    expect(textOf(q(el, '[part="points-lead"]'))).toBe(en.labels.pointsLead);
    el.removeAttribute('lang');
    await afterMutation(el);
    expect(textOf(q(el, 'h2'))).toBe(area(da, 'faglighed').title);
    el.parentElement!.setAttribute('lang', 'EN');
    await afterMutation(el);
    expect(el.language).toBe('en');
    expect(textOf(q(el, 'h2'))).toBe(area(en, 'faglighed').title);
  });

  it('focus() moves focus to the title heading, which is focusable but not in the tab order', async () => {
    const el = await card('area="mening"');
    el.focus();
    expect(deepActiveElement()).toBe(q(el, 'h2'));
    expect(q(el, 'h2')!.getAttribute('tabindex')).toBe('-1');
  });
});
