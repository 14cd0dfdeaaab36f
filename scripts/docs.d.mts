/** Types of ./docs.mjs (the documentation page's reference tables from the element manifest). */
export const DEMO_PAGE: string;
/** Every custom element the manifest declares, in the manifest's order. */
export function elementsOf(manifest: unknown): { tagName: string; [key: string]: unknown }[];
/** The reference block of one element, as HTML. */
export function referenceOf(element: unknown): string;
/** The page with every marked reference block made anew; throws when an element of the manifest has no marker. */
export function withReferences(page: string, manifest: unknown): string;
