/**
 * Opening the side panel (Chrome/Edge `sidePanel`, Firefox `sidebarAction`) and handing it a task.
 *
 * Both browsers open a panel only from a user action, and Firefox only while the action's handler is still
 * running: so `openPanel` is called synchronously from the click (no `await` before it), and anything the panel
 * needs travels through storage.session (`PENDING_KEY`), which the panel reads on load and watches afterwards.
 * Chrome's side panel, Firefox's sidebar, the popup and the background all share it; it is kept in memory only
 * and is gone when the browser closes.
 */
import type { Browser } from 'webextension-polyfill';
import { stateToFragment } from '../../content/task-draft';
import { emptyWeights } from '../../content/task-weights';

/** What the side panel should do when it opens (or, if it is open, now). */
export interface PanelRequest {
  /** Show the task picker with this text as the task's description. */
  description?: string;
  /** Show this part of the framework (an id `<lg-framework>` knows, e.g. `drift`). */
  show?: string;
  /** The window whose panel it is for (each window has its own panel); none = any. */
  windowId?: number;
  /** When it was asked for (ms since 1970); requests older than a minute are ignored. */
  at: number;
}

export const PENDING_KEY = 'panelRequest';
export const PANEL_PAGE = 'sidepanel.html';
/** The page with the whole framework, for a tab (`framework.html#drift` opens at that part). */
export const FRAMEWORK_PAGE = 'framework.html';
/** How long a request waits for a panel to pick it up. */
export const PENDING_TTL_MS = 60_000;

/** Chrome's side panel API, which webextension-polyfill does not describe. */
export interface SidePanelApi {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
  setOptions(options: { enabled?: boolean; path?: string; tabId?: number }): Promise<void>;
}

export const sidePanelOf = (browser: Browser): SidePanelApi | undefined =>
  (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;

/** True where this browser has a side panel for extensions. */
export const hasPanel = (browser: Browser): boolean => !!(sidePanelOf(browser) || browser.sidebarAction);

/**
 * Opens the side panel in the given window. Call it synchronously from a user action.
 * Rejects where there is no side panel, or the browser refuses (e.g. it is turned off).
 */
export function openPanel(browser: Browser, windowId: number | undefined): Promise<void> {
  const sidePanel = sidePanelOf(browser);
  try {
    if (sidePanel) return sidePanel.open(windowId === undefined ? {} : { windowId });
    if (browser.sidebarAction) return browser.sidebarAction.open();
  } catch (error) {
    return Promise.reject(error);
  }
  return Promise.reject(new Error('no side panel in this browser'));
}

/** Leaves a request for the side panel (see `takeRequest`). */
export function leaveRequest(browser: Browser, request: Omit<PanelRequest, 'at'>, now = Date.now()): Promise<void> {
  return browser.storage.session.set({ [PENDING_KEY]: { ...request, at: now } });
}

const isRequest = (x: unknown): x is PanelRequest => {
  const r = x as PanelRequest | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.at === 'number' &&
    (r.description === undefined || typeof r.description === 'string') &&
    (r.show === undefined || typeof r.show === 'string') &&
    (r.windowId === undefined || typeof r.windowId === 'number')
  );
};

/**
 * Takes (reads and removes) a fresh request, if there is one for this window (`windowId`: the panel's window;
 * a request for another window's panel is left for that one).
 */
export async function takeRequest(browser: Browser, windowId?: number, now = Date.now()): Promise<PanelRequest | undefined> {
  const found = (await browser.storage.session.get(PENDING_KEY))[PENDING_KEY];
  if (found === undefined) return undefined;
  const request = isRequest(found) ? found : undefined;
  if (request?.windowId !== undefined && windowId !== undefined && request.windowId !== windowId) return undefined;
  await browser.storage.session.remove(PENDING_KEY);
  return request && now - request.at < PENDING_TTL_MS ? request : undefined;
}

/** Calls `listener` with each request for this window left while the panel is open (the panel takes it). */
export function watchRequests(browser: Browser, windowId: number | undefined, listener: (request: PanelRequest) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && changes[PENDING_KEY]?.newValue !== undefined)
      void takeRequest(browser, windowId).then((request) => request && listener(request));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/**
 * The task picker's own URL form of a new task with this description (`opgave=…&description=…`): the picker in
 * the side panel (attribute `url-state`) reads it from the page's fragment, on load and on `hashchange`.
 */
export const taskFragment = (description: string): string =>
  stateToFragment({ weights: emptyWeights(), task: '', description: description.slice(0, 2000) });

/** The panel's page as a tab-less popup window: where there is no side panel, or it is turned off. */
export function panelWindowUrl(browser: Browser, request: Omit<PanelRequest, 'at'>): string {
  const hash = request.description !== undefined ? taskFragment(request.description) : request.show ?? '';
  return browser.runtime.getURL(`/${PANEL_PAGE}?view=window${hash ? `#${hash}` : ''}`);
}

export async function openPanelWindow(browser: Browser, request: Omit<PanelRequest, 'at'>): Promise<void> {
  await browser.windows.create({ url: panelWindowUrl(browser, request), type: 'popup', width: 480, height: 720 });
}

/** Chrome/Edge: turns the side panel on or off as IT has set it. (Firefox cannot hide its sidebar entry: the page says it is off.) */
export async function syncSidePanel(browser: Browser, enabled: boolean): Promise<void> {
  await sidePanelOf(browser)?.setOptions({ enabled });
}
