/**
 * One element put into a given container, from plain properties: what a host that is not a page of HTML needs (the
 * SharePoint Framework web part, a Teams tab, any script that builds its own DOM). It defines every tag (a second
 * copy on the page leaves the first and warns once), renders the chosen element with its attributes, maps a theme
 * onto the documented `--lg-*` properties, and can be updated and taken down. Bad properties are said in the page's
 * language inside the container, never thrown.
 */
import './define';
import { FOCUS_AREA_IDS, REFLECTION_LEVEL_IDS } from '../content/ids';
import { getFramework, hasFramework } from '../content/frameworks';
import { loadFramework } from '../content/load-framework';
import { normalizeLang } from './shared/localize';

/** The elements a host can put on a page, by name. */
export const MOUNTABLE = ['focus-areas', 'focus-area-card', 'framework', 'reflection', 'search', 'task-picker', 'dialogue', 'round', 'meeting'] as const;
export type MountableElement = (typeof MOUNTABLE)[number];

/** Colours from the host's theme (e.g. SharePoint's semantic colours), each onto its `--lg-color-*` property. */
export interface MountTheme {
  text?: string;
  background?: string;
  surface?: string;
  border?: string;
  focus?: string;
  /** A dark section or theme: the elements take their dark palette. */
  dark?: boolean;
}

export interface MountProperties {
  /** Which element (default `focus-areas`). */
  element?: string;
  /** The focus area, for `focus-area-card` (required there) and `dialogue` (optional, or `all`). */
  area?: string;
  /** The reflection level, for `reflection` (optional: all levels) and `dialogue`. */
  level?: string;
  /** `auto` (default) follows `pageLanguage`; `da` or `en` choose. */
  language?: string;
  /** The host page's language, e.g. SharePoint's `da-DK`; used when `language` is `auto`. */
  pageLanguage?: string;
  /** The level of the element's top heading, 1–6 (default 2). */
  headingLevel?: number;
  theme?: MountTheme;
}

export interface Mounted {
  /** Renders again with new properties (the same element is kept when its kind has not changed). */
  update(properties: MountProperties): void;
  /** Takes the element out of the container. */
  unmount(): void;
}

const THEME_PROPERTIES: Record<Exclude<keyof MountTheme, 'dark'>, string> = {
  text: '--lg-color-text',
  background: '--lg-color-background',
  surface: '--lg-color-surface',
  border: '--lg-color-border',
  focus: '--lg-color-focus',
};

const NOTICE = {
  da: (value: string) => `Ukendt element »${value}«. Gyldige værdier: ${MOUNTABLE.join(', ')}.`,
  en: (value: string) => `Unknown element “${value}”. Valid values: ${MOUNTABLE.join(', ')}.`,
};

/** The attributes of the element for these properties (only those the element reads). */
function attributesOf(element: MountableElement, p: MountProperties): Record<string, string> {
  const out: Record<string, string> = {};
  if (p.headingLevel != null) out['heading-level'] = String(p.headingLevel);
  if ((element === 'focus-area-card' || element === 'dialogue') && p.area) out.area = p.area;
  if ((element === 'reflection' || element === 'dialogue') && p.level) out.level = p.level;
  return out;
}

/** The language the element renders in: chosen, else the page's, else Danish. */
export const mountLanguage = (p: MountProperties): 'da' | 'en' =>
  normalizeLang(p.language === 'da' || p.language === 'en' ? p.language : p.pageLanguage);

