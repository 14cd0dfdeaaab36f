// The documentation site `npm start` serves, written into site/ (not committed) by the build: an index, a
// getting-started page and a page per element, in Danish (site/) and in English (site/en/). Each element page has
// its live example, the snippet to paste (loading the folder `ledelsesgrundlag/` right beside the page) and its
// reference, made from the elements' manifest (dist/custom-elements.json, from the JSDoc in components/). The words
// and examples come from demo/pages.mjs; the look and the copy buttons from demo/demo.css and demo/demo.js. The
// getting-started page offers dist/cdn/ as site/ledelsesgrundlag.zip, made here (nothing fetched).
// The build runs this after the manifest; it throws when an element of the manifest has no page.
// Usage: node scripts/site.mjs   (after a build)
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { FOLDER, NOT_DEFINED_CSS, NPM_SNIPPET, REACT_SNIPPET, THEMING_CSS, elements as PAGES, words } from '../demo/pages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SITE = `${root}site`;
const LANGS = ['da', 'en'];
const ZIP = `${FOLDER}.zip`;

const escape = (text) => String(text ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSDoc prose to HTML: escaped, `code` as <code>, line breaks as spaces. */
const prose = (text) => escape(text).replace(/\s*\n\s*/g, ' ').replace(/`([^`]+)`/g, '<code>$1</code>');
const code = (text) => (text ? `<code>${escape(text)}</code>` : '');
const signature = (m) => `${escape(m.name)}(${(m.parameters ?? []).map((p) => escape(p.name) + (p.optional ? '?' : '')).join(', ')})`;

/** Every custom element the manifest declares, in the manifest's order. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
}

/** A site path (from the site's root) of a page in `lang`: `en/…` for English. */
export const pathOf = (lang, page) => (lang === 'da' ? page : `en/${page}`);

/** The URL of `to` from the page at `from` (both site paths). */
const link = (from, to) => posix.relative(posix.dirname(`/${from}`), `/${to}`) || posix.basename(to);

function table(tag, id, title, head, rows) {
  if (!rows.length) return '';
  return `<h3 id="ref-${tag}-${id}">${title}</h3>
<table class="ref ref-${id}" aria-labelledby="ref-${tag}-${id}">
<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n')}
</tbody>
</table>`;
}

/** The reference of one element in `lang` (the descriptions are the JSDoc's, in English: marked so). */
export function referenceOf(el, lang) {
  const w = words[lang];
  const tag = el.tagName;
  const en = (html) => (lang === 'en' ? html : `<span lang="en">${html}</span>`);
  const members = (el.members ?? []).filter((m) => (!m.privacy || m.privacy === 'public') && !m.static && !m.name.startsWith('_'));
  const properties = members.filter((m) => m.kind === 'field' && !m.attribute);
  const methods = members.filter((m) => m.kind === 'method');
  return `<section class="reference" id="ref-${tag}" aria-labelledby="ref-${tag}-h">
<h2 id="ref-${tag}-h">${w.reference}</h2>
<p class="ref-note">${w.referenceNote}</p>
${el.description ? `<p class="ref-summary">${en(prose(el.description))}</p>` : ''}
${table(tag, 'attributes', w.attributes, [w.attribute, w.typeDefault, w.description],
  (el.attributes ?? []).map((a) => [
    code(a.name) + (a.fieldName && a.fieldName !== a.name ? ` <span class="ref-prop">(${code('.' + a.fieldName)})</span>` : ''),
    [code(a.type?.text), a.default ? `= ${code(a.default)}` : ''].filter(Boolean).join(' '),
    en(prose(a.description)),
  ]))}
${table(tag, 'properties', w.properties, [w.name, 'Type', w.description], [
  ...properties.map((p) => [code(p.name), code(p.type?.text) + (p.readonly ? ` ${w.readOnly}` : ''), en(prose(p.description))]),
  ...methods.map((m) => [`<code>${signature(m)}</code>`, code(m.return?.type?.text), en(prose(m.description))]),
])}
${table(tag, 'events', w.events, [w.event, w.description], (el.events ?? []).map((e) => [code(e.name), en(prose(e.description))]))}
${table(tag, 'parts', w.parts, [w.part, w.description], (el.cssParts ?? []).map((p) => [code(p.name), en(prose(p.description))]))}
${table(tag, 'css-properties', w.cssProperties, [w.cssProperty, w.description], (el.cssProperties ?? []).map((p) => [code(p.name), en(prose(p.description))]))}
</section>`.replace(/\n{2,}/g, '\n');
}

/** What an editor pastes for `example` in `lang`: a comment, the script from the folder beside the page, the element. */
export function snippetOf(example, lang) {
  const element = lang === 'en' ? example.replace(/^<([\w-]+)/, '<$1 lang="en"') : example;
  return `<!-- ${words[lang].snippetComment} -->\n<script type="module" src="${FOLDER}/ledelsesgrundlag.js"></script>\n${element}`;
}

/** A code block with a copy button (demo.js makes the button work). */
function figure(lang, id, caption, text, { live = false } = {}) {
  return `<figure class="snippet"${live ? ' data-live' : ''}>
