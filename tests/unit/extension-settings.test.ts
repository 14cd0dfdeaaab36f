/**
 * The extension's settings: defaults, the person's options (storage.local) and IT's policy (storage.managed),
 * where the policy wins, and a malformed policy value is ignored rather than trusted.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import schema from '../../public/managed_schema.json';
import {
  DEFAULTS,
  MANAGED_KEYS,
  USER_KEY,
  loadSettings,
  readPolicy,
  resolveLanguage,
  resolveSettings,
  saveUserOptions,
  watchSettings,
  type EffectiveSettings,
} from '../../extension/lib/settings';
import { testBrowser } from './extension-fake';

afterEach(() => void vi.restoreAllMocks());

describe('the language', () => {
  it('is Danish unless the browser is in English, when automatic', () => {
    expect(resolveLanguage('auto', 'da')).toBe('da');
    expect(resolveLanguage('auto', 'da-DK')).toBe('da');
    expect(resolveLanguage('auto', 'en-GB')).toBe('en');
    expect(resolveLanguage('auto', 'en_US')).toBe('en');
    expect(resolveLanguage('auto', 'EN')).toBe('en');
    expect(resolveLanguage('auto', 'sv-SE')).toBe('da');
    expect(resolveLanguage('auto', 'enx')).toBe('da');
    expect(resolveLanguage('auto', undefined)).toBe('da');
  });

  it('is the chosen one otherwise', () => {
    expect(resolveLanguage('en', 'da-DK')).toBe('en');
    expect(resolveLanguage('da', 'en-US')).toBe('da');
  });
});

describe('loadSettings', () => {
  it('gives the defaults when nothing is stored and there is no policy', async () => {
    const { browser } = testBrowser({ uiLanguage: 'da-DK' });
    expect(await loadSettings(browser)).toEqual({ ...DEFAULTS, lang: 'da', managed: [] });
  });

  it('is Danish, the original, in an English browser too, unless the person chooses to follow the browser', async () => {
    const { browser } = testBrowser({ uiLanguage: 'en-US' });
    expect((await loadSettings(browser)).lang).toBe('da');
    await saveUserOptions({ language: 'auto' });
    expect((await loadSettings(browser)).lang).toBe('en');
  });

  it("uses the person's options", async () => {
    const { browser } = testBrowser({ uiLanguage: 'da-DK' });
    await saveUserOptions({ language: 'en', popupStart: 'task' });
    const s = await loadSettings(browser);
    expect(s).toMatchObject({ language: 'en', lang: 'en', popupStart: 'task', managed: [] });
  });

  it("lets every managed value win over the person's options, and says which are managed", async () => {
    const { browser, fake } = testBrowser({ uiLanguage: 'en-US' });
    await saveUserOptions({ language: 'en', popupStart: 'task' });
    await fake.storage.managed.set({
      language: 'da',
      popupStart: 'search',
      readMoreUrl: 'https://intra.gentofte.dk/ledelse',
      taskPageUrl: 'https://intra.gentofte.dk/ledelse/opgave',
      showSidePanel: false,
      showContextMenu: false,
      showOmnibox: false,
    });
    const s = await loadSettings(browser);
    expect(s).toEqual({
      language: 'da',
      lang: 'da',
      popupStart: 'search',
      readMoreUrl: 'https://intra.gentofte.dk/ledelse',
      taskPageUrl: 'https://intra.gentofte.dk/ledelse/opgave',
      surfaces: { sidePanel: false, contextMenu: false, omnibox: false },
      managed: ['language', 'popupStart', 'readMoreUrl', 'taskPageUrl', 'surfaces.sidePanel', 'surfaces.contextMenu', 'surfaces.omnibox'],
    } satisfies EffectiveSettings);
  });

  it('keeps what the policy does not set', async () => {
    const { browser, fake } = testBrowser();
    await saveUserOptions({ language: 'en' });
    await fake.storage.managed.set({ showOmnibox: false });
    const s = await loadSettings(browser);
    expect(s.language).toBe('en');
    expect(s.surfaces).toEqual({ sidePanel: true, contextMenu: true, omnibox: false });
    expect(s.managed).toEqual(['surfaces.omnibox']);
  });

  it('ignores malformed policy values (Firefox does not check them against the schema)', async () => {
    const { browser, fake } = testBrowser();
    await saveUserOptions({ language: 'en' });
    await fake.storage.managed.set({
      language: 'fr',
      popupStart: 42,
      readMoreUrl: 'javascript:alert(1)',
      taskPageUrl: 'ftp://intra/opgave',
      showSidePanel: 'no',
      showOmnibox: 0,
    });
    const s = await loadSettings(browser);
    expect(s).toMatchObject({ language: 'en', popupStart: 'search', readMoreUrl: '', taskPageUrl: '', surfaces: DEFAULTS.surfaces, managed: [] });
    expect(resolveSettings({}, { readMoreUrl: 'not a url' }).readMoreUrl).toBe('');
    expect(resolveSettings({}, { readMoreUrl: '/relative' }).readMoreUrl).toBe('');
    expect(resolveSettings({}, { readMoreUrl: ' http://intra/ledelse ' }).readMoreUrl).toBe('http://intra/ledelse');
  });

  it('takes the "Læs mere" link from the policy only', async () => {
    const { browser, fake } = testBrowser();
    await fake.storage.local.set({ [USER_KEY]: { readMoreUrl: 'https://example.org/', language: 'xx' } });
    expect(await loadSettings(browser)).toMatchObject({ readMoreUrl: '', language: 'da' });
  });

  it('reads no policy as none when the browser refuses (Firefox without a policy for the add-on)', async () => {
    const { browser, fake } = testBrowser();
    vi.spyOn(fake.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readPolicy()).toEqual({});
    expect((await loadSettings(browser)).managed).toEqual([]);
  });
});

describe('saveUserOptions', () => {
  it('merges with what is stored and drops anything unknown or malformed', async () => {
    const { fake } = testBrowser();
    await saveUserOptions({ language: 'en' });
    await saveUserOptions({ popupStart: 'task', language: 'klingon' as 'en' });
    await saveUserOptions({ surfaces: { omnibox: false } } as object);
    expect((await fake.storage.local.get(USER_KEY))[USER_KEY]).toEqual({ language: 'en', popupStart: 'task' });
  });
});

describe('watchSettings', () => {
  it('reports a change of policy or of options, not of anything else, until stopped', async () => {
    const { browser, fake } = testBrowser();
    const seen: EffectiveSettings[] = [];
    const stop = watchSettings(browser, (s) => seen.push(s));
    await fake.storage.managed.set({ showContextMenu: false });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0].surfaces.contextMenu).toBe(false);
    await saveUserOptions({ language: 'en' });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1].lang).toBe('en');
    await fake.storage.local.set({ somethingElse: 1 });
    await fake.storage.session.set({ panelRequest: { at: 1 } });
    stop();
    await saveUserOptions({ language: 'da' });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveLength(2);
  });
});

describe('the managed schema', () => {
  it('describes exactly the policy keys the extension reads', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(MANAGED_KEYS).sort());
  });

  it('gives each key a type, a title and a description; the choices match the options', () => {
    for (const [key, p] of Object.entries(schema.properties) as Array<[string, Record<string, unknown>]>) {
      expect(p.type, key).toMatch(/^(string|boolean)$/);
      expect(p.title, key).toBeTruthy();
      expect(p.description, key).toBeTruthy();
    }
    expect(schema.properties.language.enum).toEqual(['da', 'en', 'auto']);
    expect(schema.properties.popupStart.enum).toEqual(['search', 'task']);
  });
});
