/** mount(): the plain function the SharePoint web part calls, in happy-dom; and its declarations in sharepoint/. */
import { describe, expect, it } from 'vitest';
import type * as Declared from '../../sharepoint/src/elements/mount';
import { MOUNT_CHOICES, mount, mountLanguage, searchableText, sharePointTheme } from '../../components/mount';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useCleanDocument } from './element-helpers';

// The web part compiles against sharepoint/src/elements/mount.d.ts: what this module exports must fit it.
const declared: {
  mount: typeof Declared.mount;
  sharePointTheme: typeof Declared.sharePointTheme;
  MOUNT_CHOICES: typeof Declared.MOUNT_CHOICES;
  searchableText: typeof Declared.searchableText;
} = { mount, sharePointTheme, MOUNT_CHOICES, searchableText };

const warn = useCleanDocument();

/** The web part's strings for one language (an AMD module: define([], function () { return {…}; })). */
function webPartStrings(locale: 'da-dk' | 'en-us'): { Elements: Record<string, string> } {
  const source = readFileSync(join(process.cwd(), `sharepoint/src/webparts/ledelsesgrundlag/loc/${locale}.js`), 'utf8');
  let strings: unknown;
  new Function('define', source)((_deps: unknown, factory: () => unknown) => (strings = factory()));
  return strings as { Elements: Record<string, string> };
}

describe('mount', () => {
  it('offers every mountable element in the property pane, named in Danish and English', () => {
    expect(MOUNT_CHOICES.elements).toContain('round');
    expect(MOUNT_CHOICES.elements).toContain('meeting');
    for (const locale of ['da-dk', 'en-us'] as const) expect(Object.keys(webPartStrings(locale).Elements).sort(), locale).toEqual([...MOUNT_CHOICES.elements].sort());
  });

  it('is what the web part’s declarations say', () => {
    expect(Object.keys(declared)).toEqual(['mount', 'sharePointTheme', 'MOUNT_CHOICES', 'searchableText']);
  });

  it('puts the chosen element in the container with the attributes it reads, and no others', () => {
    const host = document.body.appendChild(document.createElement('div'));
    const m = mount(host, { element: 'focus-area-card', area: 'drift', level: 'ledergruppe', headingLevel: 3 });
    const card = host.firstElementChild!;
    expect(card.localName).toBe('lg-focus-area-card');
    expect([...card.attributes].map((a) => `${a.name}=${a.value}`).sort()).toEqual(['area=drift', 'heading-level=3']);
    m.update({ element: 'focus-area-card', area: 'mening' });
    expect(host.firstElementChild).toBe(card);
    expect([...card.attributes].map((a) => a.name)).toEqual(['area']);
    m.update({ element: 'dialogue', area: 'all', level: 'arbejdsfaellesskaber' });
    expect(host.firstElementChild!.localName).toBe('lg-dialogue');
    expect(host.firstElementChild!.getAttribute('level')).toBe('arbejdsfaellesskaber');
    m.unmount();
    expect(host.childElementCount).toBe(0);
  });

  it('shows the four focus areas when nothing is chosen', () => {
    const host = document.body.appendChild(document.createElement('div'));
    mount(host);
    expect(host.firstElementChild!.localName).toBe('lg-focus-areas');
  });

  it('renders in the chosen language, else the page’s, else Danish', () => {
    expect(mountLanguage({ language: 'en', pageLanguage: 'da-DK' })).toBe('en');
    expect(mountLanguage({ language: 'auto', pageLanguage: 'en-US' })).toBe('en');
    expect(mountLanguage({ pageLanguage: 'sv-SE' })).toBe('da');
    expect(mountLanguage({ language: 'fr' })).toBe('da');
    const host = document.body.appendChild(document.createElement('div'));
    mount(host, { pageLanguage: 'en-GB' });
    expect(host.lang).toBe('en');
  });

  it('says an unknown element in the page’s language, and warns once in the console', () => {
    const host = document.body.appendChild(document.createElement('div'));
    mount(host, { element: 'kalender', pageLanguage: 'en-US' });
    expect(host.textContent).toBe('Unknown element “kalender”. Valid values: ' + MOUNT_CHOICES.elements.join(', ') + '.');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('maps a theme onto the --lg-* properties, and takes it off again', () => {
    const host = document.body.appendChild(document.createElement('div'));
    const m = mount(host, { theme: { text: '#111', background: '#fff', focus: '#0078d4', dark: false } });
    expect(host.style.getPropertyValue('--lg-color-text')).toBe('#111');
    expect(host.style.getPropertyValue('--lg-color-focus')).toBe('#0078d4');
    expect(host.style.colorScheme).toBe('light');
    m.update({});
    expect(host.style.getPropertyValue('--lg-color-text')).toBe('');
    expect(host.style.colorScheme).toBe('');
  });
});

describe('sharePointTheme', () => {
  it('reads SharePoint’s semantic colours, inverted sections as dark', () => {
    expect(sharePointTheme(undefined)).toBeUndefined();
    expect(
      sharePointTheme({ isInverted: true, semanticColors: { bodyText: '#fff', bodyBackground: '#0078d4', bodyDivider: '#2b88d8', link: '#fff' } }),
    ).toEqual({ text: '#fff', background: '#0078d4', surface: '#0078d4', border: '#2b88d8', focus: '#fff', dark: true });
  });
});

describe('searchableText: the web part\'s text for SharePoint\'s search', () => {
  it('holds the words of each view the property pane offers, in the language chosen', async () => {
    const text = (p: Parameters<typeof searchableText>[0]) => searchableText({ pageLanguage: 'da-DK', ...p });
    // a leader who searches for "arbejdsmiljø" finds the pages that show it
    expect(await text({ element: 'framework' })).toContain('arbejdsmiljø');
    expect(await text({ element: 'focus-areas' })).toContain('Vi vil lede fagligt kompetente fællesskaber');
    expect(await text({ element: 'focus-area-card', area: 'drift' })).toContain('Som leder har du en særlig rolle');
    expect(await text({ element: 'focus-area-card', area: 'drift' })).not.toContain('Vi vil lede innovative fællesskaber');
    expect(await text({ element: 'reflection', level: 'ledergruppe' })).toContain('Hvordan samarbejder vi om god ledelse?');
    expect(await text({ element: 'reflection', level: 'ledergruppe' })).not.toContain('Den enkelte leder');
    expect(await text({ element: 'dialogue', level: 'ledergruppe' })).toContain('Hvordan samarbejder vi om god ledelse?');
    for (const element of MOUNT_CHOICES.elements) {
      const words = await text({ element });
      expect(words.length, element).toBeGreaterThan(100);
      if (element !== 'reflection') expect(words, element).toContain('Vi vil lede');
      expect(words, element).not.toMatch(/[<>{}]/); // plain text: no markup, no JSON
    }
    expect(await searchableText({ element: 'focus-areas', language: 'en' })).toContain('We will lead professionally competent communities');
    expect(await text({ element: 'kalender' })).toContain('Vi vil lede');
  });

  it('is declared searchable by the web part', () => {
    const source = readFileSync(join(process.cwd(), 'sharepoint/src/webparts/ledelsesgrundlag/LedelsesgrundlagWebPart.ts'), 'utf8');
    expect(source).toMatch(/propertiesMetadata[\s\S]*searchText: \{ isSearchablePlainText: true \}/);
    expect(source).toMatch(/this\.properties\.searchText = text/);
  });
});