<figcaption id="${id}">${caption}</figcaption>
<pre tabindex="0" aria-labelledby="${id}"><code>${escape(text)}</code></pre>
<button type="button" data-copy>${words[lang].copy}</button>
<p class="status" role="status"></p>
</figure>`;
}

/** A whole page: the frame (skip link, header with the language link and the navigation, footer) around `main`. */
function page({ lang, path, counterpart, title, main }) {
  const w = words[lang];
  const other = LANGS.find((l) => l !== lang);
  const nav = [
    ['index.html', w.home],
    ['getting-started.html', w.gettingStarted],
    ...PAGES.map((p) => [`elements/${p.tag}.html`, `<code>&lt;${p.tag}&gt;</code>`]),
  ]
    .map(([to, text]) => {
      const target = pathOf(lang, to);
      return `<li><a href="${link(path, target)}"${target === path ? ' aria-current="page"' : ''}>${text}</a></li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escape(title)} – ${escape(w.siteTitle)}</title>
<link rel="icon" href="data:," />
<link rel="alternate" hreflang="${other}" href="${link(path, counterpart)}" />
<link rel="stylesheet" href="${link(path, 'demo.css')}" />
<script type="module" src="/dist/cdn/ledelsesgrundlag.js"></script>
<script type="module" src="${link(path, 'demo.js')}"></script>
</head>
<body>
<a class="skip" href="#indhold">${w.skip}</a>
<header>
<p class="site"><a href="${link(path, pathOf(lang, 'index.html'))}">${w.siteTitle}</a></p>
<p class="other-lang"><a href="${link(path, counterpart)}" hreflang="${other}" lang="${other}" aria-label="${escape(w.otherLanguageLabel)}">${w.otherLanguage}</a></p>
</header>
<div class="layout">
<nav aria-label="${w.nav}"><ul>
${nav}
</ul></nav>
<main id="indhold" tabindex="-1">
${main}
</main>
</div>
<footer><p>${w.footer}</p></footer>
</body>
</html>
`;
}

/** The page of one element in `lang`. */
function elementPage(p, el, lang) {
  const w = words[lang];
  const path = pathOf(lang, `elements/${p.tag}.html`);
  const zip = link(path, ZIP);
  const controls = (p.controls ?? [])
    .map(
      (c) => `<label>${c.label[lang]}
<select data-attribute="${c.attribute}">
${c.options.map((o) => `<option value="${o}"${o === c.value ? ' selected' : ''}>${o || c.none[lang]}</option>`).join('\n')}
</select></label>`,
    )
    .join('\n');
  const main = `<h1><code>&lt;${p.tag}&gt;</code> <span class="name">${p.name[lang]}</span></h1>
<p class="intro">${p.intro[lang]}</p>
<section aria-labelledby="example-h">
<h2 id="example-h">${w.example}</h2>
${controls ? `<div class="controls">\n${controls}\n</div>` : ''}
<div class="live${p.tall ? ' tall' : ''}"${p.tall ? ' tabindex="0" role="region" aria-labelledby="example-h"' : ''}>
${p.example}
</div>
${figure(lang, 'snippet-h', w.snippet, snippetOf(p.example, lang), { live: true })}
<p class="hint">${w.snippetNote(zip)}</p>
</section>
${referenceOf(el, lang)}`;
  return { path, html: page({ lang, path, counterpart: pathOf(lang === 'da' ? 'en' : 'da', `elements/${p.tag}.html`), title: `<${p.tag}>`, main }) };
}

function indexPage(lang) {
  const w = words[lang];
  const path = pathOf(lang, 'index.html');
  const main = `<h1>${w.siteTitle}</h1>
