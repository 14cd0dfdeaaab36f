/**
 * The popup's entry. Its HTML holds the search field (with focus) and the four focus areas, prerendered
 * (wxt.config.ts): the browser paints them first, and the popup's code (popup.ts) is loaded after that first frame,
 * so that loading and running it does not hold back the paint of a field one can already type into (what is typed
 * is kept and searched once the code has come). Without the prerendered HTML, the code is loaded at once.
 */
// the page's styles in the HTML itself (a <link> in its head), not injected with the code
import '../lib/page.css';

const search = document.querySelector('lg-search');

// The moment the search field has focus (from the prerendered HTML's autofocus, or when the element has rendered):
// from then on what is typed is kept. `npm run bench:popup` measures it.
if (search?.shadowRoot?.activeElement) performance.mark('lg:search-focused'); // (focused before this script ran)
else {
  const onFocus = (e: FocusEvent) => {
    if (e.target !== search) return;
    document.removeEventListener('focusin', onFocus);
    performance.mark('lg:search-focused');
  };
  document.addEventListener('focusin', onFocus);
}

const prerendered = !!search?.shadowRoot;
if (prerendered) requestAnimationFrame(() => setTimeout(() => void import('./popup')));
else void import('./popup');
