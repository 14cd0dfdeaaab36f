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
    excludeSources: ['dist/**', 'coverage/**', 'test-results/**', '.scratch/**', '**/*.log'],
  },
  manifest: ({ browser }) => ({
    name: 'Ledelsesgrundlag – Gentofte Kommune',
    description:
      'Gentofte Kommunes fælles ledelsesgrundlag ved hånden: søg i det, de fire fokusområder, og hvilke fokusområder en opgave kalder på. Offline, ingen sporing.',
    default_locale: undefined,
    // storage: settings and the hand-off to the side panel; contextMenus/menus: the menu on selected text.
    // Chrome's "sidePanel" is added by WXT for the sidepanel entrypoint. No host permissions, no "tabs".
    permissions: ['storage', browser === 'firefox' ? 'menus' : 'contextMenus'],
    omnibox: { keyword: 'lg' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+L' }, description: 'Åbn Ledelsesgrundlag' },
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
