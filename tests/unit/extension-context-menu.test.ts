/**
 * The context menu on selected text, and the hand-off to the side panel: the menu follows the settings, and a
 * click opens the picker with the selection as the task's description — in the side panel (Chrome's sidePanel,
 * Firefox's sidebar), opened in the same turn as the click, or in a window where the side panel is off or refused.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stateFromFragment } from '../../content/task-draft';
import { MAX_DESCRIPTION, MENU_ID, onMenuClick, setupContextMenu, syncContextMenu, toDescription } from '../../extension/background/context-menu';
import { PENDING_KEY, PENDING_TTL_MS, leaveRequest, panelWindowUrl, syncSidePanel, takeRequest, watchRequests } from '../../extension/lib/panel';
import { resolveSettings, type EffectiveSettings } from '../../extension/lib/settings';
import { testBrowser } from './extension-fake';

afterEach(() => void vi.restoreAllMocks());

const settings = (policy: object = {}, user: object = {}, ui = 'da-DK'): EffectiveSettings => resolveSettings(user, policy, ui);
const click = (selectionText: string, menuItemId: string | number = MENU_ID) => ({ menuItemId, selectionText });

describe('syncContextMenu', () => {
  it('creates one item for selected text, titled with the question, after removing any old one', async () => {
    const { browser, menus } = testBrowser();
    await syncContextMenu(browser, settings());
    expect(menus.removeAll).toHaveBeenCalledOnce();
    expect(menus.create).toHaveBeenCalledOnce();
    expect(menus.create.mock.calls[0][0]).toEqual({ id: MENU_ID, title: 'Hvilke fokusområder kalder opgaven på?', contexts: ['selection'] });
    expect(menus.removeAll.mock.invocationCallOrder[0]).toBeLessThan(menus.create.mock.invocationCallOrder[0]);
  });

  it('titles it in English when the settings say English', async () => {
    const { browser, menus } = testBrowser();
    await syncContextMenu(browser, settings({}, { language: 'en' }));
    expect(menus.create.mock.calls[0][0]).toMatchObject({ title: 'Which focus areas does the task call for?' });
  });

  it('creates nothing when IT has turned the context menu off', async () => {
    const { browser, menus } = testBrowser();
    await syncContextMenu(browser, settings({ showContextMenu: false }));
    expect(menus.removeAll).toHaveBeenCalledOnce();
    expect(menus.create).not.toHaveBeenCalled();
  });

  it("uses Firefox's menus where there is no contextMenus", async () => {
    const { browser, menus } = testBrowser({ kind: 'firefox' });
    (browser as unknown as Record<string, unknown>).contextMenus = undefined;
    await syncContextMenu(browser, settings());
    expect(menus.create).toHaveBeenCalledOnce();
  });
});

describe('toDescription', () => {
  it('collapses whitespace and trims', () => {
    expect(toDescription('  Ny  vagtplan\n\tfor  hjemmeplejen ')).toBe('Ny vagtplan for hjemmeplejen');
    expect(toDescription(undefined)).toBe('');
  });

  it('cuts a long selection at a word', () => {
    const long = 'ord '.repeat(1000);
    const d = toDescription(long);
    expect(d.length).toBeLessThanOrEqual(MAX_DESCRIPTION + 1);
    expect(d.endsWith('ord…')).toBe(true);
  });
});

describe('a click on the menu', () => {
  it("Chrome: leaves the description for the side panel and opens it in the click's window, in the same turn", async () => {
    const { browser, fake, sidePanel } = testBrowser({ kind: 'chrome' });
    const done = onMenuClick(browser, click('Ny  vagtplan for hjemmeplejen'), { windowId: 7 }, settings());
    // Called synchronously: a side panel opens only while the click is being handled.
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 7 });
    await done;
    const left = (await fake.storage.session.get(PENDING_KEY))[PENDING_KEY] as { at: unknown };
    expect(left).toMatchObject({ description: 'Ny vagtplan for hjemmeplejen', windowId: 7 });
    expect(typeof left.at).toBe('number');
    // Each window has its own panel: another window's panel leaves it alone.
    expect(await takeRequest(browser, 8)).toBeUndefined();
    expect(await takeRequest(browser, 7)).toMatchObject({ description: 'Ny vagtplan for hjemmeplejen' });
  });

  it("Firefox: opens the sidebar in the same turn", async () => {
    const { browser, sidebarAction } = testBrowser({ kind: 'firefox' });
    const done = onMenuClick(browser, click('Budget 2026'), { windowId: 1 }, settings());
    expect(sidebarAction.open).toHaveBeenCalledOnce();
    await done;
    expect(await takeRequest(browser)).toMatchObject({ description: 'Budget 2026' });
  });

  it('also opens the side panel when the settings are not read yet', () => {
    const { browser, sidePanel } = testBrowser();
    void onMenuClick(browser, click('x'), { windowId: 2 }, undefined);
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 2 });
  });

  it('opens the picker in a window of its own when IT has turned the side panel off', async () => {
    const { browser, fake, sidePanel } = testBrowser();
    const created = vi.spyOn(fake.windows, 'create');
    await onMenuClick(browser, click('Ny vagtplan & budget'), { windowId: 1 }, settings({ showSidePanel: false }));
    expect(sidePanel.open).not.toHaveBeenCalled();
    expect(created).toHaveBeenCalledOnce();
    const { url, type } = created.mock.calls[0][0]!;
    expect(type).toBe('popup');
    const u = new URL(url as string);
    expect(u.pathname).toBe('/sidepanel.html');
    expect(u.searchParams.get('view')).toBe('window');
    // The picker reads its own fragment form (attribute url-state).
    expect(stateFromFragment(u.hash)).toEqual({
      weights: { faglighed: 0, innovation: 0, mening: 0, drift: 0 },
      task: '',
      description: 'Ny vagtplan & budget',
    });
    expect(await takeRequest(browser)).toBeUndefined();
  });

  it('falls back to a window when the browser refuses to open the side panel, and leaves nothing behind', async () => {
    const { browser, fake, sidePanel } = testBrowser();
    sidePanel.open.mockRejectedValueOnce(new Error('may only be called in response to a user gesture'));
    const created = vi.spyOn(fake.windows, 'create');
    await onMenuClick(browser, click('Rekruttering'), { windowId: 1 }, settings());
    expect(created).toHaveBeenCalledOnce();
    expect(stateFromFragment(new URL(created.mock.calls[0][0]!.url as string).hash)?.description).toBe('Rekruttering');
    expect((await fake.storage.session.get(PENDING_KEY))[PENDING_KEY]).toBeUndefined();
  });

  it('falls back to a window where there is no side panel at all', async () => {
    const { browser, fake } = testBrowser();
    (browser as unknown as Record<string, unknown>).sidePanel = undefined;
    const created = vi.spyOn(fake.windows, 'create');
    await onMenuClick(browser, click('x'), { windowId: 1 }, settings());
    expect(created).toHaveBeenCalledOnce();
  });

  it('ignores other menu items', async () => {
    const { browser, fake, sidePanel } = testBrowser();
    const created = vi.spyOn(fake.windows, 'create');
    await onMenuClick(browser, click('x', 'something-else'), { windowId: 1 }, settings());
    expect(sidePanel.open).not.toHaveBeenCalled();
    expect(created).not.toHaveBeenCalled();
  });

  it('is wired by setupContextMenu, with the settings the background knows at the time', async () => {
    const { browser, menus, fake, sidePanel } = testBrowser();
    let current: EffectiveSettings | undefined = settings();
    setupContextMenu(browser, () => current);
    expect(menus.onClicked.addListener).toHaveBeenCalledOnce();
    menus.onClicked.fire(click('Først') as never, { windowId: 3 } as never);
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
    current = settings({ showSidePanel: false });
    const created = vi.spyOn(fake.windows, 'create');
    menus.onClicked.fire(click('Så') as never, { windowId: 3 } as never);
    await vi.waitFor(() => expect(created).toHaveBeenCalledOnce());
    expect(sidePanel.open).toHaveBeenCalledOnce();
  });
});

describe('the hand-off to the side panel', () => {
  it('is taken once', async () => {
    const { browser } = testBrowser();
    await leaveRequest(browser, { description: 'a' });
    expect(await takeRequest(browser)).toMatchObject({ description: 'a' });
    expect(await takeRequest(browser)).toBeUndefined();
  });

  it('is ignored when it is stale or malformed', async () => {
    const { browser, fake } = testBrowser();
    await leaveRequest(browser, { description: 'old' }, Date.now() - PENDING_TTL_MS - 1);
    expect(await takeRequest(browser)).toBeUndefined();
    expect(await fake.storage.session.get()).toEqual({});
    await fake.storage.session.set({ [PENDING_KEY]: { description: 42, at: Date.now() } });
    expect(await takeRequest(browser)).toBeUndefined();
    await fake.storage.session.set({ [PENDING_KEY]: 'nonsense' });
    expect(await takeRequest(browser)).toBeUndefined();
  });

  it('reaches a panel that is already open', async () => {
    const { browser } = testBrowser();
    const seen: unknown[] = [];
    const stop = watchRequests(browser, 1, (r) => seen.push(r));
    await leaveRequest(browser, { show: 'innovation', windowId: 2 });
    await leaveRequest(browser, { show: 'drift', windowId: 1 });
    await vi.waitFor(() => expect(seen).toEqual([expect.objectContaining({ show: 'drift' })]));
    stop();
  });

  it('can also show a place of the framework in a window', () => {
    const { browser } = testBrowser();
    expect(new URL(panelWindowUrl(browser, { show: 'drift' })).hash).toBe('#drift');
  });

  it("turns Chrome's side panel off and on with the settings", async () => {
    const { browser, sidePanel } = testBrowser();
    await syncSidePanel(browser, false);
    expect(sidePanel.setOptions).toHaveBeenLastCalledWith({ enabled: false });
    await syncSidePanel(browser, true);
    expect(sidePanel.setOptions).toHaveBeenLastCalledWith({ enabled: true });
    const firefox = testBrowser({ kind: 'firefox' });
    await expect(syncSidePanel(firefox.browser, false)).resolves.toBeUndefined();
  });
});
