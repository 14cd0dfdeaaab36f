/**
 * IT's kit for the extension, generated from one source, public/managed_schema.json (the settings, their names and
 * types) with the words of ./settings.ts: ADMX/ADML templates in Danish and English for Edge and Chrome (their
 * `3rdparty` extension policy path), a registry (.reg) example, the Intune guide (ADMX import, or OMA-URI in a
 * custom profile) with the values to paste, a Firefox policies.json example, and the update manifests for
 * self-hosting (update.xml for Edge and Chrome, updates.json for Firefox). Pure functions: `scripts/it-kit.mjs` writes
 * the files.
 */
import { SETTING_WORDS, type SettingWords } from './settings';

export interface SchemaProperty {
  type: 'string' | 'boolean';
  enum?: string[];
  title?: string;
  description?: string;
}
export interface ManagedSchema {
  properties: Record<string, SchemaProperty>;
}

export type Browser = 'chrome' | 'edge';

export interface KitOptions {
  /** The extension's version (package.json). */
  version: string;
  /** The extension's id in each browser: from its store listing, or from the key it is signed with. */
  ids: Record<Browser, string>;
  /** The Firefox add-on id (the manifest's gecko id). */
  geckoId: string;
  /** Where IT publishes the files it hosts itself, e.g. https://intranet.example.dk/software/ledelsesgrundlag/. */
  hostUrl: string;
}

/** The registry path of each browser's policies. */
const POLICY_ROOT: Record<Browser, { key: string; name: string; supported: string }> = {
  chrome: { key: 'Software\\Policies\\Google\\Chrome', name: 'Google Chrome', supported: 'Google Chrome 88 og nyere' },
  edge: { key: 'Software\\Policies\\Microsoft\\Edge', name: 'Microsoft Edge', supported: 'Microsoft Edge 88 og nyere' },
};

/** The registry key of the extension's own policy in a browser. */
export const extensionKey = (browser: Browser, id: string) => `${POLICY_ROOT[browser].key}\\3rdparty\\extensions\\${id}\\policy`;

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const settings = (schema: ManagedSchema) => Object.entries(schema.properties);

/** The ADMX template of one browser (the policy definitions; the words are in the ADML files). */
export function admx(schema: ManagedSchema, browser: Browser, id: string): string {
  const key = extensionKey(browser, id);
  const policy = ([name, p]: [string, SchemaProperty]) => {
    const head = `    <policy name="${name}" class="Machine" displayName="$(string.${name})" explainText="$(string.${name}_explain)" key="${xml(key)}"`;
    const tail = `      <parentCategory ref="ledelsesgrundlag" />\n      <supportedOn ref="supported" />`;
    if (p.type === 'boolean')
      return `${head} valueName="${name}">\n${tail}\n      <enabledValue><decimal value="1" /></enabledValue>\n      <disabledValue><decimal value="0" /></disabledValue>\n    </policy>`;
    const element = p.enum
      ? `        <enum id="${name}" valueName="${name}">\n${p.enum.map((v) => `          <item displayName="$(string.${name}_${v})"><value><string>${xml(v)}</string></value></item>`).join('\n')}\n        </enum>`
      : `        <text id="${name}" valueName="${name}" maxLength="2048" />`;
    return `${head} presentation="$(presentation.${name})">\n${tail}\n      <elements>\n${element}\n      </elements>\n    </policy>`;
  };
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Generated from public/managed_schema.json by scripts/it-kit.mjs: edit the schema, not this file. -->
<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0">
  <policyNamespaces>
    <target prefix="ledelsesgrundlag" namespace="Gentofte.Policies.Ledelsesgrundlag.${browser === 'chrome' ? 'Chrome' : 'Edge'}" />
    <using prefix="windows" namespace="Microsoft.Policies.Windows" />
  </policyNamespaces>
  <resources minRequiredRevision="1.0" />
  <supportedOn>
    <definitions>
      <definition name="supported" displayName="$(string.supported)" />
    </definitions>
  </supportedOn>
  <categories>
    <category name="ledelsesgrundlag" displayName="$(string.category)" />
  </categories>
  <policies>
${settings(schema).map(policy).join('\n')}
  </policies>
</policyDefinitions>
`;
}

const CATEGORY = { da: 'Ledelsesgrundlag (udvidelse)', en: 'Leadership framework (extension)' };
const KIT_DESCRIPTION = {
  da: (browser: string) => `Indstillinger for browserudvidelsen Ledelsesgrundlag – Gentofte Kommune i ${browser}.`,
  en: (browser: string) => `Settings for the Leadership framework – Gentofte Municipality browser extension in ${browser}.`,
};

/** The ADML resources of one browser in one language. */
export function adml(schema: ManagedSchema, browser: Browser, lang: 'da' | 'en'): string {
  const words = SETTING_WORDS[lang];
  const strings: [string, string][] = [
    ['category', CATEGORY[lang]],
    ['supported', lang === 'da' ? POLICY_ROOT[browser].supported : POLICY_ROOT[browser].supported.replace(' og nyere', ' or later')],
  ];
  const presentations: string[] = [];
  for (const [name, p] of settings(schema)) {
    const w: SettingWords = words[name];
    strings.push([name, w.title], [`${name}_explain`, w.explain]);
    if (p.enum) {
      for (const v of p.enum) strings.push([`${name}_${v}`, w.values?.[v] ?? v]);
      presentations.push(`      <presentation id="${name}"><dropdownList refId="${name}" noSort="true">${xml(w.title)}</dropdownList></presentation>`);
    } else if (p.type === 'string') presentations.push(`      <presentation id="${name}"><textBox refId="${name}"><label>${xml(w.title)}</label></textBox></presentation>`);
  }
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Generated from public/managed_schema.json by scripts/it-kit.mjs: edit the schema, not this file. -->
<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0">
  <displayName>${xml(CATEGORY[lang])}</displayName>
  <description>${xml(KIT_DESCRIPTION[lang](POLICY_ROOT[browser].name))}</description>
  <resources>
    <stringTable>
${strings.map(([k, v]) => `      <string id="${k}">${xml(v)}</string>`).join('\n')}
    </stringTable>
    <presentationTable>
${presentations.join('\n')}
    </presentationTable>
  </resources>
</policyDefinitionResources>
`;
}

