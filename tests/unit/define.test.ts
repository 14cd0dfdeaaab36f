import { afterEach, describe, expect, it, vi } from 'vitest';

const TAGS = ['lg-focus-area-card', 'lg-focus-areas', 'lg-reflection', 'lg-framework', 'lg-task-picker', 'lg-reflection-journal', 'lg-dialogue', 'lg-search', 'lg-round'];

afterEach(() => vi.restoreAllMocks());

describe('registration', () => {
  it('components/index registers nothing (no side effects)', async () => {
    const index = await import('../../components/index');
    expect(typeof index.LgFramework).toBe('function');
    for (const tag of TAGS) expect(customElements.get(tag)).toBeUndefined();
  });

  it('components/define registers every tag; loading it again warns once in all and never throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const first = await import('../../components/define');
    for (const tag of TAGS) expect(customElements.get(tag)).toBe(first.tags[tag as keyof typeof first.tags]);
    expect(warn).not.toHaveBeenCalled();

    // A second and a third copy of the bundle: new modules, new classes, the same tags.
    for (let copy = 0; copy < 2; copy++) {
      vi.resetModules();
      const again = await import('../../components/define');
      expect(again.tags['lg-framework']).not.toBe(first.tags['lg-framework']);
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/more than once/);
    for (const tag of TAGS) expect(customElements.get(tag)).toBe(first.tags[tag as keyof typeof first.tags]);

    // The first registration still works.
    document.body.innerHTML = '<lg-focus-area-card area="drift"></lg-focus-area-card>';
    const card = document.querySelector('lg-focus-area-card')!;
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).toContain('Vi vil lede fællesskaber præget af sikker drift og ordentlighed');
  });

  it('the element classes declare their tags in HTMLElementTagNameMap', () => {
    const el: HTMLElementTagNameMap['lg-framework'] = document.createElement('lg-framework');
    expect(el.localName).toBe('lg-framework');
  });
});
