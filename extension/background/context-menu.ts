/**
 * The context menu on selected text: "Hvilke fokusområder kalder opgaven på?" opens the task picker with the
 * selection as the task's description, in the side panel where there is one and it is on, otherwise in a small
 * window of its own.
 */
import type { Browser, Menus, Tabs } from 'webextension-polyfill';
import type { Language } from '../../content/model';
import { PENDING_KEY, leaveRequest, openPanel, openPanelWindow } from '../lib/panel';
import type { EffectiveSettings } from '../lib/settings';
import { STRINGS } from '../lib/strings';

export const MENU_ID = 'lg-task-from-selection';
/** A task description longer than this is cut (a selection can be a whole page). */
export const MAX_DESCRIPTION = 2000;

/** Chrome's `contextMenus`, Firefox's `menus` (which has `contextMenus` as an alias too). */
export const menusOf = (browser: Browser): Menus.Static | undefined => browser.menus ?? browser.contextMenus;

/** The menu's title in the given language. */
export const menuTitle = (lang: Language): string => STRINGS[lang].menuTitle;

/** A selection as a task description: whitespace collapsed, cut at a word near MAX_DESCRIPTION. */
export function toDescription(selection: string | undefined): string {
  const text = (selection ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_DESCRIPTION) return text;
  const cut = text.slice(0, MAX_DESCRIPTION);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_DESCRIPTION - 200 ? cut.slice(0, space) : cut}…`;
}

/**
 * Makes the menu match the settings: there in the settings' language when the surface is on, gone when IT
 * has turned it off. Safe to call again at any time (on start-up, install, and every change of settings).
 */
export async function syncContextMenu(browser: Browser, settings: EffectiveSettings): Promise<void> {
  const menus = menusOf(browser);
  if (!menus) return;
  await menus.removeAll();
  if (!settings.surfaces.contextMenu) return;
  await new Promise<void>((resolve) => {
    menus.create({ id: MENU_ID, title: menuTitle(settings.lang), contexts: ['selection'] }, () => {
      // Reading lastError marks it as handled (a duplicate id after a quick second call is harmless).
      void browser.runtime.lastError;
      resolve();
    });
  });
}

/**
 * What a click on the menu does. Called synchronously from the click (a side panel opens only then);
 * `settings` is what the background knows now, or undefined if it has not read them yet.
 */
export function onMenuClick(
  browser: Browser,
  info: Pick<Menus.OnClickData, 'menuItemId' | 'selectionText'>,
  tab: Pick<Tabs.Tab, 'windowId'> | undefined,
  settings: EffectiveSettings | undefined,
): Promise<void> {
  if (info.menuItemId !== MENU_ID) return Promise.resolve();
  const request = { description: toDescription(info.selectionText) };
  if (settings && !settings.surfaces.sidePanel) return openPanelWindow(browser, request);
  // Leave the request first, then open in the same turn: the panel reads it when it loads.
  const left = leaveRequest(browser, { ...request, windowId: tab?.windowId });
  const opened = openPanel(browser, tab?.windowId);
  return Promise.all([left, opened]).then(
    () => undefined,
    async () => {
      await left.catch(() => {});
      await browser.storage.session.remove(PENDING_KEY).catch(() => {});
      await openPanelWindow(browser, request);
    },
  );
}

/** Registers the click listener (at the top level of the background, as MV3 requires). */
export function setupContextMenu(browser: Browser, current: () => EffectiveSettings | undefined): void {
  menusOf(browser)?.onClicked.addListener((info, tab) => {
    void onMenuClick(browser, info, tab, current()).catch((error) => console.error('Ledelsesgrundlag: context menu', error));
  });
}
