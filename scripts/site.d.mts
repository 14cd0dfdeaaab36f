/** Types of ./site.mjs (the documentation site, from demo/pages.mjs and the element manifest), used by the tests. */
export const SITE: string;
/** Every custom element the manifest declares, in the manifest's order. */
export function elementsOf(manifest: unknown): { tagName: string; [key: string]: unknown }[];
/** A site path of a page in `lang` (`en/…` for English). */
export function pathOf(lang: 'da' | 'en', page: string): string;
/** The reference of one element in `lang`, as HTML. */
export function referenceOf(element: unknown, lang: 'da' | 'en'): string;
/** What an editor pastes for an example in `lang`. */
export function snippetOf(example: string, lang: 'da' | 'en'): string;
/** dist/cdn's scripts as a zip of the folder `ledelsesgrundlag/`. */
export function zipOfCdn(dir?: string): Uint8Array;
/** Every page of the site; throws when an element of the manifest has no page. */
export function sitePages(manifest: unknown, zipSize: string): { path: string; html: string }[];
/** Writes the site into site/. */
export function writeSite(): void;
