/**
 * Where a copied task link points. A link is for someone else, so it must open where they can: the page named by
 * `link-page` (the intranet's picker page; resolved against this page, web addresses only), else this page itself —
 * unless this page is one nobody else can open (the browser extension's own pages), where there is no link to give.
 */

/** `link-page` as a web address, or undefined when it is absent, empty or not a web address (see `isBadLinkPage`). */
function named(linkPage: string | null | undefined, here: string): string | undefined {
  if (!linkPage?.trim()) return undefined;
  try {
    const url = new URL(linkPage.trim(), here);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href.split('#')[0] : undefined;
  } catch {
    return undefined;
  }
}

/** A `link-page` that is given but is no web address (`javascript:…`, `ftp://…`): the element says so. */
export const isBadLinkPage = (linkPage: string | null | undefined, here: string): boolean =>
  !!linkPage?.trim() && named(linkPage, here) === undefined;

/** The page a copied link opens (without fragment), or undefined on a browser extension's own page. */
export function linkPageFor(linkPage: string | null | undefined, here: string): string | undefined {
  const page = named(linkPage, here);
  if (page) return page;
  return /^[a-z-]+-extension:/.test(here) ? undefined : here.split('#')[0];
}
