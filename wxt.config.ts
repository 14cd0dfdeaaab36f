import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * The popup's search field and four focus areas in popup.html itself, prerendered by scripts/prerender.mjs (Lit's
 * server renderer, with hydration markers): the field is there, with focus, before any code runs, and the popup's
 * script hydrates it (extension/popup/main.ts). Without the file (wxt run alone, before `npm run build`), the popup
 * renders them by script as before.
 */
const PRERENDERED_POPUP = 'build/prerendered/popup-search.da.html';
function prerenderedPopup(): Plugin {
  return {
    name: 'lg-prerendered-popup',
    transformIndexHtml(html, ctx) {
      if (!/popup[\\/]index\.html$/.test(ctx.filename)) return html;
      if (!existsSync(PRERENDERED_POPUP)) {
        console.warn(`${PRERENDERED_POPUP} is missing (npm run build writes it): the popup renders its search by script.`);
        return html;
      }
      // (WXT has serialised the page again by now: autofocus-field="")
      const search = /<lg-search\b[^>]*>\s*<lg-focus-areas\b[^>]*><\/lg-focus-areas>\s*<\/lg-search>/;
      if (!search.test(html)) throw new Error('popup/index.html no longer has the search that scripts/prerender.mjs prerenders (POPUP_SEARCH)');
      return html.replace(search, readFileSync(PRERENDERED_POPUP, 'utf8'));
    },
  };
}

// The extension is a thin shell around the shared elements in components/.
// See ../shared/DESIGN.md for why each setting is here, and the README (The browser extension) for each permission.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'extension',
  // Static files copied as they are: the icons and the schema of the settings IT can set by policy.
  publicDir: 'public',
  outDir: '.output',
  // WXT would otherwise auto-import everything in components/; we import explicitly.
  imports: false,
  // One `browser` API in both browsers: webextension-polyfill (promises, `browser.*`), also inside WXT's own code.
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [prerenderedPopup()] }),
  // The dev runner cannot open a browser on these machines.
  webExt: { disabled: true },
  // `npm run zip`: .output/ledelsesgrundlag-<version>-chrome-mv3.zip, …-firefox-mv3.zip, and the sources for AMO review.
  zip: {
    artifactTemplate: 'ledelsesgrundlag-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    sourcesTemplate: 'ledelsesgrundlag-{{version}}-sources.zip',
    // Build output and local leftovers are not source.
    excludeSources: ['dist/**', 'build/**', 'coverage/**', 'test-results/**', '.scratch/**', '**/*.log'],
  },
  hooks: {
    // The toolbar button's and the sidebar's titles from public/_locales too (WXT takes them from the pages' <title>).
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
      const sidebar = (manifest as { sidebar_action?: { default_title?: string } }).sidebar_action;
      if (sidebar) sidebar.default_title = '__MSG_sidePanelTitle__';
    },
  },
  manifest: ({ browser }) => ({
    // Name, description and titles in the browser's language (public/_locales), Danish by default.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'da',
    // storage: settings and the hand-off to the side panel; contextMenus/menus: the menu on selected text.
    // Chrome's "sidePanel" is added by WXT for the sidepanel entrypoint. No host permissions, no "tabs".
    permissions: ['storage', browser === 'firefox' ? 'menus' : 'contextMenus'],
    omnibox: { keyword: 'lg' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_openPopup__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ledelsesgrundlag@gentofte.dk',
              // 140 ESR: the first release that reads data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Not made for Firefox for Android (no side panel there); were it installed, 142 reads the same key.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // Firefox reads policy values without a schema (policies.json "3rdparty"); Chrome/Edge need one.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
