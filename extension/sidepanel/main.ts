/**
 * The side panel (Chrome/Edge side panel, Firefox sidebar): the whole framework and the task picker, for longer
 * work beside a page. The context menu and the popup hand it a task description or a place to show through
 * storage.session (see lib/panel.ts). A task reaches the picker the way the picker reads one itself: as the page's
 * fragment `#opgave=…&description=…` (attribute `url-state`). Opened as a window instead (`?view=window`), the
 * fragment is already in its URL.
 */
import '../lib/page.css';
import { browser } from '@wxt-dev/webextension-polyfill/browser';
import '../../components/framework/define';
import '../../components/task-picker/define';
import { setupTabs, startPage } from '../lib/page';
import { takeRequest, taskFragment, watchRequests, type PanelRequest } from '../lib/panel';

type Lit = HTMLElement & { updateComplete?: Promise<unknown> };
const framework = document.querySelector('lg-framework') as Lit & { show?(id: string): Promise<boolean> };
const picker = document.querySelector('lg-task-picker') as Lit;
const asWindow = new URLSearchParams(location.search).get('view') === 'window';

const select = setupTabs(document.querySelector('[role="tablist"]')!);

async function focusPicker() {
  await customElements.whenDefined('lg-task-picker');
  await picker.updateComplete;
  picker.focus();
}

function showTask(description: string) {
  const hash = `#${taskFragment(description)}`;
  // The same text twice: clear the fragment first, so the picker hears a change and starts a new task again.
  if (location.hash === hash) history.replaceState(null, '', location.pathname + location.search);
  location.hash = hash;
  select('tab-task');
  void focusPicker();
}

async function showPlace(id: string) {
  select('tab-framework');
  await customElements.whenDefined('lg-framework');
  await framework.show?.(id);
}

function handle(request: Pick<PanelRequest, 'description' | 'show'>) {
  if (request.description !== undefined) showTask(request.description);
  else if (request.show) void showPlace(request.show);
}

// Opened with a task in the fragment (a window from the context menu, or a link): on the task's tab.
if (/^#opgave=/.test(location.hash)) {
  select('tab-task');
  void focusPicker();
}

if (!asWindow) {
  // Each window has its own panel: take only what was left for this one.
  void browser.windows.getCurrent().then(
    (w) => w.id,
    () => undefined,
  ).then((windowId) => {
    watchRequests(browser, windowId, handle);
    return takeRequest(browser, windowId).then((request) => request && handle(request));
  });
}

void startPage(browser, (settings) => {
  // Firefox has no way to hide the sidebar entry: when IT has turned the side panel off, the sidebar says so.
  const off = !asWindow && !settings.surfaces.sidePanel;
  document.getElementById('panel-off')!.hidden = !off;
  document.body.classList.toggle('off', off);
});
