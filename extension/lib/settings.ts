/**
 * The extension's settings: defaults, the person's own choices (storage.local) and what IT sets by
 * enterprise policy (storage.managed, described by public/managed_schema.json). A managed value always
 * wins over the person's choice, and the options page shows it as set by the organisation.
 *
 * Stored through WXT's storage: one item for the person's choices (`local:options`) and one per policy key
 * (`managed:<key>`), read, written and watched as items. The browser is a parameter where its UI language is
 * read, so the tests can give each test its own.
 */
import { storage } from 'wxt/utils/storage';
import type { Browser } from 'webextension-polyfill';
import type { Language } from '../../content/model';

/** The key under which pages remember the language and start tab, to render right at once (localStorage). */
export const PAGE_CACHE_KEY = 'ledelsesgrundlag.extension';

export type LanguageChoice = 'auto' | 'da' | 'en';
export type PopupStart = 'search' | 'task';

/** The surfaces IT can turn off. The popup and the options page are always there. */
export interface Surfaces {
  sidePanel: boolean;
  contextMenu: boolean;
  omnibox: boolean;
}

export interface Settings {
  /** `auto` follows the browser's language (see `resolveLanguage`). */
  language: LanguageChoice;
  /** Which tab the popup opens on. */
  popupStart: PopupStart;
  /** The intranet's page about the framework ("Læs mere"); empty = no link. Set by IT only. */
  readMoreUrl: string;
  /** The intranet's page with the task picker, where a copied task link points; empty = the Markdown is copied instead. Set by IT only. */
  taskPageUrl: string;
  surfaces: Surfaces;
}

/** The settings a page or the background works with, and which of them IT has fixed. */
export interface EffectiveSettings extends Settings {
  /** The language to render in, `auto` resolved. */
  lang: Language;
  /** Names of the settings that come from policy (`language`, `popupStart`, `readMoreUrl`, `surfaces.sidePanel`, …). */
  managed: string[];
}

/** Danish, the original, unless the person or IT chooses English (or to follow the browser). */
export const DEFAULTS: Settings = {
  language: 'da',
  popupStart: 'search',
  readMoreUrl: '',
  taskPageUrl: '',
  surfaces: { sidePanel: true, contextMenu: true, omnibox: true },
};

/** The key of the person's choices in storage.local. */
export const USER_KEY = 'options';

/** The options the person can change on the options page. */
export type UserOptions = Pick<Settings, 'language' | 'popupStart'>;

/**
 * The policy's keys (flat, so an administrator writes them as they read them in the README), each with the
 * setting it controls. They must match public/managed_schema.json.
 */
export const MANAGED_KEYS = {
  language: 'language',
  popupStart: 'popupStart',
  readMoreUrl: 'readMoreUrl',
  taskPageUrl: 'taskPageUrl',
  showSidePanel: 'surfaces.sidePanel',
  showContextMenu: 'surfaces.contextMenu',
  showOmnibox: 'surfaces.omnibox',
} as const;

/** The person's choices, as stored (cleaned whenever read). */
export const userOptionsItem = storage.defineItem<Record<string, unknown>>(`local:${USER_KEY}`, { fallback: {} });

/** Each policy key IT may set, as a read-only item of storage.managed. */
const policyItems = Object.keys(MANAGED_KEYS).map((key) => storage.defineItem<unknown>(`managed:${key}`));

const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['auto', 'da', 'en'];
const POPUP_STARTS: readonly PopupStart[] = ['search', 'task'];

export const isLanguageChoice = (x: unknown): x is LanguageChoice => LANGUAGE_CHOICES.includes(x as LanguageChoice);
export const isPopupStart = (x: unknown): x is PopupStart => POPUP_STARTS.includes(x as PopupStart);

