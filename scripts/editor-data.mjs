// Writes what editors complete, from the element manifest (dist/custom-elements.json, run by scripts/build.mjs after
// it): dist/vscode.html-custom-data.json for VS Code (its `html.customData` setting) and dist/web-types.json for
// JetBrains IDEs (found through package.json's `web-types`). Tags, attributes with the values the elements accept,
// events, parts and custom properties, each with its description.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const manifest = JSON.parse(readFileSync(`${root}dist/custom-elements.json`, 'utf8'));
const { FOCUS_AREA_IDS, REFLECTION_LEVEL_IDS } = await import(`${root}dist/content/index.js`);

/** The values an attribute takes, where they are a closed set (tests/e2e/editor-data.e2e.ts renders each one). */
const attributeValues = (tag, attribute) =>
  ({
    area: tag === 'lg-dialogue' ? [...FOCUS_AREA_IDS, 'all'] : FOCUS_AREA_IDS,
    level: REFLECTION_LEVEL_IDS,
    variant: ['compact', 'full'],
    mode: ['facilitator', 'participant'],
    lang: ['da', 'en'],
  })[attribute];

const elements = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, path: mod.path })));

const vscode = {
  version: 1.1,
  tags: elements.map((e) => ({
    name: e.tagName,
    description: [e.summary, e.description].filter(Boolean).join('\n\n'),
    attributes: (e.attributes ?? []).map((a) => ({
      name: a.name,
      description: a.description,
      ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
      ...(attributeValues(e.tagName, a.name) ? { values: attributeValues(e.tagName, a.name).map((name) => ({ name })) } : {}),
    })),
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((e) => ({
        name: e.tagName,
        description: [e.summary, e.description].filter(Boolean).join('\n\n'),
        source: { module: `${pkg.name}/${e.path}`, symbol: e.name },
        attributes: (e.attributes ?? []).map((a) => ({
          name: a.name,
          description: a.description,
          value: attributeValues(e.tagName, a.name)
            ? { kind: 'plain', type: attributeValues(e.tagName, a.name).map((v) => `'${v}'`).join(' | '), required: false }
            : a.type?.text === 'boolean'
              ? { kind: 'no-value', type: 'boolean' }
              : { kind: 'plain', type: 'string' },
        })),
        events: (e.events ?? []).map((ev) => ({ name: ev.name, description: ev.description })),
        slots: (e.slots ?? []).map((s) => ({ name: s.name, description: s.description })),
        css: {
          parts: (e.cssParts ?? []).map((p) => ({ name: p.name, description: p.description })),
          properties: (e.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description })),
        },
      })),
    },
  },
};

writeFileSync(`${root}dist/vscode.html-custom-data.json`, `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync(`${root}dist/web-types.json`, `${JSON.stringify(webTypes, null, 2)}\n`);