/** Puts the element chosen by `properties` into `container`. */
export function mount(container: HTMLElement, properties: MountProperties = {}): Mounted {
  let current: HTMLElement | undefined;

  const render = (p: MountProperties) => {
    const lang = mountLanguage(p);
    const name = (p.element || 'focus-areas') as MountableElement;
    container.lang = lang;
    for (const [key, prop] of Object.entries(THEME_PROPERTIES)) {
      const value = p.theme?.[key as keyof typeof THEME_PROPERTIES];
      if (value) container.style.setProperty(prop, value);
      else container.style.removeProperty(prop);
    }
    container.style.colorScheme = p.theme?.dark ? 'dark' : p.theme ? 'light' : '';
    if (!MOUNTABLE.includes(name)) {
      current?.remove();
      current = undefined;
      const notice = document.createElement('p');
      notice.setAttribute('role', 'note');
      notice.textContent = NOTICE[lang](String(p.element));
      container.replaceChildren(notice);
      console.warn(`Ledelsesgrundlag: ${NOTICE.en(String(p.element))}`);
      return;
    }
    const tag = `lg-${name}`;
    if (current?.localName !== tag) {
      current = document.createElement(tag);
      container.replaceChildren(current);
    }
    const wanted = attributesOf(name, p);
    for (const attr of ['area', 'level', 'heading-level']) {
      if (attr in wanted) current.setAttribute(attr, wanted[attr]);
      else current.removeAttribute(attr);
    }
  };

  render(properties);
  return {
    update: render,
    unmount() {
      container.replaceChildren();
      current = undefined;
    },
  };
}

/** What the SharePoint Framework gives a web part as its theme (IReadonlyTheme), as far as it is read here. */
export interface SharePointTheme {
  isInverted?: boolean;
  semanticColors?: { bodyText?: string; bodyBackground?: string; bodyDivider?: string; link?: string };
}

/**
 * SharePoint's theme, and the section background a web part sits on (neutral, soft, strong, dark), as the elements'
 * theme: its body text and background, its divider for borders, and its link colour for focus rings, buttons and
 * links. Fields and panels take the body background too: SharePoint keeps its link colour readable on that, not on
 * its standout background.
 */
export function sharePointTheme(theme: SharePointTheme | undefined): MountTheme | undefined {
  const c = theme?.semanticColors;
  if (!c) return undefined;
  return { text: c.bodyText, background: c.bodyBackground, surface: c.bodyBackground, border: c.bodyDivider, focus: c.link, dark: !!theme?.isInverted };
}

/** The values a host's settings may offer, for its own choice lists. */
export const MOUNT_CHOICES = { elements: MOUNTABLE, areas: FOCUS_AREA_IDS, levels: REFLECTION_LEVEL_IDS } as const;

/** Every text of a part of the framework, in order (its ids left out), as plain lines. */
function textsOf(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap(textsOf);
  if (x && typeof x === 'object') return Object.entries(x).flatMap(([k, v]) => (['id', 'lang', '$schema'].includes(k) ? [] : textsOf(v)));
  return [];
}

/**
 * The text the element chosen by `properties` shows, as plain text: what a host gives its search engine (the web
 * part's `searchText`, declared searchable to SharePoint), since the elements draw their words by script. The reading
 * elements: their words; the tools: the framework's name and the four areas (and a dialogue's questions).
 */
export async function searchableText(properties: MountProperties): Promise<string> {
  const lang = mountLanguage(properties);
  if (!hasFramework(lang)) await loadFramework(lang);
  const fw = getFramework(lang);
  const name = (properties.element || 'focus-areas') as MountableElement;
  const area = fw.focusAreas.find((a) => a.id === properties.area);
  const levels = fw.reflection.filter((l) => !properties.level || l.id === properties.level);
  const overview = [fw.title, ...fw.focusAreas.map((a) => a.title)];
  const parts: Record<MountableElement, unknown> = {
    'focus-areas': fw.focusAreas.map((a) => [a.title, a.points]),
    'focus-area-card': area ? [area.title, area.statements, area.points, area.leaderRole] : overview,
    framework: fw,
    reflection: levels,
    search: overview,
    'task-picker': overview,
    dialogue: [overview, levels],
    round: overview,
    meeting: overview,
  };
  return [...new Set(textsOf(MOUNTABLE.includes(name) ? parts[name] : overview))].join('\n');
}
