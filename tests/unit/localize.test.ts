import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../components/define';
import { getFramework } from '../../content/index';
import { UI, normalizeLang, resolveLang, warnOnce, type LgFocusAreaCard } from '../../components/index';
import { afterMutation, mount, resetDocument, textOf } from './element-helpers';

const da = getFramework('da');
const en = getFramework('en');
const title = (el: LgFocusAreaCard) => textOf(el.shadowRoot!.querySelector('[part="title"]'));

beforeEach(resetDocument);

describe('normalizeLang', () => {
  it.each([
    ['da', 'da'],
    ['DA-dk', 'da'],
    ['en', 'en'],
    ['EN', 'en'],
    ['en-GB', 'en'],
    ['en_US', 'en'],
    [' en ', 'en'],
    ['fr', 'da'],
    ['english', 'da'],
    ['', 'da'],
    [null, 'da'],
  ])('%j → %s', (input, expected) => expect(normalizeLang(input)).toBe(expected));
});

describe('resolveLang', () => {
  const card = () => document.createElement('lg-focus-area-card');

  it('uses the element\'s own lang first', () => {
    document.body.innerHTML = '<div lang="da"><lg-focus-area-card lang="en-GB"></lg-focus-area-card></div>';
    expect(resolveLang(document.querySelector('lg-focus-area-card')!)).toBe('en');
  });

  it('else the nearest ancestor with a (non-empty) lang', () => {
    document.documentElement.lang = 'da';
    document.body.innerHTML = '<div lang="en"><p lang=""><span><lg-focus-area-card></lg-focus-area-card></span></p></div>';
    expect(resolveLang(document.querySelector('lg-focus-area-card')!)).toBe('en');
  });

  it('walks out of shadow roots through their hosts', () => {
    document.body.innerHTML = '<div lang="en"><div id="host"></div></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    const el = card();
    inner.append(el);
    shadow.append(inner);
    expect(resolveLang(el)).toBe('en');
    inner.lang = 'da';
    expect(resolveLang(el)).toBe('da');
  });

  it('else <html lang>, else Danish; a language not shipped is Danish', () => {
    const el = card();
    document.body.append(el);
    expect(resolveLang(el)).toBe('da');
    document.documentElement.lang = 'EN';
    expect(resolveLang(el)).toBe('en');
    document.documentElement.lang = 'fr';
    expect(resolveLang(el)).toBe('da');
    document.documentElement.lang = 'en';
    expect(resolveLang(card())).toBe('en'); // not connected: falls back to <html lang>
  });
});

describe('language of rendered elements', () => {
  const cases: Array<[string, string, 'da' | 'en']> = [
    ['own attribute', '<lg-focus-area-card area="drift" lang="en"></lg-focus-area-card>', 'en'],
    ['ancestor', '<div lang="en"><lg-focus-area-card area="drift"></lg-focus-area-card></div>', 'en'],
    ['own attribute wins over ancestor', '<div lang="en"><lg-focus-area-card area="drift" lang="da"></lg-focus-area-card></div>', 'da'],
    ['en-GB', '<div lang="en-GB"><lg-focus-area-card area="drift"></lg-focus-area-card></div>', 'en'],
    ['fr → da', '<div lang="fr"><lg-focus-area-card area="drift"></lg-focus-area-card></div>', 'da'],
    ['default', '<lg-focus-area-card area="drift"></lg-focus-area-card>', 'da'],
  ];
  for (const [name, markup, lang] of cases) {
    it(`${name}: renders in ${lang}`, async () => {
      const el = await mount<LgFocusAreaCard>(markup, 'lg-focus-area-card');
      expect(el.language).toBe(lang);
      expect(title(el)).toBe(getFramework(lang).focusAreas[3].title);
    });
  }

  it('<html lang="en"> renders English', async () => {
    document.documentElement.lang = 'en';
    const el = await mount<LgFocusAreaCard>('<lg-focus-area-card area="drift"></lg-focus-area-card>');
    expect(title(el)).toBe(en.focusAreas[3].title);
  });

  it('re-renders when lang changes on the element, an ancestor or <html>', async () => {
    const el = await mount<LgFocusAreaCard>('<div><section><lg-focus-area-card area="mening"></lg-focus-area-card></section></div>', 'lg-focus-area-card');
    expect(title(el)).toBe(da.focusAreas[2].title);
    document.documentElement.lang = 'en';
    await afterMutation(el);
    expect(title(el)).toBe(en.focusAreas[2].title);
    document.querySelector('div')!.lang = 'da';
    await afterMutation(el);
    expect(title(el)).toBe(da.focusAreas[2].title);
    el.lang = 'en';
    await afterMutation(el);
    expect(title(el)).toBe(en.focusAreas[2].title);
  });

  it('re-renders when its own lang changes inside a shadow root (no document observer sees that)', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const el = document.createElement('lg-focus-area-card');
    el.area = 'faglighed';
    shadow.append(el);
    await el.updateComplete;
    expect(title(el)).toBe(da.focusAreas[0].title);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(title(el)).toBe(en.focusAreas[0].title);
  });

  it('renders again only when the resolved language changes', async () => {
    const el = await mount<LgFocusAreaCard>('<div lang="da"><lg-focus-area-card area="drift"></lg-focus-area-card></div>', 'lg-focus-area-card');
    const render = vi.spyOn(el, 'render');
    document.querySelector('div')!.lang = 'da-DK';
    await afterMutation(el);
    expect(render).not.toHaveBeenCalled();
    document.querySelector('div')!.lang = 'en';
    await afterMutation(el);
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('uses one MutationObserver for all elements on the page', async () => {
    const Original = globalThis.MutationObserver;
    let created = 0;
    const Counting = class extends Original {
      constructor(callback: MutationCallback) {
        super(callback);
        created++;
      }
    };
    globalThis.MutationObserver = Counting;
    try {
      document.body.innerHTML = '';
      await new Promise((resolve) => setTimeout(resolve, 0));
      created = 0;
      const el = await mount('<div><lg-focus-areas></lg-focus-areas><lg-reflection></lg-reflection><lg-framework></lg-framework></div>', 'lg-framework');
      expect(created).toBe(1);
      document.documentElement.lang = 'en';
      await afterMutation(el);
      expect(textOf(el.shadowRoot!.querySelector('[part="title"]'))).toBe(en.title);
    } finally {
      globalThis.MutationObserver = Original;
    }
  });
});

describe('UI strings', () => {
  it('has the same keys in Danish and English, Danish first', () => {
    expect(Object.keys(UI)).toEqual(['da', 'en']);
    expect(Object.keys(UI.en)).toEqual(Object.keys(UI.da));
    expect(UI.da.contents).toBe('Indhold');
    expect(UI.da.reflection).toBe('Refleksionsspørgsmål');
    for (const value of [UI.da, UI.en].flatMap((t) => Object.values(t).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v))))) expect(value.trim()).not.toBe('');
  });
});

describe('warnOnce', () => {
  afterEach(() => vi.restoreAllMocks());
  it('warns once per distinct key', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnOnce('test:a', 'first');
    warnOnce('test:a', 'again');
    warnOnce('test:b', 'other');
    expect(warn.mock.calls).toEqual([['first'], ['other']]);
  });
});
