/**
 * Dates in words, in one language: one cached `Intl.DateTimeFormat` per language and style, so that every element
 * and every export formats a date the same way. Pure, no DOM.
 */
import type { Language } from './model';

/** The locale each language formats dates in. */
export const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

const STYLES = {
  /** "3. marts 2025" / "3 March 2025": a calendar date (YYYY-MM-DD). */
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  /** "3. mar." / "3 Mar": a chart's axis. */
  dayShort: { day: 'numeric', month: 'short', timeZone: 'UTC' },
  /** "mar. 2025" / "Mar 2025": a chart's axis over more than one year. */
  monthYear: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  /** "3. mar. 2025 14.05" / "3 Mar 2025, 14:05": a moment (an ISO timestamp), in the reader's time zone. */
  moment: { dateStyle: 'medium', timeStyle: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof STYLES;

const cache = new Map<string, Intl.DateTimeFormat>();

/** The formatter of a language and style, made once. */
export function dateFormat(lang: Language, style: DateStyle): Intl.DateTimeFormat {
  const key = `${lang}|${style}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang] ?? LOCALES.da, STYLES[style])));
  return f;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The calendar date a person sees on their own clock, as YYYY-MM-DD: the local date of `d`, not the UTC one (a round
 * started at 00:30 in Copenhagen is dated that day, not the day before). Every "today" in the package is this one.
 */
export function localDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A YYYY-MM-DD date as UTC midnight (ms), or NaN. */
export const dayTime = (date: string): number => Date.parse(`${date}T00:00:00Z`);

/** A YYYY-MM-DD date in words (`day`, `dayShort` or `monthYear`); anything else is returned as it is. */
export function formatDay(date: string, lang: Language, style: 'day' | 'dayShort' | 'monthYear' = 'day'): string {
  const t = /^\d{4}-\d\d-\d\d$/.test(String(date)) ? dayTime(date) : NaN;
  return Number.isNaN(t) ? String(date) : dateFormat(lang, style).format(t);
}

/** An ISO timestamp in words (date and time); anything unreadable is returned as it is. */
export function formatMoment(iso: string, lang: Language): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? String(iso) : dateFormat(lang, 'moment').format(t);
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/**
 * A number with its noun in the form the language's plural rules pick (Intl.PluralRules: Danish and English both
 * have "one" and "other"): `counted('en')(1, 'answer', 'answers')` is "1 answer", with 0 and 2 "0 answers", "2 answers".
 */
export const counted =
  (lang: Language) =>
  (n: number, one: string, other: string): string => {
    const rules = pluralRules.get(lang) ?? pluralRules.set(lang, new Intl.PluralRules(LOCALES[lang])).get(lang)!;
    return `${n} ${rules.select(n) === 'one' ? one : other}`;
  };