/** An example value for each setting, as IT would set it. */
export function exampleValues(schema: ManagedSchema): Record<string, string | boolean> {
  return Object.fromEntries(
    settings(schema).map(([name, p]) => [name, p.type === 'boolean' ? true : p.enum ? (p.enum.includes('da') ? 'da' : p.enum[0]) : 'https://intranet.example.dk/ledelse/ledelsesgrundlag']),
  );
}

/** A .reg example: every setting for both browsers. */
export function registryExample(schema: ManagedSchema, ids: Record<Browser, string>): string {
  const values = exampleValues(schema);
  const block = (browser: Browser) =>
    [`[HKEY_LOCAL_MACHINE\\${extensionKey(browser, ids[browser])}]`]
      .concat(Object.entries(values).map(([k, v]) => (typeof v === 'boolean' ? `"${k}"=dword:0000000${v ? 1 : 0}` : `"${k}"="${v}"`)))
      .join('\r\n');
  return `Windows Registry Editor Version 5.00\r\n\r\n; Generated from public/managed_schema.json by scripts/it-kit.mjs.\r\n; The extension's settings for Google Chrome and Microsoft Edge. Strings are REG_SZ, on/off are REG_DWORD 1/0.\r\n\r\n${block('chrome')}\r\n\r\n${block('edge')}\r\n`;
}

/** Firefox's policies.json: force-installed from IT's own server, with the settings under 3rdparty. */
export function firefoxPolicies(schema: ManagedSchema, o: KitOptions): string {
  return `${JSON.stringify(
    {
      policies: {
        ExtensionSettings: {
          [o.geckoId]: { installation_mode: 'force_installed', install_url: `${o.hostUrl}ledelsesgrundlag-${o.version}-firefox-mv3.xpi` },
        },
        '3rdparty': { Extensions: { [o.geckoId]: exampleValues(schema) } },
      },
    },
    null,
    2,
  )}\n`;
}

/** The OMA-URI of one setting in an Intune custom profile, once the ADMX is ingested. */
export const omaUri = (browser: Browser, name: string) =>
  `./Device/Vendor/MSFT/Policy/Config/ledelsesgrundlag-${browser}~Policy~ledelsesgrundlag/${name}`;