<p class="intro">${w.siteIntro}</p>
<p class="start"><a href="${link(path, pathOf(lang, 'getting-started.html'))}">${w.gettingStarted} →</a></p>
<h2>${w.elements}</h2>
<ul class="cards">
${PAGES.map((p) => `<li><a href="${link(path, pathOf(lang, `elements/${p.tag}.html`))}"><code>&lt;${p.tag}&gt;</code> <span class="name">${p.name[lang]}</span></a></li>`).join('\n')}
</ul>
<h2>${w.readOn}</h2>
<p>${w.docs}</p>
<ul>
${Object.entries(w.docPages).map(([file, text]) => `<li><code>docs/${file}</code>: ${text}</li>`).join('\n')}
</ul>`;
  return { path, html: page({ lang, path, counterpart: pathOf(lang === 'da' ? 'en' : 'da', 'index.html'), title: w.home, main }) };
}

function startPage(lang, zipSize) {
  const w = words[lang];
  const path = pathOf(lang, 'getting-started.html');
  const example = '<lg-focus-areas></lg-focus-areas>';
  const main = `<h1>${w.gettingStarted}</h1>
<p class="intro">${w.startIntro}</p>
<section aria-labelledby="step1"><h2 id="step1">1. ${w.step1}</h2><p>${w.step1Text(link(path, ZIP), zipSize)}</p></section>
<section aria-labelledby="step2"><h2 id="step2">2. ${w.step2}</h2><p>${w.step2Text}</p></section>
<section aria-labelledby="step3"><h2 id="step3">3. ${w.step3}</h2><p>${w.step3Text}</p>
${figure(lang, 'snippet-start', w.snippet, snippetOf(example, lang))}</section>
<section aria-labelledby="step4"><h2 id="step4">4. ${w.step4}</h2><p>${w.step4Text}</p>
${figure(lang, 'snippet-defined', 'CSS', NOT_DEFINED_CSS)}</section>
<section id="theming" aria-labelledby="theming-h"><h2 id="theming-h">${w.theming}</h2><p>${w.themingText}</p>
<div class="themed"><lg-focus-area-card area="mening" heading-level="3"></lg-focus-area-card></div>
${figure(lang, 'snippet-theming', w.themingCss, THEMING_CSS)}</section>
<section aria-labelledby="language-h"><h2 id="language-h">${w.language}</h2><p>${w.languageText}</p></section>
<section aria-labelledby="npm-h"><h2 id="npm-h">${w.npm}</h2>
${figure(lang, 'snippet-npm', 'npm', NPM_SNIPPET)}
${figure(lang, 'snippet-react', 'React', REACT_SNIPPET)}</section>
<section aria-labelledby="sharepoint-h"><h2 id="sharepoint-h">${w.sharepoint}</h2><p>${w.sharepointText}</p></section>`;
  return { path, html: page({ lang, path, counterpart: pathOf(lang === 'da' ? 'en' : 'da', 'getting-started.html'), title: w.gettingStarted, main }) };
}

/** dist/cdn's scripts as a zip of the folder `ledelsesgrundlag/`. */
export function zipOfCdn(dir = `${root}dist/cdn`) {
  const files = Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.js'))
      .sort()
      .map((name) => [`${FOLDER}/${name}`, [readFileSync(`${dir}/${name}`), { mtime: new Date('2026-01-01T00:00:00Z') }]]),
  );
  return zipSync(files, { level: 9 });
}

/** Every page of the site, as { path, html }; throws when an element of the manifest has no page. */
export function sitePages(manifest, zipSize) {
  const declared = elementsOf(manifest);
  const missing = declared.filter((el) => !PAGES.some((p) => p.tag === el.tagName)).map((el) => el.tagName);
  if (missing.length) throw new Error(`demo/pages.mjs has no page for ${missing.join(', ')}, an element of the manifest`);
  return LANGS.flatMap((lang) => [
    indexPage(lang),
    startPage(lang, zipSize),
    ...PAGES.map((p) => elementPage(p, declared.find((el) => el.tagName === p.tag), lang)),
  ]);
}

/** Writes the site into site/. */
export function writeSite() {
  const manifest = JSON.parse(readFileSync(`${root}dist/custom-elements.json`, 'utf8'));
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  const zip = zipOfCdn();
  writeFileSync(`${SITE}/${ZIP}`, zip);
  const size = `${Math.round(zip.length / 1024)} KB`;
  for (const { path, html } of sitePages(manifest, size)) {
    mkdirSync(dirname(`${SITE}/${path}`), { recursive: true });
    writeFileSync(`${SITE}/${path}`, html);
  }
  writeFileSync(`${SITE}/demo.css`, `${readFileSync(`${root}demo/demo.css`, 'utf8')}\n/* docs/editors.md's snippet against layout jumps: this site uses it too */\n${NOT_DEFINED_CSS}\n\n/* the theming example (its CSS is shown beside it) */\n${THEMING_CSS}\n`);
  copyFileSync(`${root}demo/demo.js`, `${SITE}/demo.js`);
  copyFileSync(`${root}demo/pages.mjs`, `${SITE}/pages.mjs`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeSite();
