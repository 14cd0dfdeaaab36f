/**
 * IT's kit, generated from public/managed_schema.json: every setting of the schema is in every template and example
 * with the same name and type, in Danish and English, and every XML file is well formed.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import schema from '../../public/managed_schema.json';
import { kitFiles, omaUri, type ManagedSchema } from '../../extension/it-kit/kit';
import { SETTING_WORDS } from '../../extension/it-kit/settings';
import { MANAGED_KEYS } from '../../extension/lib/settings';

const s = schema as ManagedSchema;
const NAMES = Object.keys(s.properties);
const options = { version: '9.8.7', ids: { edge: 'edgeid', chrome: 'chromeid' }, geckoId: 'ledelsesgrundlag@gentofte.dk', hostUrl: 'https://intra.example.dk/sw/' };
const files = kitFiles(s, options);
const parse = (text: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['policy', 'item', 'string', 'presentation'].includes(name) }).parse(text);
const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

describe('the IT kit', () => {
  it('has words for exactly the schema’s settings, in Danish and English, and the extension reads exactly those', () => {
    for (const lang of ['da', 'en'] as const) expect(Object.keys(SETTING_WORDS[lang]).sort()).toEqual([...NAMES].sort());
    expect(Object.keys(MANAGED_KEYS).sort()).toEqual([...NAMES].sort());
  });

  it('writes well-formed XML', () => {
    for (const [path, text] of Object.entries(files).filter(([p]) => /\.(admx|adml|xml)$/.test(p))) expect(XMLValidator.validate(text), path).toBe(true);
  });

  for (const browser of ['edge', 'chrome'] as const) {
    it(`has every setting in the ${browser} ADMX, with its type, under the extension's 3rdparty key`, () => {
      const policies = list(parse(files[`admx/ledelsesgrundlag-${browser}.admx`]).policyDefinitions.policies.policy) as Record<string, any>[];
      expect(policies.map((p) => p.name)).toEqual(NAMES);
      for (const p of policies) {
        const prop = s.properties[p.name];
        expect(p.key).toBe(`Software\\Policies\\${browser === 'edge' ? 'Microsoft\\Edge' : 'Google\\Chrome'}\\3rdparty\\extensions\\${options.ids[browser]}\\policy`);
        if (prop.type === 'boolean') {
          expect(p.valueName).toBe(p.name);
          expect(p.enabledValue.decimal.value).toBe('1');
          expect(p.disabledValue.decimal.value).toBe('0');
        } else if (prop.enum) {
          expect(p.elements.enum.valueName).toBe(p.name);
          expect(list(p.elements.enum.item).map((i: any) => list(i.value.string)[0])).toEqual(prop.enum);
        } else expect(p.elements.text.valueName).toBe(p.name);
      }
    });

    for (const lang of ['da-DK', 'en-US'] as const) {
      it(`words every setting in the ${browser} ADML (${lang})`, () => {
        const res = parse(files[`admx/${lang}/ledelsesgrundlag-${browser}.adml`]).policyDefinitionResources.resources;
        const ids = list(res.stringTable.string).map((x: any) => x.id);
        const words = SETTING_WORDS[lang === 'da-DK' ? 'da' : 'en'];
        for (const name of NAMES) {
          expect(ids, name).toEqual(expect.arrayContaining([name, `${name}_explain`, ...(s.properties[name].enum ?? []).map((v) => `${name}_${v}`)]));
          expect(list(res.stringTable.string).find((x: any) => x.id === name)['#text']).toBe(words[name].title);
        }
        const presented = list(res.presentationTable.presentation).map((x: any) => x.id);
        expect(presented).toEqual(NAMES.filter((n) => s.properties[n].type === 'string'));
      });
    }
  }

  it('has every setting in the .reg example, as REG_SZ or REG_DWORD by its type, for both browsers', () => {
    const reg = files['ledelsesgrundlag.reg'];
    expect(reg.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
    for (const id of ['edgeid', 'chromeid']) expect(reg).toContain(`\\3rdparty\\extensions\\${id}\\policy]`);
    for (const name of NAMES) {
      const lines = reg.split('\r\n').filter((l) => l.startsWith(`"${name}"=`));
      expect(lines, name).toHaveLength(2);
      for (const l of lines) expect(l).toMatch(s.properties[name].type === 'boolean' ? /=dword:0000000[01]$/ : /="[^"]+"$/);
    }
  });

  it('has every setting in Firefox’s policies.json, with its JSON type, and installs from IT’s own server', () => {
    const p = JSON.parse(files['firefox/policies.json']).policies;
    const values = p['3rdparty'].Extensions[options.geckoId];
    expect(Object.keys(values)).toEqual(NAMES);
    for (const name of NAMES) expect(typeof values[name], name).toBe(s.properties[name].type);
    expect(p.ExtensionSettings[options.geckoId]).toEqual({ installation_mode: 'force_installed', install_url: 'https://intra.example.dk/sw/ledelsesgrundlag-9.8.7-firefox-mv3.xpi' });
  });

  it('names every setting in the Intune guide with its OMA-URI', () => {
    for (const name of NAMES) expect(files['intune.md']).toContain(omaUri('edge', name));
    expect(files['intune.md']).toContain('edgeid;https://intra.example.dk/sw/update.xml');
  });

  it('fills the version into the update manifests', () => {
    const x = parse(files['update/update.xml']);
    expect(x.gupdate.app).toMatchObject({ appid: 'edgeid', updatecheck: { version: '9.8.7', codebase: 'https://intra.example.dk/sw/ledelsesgrundlag-9.8.7-chrome-mv3.crx' } });
    expect(JSON.parse(files['update/updates.json']).addons[options.geckoId].updates).toEqual([
      { version: '9.8.7', update_link: 'https://intra.example.dk/sw/ledelsesgrundlag-9.8.7-firefox-mv3.xpi' },
    ]);
  });
});