/** An absolute http(s) URL, or undefined. Anything else (javascript:, relative, malformed) is refused. */
export function safeUrl(x: unknown): string | undefined {
  if (typeof x !== 'string' || !x.trim()) return undefined;
  try {
    const url = new URL(x.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `auto`: Danish unless the browser's own language is English. Danish is the original, and a Nordic
 * reader of any other language reads it more easily than the translation.
 */
export function resolveLanguage(choice: LanguageChoice, uiLanguage: string | undefined): Language {
  if (choice !== 'auto') return choice;
  return /^en\b|^en[-_]/i.test(uiLanguage ?? '') ? 'en' : 'da';
}

/** The person's stored choices, with anything unknown or malformed dropped. */
export function cleanUserOptions(x: unknown): Partial<UserOptions> {
  const o = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
  const out: Partial<UserOptions> = {};
  if (isLanguageChoice(o.language)) out.language = o.language;
  if (isPopupStart(o.popupStart)) out.popupStart = o.popupStart;
  return out;
}

/**
 * Combines defaults, the person's choices and the policy. Malformed policy values are ignored (the
 * browser validates against the schema in Chrome; Firefox does not), never trusted.
 */
export function resolveSettings(user: unknown, policy: unknown, uiLanguage?: string): EffectiveSettings {
  const p = (typeof policy === 'object' && policy !== null ? policy : {}) as Record<string, unknown>;
  const s: Settings = { ...DEFAULTS, ...cleanUserOptions(user), surfaces: { ...DEFAULTS.surfaces } };
  const managed: string[] = [];
  if (isLanguageChoice(p.language)) (s.language = p.language), managed.push('language');
  if (isPopupStart(p.popupStart)) (s.popupStart = p.popupStart), managed.push('popupStart');
  for (const key of ['readMoreUrl', 'taskPageUrl'] as const) {
    const url = safeUrl(p[key]);
    if (url) (s[key] = url), managed.push(key);
  }
  for (const [key, surface] of [
    ['showSidePanel', 'sidePanel'],
    ['showContextMenu', 'contextMenu'],
    ['showOmnibox', 'omnibox'],
  ] as const) {
    if (typeof p[key] === 'boolean') (s.surfaces[surface] = p[key] as boolean), managed.push(`surfaces.${surface}`);
  }
  return { ...s, lang: resolveLanguage(s.language, uiLanguage), managed };
}

/** The policy, or {} where there is none (Firefox rejects when no policy names this extension). */
export async function readPolicy(): Promise<Record<string, unknown>> {
  try {
    const found = await storage.getItems(policyItems);
    return Object.fromEntries(found.filter(({ value }) => value != null).map(({ key, value }) => [key.replace(/^managed:/, ''), value]));
  } catch {
    return {};
  }
}

/** The browser's own UI language (for `auto`). */
export function uiLanguage(browser: Browser): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return typeof navigator === 'undefined' ? undefined : navigator.language;
  }
}

/** The settings in force now. */
export async function loadSettings(browser: Browser): Promise<EffectiveSettings> {
  const [stored, policy] = await Promise.all([userOptionsItem.getValue().catch(() => ({})), readPolicy()]);
  return resolveSettings(stored, policy, uiLanguage(browser));
}

/** Stores the person's choices (merged with what is stored). Managed settings are not touched: they win anyway. */
export async function saveUserOptions(options: Partial<UserOptions>): Promise<void> {
  await userOptionsItem.setValue({ ...cleanUserOptions(await userOptionsItem.getValue()), ...cleanUserOptions(options) });
}

/**
 * Calls `listener` with the new settings whenever the person's options or the policy change.
 * Returns a function that stops watching.
 */
export function watchSettings(browser: Browser, listener: (settings: EffectiveSettings) => void): () => void {
  // One change of storage may touch several items (a new policy): the settings are read once for it.
  let queued = false;
  const changed = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      void loadSettings(browser).then(listener);
    });
  };
  const stops = [userOptionsItem, ...policyItems].map((item) => {
    try {
      return item.watch(changed);
    } catch {
      return () => {}; // no storage.managed here (Firefox for Android): nothing to watch
    }
  });
  return () => stops.forEach((stop) => stop());
}
