/**
 * What every extension page shares: the language (from the settings, remembered so the next page renders in it
 * at once), the page's own words in that language, the "Læs mere" link, and the tabs.
 */
import type { Browser } from 'webextension-polyfill';
import type { Language } from '../../content/model';
import { PAGE_CACHE_KEY, loadSettings, resolveSettings, uiLanguage, watchSettings, type EffectiveSettings, type Surfaces } from './settings';
import { STRINGS, type Strings } from './strings';

/**
 * The settings the last page saw, remembered in localStorage so a page renders right at once: Chrome's first read
 * of the policy after the browser starts can take a second or more.
 */
export function cached(): Partial<EffectiveSettings> {
  try {
    const c = JSON.parse(localStorage.getItem(PAGE_CACHE_KEY) ?? '{}') as Partial<Record<keyof EffectiveSettings, unknown>>;
    if (c.lang !== 'da' && c.lang !== 'en') return {};
    const s = resolveSettings({ language: c.language, popupStart: c.popupStart }, { readMoreUrl: c.readMoreUrl, taskPageUrl: c.taskPageUrl }, c.lang);
    const surfaces = (typeof c.surfaces === 'object' && c.surfaces) || {};
    for (const key of Object.keys(s.surfaces) as Array<keyof Surfaces>) {
      const value = (surfaces as Record<string, unknown>)[key];
      if (typeof value === 'boolean') s.surfaces[key] = value;
    }
    const managed = Array.isArray(c.managed) ? c.managed.filter((m): m is string => typeof m === 'string') : [];
    return { ...s, lang: c.lang, managed };
  } catch {
    return {};
  }
}

function remember(settings: EffectiveSettings): void {
  try {
    const { lang, language, popupStart, readMoreUrl, taskPageUrl, surfaces, managed } = settings;
    const next = JSON.stringify({ lang, language, popupStart, readMoreUrl, taskPageUrl, surfaces, managed });
    if (localStorage.getItem(PAGE_CACHE_KEY) !== next) localStorage.setItem(PAGE_CACHE_KEY, next);
  } catch {
    /* the page still works; it just renders in Danish first */
  }
}

/** The page's own words in `lang`: `data-text` sets an element's text, `data-label` its aria-label, `data-title` the page title. */
export function translate(lang: Language, root: ParentNode = document): Strings {
  const s = STRINGS[lang] as Strings;
  const text = (key: string | undefined) => {
    const value = key ? (s as unknown as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' ? value : undefined;
  };
  document.documentElement.lang = lang;
  const title = text(document.documentElement.dataset.title);
  if (title) document.title = title;
  root.querySelectorAll<HTMLElement>('[data-text]').forEach((el) => {
    const value = text(el.dataset.text);
    if (value !== undefined && el.textContent !== value) el.textContent = value;
  });
  root.querySelectorAll<HTMLElement>('[data-label]').forEach((el) => {
    const value = text(el.dataset.label);
    if (value !== undefined) el.setAttribute('aria-label', value);
  });
  return s;
}

/** Shows the intranet's "Læs mere" link where IT has set one; hides it otherwise. */
export function showReadMore(settings: EffectiveSettings): void {
  document.querySelectorAll<HTMLAnchorElement>('a[data-read-more]').forEach((a) => {
    const item = a.closest<HTMLElement>('li') ?? a;
    if (settings.readMoreUrl) {
      a.href = settings.readMoreUrl;
      item.hidden = false;
    } else {
      a.removeAttribute('href');
      item.hidden = true;
    }
  });
}

/**
 * Points the page's task pickers' *Kopiér link* (those made later from a template too) at the intranet's picker page
 * IT has named (`taskPageUrl`); without it the picker copies the Markdown instead, since a link to the extension's
 * own page opens nowhere else.
 */
function pointTaskLinks(settings: EffectiveSettings): void {
  const templates = [...document.querySelectorAll('template')].map((t) => t.content);
  for (const root of [document, ...templates]) {
    for (const picker of root.querySelectorAll('lg-task-picker')) {
      if (settings.taskPageUrl) picker.setAttribute('link-page', settings.taskPageUrl);
      else picker.removeAttribute('link-page');
    }
  }
}

/**
 * Starts a page: renders in the remembered language at once, then reads the settings (and follows their changes),
 * calling `apply` every time. Returns the first settings.
 */
export function startPage(browser: Browser, apply: (settings: EffectiveSettings) => void): Promise<EffectiveSettings> {
  const run = (settings: EffectiveSettings) => {
    remember(settings);
    translate(settings.lang);
    showReadMore(settings);
    pointTaskLinks(settings);
    apply(settings);
  };
  // What the last page saw; on the very first page, the defaults. Either way the page is usable at once,
  // and corrected when the settings (and, slowest, the policy) have been read.
  const cache = cached();
  const early = cache.lang ? (cache as EffectiveSettings) : resolveSettings({}, {}, uiLanguage(browser));
  translate(early.lang);
  showReadMore(early);
  pointTaskLinks(early);
  apply(early);
  watchSettings(browser, run);
  return loadSettings(browser).then((settings) => {
    run(settings);
    // For tests and the benchmark: the page now shows the settings in force.
    document.documentElement.dataset.settings = 'loaded';
    return settings;
  });
}

/**
 * The ARIA tabs pattern on a `[role=tablist]` of `[role=tab]` buttons, each with `aria-controls` naming its
 * `[role=tabpanel]`: click or arrow keys (Left/Right, Home/End) select a tab and show its panel.
 * Returns `select(tabId, focus?)`.
 */
export function setupTabs(tablist: HTMLElement, onSelect?: (tab: HTMLElement) => void) {
  const tabs = () => [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')];
  const select = (tab: HTMLElement, focus = false) => {
    for (const t of tabs()) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      const panel = document.getElementById(t.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !on;
    }
    if (focus) tab.focus();
    onSelect?.(tab);
  };
  tablist.addEventListener('click', (e) => {
    const tab = (e.target as Element).closest<HTMLElement>('[role="tab"]');
    if (tab) select(tab, true);
  });
  tablist.addEventListener('keydown', (e) => {
    const all = tabs();
    const i = all.indexOf(e.target as HTMLElement);
    if (i < 0) return;
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: all.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    select(all[(next + all.length) % all.length], true);
  });
  return (id: string, focus = false) => {
    const tab = document.getElementById(id);
    if (tab) select(tab, focus);
  };
}
