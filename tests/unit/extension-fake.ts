/**
 * The fake browser for the extension's unit tests: WXT's fakeBrowser (storage, tabs, windows, runtime in memory),
 * with exactly the APIs it does not implement stubbed: the context menu, the omnibox, Chrome's side panel or
 * Firefox's sidebar, and the UI language.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'webextension-polyfill';

type Listener = (...args: never[]) => unknown;

/** An event whose listeners a test can call. */
export function fakeEvent<L extends Listener>() {
  const listeners = new Set<L>();
  return {
    addListener: vi.fn((l: L) => void listeners.add(l)),
    removeListener: vi.fn((l: L) => void listeners.delete(l)),
    hasListener: (l: L) => listeners.has(l),
    listeners,
    fire: (...args: Parameters<L>) => [...listeners].map((l) => l(...(args as never[]))),
  };
}

export interface TestBrowserOptions {
  /** 'chrome': contextMenus + sidePanel; 'firefox': menus + sidebarAction. */
  kind?: 'chrome' | 'firefox';
  uiLanguage?: string;
}

export function testBrowser({ kind = 'chrome', uiLanguage = 'da-DK' }: TestBrowserOptions = {}) {
  fakeBrowser.reset();
  const menus = {
    create: vi.fn((_props: object, done?: () => void) => {
      done?.();
      return 'id';
    }),
    update: vi.fn(async () => {}),
    removeAll: vi.fn(async () => {}),
    onClicked: fakeEvent(),
  };
  const omnibox = {
    setDefaultSuggestion: vi.fn(),
    onInputChanged: fakeEvent(),
    onInputEntered: fakeEvent(),
  };
  const sidePanel = { open: vi.fn(async () => {}), setOptions: vi.fn(async () => {}) };
  const sidebarAction = { open: vi.fn(async () => {}), close: vi.fn(async () => {}) };
  // A browser of the given kind: the fake browser underneath, these APIs on top (the fake itself is not changed).
  const browser = Object.assign(Object.create(fakeBrowser) as object, {
    contextMenus: menus,
    menus: kind === 'firefox' ? menus : undefined,
    omnibox,
    sidePanel: kind === 'chrome' ? sidePanel : undefined,
    sidebarAction: kind === 'firefox' ? sidebarAction : undefined,
    i18n: { ...fakeBrowser.i18n, getUILanguage: () => uiLanguage },
  }) as unknown as Browser;
  return { browser, fake: fakeBrowser, menus, omnibox, sidePanel, sidebarAction };
}
