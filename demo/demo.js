// The demo page's own behaviour: the language switch, the controls beside each element,
// and the embed snippets (with a copy button) kept true to the element shown.
const SCRIPT_TAG = '<script type="module" src="ledelsesgrundlag.js"></script>';
const text = {
  da: { embed: 'Sådan sætter du det ind på en side', copied: 'Kopieret til udklipsholderen.', failed: 'Kunne ikke kopiere. Markér teksten og kopiér selv.' },
  en: { embed: 'How to put it on a page', copied: 'Copied to the clipboard.', failed: 'Could not copy. Select the text and copy it yourself.' },
};
const lang = () => (document.documentElement.lang === 'en' ? 'en' : 'da');

function snippetFor(element) {
  const attributes = [...element.attributes].map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${a.value}"`)).join('');
  const langAttribute = lang() === 'en' && !element.hasAttribute('lang') ? ' lang="en"' : '';
  const tag = element.localName;
  return `${SCRIPT_TAG}\n<${tag}${attributes}${langAttribute}>${element.innerHTML.trim()}</${tag}>`;
}

/** Every code block's copy button (the snippets under the examples, the recipes, the theming example). */
for (const figure of document.querySelectorAll('figure.snippet')) {
  const code = figure.querySelector('code');
  const status = figure.querySelector('.status');
  figure.querySelector('button').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent);
      status.textContent = text[lang()].copied;
    } catch {
      getSelection().selectAllChildren(code);
      status.textContent = text[lang()].failed;
    }
  });
}

/** The embed snippet under an example (static in the page, so nothing jumps): kept true to the element shown. */
function addSnippet(live) {
  const figure = live.nextElementSibling;
  const pre = figure.querySelector('pre');
  const code = figure.querySelector('code');
  const element = live.firstElementChild;
  const update = () => {
    pre.setAttribute('aria-label', text[lang()].embed);
    const next = snippetFor(element);
    if (code.textContent !== next) code.textContent = next;
    figure.querySelector('.status').textContent = '';
  };
  new MutationObserver(update).observe(element, { attributes: true });
  return update;
}

const updates = [...document.querySelectorAll('.live[data-snippet]')].map(addSnippet);

function setLang(value) {
  document.documentElement.lang = value;
  document.title = value === 'en' ? 'Leadership framework – components' : 'Ledelsesgrundlag – komponenter';
  for (const input of document.querySelectorAll('input[name="lang"]')) input.checked = input.value === value;
  updates.forEach((update) => update());
}

for (const input of document.querySelectorAll('input[name="lang"]')) {
  input.addEventListener('change', () => {
    setLang(input.value);
    const url = new URL(location.href);
    url.searchParams.set('lang', input.value);
    history.replaceState(null, '', url);
  });
}

const card = document.querySelector('lg-focus-area-card');
document.getElementById('card-area').addEventListener('change', (event) => card.setAttribute('area', event.target.value));
document.getElementById('card-variant').addEventListener('change', (event) => card.setAttribute('variant', event.target.value));
const reflection = document.querySelector('#demo-reflection lg-reflection');
document.getElementById('reflection-level').addEventListener('change', (event) => {
  if (event.target.value) reflection.setAttribute('level', event.target.value);
  else reflection.removeAttribute('level');
});

// A search result opens its place in the framework further down the page.
document.addEventListener('lg-open', (event) => {
  history.replaceState(null, '', `#${event.detail.target}`);
  document.querySelector('lg-framework').show(event.detail.target, event.detail.match);
});

// The project-template form: show what the browser would submit instead of leaving the page.
const form = document.getElementById('project-form');
const output = document.getElementById('form-output');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const lines = [...new FormData(form)].map(([name, value]) => `${name} = ${value}`);
  output.textContent = `${lang() === 'en' ? 'The form would submit' : 'Formularen ville sende'}:\n${lines.join('\n')}`;
});
form.addEventListener('reset', () => (output.textContent = ''));

setLang(document.documentElement.lang === 'en' ? 'en' : 'da'); // lang.js has read ?lang= before the first paint
