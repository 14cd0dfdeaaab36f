import { defineConfig } from 'wxt';

// The extension is a thin shell around the shared elements in components/.
// See ../shared/DESIGN.md for why each setting is here.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'extension',
  outDir: '.output',
  // WXT would otherwise auto-import everything in components/; we import explicitly.
  imports: false,
  // The dev runner cannot open a browser on these machines.
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Ledelsesgrundlag – Gentofte Kommune',
    description:
      'Gentofte Kommunes fælles ledelsesgrundlag ved hånden: de fire fokusområder og refleksionsspørgsmålene. Offline, ingen sporing.',
    default_locale: undefined,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ledelsesgrundlag@gentofte.dk',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
