/**
 * The Chrome/Edge build in a real browser: Debian's Chromium, headless, with .output/chrome-mv3 loaded unpacked
 * (scripts/test.mjs builds first). The popup by keyboard, the picker's saved task across popups, the side panel's
 * hand-off, the options page, axe-core on every page, and not one request leaving the extension.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import da from '../../content/gentofte/da.json';
import enFw from '../../content/gentofte/en.json';
import { stateToFragment } from '../../content/task-draft';
import { axeViolations } from './browser';
import { CHROME_BUILD, chooseLanguage, deepFocus, foreign, loadExtension, openExtensionPage, type LoadedExtension } from './extension-harness';

/** The extension API inside the pages and the service worker (evaluated there; not typed here). */
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const TRIO_POINT = 'løbende sikre et godt arbejdsmiljø sammen med TRIO og MED';
const MENING = da.focusAreas.find((a) => a.id === 'mening')!.title;
const TASK = 'E2E-opgave 4711';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let ext: LoadedExtension;

beforeAll(async () => {
  ext = await loadExtension();
});
afterAll(async () => {
  await ext?.close();
});

/** axe-core on an extension page (evaluated, as the extension's CSP refuses an inline script tag). */
async function axe(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return axeViolations(page);
}

/** The value of a (visible) text field, by its label; null while there is none. */
const fieldValue = (page: Page, name: string) =>
  page.getByRole('textbox', { name, exact: true }).inputValue({ timeout: 1000 }).catch(() => null);

/** The person's language option (as the options page stores it); none = automatic. */
const language = (choice?: 'da' | 'en') => chooseLanguage(ext, choice);

/** The search field has focus: the mark the popup sets, and the focused element inside lg-search. */
async function searchReady(page: Page) {
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('lg:search-ready').length)).toBe(1);
  expect(await deepFocus(page)).toMatchObject({ tag: 'input', hosts: ['lg-search'] });
}

