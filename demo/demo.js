// The documentation site's own behaviour: the copy buttons, and the selects beside an example, which change the
// element's attributes (the snippet under it follows, so what is copied is what is shown).
import { words, FOLDER } from './pages.mjs';

const lang = document.documentElement.lang === 'en' ? 'en' : 'da';
const w = words[lang];

for (const figure of document.querySelectorAll('figure.snippet')) {
  const code = figure.querySelector('code');
  const status = figure.querySelector('.status');
  figure.querySelector('button[data-copy]').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent);
      status.textContent = w.copied;
    } catch {
      getSelection().selectAllChildren(code);
      status.textContent = w.copyFailed;
    }
  });
}

/** The snippet of the element shown: the folder's script and the element as it is now. */
function snippetFor(element) {
  const attributes = [...element.attributes].map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${a.value}"`)).join('');
  const langAttribute = lang === 'en' && !element.hasAttribute('lang') ? ' lang="en"' : '';
  const tag = element.localName;
  return `<!-- ${w.snippetComment} -->\n<script type="module" src="${FOLDER}/ledelsesgrundlag.js"></script>\n<${tag}${attributes}${langAttribute}>${element.innerHTML.trim()}</${tag}>`;
}

const live = document.querySelector('.live');
const element = live?.firstElementChild;
const code = document.querySelector('figure.snippet[data-live] code');
for (const select of document.querySelectorAll('.controls select[data-attribute]')) {
  select.addEventListener('change', () => {
    if (select.value) element.setAttribute(select.dataset.attribute, select.value);
    else element.removeAttribute(select.dataset.attribute);
    code.textContent = snippetFor(element);
    code.closest('figure').querySelector('.status').textContent = '';
  });
}
