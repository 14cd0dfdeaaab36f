/**
 * Printing a part of an element as exactly its own pages: `window.print()` would print the host page around it
 * (header, menus, other content), and an element inside shadow DOM cannot hide the page with CSS of its own. So the
 * part is copied into a document of its own, in a hidden iframe: into a shadow root there that adopts the element's
 * own stylesheets (so `:host` and the `--lg-*` properties apply as they do on the page, and a strict Content Security
 * Policy is satisfied: constructed stylesheets, no inline style), and that document is printed. The iframe is removed
 * after printing (or before the next print).
 */
import { type CSSResultGroup, type CSSResultOrNative, css } from 'lit';

/** The page of a printout: A4, with margins a printer can keep. */
const PAGE = css`
  @page { size: A4; margin: 12mm; }
  html, body { margin: 0; background: #fff; color: #000; }
`;

const flatten = (styles: CSSResultGroup | undefined): CSSResultOrNative[] =>
  styles === undefined ? [] : Array.isArray(styles) ? (styles as CSSResultGroup[]).flatMap(flatten) : [styles as CSSResultOrNative];

/** The CSS text of a Lit style or a constructed stylesheet. */
const textOf = (s: CSSResultOrNative): string =>
  s instanceof CSSStyleSheet ? [...s.cssRules].map((r) => r.cssText).join('\n') : (s as { cssText: string }).cssText;

/**
 * Fills `doc` with `content` alone: a copy of it in a shadow root that adopts `styles`, the document in `lang` and
 * titled `title`.
 */
export function renderPrintDocument(doc: Document, content: Element, styles: CSSResultGroup | undefined, lang: string, title: string): HTMLElement {
  const win = doc.defaultView!;
  const sheet = (cssText: string) => {
    const s = new win.CSSStyleSheet();
    s.replaceSync(cssText);
    return s;
  };
  doc.documentElement.lang = lang;
  doc.title = title;
  doc.adoptedStyleSheets = [sheet(PAGE.cssText)];
  const host = doc.createElement('div');
  host.className = 'lg-print';
  // serializable: the tests read what is printed back as HTML
  const root = host.attachShadow({ mode: 'open', serializable: true } as ShadowRootInit);
  root.adoptedStyleSheets = flatten(styles).map((s) => sheet(textOf(s)));
  root.append(doc.importNode(content, true));
  doc.body.replaceChildren(host);
  return host;
}

let current: HTMLIFrameElement | undefined;

/** Prints `content` (a part of an element) as its own document; see the module's comment. */
export async function printAlone(content: Element, styles: CSSResultGroup | undefined, lang: string, title: string): Promise<void> {
  current?.remove();
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = title;
  for (const [p, v] of Object.entries({ position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0', visibility: 'hidden' }))
    frame.style.setProperty(p, v);
  document.body.append(frame);
  current = frame;
  const win = frame.contentWindow!;
  renderPrintDocument(frame.contentDocument!, content, styles, lang, title);
  win.addEventListener('afterprint', () => setTimeout(() => frame.remove(), 0));
  // one frame for the copy to be laid out before the print dialog takes it
  await new Promise((resolve) => win.requestAnimationFrame(resolve));
  win.focus();
  win.print?.(); // (a test DOM has none)
}