describe('the manifest', () => {
  const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8'));

  it('asks for the fewest permissions: no host access, no tabs, no content scripts', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['contextMenus', 'sidePanel', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('runs only its own code: the default CSP, no remote script anywhere in the build', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    for (const page of ['popup.html', 'sidepanel.html', 'options.html', 'framework.html']) {
      const html = readFileSync(join(CHROME_BUILD, page), 'utf8');
      expect(html, page).not.toMatch(/<script(?![^>]*\bsrc="\/)[^>]*>/);
      expect(html, page).not.toMatch(/https?:\/\//);
    }
  });

  it('has the surfaces: popup, side panel, options page, omnibox keyword, shortcut, managed schema', () => {
    expect(manifest.action.default_popup).toBe('popup.html');
    expect(manifest.side_panel.default_path).toBe('sidepanel.html');
    expect(manifest.options_ui).toMatchObject({ page: 'options.html', open_in_tab: true });
    expect(manifest.omnibox).toEqual({ keyword: 'lg' });
    expect(manifest.commands._execute_action.suggested_key).toEqual({ default: 'Alt+Shift+L' });
    expect(manifest.storage.managed_schema).toBe('managed_schema.json');
    expect(JSON.parse(readFileSync(join(CHROME_BUILD, 'managed_schema.json'), 'utf8')).properties.readMoreUrl.type).toBe('string');
    expect(Object.keys(manifest.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
  });
});

describe('the Chrome build in Chromium', () => {
  it('options page: says what is stored, switches the language, zero axe violations in English and Danish', async () => {
    await language(undefined);
    const page = await openExtensionPage(ext, 'options.html');
    // This Chromium's own language is English, but Danish, the original, is the default unless the person chooses.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    expect(await page.title()).toBe('Ledelsesgrundlag – indstillinger');
    await expect.poll(() => page.getByRole('radio', { name: /^Dansk/ }).isChecked()).toBe(true);
    expect(await page.getByText('Dansk er originalen og det sprog, udvidelsen bruger').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Hvad gemmes, og hvor' }).isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);

    await page.getByRole('radio', { name: /^English/ }).check();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe('Leadership framework – settings');
    expect(await page.getByText('None of the settings is set by your organisation.').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'What is stored, and where' }).isVisible()).toBe(true);
    expect(await page.getByRole('status').first().textContent()).toBe('Saved.');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('popup: the search field has focus at once; "arbejdsmiljo" finds the TRIO/MED point of "mening"; Enter opens it in a tab', async () => {
    await language('da');
    const page = await openExtensionPage(ext, 'popup.html');
    await searchReady(page);
    // Empty: the four cards.
    expect(await page.getByRole('heading', { name: MENING }).isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);

    await page.keyboard.type('arbejdsmiljo');
    const hit = page.getByRole('link', { name: new RegExp(TRIO_POINT) });
    await hit.waitFor();
    expect(await hit.locator('mark').allTextContents()).toEqual(['arbejdsmiljø']);
    expect(await hit.textContent()).toContain(MENING);
    expect(await page.getByRole('heading', { name: MENING }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);

    // By keyboard: down into the results to the point, Enter.
    let focus = await deepFocus(page);
    for (let i = 0; i < 10 && !focus?.text.includes(TRIO_POINT); i++) {
      await page.keyboard.press('ArrowDown');
      focus = await deepFocus(page);
    }
    expect(focus?.text).toContain(TRIO_POINT);
    // The popup opens the place in a tab and closes itself (which may end the key press).
    const [tab] = await Promise.all([ext.context.waitForEvent('page'), page.keyboard.press('Enter').catch(() => {})]);
    await tab.waitForLoadState();
    // the phrase matched travels with the address, for the framework page to mark
    expect(tab.url()).toBe(ext.url('framework.html#mening&mark=arbejdsmilj%C3%B8'));
    // One result, one tab: the key opens it once.
    await new Promise((r) => setTimeout(r, 300));
    expect(ext.context.pages().filter((p) => p.url().includes('framework.html'))).toHaveLength(1);
    // The framework opens at the area and moves focus to it.
    await expect.poll(async () => (await deepFocus(tab))?.text).toBe(MENING);
    expect((await deepFocus(tab))?.hosts[0]).toBe('lg-framework');
    expect(await tab.title()).toBe('Fælles ledelsesgrundlag – Gentofte Kommune');
    expect(await axe(tab)).toEqual([]);
    await expect.poll(() => page.isClosed()).toBe(true);
    await tab.close();
  });

  it('popup: its HTML holds the search field (with autofocus) and the four titles, which the script hydrates in place; in English it renders afresh', async () => {
    const html = readFileSync(join(CHROME_BUILD, 'popup.html'), 'utf8');
    const shadow = html.slice(html.indexOf('<lg-search'), html.indexOf('</lg-search>'));
    expect(shadow).toMatch(/<template shadowroot(mode)?="open"[^>]*>[\s\S]*<input id="field"[^>]*\bautofocus\b/);
    for (const a of da.focusAreas) expect(shadow).toContain(a.title);

    await language('da');
    const page = await openExtensionPage(ext, 'popup.html');
    // the same field that came with the HTML: hydrated, not replaced (a replaced one would not carry the mark)
    await page.evaluate(() => document.querySelector('lg-search')!.shadowRoot!.querySelector('input')!.setAttribute('data-from-html', ''));
    await searchReady(page);
    await page.keyboard.type('arbejdsmiljo');
    await page.getByRole('link', { name: new RegExp(TRIO_POINT) }).waitFor();
    expect(await page.evaluate(() => document.querySelector('lg-search')!.shadowRoot!.querySelector('input')!.hasAttribute('data-from-html'))).toBe(true);
    await page.close();

    // typed before the popup's code has come (its first frame is held here until the text is in): kept, and searched
    const early = await ext.context.newPage();
    await early.addInitScript(() => {
      const w = window as unknown as { release: () => void };
      const held = new Promise<void>((resolve) => (w.release = resolve));
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) => raf((t) => void held.then(() => callback(t)));
    });
    await early.goto(ext.url('popup.html'));
    await expect.poll(() => deepFocus(early)).toMatchObject({ tag: 'input', hosts: ['lg-search'] });
    await early.keyboard.type('arbejdsmiljo');
    expect(await early.evaluate(() => customElements.get('lg-search'))).toBeUndefined(); // no code yet
    await early.evaluate(() => (window as unknown as { release: () => void }).release());
    await early.getByRole('link', { name: new RegExp(TRIO_POINT) }).waitFor();
    await early.close();

    await language('en');
    const en = await openExtensionPage(ext, 'popup.html');
    await expect.poll(() => en.getByRole('searchbox', { name: 'Search the leadership framework' }).count()).toBe(1);
    expect(await en.getByRole('heading', { name: enFw.focusAreas[2].title }).isVisible()).toBe(true);
    expect(await en.getByRole('heading', { name: MENING }).count()).toBe(0);
    expect(await deepFocus(en)).toMatchObject({ tag: 'input', hosts: ['lg-search'] });
    expect(await axe(en)).toEqual([]);
    await en.close();
    await language();
  });

  it('popup: the task tab shows the four weights, each on one line, and the heart within two popup heights', async () => {
    for (const choice of ['da', 'en'] as const) {
      await language(choice);
      const page = await openExtensionPage(ext, 'popup.html');
      await page.setViewportSize({ width: 640, height: 600 }); // the popup's width (40rem); Chrome's popup is at most 600 high
      await page.getByRole('tab', { name: choice === 'da' ? 'Opgave' : 'Task' }).click();
      await page.locator('lg-task-picker [part="heart"]').waitFor();
      const layout = await page.evaluate(() => {
        const root = document.querySelector('lg-task-picker')!.shadowRoot!;
        const rows = [...root.querySelectorAll('fieldset.scale')].map((f) => new Set([...f.querySelectorAll('input[type="radio"]')].map((r) => Math.round(r.getBoundingClientRect().top))).size);
        return { rows, heartBottom: root.querySelector('[part="heart"]')!.getBoundingClientRect().bottom + scrollY, pageWidth: document.documentElement.scrollWidth };
      });
      expect(layout.rows, choice).toEqual([1, 1, 1, 1]);
      expect(layout.heartBottom, choice).toBeLessThanOrEqual(1200);
      expect(layout.pageWidth, choice).toBeLessThanOrEqual(640);
      await page.close();
    }
  });

  it('popup: saves a task in the picker, and a new popup finds it again', async () => {
    await language('da');
    let page = await openExtensionPage(ext, 'popup.html');
    await searchReady(page);
    // Shift+Tab from the field to the tabs, → to "Opgave", Tab into the picker.
    await page.keyboard.press('Shift+Tab');
    expect(await deepFocus(page)).toMatchObject({ tag: 'button', text: 'Søg' });
    await page.keyboard.press('ArrowRight');
    expect(await deepFocus(page)).toMatchObject({ tag: 'button', text: 'Opgave' });
    expect(await page.getByRole('tab', { name: 'Opgave' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tabpanel', { name: 'Opgave' }).isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await deepFocus(page)).toMatchObject({ tag: 'input', hosts: ['lg-task-picker'] });
    await page.keyboard.type(TASK);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ny vagtplan for hjemmeplejen');
    await page.getByRole('radio', { name: 'I særlig grad' }).first().check();
    await page.getByRole('button', { name: 'Gem', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Opgaven er gemt.').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.close();

    page = await openExtensionPage(ext, 'popup.html');
    await page.getByRole('tab', { name: 'Opgave' }).click();
    const open = page.getByRole('button', { name: `Åbn ${TASK}` });
    await open.waitFor();
    await open.click();
    await expect.poll(() => fieldValue(page, 'Opgave')).toBe(TASK);
    expect(await fieldValue(page, 'Beskrivelse (valgfri)')).toBe('Ny vagtplan for hjemmeplejen');
    await page.close();
  });

  it("popup: 'Kopiér link' without a task page from IT gives the Markdown and says why; the extension's own link reopens the task in its tab", async () => {
    await language('da');
    const task = { weights: { faglighed: 0, innovation: 3, mening: 1, drift: 0 } as const, task: 'Delt opgave 12', description: 'Ny IT-platform' };
    // an old link of the extension's own (copied before links could point elsewhere), opened in a tab
    const page = await openExtensionPage(ext, `popup.html#${stateToFragment(task)}`);
    await expect.poll(() => fieldValue(page, 'Opgave')).toBe('Delt opgave 12');
    expect(await page.getByRole('tab', { name: 'Opgave' }).getAttribute('aria-selected')).toBe('true');
    expect(await fieldValue(page, 'Beskrivelse (valgfri)')).toBe('Ny IT-platform');
    // what is written to the clipboard, noted on the way (reading it back needs a permission extension pages cannot be given)
    await page.evaluate(() => {
      const w = window as unknown as { copied: string[] };
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      w.copied = [];
      navigator.clipboard.writeText = (text: string) => (w.copied.push(text), write(text));
    });
    await page.getByRole('button', { name: 'Kopiér link' }).click();
    const status = page.locator('lg-task-picker [part="status"]');
    await expect.poll(() => status.textContent()).toContain('Et link herfra kan kun åbnes i din egen browserudvidelse');
    // the Markdown: on the clipboard, or (where the browser refuses the clipboard) in the field to copy by hand
    const copied = (await status.textContent())!.includes('Kopieret som Markdown')
      ? await page.evaluate(() => (window as unknown as { copied: string[] }).copied[0])
      : await page.locator('lg-task-picker .copy textarea').inputValue();
    expect(copied).toMatch(/^# Delt opgave 12\n/);
    expect(copied).not.toContain('chrome-extension://');
    await page.close();
  });

  it('Min refleksion in a tab of its own: notes only the extension can read, saved; zero axe violations', async () => {
    await language('da');
    const page = await openExtensionPage(ext, 'journal.html');
    expect(await page.title()).toBe('Min refleksion – Ledelsesgrundlag');
    const journal = page.locator('lg-reflection-journal');
    await expect.poll(() => journal.locator('[part="privacy"]').textContent()).toContain('kun udvidelsen kan læse dem');
    await journal.locator('input[name="level-mening"][value="2"]').check();
    await journal.getByRole('button', { name: 'Gem notatet' }).click();
    await expect.poll(() => journal.locator('#form-msg').textContent()).toMatch(/^Notatet fra .* er gemt\.$/);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('side panel: the framework and the picker, zero axe violations on both tabs', async () => {
    await language('da');
    const page = await openExtensionPage(ext, 'sidepanel.html');
    expect(await page.title()).toBe('Ledelsesgrundlag – sidepanel');
    expect(await page.getByRole('tab', { name: 'Ledelsesgrundlaget' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('heading', { name: MENING }).first().isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Ledelsesgrundlaget' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tabpanel', { name: 'Opgave' }).isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
    expect(await page.locator('a[data-read-more]').isVisible()).toBe(false);
    await page.close();
  });

  it('side panel: a task handed over by the context menu reaches the picker, in the panel or in a window', async () => {
    await language('da');
    const panel = await openExtensionPage(ext, 'sidepanel.html');
    const other = await openExtensionPage(ext, 'framework.html');
    // What the context menu's click leaves for the panel (extension/lib/panel.ts), while the panel is open.
    await other.evaluate(() => chrome.storage.session.set({ panelRequest: { description: 'Ny vagtplan for hjemmeplejen', at: Date.now() } }));
    await expect.poll(() => fieldValue(panel, 'Beskrivelse (valgfri)')).toBe('Ny vagtplan for hjemmeplejen');
    expect(await fieldValue(panel, 'Opgave')).toBe('');
    expect(await panel.getByRole('tab', { name: 'Opgave' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => other.evaluate(() => chrome.storage.session.get('panelRequest'))).toEqual({});
    await panel.close();

    // Left before the panel opens: taken when it loads.
    await other.evaluate(() => chrome.storage.session.set({ panelRequest: { description: 'Budget 2026', at: Date.now() } }));
    const later = await openExtensionPage(ext, 'sidepanel.html');
    await expect.poll(() => fieldValue(later, 'Beskrivelse (valgfri)')).toBe('Budget 2026');

    // The window the context menu opens where the side panel is off.
    const fragment = stateToFragment({ weights: { faglighed: 0, innovation: 0, mening: 0, drift: 0 }, task: '', description: 'Rekruttering & fastholdelse' });
    const win = await openExtensionPage(ext, `sidepanel.html?view=window#${fragment}`);
    await expect.poll(() => fieldValue(win, 'Beskrivelse (valgfri)')).toBe('Rekruttering & fastholdelse');
    expect(await win.getByRole('tab', { name: 'Opgave' }).getAttribute('aria-selected')).toBe('true');
    for (const p of [other, later, win]) await p.close();
  });

  it("popup: 'Åbn i sidepanel' opens Chrome's side panel", async () => {
    await language('da');
    const page = await openExtensionPage(ext, 'popup.html');
    await page.getByRole('button', { name: 'Åbn i sidepanel' }).click();
    await expect
      .poll(() => ext.worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c: { documentUrl: string }) => c.documentUrl)))
      .toEqual([expect.stringMatching(/\/sidepanel\.html$/)]);
  });

  it('text at a readable size on every page: body text 16 px, buttons, tabs and fields at least 14 px, inside the elements too', async () => {
    await language('da');
    for (const path of ['popup.html', 'sidepanel.html', 'framework.html', 'journal.html', 'options.html']) {
      const page = await openExtensionPage(ext, path);
      const sizes = await page.evaluate(() => {
        const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
        // every element, through the elements' shadow roots
        const all = (root: Document | ShadowRoot): Element[] =>
          [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
        const visible = all(document).filter((el) => (el as HTMLElement).offsetParent !== null || el.localName === 'body');
        const controls = visible.filter((el) => el.matches('button, [role="tab"], input:not([type="radio"]):not([type="checkbox"]), select, textarea, label'));
        return { body: px(document.body), smallest: Math.min(...controls.map(px)), small: controls.filter((el) => px(el) < 14).map((el) => `${el.localName}${el.id ? '#' + el.id : ''} ${px(el)}px`) };
      });
      expect(sizes.body, path).toBe(16);
      expect(sizes.small, path).toEqual([]);
      expect(sizes.smallest, path).toBeGreaterThanOrEqual(14);
      await page.close();
    }
  });

  it('takes the shortcut Alt+Shift+L for the popup', async () => {
    const commands = await ext.worker.evaluate(() => chrome.commands.getAll());
    expect(commands).toContainEqual(expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+L' }));
  });

  it('made no request outside the extension, and no page had an error', () => {
    expect(ext.requests.length).toBeGreaterThan(10);
    expect(foreign(ext.requests, ext.id)).toEqual([]);
    expect(ext.errors).toEqual([]);
  });
});
