/**
 * The address bar keyword `lg`: type `lg`, a space and a few letters, and the framework's matching phrases are
 * suggested (the same search as the popup's); choosing one opens that place of the framework in a tab.
 */
import type { Browser, Omnibox } from 'webextension-polyfill';
import type { Language } from '../../content/model';
import { excerpt, type Range } from '../../content/search';
import { FRAMEWORK_PAGE } from '../lib/panel';
import type { EffectiveSettings } from '../lib/settings';
import { STRINGS } from '../lib/strings';

/** What the omnibox needs of a search hit (content/search.ts's SearchHit has more). */
export interface OmniboxHit {
  text: string;
  target: string;
  label: string;
  /** Matched character ranges of `text`, [start, end). */
  ranges: readonly Range[];
}

export type SearchFn = (query: string, lang: Language) => readonly OmniboxHit[];

export const MAX_SUGGESTIONS = 6;
const SNIPPET = 90;

const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** The part of a hit's text around its first match (at most about SNIPPET characters), ranges moved to fit. */
export function snippet(hit: OmniboxHit): { text: string; ranges: Range[] } {
  const cut = excerpt(hit.text, hit.ranges, SNIPPET);
  const head = cut.cutStart ? '…' : '';
  return {
    text: head + cut.text + (cut.cutEnd ? '…' : ''),
    ranges: cut.ranges.map(([s, e]): Range => [s + head.length, e + head.length]),
  };
}

/**
 * A suggestion's description. Chrome reads a tiny XML dialect (`<match>` for the matched words, `<dim>` for the
 * area); Firefox shows the text as it is, so it gets plain text.
 */
export function describe(hit: OmniboxHit, markup: boolean): string {
  const { text, ranges } = snippet(hit);
  if (!markup) return hit.label ? `${text} — ${hit.label}` : text;
  let out = '';
  let at = 0;
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (s < at || e <= s || e > text.length) continue;
    out += escapeXml(text.slice(at, s)) + `<match>${escapeXml(text.slice(s, e))}</match>`;
    at = e;
  }
  out += escapeXml(text.slice(at));
  return hit.label ? `${out} <dim>— ${escapeXml(hit.label)}</dim>` : out;
}

/** The suggestions for what is typed, and for each suggestion's content the place it opens. */
export function suggestions(
  hits: readonly OmniboxHit[],
  markup: boolean,
): { results: Omnibox.SuggestResult[]; targets: Map<string, string> } {
  const results: Omnibox.SuggestResult[] = [];
  const targets = new Map<string, string>();
  for (const hit of hits) {
    if (results.length >= MAX_SUGGESTIONS) break;
    // The content is what the address bar shows when the suggestion is selected; it must be unique.
    let content = snippet(hit).text.replace(/…/g, '').trim() || hit.target;
    for (let n = 2; targets.has(content); n++) content = `${content.replace(/ \(\d+\)$/, '')} (${n})`;
    targets.set(content, hit.target);
    results.push({ content, description: describe(hit, markup) });
  }
  return { results, targets };
}

/** The URL of the framework page at a place (`#drift` etc.; nothing = the top). */
export const placeUrl = (browser: Browser, target: string | undefined): string =>
  browser.runtime.getURL(`/${FRAMEWORK_PAGE}${target ? `#${encodeURIComponent(target)}` : ''}`);

export interface OmniboxOptions {
  search: SearchFn;
  /** The settings in force, read when needed. */
  settings: () => Promise<EffectiveSettings>;
  /** Chrome's XML descriptions (true) or plain text (Firefox). */
  markup: boolean;
}

/** Registers the omnibox listeners. Returns the handlers, for tests. */
export function setupOmnibox(browser: Browser, options: OmniboxOptions) {
  const omnibox = browser.omnibox;
  let targets = new Map<string, string>();

  const onInputChanged = async (text: string, suggest: (results: Omnibox.SuggestResult[]) => void) => {
    const settings = await options.settings();
    const s = STRINGS[settings.lang];
    if (!settings.surfaces.omnibox) {
      omnibox?.setDefaultSuggestion({ description: s.omniboxOff });
      suggest([]);
      return;
    }
    omnibox?.setDefaultSuggestion({ description: text.trim() ? s.omniboxDefault : s.omniboxHint });
    const made = suggestions(text.trim() ? options.search(text, settings.lang) : [], options.markup);
    targets = made.targets;
    suggest(made.results);
  };

  const onInputEntered = async (text: string, disposition: Omnibox.OnInputEnteredDisposition) => {
    const settings = await options.settings();
    if (!settings.surfaces.omnibox) return;
    // A chosen suggestion, else the first hit for what was typed, else the framework's top.
    const target = targets.get(text) ?? (text.trim() ? options.search(text, settings.lang)[0]?.target : undefined);
    const url = placeUrl(browser, target);
    if (disposition === 'currentTab') await browser.tabs.update({ url });
    else await browser.tabs.create({ url, active: disposition !== 'newBackgroundTab' });
  };

  omnibox?.onInputChanged.addListener((text, suggest) => void onInputChanged(text, suggest));
  omnibox?.onInputEntered.addListener((text, disposition) => void onInputEntered(text, disposition));
  return { onInputChanged, onInputEntered };
}
