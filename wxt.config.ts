import { defineConfig } from 'wxt';

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
