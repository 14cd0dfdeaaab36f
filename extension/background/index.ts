/**
 * The background: the context menu on selected text, the `lg` address bar keyword, and keeping both (and
 * Chrome's side panel) in line with the settings. The logic lives beside this file and in ../lib, as functions
 * that take the `browser` object, so the unit tests run them against a fake browser.
 */
import { browser } from '@wxt-dev/webextension-polyfill/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { find } from '../lib/find';
import { syncSidePanel } from '../lib/panel';
import { loadSettings, watchSettings, type EffectiveSettings } from '../lib/settings';
import { setupContextMenu, syncContextMenu } from './context-menu';
import { setupOmnibox } from './omnibox';

export default defineBackground(() => {
  let settings: EffectiveSettings | undefined;
  let applying = Promise.resolve();

  const apply = (next: EffectiveSettings) => {
    settings = next;
    applying = applying
      .then(() => syncContextMenu(browser, next))
      .then(() => syncSidePanel(browser, next.surfaces.sidePanel))
      .catch((error) => console.error('Ledelsesgrundlag: applying the settings', error));
  };

  // Listeners are registered at once, at the top level: an MV3 background may have been started by the event.
  setupContextMenu(browser, () => settings);
  setupOmnibox(browser, {
    search: find,
    settings: async () => settings ?? loadSettings(browser),
    markup: import.meta.env.BROWSER !== 'firefox',
  });
  watchSettings(browser, apply);
  void loadSettings(browser).then(apply);
});
