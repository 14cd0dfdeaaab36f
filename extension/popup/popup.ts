/**
 * The popup: the search field, focused at once, with the four focus areas below it until something is typed;
 * a second tab with the task picker and the saved tasks. A result opens that place of the framework in a tab.
 *
 * Loaded by main.ts (after the first frame where the HTML is prerendered). Nothing heavy happens before the search
 * field is ready: the picker (which opens IndexedDB) is made when its tab is chosen, or in idle time after the search
 * field has focus.
 */
// First, before Lit itself: the popup's HTML holds the search field and the four areas prerendered (wxt.config.ts),
// and they are hydrated instead of rendered again, so the field keeps its focus and what was typed.
import '../../components/shared/hydrate-support';
import { browser } from '@wxt-dev/webextension-polyfill/browser';
// What the popup shows first: the search and the four cards. The picker's code is loaded when its tab opens.
import '../../components/search/define';
import '../../components/focus-areas/define';
import { cached, setupTabs, startPage } from '../lib/page';
import { FRAMEWORK_PAGE, hasPanel, openPanel } from '../lib/panel';

type Lit = HTMLElement & { updateComplete?: Promise<unknown> };
const search = document.querySelector('lg-search') as Lit;
const panelButton = document.getElementById('open-panel') as HTMLButtonElement;

/** The task picker, made the first time it is needed. */
function picker(): Lit {
  void import('../../components/task-picker/define');
  const panel = document.getElementById('panel-task')!;
  const template = panel.querySelector<HTMLTemplateElement>('template#picker');
  if (template) template.replaceWith(template.content.cloneNode(true));
  return panel.querySelector('lg-task-picker') as Lit;
}

// The search answers (`lg:search-ready`, which `npm run bench:popup` measures, as it does main.ts's
// `lg:search-focused`) when its field has focus and the element has hydrated or rendered; then the picker is made
// in idle time. (main.ts waits for the same focus with its own listener: a module shared by the two is bundled into
// this chunk, and the entry's mark would then wait for the popup's code.)
const focused = search.shadowRoot?.activeElement
  ? Promise.resolve()
  : new Promise<void>((resolve) => {
      const onFocus = (e: FocusEvent) => {
        if (e.target !== search) return;
        document.removeEventListener('focusin', onFocus);
        resolve();
      };
      document.addEventListener('focusin', onFocus);
    });
void Promise.all([focused, search.updateComplete]).then(() => {
  performance.mark('lg:search-ready');
  const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 50));
  idle(() => void picker(), { timeout: 1000 });
});

const select = setupTabs(document.querySelector('[role="tablist"]')!, (tab) => {
  if (tab.id === 'tab-task') picker();
});

/** Shows a tab (not chosen by the person) and puts the focus in it: the search field, or the picker. */
async function start(tab: 'search' | 'task') {
  select(`tab-${tab}`);
  const el = tab === 'task' ? picker() : search;
  await customElements.whenDefined(el.localName);
  await el.updateComplete;
  el.focus();
}

// Open on the tab the person chose (remembered, so there is no jump once the settings are read); opened from one of
// the extension's own task links (popup.html#opgave=…, in a tab), on the task's tab with that task.
const linked = /^#opgave=/.test(location.hash);
const early = cached();
if (linked || early.popupStart === 'task') void start('task');

// A result opens its place of the framework in a tab. The element fires `lg-open` for Enter and a plain click;
// cancelling it keeps its link from navigating the popup itself. (A Ctrl/Shift click is the browser's own.)
search.addEventListener('lg-open', (e) => {
  e.preventDefault();
  const { target, match } = e.detail;
  const url = browser.runtime.getURL(`/${FRAMEWORK_PAGE}${target ? `#${encodeURIComponent(target)}&mark=${encodeURIComponent(match)}` : ''}`);
  void browser.tabs.create({ url }).then(() => window.close());
});

// The side panel opens only from the click itself, so the window is looked up beforehand.
let windowId: number | undefined;
void browser.windows.getCurrent().then((w) => (windowId = w.id), () => {});
panelButton.addEventListener('click', () => {
  openPanel(browser, windowId).then(
    () => window.close(),
    () => void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html?view=window') }),
  );
});

// The start tab follows the settings until the person chooses a tab themselves.
let chosen = linked;
let shown = early.popupStart ?? 'search';
const tablist = document.querySelector('[role="tablist"]')!;
tablist.addEventListener('click', () => (chosen = true));
tablist.addEventListener('keydown', () => (chosen = true));
void startPage(browser, (settings) => {
  panelButton.closest('li')!.hidden = !(settings.surfaces.sidePanel && hasPanel(browser));
  if (!chosen && settings.popupStart !== shown) {
    shown = settings.popupStart;
    void start(shown);
  }
});
