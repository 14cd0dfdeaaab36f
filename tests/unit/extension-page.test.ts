/**
 * What the extension's pages share: the tabs (ARIA tabs pattern, by keyboard), the page's own words in the
 * settings' language, the "Læs mere" link only when IT has set one, and the remembered settings that let a page
 * render right before the settings are read.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PAGE_CACHE_KEY } from '../../extension/lib/settings';
import { cached, setupTabs, showReadMore, startPage, translate } from '../../extension/lib/page';
import { resolveSettings, saveUserOptions } from '../../extension/lib/settings';
import { testBrowser } from './extension-fake';

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'da';
  document.documentElement.dataset.title = 'popupTitle';
  document.body.innerHTML = `
    <div role="tablist">
      <button role="tab" id="t1" aria-controls="p1" aria-selected="true" data-text="tabSearch">Søg</button>
      <button role="tab" id="t2" aria-controls="p2" aria-selected="false" tabindex="-1" data-text="tabTask">Opgave</button>
    </div>
    <section role="tabpanel" id="p1"></section>
    <section role="tabpanel" id="p2" hidden></section>
    <nav aria-label="Mere" data-label="links"><ul><li hidden><a data-read-more data-text="readMore">Læs mere</a></li></ul></nav>`;
});
afterEach(() => {
  document.body.innerHTML = '';
  delete document.documentElement.dataset.settings;
});

const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
const $ = (id: string) => document.getElementById(id)!;

describe('setupTabs', () => {
  it('selects with the arrow keys, Home and End, moving focus and showing the panel', () => {
    const seen: string[] = [];
    setupTabs(document.querySelector('[role="tablist"]')!, (tab) => seen.push(tab.id));
    $('t1').focus();
    key($('t1'), 'ArrowRight');
    expect(document.activeElement).toBe($('t2'));
    expect([$('t1').getAttribute('aria-selected'), $('t2').getAttribute('aria-selected')]).toEqual(['false', 'true']);
    expect([$('t1').tabIndex, $('t2').tabIndex]).toEqual([-1, 0]);
    expect([$('p1').hidden, $('p2').hidden]).toEqual([true, false]);
    key($('t2'), 'ArrowRight'); // wraps
    expect(document.activeElement).toBe($('t1'));
    key($('t1'), 'End');
    expect(document.activeElement).toBe($('t2'));
    key($('t2'), 'Home');
    expect(document.activeElement).toBe($('t1'));
    key($('t1'), 'ArrowLeft');
    expect(document.activeElement).toBe($('t2'));
    expect(seen).toEqual(['t2', 't1', 't2', 't1', 't2']);
  });

  it('selects on click, and from script', () => {
    const select = setupTabs(document.querySelector('[role="tablist"]')!);
    $('t2').click();
    expect($('p2').hidden).toBe(false);
    select('t1');
    expect([$('p1').hidden, $('p2').hidden]).toEqual([false, true]);
  });
});

describe('translate', () => {
  it("sets the page's language, title, texts and labels", () => {
    translate('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Leadership framework – search and task');
    expect($('t1').textContent).toBe('Search');
    expect(document.querySelector('nav')!.getAttribute('aria-label')).toBe('More');
    translate('da');
    expect($('t2').textContent).toBe('Opgave');
  });
});

describe('showReadMore', () => {
  it('shows the link only when IT has set one', () => {
    const link = document.querySelector<HTMLAnchorElement>('a[data-read-more]')!;
    showReadMore(resolveSettings({}, { readMoreUrl: 'https://intra.gentofte.dk/ledelse' }));
    expect(link.closest('li')!.hidden).toBe(false);
    expect(link.href).toBe('https://intra.gentofte.dk/ledelse');
    showReadMore(resolveSettings({}, {}));
    expect(link.closest('li')!.hidden).toBe(true);
    expect(link.hasAttribute('href')).toBe(false);
  });
});

describe('startPage', () => {
  it('applies the settings, remembers them, and renders from what it remembered next time', async () => {
    const { browser, fake } = testBrowser({ uiLanguage: 'en-US' });
    await fake.storage.managed.set({ readMoreUrl: 'https://intra.gentofte.dk/ledelse', showSidePanel: false });
    await saveUserOptions({ language: 'auto' });
    const applied: string[] = [];
    const settings = await startPage(browser, (s) => applied.push(`${s.lang} ${s.readMoreUrl || 'no link'}`));
    expect(settings.lang).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dataset.settings).toBe('loaded');
    // Nothing remembered yet: the defaults at once (Danish, usable while the settings are read), then the settings in force.
    expect(applied).toEqual(['da no link', 'en https://intra.gentofte.dk/ledelse']);

    const early = cached();
    expect(early).toMatchObject({ lang: 'en', readMoreUrl: 'https://intra.gentofte.dk/ledelse', surfaces: { sidePanel: false } });
    expect(early.managed).toEqual(['readMoreUrl', 'surfaces.sidePanel']);

    // The next page applies the remembered settings at once, then the ones read.
    document.documentElement.lang = 'da';
    const again: string[] = [];
    const next = startPage(browser, (s) => again.push(s.lang));
    expect(document.documentElement.lang).toBe('en');
    expect(again).toEqual(['en']);
    await next;
    expect(again).toEqual(['en', 'en']);
  });

  it('points the task pickers’ links, also one still in a template, at the page IT has named, and back when it is unset', async () => {
    const { browser, fake } = testBrowser();
    document.body.innerHTML = '<lg-task-picker></lg-task-picker><template><lg-task-picker url-state></lg-task-picker></template>';
    const template = document.querySelector('template')!;
    const pickers = () => [document.querySelector('lg-task-picker')!, template.content.querySelector('lg-task-picker')!];
    await fake.storage.managed.set({ taskPageUrl: 'https://intra.gentofte.dk/ledelse/opgave' });
    await startPage(browser, () => {});
    expect(pickers().map((p) => p.getAttribute('link-page'))).toEqual(['https://intra.gentofte.dk/ledelse/opgave', 'https://intra.gentofte.dk/ledelse/opgave']);
    expect(cached().taskPageUrl).toBe('https://intra.gentofte.dk/ledelse/opgave');
    await fake.storage.managed.clear();
    await startPage(browser, () => {});
    expect(pickers().map((p) => p.hasAttribute('link-page'))).toEqual([false, false]);
  });

  it('ignores a remembered value that is not its own', () => {
    localStorage.setItem(PAGE_CACHE_KEY, '{"lang":"fr"}');
    expect(cached()).toEqual({});
    localStorage.setItem(PAGE_CACHE_KEY, 'not json');
    expect(cached()).toEqual({});
    localStorage.setItem(PAGE_CACHE_KEY, JSON.stringify({ lang: 'da', readMoreUrl: 'javascript:alert(1)', surfaces: { omnibox: 'no' }, managed: [1, 'language'] }));
    expect(cached()).toMatchObject({ lang: 'da', readMoreUrl: '', surfaces: { omnibox: true }, managed: ['language'] });
  });
});
