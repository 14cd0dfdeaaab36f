// Writes dist/html/: each reading element, in Danish and in English, as HTML with its declarative shadow root(s),
// rendered by Lit's own server renderer (@lit-labs/ssr) from the elements' own templates (dist/components, built by
// scripts/build.mjs before this runs). A page that includes a snippet shows the framework's text before any script
// runs, and without script; the intranet's search indexes it; with the loader, each element upgrades in place
// (components/shared/lg-element.ts). Run by scripts/build.mjs after the library is built.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { unsafeStatic, html } from 'lit/static-html.js';
import { transformWithEsbuild } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;

// The reading elements (nothing of them is stored or interactive before the loader comes)
await import(`${dist}components/focus-area-card/define.js`);
await import(`${dist}components/focus-areas/define.js`);
await import(`${dist}components/reflection/define.js`);
await import(`${dist}components/framework/define.js`);
await import(`${dist}components/search/define.js`);
await import(`${dist}content/english.js`); // the English text, which the browser loads when first needed
const { FOCUS_AREA_IDS, REFLECTION_LEVEL_IDS } = await import(`${dist}content/index.js`);

/** Each snippet: its file name (without language) and the element's markup. */
export const SNIPPETS = [
  { name: 'focus-areas', tag: 'lg-focus-areas', attrs: {} },
  ...FOCUS_AREA_IDS.flatMap((area) => [
    { name: `focus-area-card-${area}`, tag: 'lg-focus-area-card', attrs: { area } },
    { name: `focus-area-card-${area}-full`, tag: 'lg-focus-area-card', attrs: { area, variant: 'full' } },
  ]),
  { name: 'reflection', tag: 'lg-reflection', attrs: {} },
  ...REFLECTION_LEVEL_IDS.map((level) => ({ name: `reflection-${level}`, tag: 'lg-reflection', attrs: { level } })),
  { name: 'framework', tag: 'lg-framework', attrs: {} },
];

/** Each style block minified (each shadow root carries its own). */
async function minifyStyles(markup) {
  let out = markup;
  for (const block of new Set(out.match(/<style>[\s\S]*?<\/style>/g))) {
    const { code } = await transformWithEsbuild(block.slice(7, -8), 'snippet.css', { minify: true, legalComments: 'none' });
    out = out.split(block).join(`<style>${code.trim()}</style>`);
  }
  return out;
}

/**
 * The snippet as a page receives it: without the markers Lit's renderer leaves for hydration (the elements replace
 * their prerendered content, they do not hydrate it) and with each style block minified (each shadow root carries
 * its own): about 40 % fewer bytes for the browser to parse before it paints.
 */
const lean = (markup) => minifyStyles(markup.replace(/<!--\/?lit-(?:part|node)[^>]*-->/g, ''));

const quote = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

rmSync(`${dist}html`, { recursive: true, force: true });
mkdirSync(`${dist}html`, { recursive: true });
for (const lang of ['da', 'en']) {
  for (const { name, tag, attrs } of SNIPPETS) {
    const attributes = Object.entries({ ...attrs, lang }).map(([k, v]) => ` ${k}="${quote(v)}"`).join('');
    const markup = await collectResult(render(html`${unsafeStatic(`<${tag}${attributes}></${tag}>`)}`));
    const header = `<!-- ${tag}, ${lang === 'da' ? 'Danish' : 'English (an unofficial translation)'}, prerendered by @gentofte/ledelsesgrundlag: paste it into the page; the loader (ledelsesgrundlag.js) upgrades it. -->\n`;
    writeFileSync(`${dist}html/${name}.${lang}.html`, `${header}${(await lean(markup)).trim()}\n`);
  }
}
console.log(`Wrote ${SNIPPETS.length * 2} prerendered snippets to dist/html/.`);

/**
 * The extension popup's first view — the search field and the four focus areas, in Danish (the default; another
 * language is rendered afresh) — for wxt.config.ts to put into popup.html, so that the field is in the page's HTML
 * and has focus (autofocus) before any code runs. Kept with Lit's hydration markers: the popup hydrates it, keeping
 * the field, its focus and what was typed. Not part of the npm package (build/, not dist/).
 */
export const POPUP_SEARCH = '<lg-search autofocus-field href="framework.html"><lg-focus-areas heading-level="2"></lg-focus-areas></lg-search>';
mkdirSync(`${root}build/prerendered`, { recursive: true });
const popup = await collectResult(render(html`${unsafeStatic(POPUP_SEARCH)}`));
writeFileSync(`${root}build/prerendered/popup-search.da.html`, await minifyStyles(popup.trim()));
console.log('Wrote the popup\'s prerendered search to build/prerendered/.');
