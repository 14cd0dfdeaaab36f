/**
 * What `npm run build` promises, checked on the files it wrote (scripts/test.mjs builds first).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { BUNDLE_BUDGET_BYTES, PAGE_BUDGET_BYTES } from '../../scripts/bundle-options.mjs';
import { USES, chunkOf, filesFor, staticImports } from '../../scripts/chunk-graph.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(root + path, 'utf8');
const pkg = JSON.parse(read('package.json'));
const TAGS = ['lg-focus-area-card', 'lg-focus-areas', 'lg-reflection', 'lg-framework', 'lg-task-picker', 'lg-reflection-journal', 'lg-dialogue', 'lg-search', 'lg-round', 'lg-meeting'];

describe('the npm library build', () => {
  it('has a file for every target of the exports map', () => {
    const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target as object)));
    // a pattern has at least one file: the React wrappers' index, the prerendered focus areas
    const example = (target: string) => target.replace('react/*', 'react/index').replace('html/*', 'html/focus-areas.da.html');
    for (const target of targets) expect(existsSync(root + example(target)), target).toBe(true);
  });

  it('keeps lit external and the main entry free of registrations', () => {
    const index = read('dist/components/index.js');
    expect(index).not.toContain('customElements.define');
    const card = read('dist/components/focus-area-card/focus-area-card.js');
    expect(card).toMatch(/from "lit"|from 'lit'/);
    expect(existsSync(root + 'dist/node_modules')).toBe(false);
  });

  it('ships declarations that name every tag in HTMLElementTagNameMap', () => {
    const dts = TAGS.map((tag) => tag.replace(/^lg-/, '')).map((name) => read(`dist/components/${name}/${name}.d.ts`)).join('\n');
    for (const tag of TAGS) expect(dts).toContain(`'${tag}'`);
  });

  it('declares only the documented API of each element: no private, internal or _-prefixed member', () => {
    for (const name of TAGS.map((tag) => tag.replace(/^lg-/, ''))) {
      const dts = read(`dist/components/${name}/${name}.d.ts`);
      const cls = dts.slice(dts.indexOf('export declare class'), dts.indexOf('declare global'));
      expect(cls, name).toContain('export declare class');
      expect(cls.match(/^\s+(?:(?:private|static|readonly|protected)\s+)*_\w*/gm) ?? [], name).toEqual([]);
      expect(cls.match(/^\s+private\b.*$/gm) ?? [], name).toEqual([]);
      expect(cls, name).not.toContain('@internal');
    }
  });

  it('generates a custom-elements.json that documents every element', () => {
    const manifest = JSON.parse(read('dist/custom-elements.json'));
    const tags = manifest.modules.flatMap((m: { declarations?: Array<{ tagName?: string }> }) => m.declarations ?? []).map((d: { tagName?: string }) => d.tagName);
    expect(tags).toEqual(expect.arrayContaining(TAGS));
  });
});

describe('the prerendered snippets, dist/html/', () => {
  it('carry no hydration markers and minified style blocks: the whole framework stays under 40 KB', () => {
    const framework = read('dist/html/framework.da.html');
    expect(framework).not.toMatch(/<!--\/?lit-(part|node)/);
    expect(framework).not.toMatch(/<style>[^<]*\/\*/); // no CSS comment left
    expect(framework.length).toBeLessThanOrEqual(40_000);
    expect(framework).toContain('Vi vil lede fagligt kompetente fællesskaber');
  });
});

