/**
 * The SharePoint Framework package as an administrator uploads it (sharepoint/sharepoint/solution/ledelsesgrundlag.sppkg,
 * built by `npm run build:sharepoint`, which `npm test` runs): its manifests, and that the elements are inside it
 * with no script from anywhere else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readZip } from './zip';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SPPKG = `${root}sharepoint/sharepoint/solution/ledelsesgrundlag.sppkg`;
const solution = JSON.parse(readFileSync(`${root}sharepoint/config/package-solution.json`, 'utf8')).solution;
const rootPackage = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const webPartManifest = JSON.parse(
  readFileSync(`${root}sharepoint/src/webparts/ledelsesgrundlag/LedelsesgrundlagWebPart.manifest.json`, 'utf8').replace(/^\s*\/\/.*$/gm, ''),
);

describe('ledelsesgrundlag.sppkg', () => {
  const files = existsSync(SPPKG) ? readZip(readFileSync(SPPKG)) : new Map<string, Buffer>();
  const text = (name: string) => files.get(name)?.toString('utf8') ?? '';
  const named = (pattern: RegExp) => [...files.keys()].filter((n) => pattern.test(n));

  it('was built', () => {
    expect(existsSync(SPPKG), 'run npm run build:sharepoint').toBe(true);
    expect(files.size).toBeGreaterThan(5);
  });

  it('names the solution, its version and tenant-wide deployment in the app manifest', () => {
    const manifest = text('AppManifest.xml');
    expect(manifest).toContain(`ProductID="${solution.id}"`);
    expect(manifest).toContain(`Version="${rootPackage.version}.0"`);
    expect(manifest).toContain('SkipFeatureDeployment="true"');
    expect(manifest).toContain('IsClientSideSolution="true"');
    expect(manifest).toContain('<Title>Fælles ledelsesgrundlag</Title>');
  });

  /** The web part's component manifest, as SharePoint reads it from the package. */
  const component = () => {
    const [part] = named(/WebPart_[0-9a-f-]+\.xml$/);
    expect(part).toContain(webPartManifest.id);
    const attr = text(part).match(/ComponentManifest="([^"]+)"/)![1];
    return JSON.parse(attr.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  };

  it('has the web part for SharePoint, the Teams tab and the Teams personal app, with theme variants', () => {
    const c = component();
    expect(c.supportedHosts).toEqual(expect.arrayContaining(['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp']));
    expect(c.supportsThemeVariants).toBe(true);
    expect(c.requiresCustomScript).not.toBe(true);
    expect(c.version).toBe(rootPackage.version);
  });

  it('carries the elements in its own bundle, and loads no script from anywhere else', () => {
    const code = named(/^ClientSideAssets\/.*\.js$/).map(text).join('\n');
    expect(code).toContain('lg-focus-areas');
    expect(code).toContain('Vi vil lede fagligt kompetente fællesskaber');
    expect(code).toContain('We will lead professionally competent communities');
    // the text it shows is a property SharePoint's search indexes (propertiesMetadata)
    expect(code).toContain('isSearchablePlainText');
    expect(code).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
    expect(code).not.toMatch(/SPComponentLoader|loadScript\(/);
    // The loader reads the scripts from the tenant's own asset library, or SharePoint's own components, never a URL.
    const { loaderConfig } = component();
    expect(loaderConfig.internalModuleBaseUrls).toEqual(['HTTPS://SPCLIENTSIDEASSETLIBRARY/']);
    const kinds = Object.values(loaderConfig.scriptResources as Record<string, { type: string; path?: string }>);
    expect(kinds.every((r) => ['component', 'path', 'localizedPath'].includes(r.type))).toBe(true);
    for (const r of kinds.filter((r) => r.type === 'path')) expect(files.has(`ClientSideAssets/${r.path}`), r.path).toBe(true);
  });
});