/** The Intune guide: import the ADMX (or ingest it in a custom profile) and set each value. */
export function intuneGuide(schema: ManagedSchema, o: KitOptions): string {
  const rows = settings(schema)
    .map(([name, p]) => {
      const w = SETTING_WORDS.da[name];
      const value = p.type === 'boolean' ? '`<enabled/>` eller `<disabled/>`' : `\`<enabled/><data id="${name}" value="${exampleValues(schema)[name]}"/>\``;
      return `| ${w.title} (\`${name}\`) | ${p.enum ? p.enum.map((v) => `\`${v}\``).join(', ') : p.type === 'boolean' ? 'til/fra' : 'tekst (http(s)-adresse)'} | \`${omaUri('edge', name)}\` | ${value} |`;
    })
    .join('\n');
  return `# Ledelsesgrundlag i Intune – vejledning til IT

*Genereret fra \`public/managed_schema.json\` af \`scripts/it-kit.mjs\`. Udvidelsens version: ${o.version}.*

Udvidelsen installeres og indstilles på administrerede Windows-pc'er med Edge og Chrome uden at røre den enkelte
maskine. Indstillingerne er udvidelsens egne (\`3rdparty\`-politik) og vises i \`edge://policy\` og \`chrome://policy\`.

## 1. Installér udvidelsen

I Intune: *Enheder → Konfiguration → Opret → Windows 10 og nyere → Indstillingskatalog*, søg efter
**Microsoft Edge → Extensions → Control which extensions are installed silently** (\`ExtensionInstallForcelist\`) og
tilføj:

- Edge: \`${o.ids.edge};https://edge.microsoft.com/extensionwebstorebase/v1/crx\` (fra Edge Add-ons), eller
  \`${o.ids.edge};${o.hostUrl}update.xml\` (jeres egen server, se README).
- Chrome (Google Chrome → Extensions → \`ExtensionInstallForcelist\`): \`${o.ids.chrome};https://clients2.google.com/service/update2/crx\`
  eller \`${o.ids.chrome};${o.hostUrl}update.xml\`.

## 2. Indstil udvidelsen – med ADMX-import (anbefalet)

1. *Enheder → Konfiguration → Importér ADMX*: upload \`admx/ledelsesgrundlag-edge.admx\` med
   \`admx/da-DK/ledelsesgrundlag-edge.adml\` (og tilsvarende \`…-chrome\` for Chrome). Edges og Chromes egne ADMX skal
   være importeret først, hvis jeres Intune kræver det.
2. *Opret profil → Skabeloner → Importerede administrative skabeloner*: under **${CATEGORY.da}** sættes
   indstillingerne herunder.

## 2b. Eller med OMA-URI (brugerdefineret profil)

Indlæs først ADMX-filen som en OMA-URI-indstilling (\`./Device/Vendor/MSFT/Policy/ConfigOperations/ADMXInstall/ledelsesgrundlag-edge/Policy/ledelsesgrundlag-edge\`,
datatype streng, værdien er hele \`ledelsesgrundlag-edge.admx\`), og sæt så hver indstilling (datatype streng):

| indstilling | værdier | OMA-URI (Edge; Chrome: \`…ledelsesgrundlag-chrome~…\`) | værdi at indsætte |
| --- | --- | --- | --- |
${rows}

## Uden ADMX

Samme værdier i registreringsdatabasen (fx med et PowerShell-script i Intune): se \`ledelsesgrundlag.reg\`. Nøglen er
\`HKLM\\${extensionKey('edge', o.ids.edge)}\` (Chrome: \`HKLM\\${extensionKey('chrome', o.ids.chrome)}\`).

## Kontrol

Åbn \`edge://policy\` (eller \`chrome://policy\`) og vælg *Genindlæs politikker*: udvidelsens indstillinger står under dens
id. Udvidelsens indstillingsside viser, hvad organisationen har fastsat.
`;
}

/** Edge's and Chrome's update manifest for a CRX hosted by IT itself. */
export function updateXml(o: KitOptions, browser: Browser): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">
  <app appid="${o.ids[browser]}">
    <updatecheck codebase="${o.hostUrl}ledelsesgrundlag-${o.version}-chrome-mv3.crx" version="${o.version}" />
  </app>
</gupdate>
`;
}

/** Firefox's update manifest for an add-on hosted by IT itself (signed by Mozilla, unlisted). */
export function updatesJson(o: KitOptions): string {
  return `${JSON.stringify(
    { addons: { [o.geckoId]: { updates: [{ version: o.version, update_link: `${o.hostUrl}ledelsesgrundlag-${o.version}-firefox-mv3.xpi` }] } } },
    null,
    2,
  )}\n`;
}

/** Every file of the kit, by its path in the kit's folder. */
export function kitFiles(schema: ManagedSchema, o: KitOptions): Record<string, string> {
  const files: Record<string, string> = {};
  for (const browser of ['chrome', 'edge'] as const) {
    files[`admx/ledelsesgrundlag-${browser}.admx`] = admx(schema, browser, o.ids[browser]);
    files[`admx/da-DK/ledelsesgrundlag-${browser}.adml`] = adml(schema, browser, 'da');
    files[`admx/en-US/ledelsesgrundlag-${browser}.adml`] = adml(schema, browser, 'en');
  }
  files['ledelsesgrundlag.reg'] = registryExample(schema, o.ids);
  files['intune.md'] = intuneGuide(schema, o);
  files['firefox/policies.json'] = firefoxPolicies(schema, o);
  files['update/update.xml'] = updateXml(o, 'edge');
  files['update/updates.json'] = updatesJson(o);
  return files;
}