describe('the one-file build, ledelsesgrundlag.all.js', () => {
  const bundle = read('dist/cdn/ledelsesgrundlag.all.js');

  it('is one self-contained ES module: no imports left to resolve', () => {
    expect(bundle).not.toMatch(/^\s*import[\s{]/m);
    expect(bundle).not.toMatch(/(^|[^\w$.])import\(/);
  });

  it('stays within its gzip budget, both languages included', () => {
    expect(gzipSync(bundle, { level: 9 }).length).toBeLessThanOrEqual(BUNDLE_BUDGET_BYTES);
    expect(bundle).toContain('Vi vil lede fagligt kompetente fællesskaber');
    expect(bundle).toContain(JSON.parse(read('content/gentofte/en.json')).focusAreas[0].statements[0]);
  });

  it('loads nothing from the network', () => {
    expect(bundle).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
  });
});

describe('the split bundle, ledelsesgrundlag.js and its chunks', () => {
  const dir = `${root}dist/cdn`;
  const chunks = readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'ledelsesgrundlag.all.js');

  it('loads only files of its own folder, by relative URLs, and nothing from the network', () => {
    for (const file of chunks) {
      const code = read(`dist/cdn/${file}`);
      const specifiers = [...staticImports(code).map((f: string) => `./${f}`), ...[...code.matchAll(/\bimport\("([^"]+)"\)/g)].map((m) => m[1])];
      for (const s of specifiers) expect(s, file).toMatch(/^\.\/[\w-]+\.js$/);
      for (const s of specifiers) expect(existsSync(`${dir}/${s.slice(2)}`), `${file} → ${s}`).toBe(true);
      expect(code, file).not.toMatch(/(?:^|[;}\s])import\s*(?:[\w$*{},\s]+from\s*)?"(?!\.\/)/); // no bare or absolute specifier
      expect(code, file).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
    }
  });

  it('a Danish page with only <lg-focus-areas> downloads at most its byte budget, and no English', () => {
    const files = filesFor(dir, ['lg-focus-areas']);
    const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(`${dir}/${f}`), { level: 9 }).length, 0);
    expect(bytes).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
    expect(files.some((f) => f.startsWith('english-'))).toBe(false);
    expect(files.some((f) => /^lg-(task-picker|reflection-journal|dialogue|search|round)-/.test(f))).toBe(false);
  });

  it('reads which elements each element shows from the loader, for every tag', () => {
    expect(Object.keys(USES).sort()).toEqual([...TAGS].sort());
    // they draw the areas and the questions themselves (one shadow root each)
    expect(USES['lg-focus-areas']).toEqual([]);
    expect(USES['lg-framework']).toEqual([]);
  });

  it("asks for each element's chunk and the chunks it imports at once, not one after the other", () => {
    const loader = read('dist/cdn/ledelsesgrundlag.js');
    for (const tag of TAGS) {
      const file = chunkOf(dir, tag);
      const imports: string[] = staticImports(read(`dist/cdn/${file}`));
      expect(imports.length, tag).toBeGreaterThan(0);
      // the loader's expression for this tag: Promise.all([import("./lg-x.js"), import("./dep.js"), …])
      const together = loader.match(new RegExp(`Promise\\.all\\(\\[import\\("\\./${file.replace('.', '\\.')}"\\)((?:,import\\("[^"]+"\\))*)\\]`));
      expect(together, tag).not.toBeNull();
      expect([...together![1].matchAll(/"\.\/([^"]+)"/g)].map((m) => m[1]).sort(), tag).toEqual(imports.sort());
    }
  });

  it('has one chunk per element, and the English text in a chunk of its own', () => {
    for (const tag of TAGS) expect(chunks.filter((f) => new RegExp(`^${tag}-[\\w-]{8}\\.js$`).test(f)), tag).toHaveLength(1);
    const english = chunks.find((f) => f.startsWith('english-'))!;
    expect(read(`dist/cdn/${english}`)).toContain(JSON.parse(read('content/gentofte/en.json')).focusAreas[0].statements[0]);
    for (const file of chunks.filter((f) => f !== english)) expect(read(`dist/cdn/${file}`), file).not.toContain(JSON.parse(read('content/gentofte/en.json')).focusAreas[0].statements[0]);
  });
});

describe('the extension builds', () => {
  for (const dir of ['.output/chrome-mv3', '.output/firefox-mv3']) {
    it(`${dir} has a manifest and the popup, its words in Danish and English`, () => {
      const text = read(`${dir}/manifest.json`);
      const manifest = JSON.parse(text);
      expect(manifest.default_locale).toBe('da');
      expect(existsSync(`${root}${dir}/popup.html`)).toBe(true);
      // Every __MSG_key__ the manifest uses is defined in both languages.
      const keys = [...text.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
      expect(keys).toEqual(expect.arrayContaining(['extName', 'extDescription', 'openPopup', 'actionTitle']));
      for (const lang of ['da', 'en']) {
        const messages = JSON.parse(read(`${dir}/_locales/${lang}/messages.json`));
        for (const key of keys) expect(messages[key]?.message, `${lang}: ${key}`).toBeTruthy();
      }
      expect(JSON.parse(read(`${dir}/_locales/da/messages.json`)).extName.message).toBe('Ledelsesgrundlag – Gentofte Kommune');
    });
  }
});
