/**
 * The options page (extension/options/), run in happy-dom against the fake browser with a policy set: what IT has
 * set is shown as such and cannot be changed; the person's own choice is saved.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import page from '../../extension/options/index.html?raw';
import { USER_KEY } from '../../extension/lib/settings';
import { testBrowser } from './extension-fake';

const t = vi.hoisted(() => ({ browser: undefined as unknown }));
vi.mock('@wxt-dev/webextension-polyfill/browser', () => ({
  get browser() {
    return t.browser;
  },
}));

const { browser, fake } = testBrowser({ uiLanguage: 'en-US' });
t.browser = browser;

const $ = (selector: string) => document.querySelector(selector) as HTMLElement;
const radios = (name: string) => [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];

beforeAll(async () => {
  await fake.storage.managed.set({ language: 'da', readMoreUrl: 'https://intranet.gentofte.dk/ledelse', taskPageUrl: 'https://intranet.gentofte.dk/opgave', showOmnibox: false });
  await fake.storage.local.set({ [USER_KEY]: { language: 'en', popupStart: 'task' } });
  document.documentElement.dataset.title = /<html[^>]*data-title="([^"]+)"/.exec(page)![1];
  document.body.innerHTML = page.slice(page.indexOf('<body'), page.indexOf('</body>')).replace(/^<body[^>]*>/, '').replace(/<script[\s\S]*?<\/script>/g, '');
  await import('../../extension/options/main');
  await vi.waitFor(() => expect(document.documentElement.dataset.settings).toBe('loaded'));
});

describe('the options page with a policy', () => {
  it("renders in the policy's language, whatever the person chose", () => {
    expect(document.documentElement.lang).toBe('da');
    expect(document.title).toBe('Ledelsesgrundlag – indstillinger');
    expect($('h1').textContent).toBe('Indstillinger');
  });

  it('shows the language as set by the organisation, and does not let it be changed', () => {
    expect(radios('language').map((r) => [r.value, r.checked, r.disabled])).toEqual([
      ['da', true, true],
      ['en', false, true],
      ['auto', false, true],
    ]);
    expect($('#language-managed').hidden).toBe(false);
    expect($('#language-managed').textContent).toBe('Fastsat af din organisation');
    expect($('#language').getAttribute('aria-describedby')).toBe('language-hint language-managed');
  });

  it('leaves what the policy does not set to the person', () => {
    expect(radios('popupStart').map((r) => [r.value, r.checked, r.disabled])).toEqual([
      ['search', false, false],
      ['task', true, false],
    ]);
    expect($('#popupStart-managed').hidden).toBe(true);
  });

  it('lists what the organisation has set: the links, the surface it turned off, the language', () => {
    expect($('#org-none').hidden).toBe(true);
    const rows = [...document.querySelectorAll('#org-list > div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]);
    expect(rows).toEqual([
      ['»Læs mere«-link', 'https://intranet.gentofte.dk/ledelse'],
      ['Links til opgaver peger på', 'https://intranet.gentofte.dk/opgave'],
      ['Søgeordet »lg« i adresselinjen', 'slået fra'],
      ['Sprog', 'Dansk (originalen)'],
    ]);
    expect(($('#org-list a') as HTMLAnchorElement).href).toBe('https://intranet.gentofte.dk/ledelse');
  });

  it('says what is stored and where', () => {
    const items = [...document.querySelectorAll('#stored li')].map((li) => li.textContent);
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items.join(' ')).toMatch(/IndexedDB/);
    expect(items.join(' ')).toMatch(/storage\.local/);
    expect(items[0]).toMatch(/sender intet/);
  });

  it("saves the person's choice where it is theirs to make", async () => {
    const search = radios('popupStart')[0];
    search.checked = true;
    search.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(async () => expect((await fake.storage.local.get(USER_KEY))[USER_KEY]).toEqual({ language: 'en', popupStart: 'search' }));
    await vi.waitFor(() => expect($('#options-status').textContent).toBe('Gemt.'));
  });

  it('imports through a button like the elements\', which opens the hidden file field (no bare "Choose File")', () => {
    const input = $('#import') as HTMLInputElement;
    expect(input.hidden).toBe(true);
    const opened = vi.fn();
    input.addEventListener('click', opened);
    const button = $('#import-button') as HTMLButtonElement;
    expect([button.localName, button.type, button.textContent]).toEqual(['button', 'button', 'Importér (JSON)']);
    button.click();
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it('follows a change of policy while it is open', async () => {
    await fake.storage.managed.set({ language: 'en' });
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect($('#language-managed').textContent).toBe('Set by your organisation');
  });
});
