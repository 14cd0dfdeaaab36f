// The documentation page's reference tables, from the element manifest (dist/custom-elements.json, made from the
// JSDoc in components/): for every element its attributes, properties and methods, events, parts and custom
// properties. They are written into demo/index.html between `<!-- reference lg-… -->` and `<!-- /reference -->`,
// as static HTML, so that the page does not jump while it loads and reads without script. The build runs this after
// the manifest (scripts/build.mjs); a change of the JSDoc therefore shows on the page at the next build, and the
// e2e test (tests/e2e/docs.e2e.ts) fails when an element of the manifest is missing from the page.
// Usage: node scripts/docs.mjs   (after a build)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const DEMO_PAGE = `${root}demo/index.html`;

const escape = (text) => String(text ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSDoc prose to HTML: escaped, `code` as <code>, line breaks as spaces. */
const prose = (text) => escape(text).replace(/\s*\n\s*/g, ' ').replace(/`([^`]+)`/g, '<code>$1</code>');
const both = (da, en) => `<span data-lang="da">${da}</span><span data-lang="en">${en}</span>`;

/** Every custom element the manifest declares, in the manifest's order. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
}

function table(tag, id, title, head, rows) {
  if (!rows.length) return '';
  return `<h4 id="ref-${tag}-${id}">${title}</h4>
<table class="ref ref-${id}" aria-labelledby="ref-${tag}-${id}">
<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n')}
</tbody>
</table>`;
}

const code = (text) => (text ? `<code>${escape(text)}</code>` : '');
const signature = (m) => `${escape(m.name)}(${(m.parameters ?? []).map((p) => escape(p.name) + (p.optional ? '?' : '')).join(', ')})`;

/** The reference block of one element. */
export function referenceOf(el) {
  const tag = el.tagName;
  const members = (el.members ?? []).filter((m) => (!m.privacy || m.privacy === 'public') && !m.static && !m.name.startsWith('_'));
  const properties = members.filter((m) => m.kind === 'field' && !m.attribute);
  const methods = members.filter((m) => m.kind === 'method');
  return `<div class="reference" id="ref-${tag}">
<h3>${both('Reference', 'Reference')}: <code>&lt;${tag}&gt;</code></h3>
<p class="ref-note">${both(
    'Fra elementernes manifest, <code>custom-elements.json</code>; beskrivelserne er på engelsk, som i koden.',
    'From the elements’ manifest, <code>custom-elements.json</code>; the descriptions are in English, as in the code.',
  )}</p>
${el.description ? `<p class="ref-summary" lang="en">${prose(el.description)}</p>` : ''}
${table(tag, 'attributes', both('Attributter', 'Attributes'), [both('Attribut (egenskab)', 'Attribute (property)'), both('Type og standard', 'Type and default'), both('Beskrivelse', 'Description')],
    (el.attributes ?? []).map((a) => [
      code(a.name) + (a.fieldName && a.fieldName !== a.name ? ` <span class="ref-prop">(${code('.' + a.fieldName)})</span>` : ''),
      [code(a.type?.text), a.default ? `= ${code(a.default)}` : ''].filter(Boolean).join(' '),
      `<span lang="en">${prose(a.description)}</span>`,
    ]))}
${table(tag, 'properties', both('Egenskaber og metoder', 'Properties and methods'), [both('Navn', 'Name'), 'Type', both('Beskrivelse', 'Description')], [
    ...properties.map((p) => [code(p.name), code(p.type?.text) + (p.readonly ? ` ${both('(kun læse)', '(read-only)')}` : ''), `<span lang="en">${prose(p.description)}</span>`]),
    ...methods.map((m) => [`<code>${signature(m)}</code>`, code(m.return?.type?.text), `<span lang="en">${prose(m.description)}</span>`]),
  ])}
${table(tag, 'events', both('Hændelser', 'Events'), [both('Hændelse', 'Event'), both('Beskrivelse', 'Description')], (el.events ?? []).map((e) => [code(e.name), `<span lang="en">${prose(e.description)}</span>`]))}
${table(tag, 'parts', both('Dele (<code>::part()</code>)', 'Parts (<code>::part()</code>)'), [both('Del', 'Part'), both('Beskrivelse', 'Description')], (el.cssParts ?? []).map((p) => [code(p.name), `<span lang="en">${prose(p.description)}</span>`]))}
${table(tag, 'css-properties', both('CSS-variabler', 'CSS custom properties'), [both('Variabel', 'Property'), both('Beskrivelse', 'Description')], (el.cssProperties ?? []).map((p) => [code(p.name), `<span lang="en">${prose(p.description)}</span>`]))}
</div>`.replace(/\n{2,}/g, '\n');
}

/** The page with every marked reference block made anew; throws when an element of the manifest has no marker. */
export function withReferences(page, manifest) {
  let text = page;
  for (const el of elementsOf(manifest)) {
    const pattern = new RegExp(`(<!-- reference ${el.tagName} -->)[\\s\\S]*?(<!-- /reference -->)`);
    if (!pattern.test(text)) throw new Error(`demo/index.html has no <!-- reference ${el.tagName} --> … <!-- /reference --> for an element of the manifest`);
    text = text.replace(pattern, (_, open, close) => `${open}\n${referenceOf(el)}\n${close}`);
  }
  return text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(`${root}dist/custom-elements.json`, 'utf8'));
  const page = readFileSync(DEMO_PAGE, 'utf8');
  const next = withReferences(page, manifest);
  if (next !== page) {
    writeFileSync(DEMO_PAGE, next);
    console.log('demo/index.html: reference tables brought up to date with dist/custom-elements.json');
  }
}
