/**
 * The shipped Gentofte framework, by language. Danish, the original, is always here; the English translation is
 * added by ./english (statically by whoever needs it at once, or on demand by ./load-framework), so that a Danish
 * page does not download the English text.
 *
 * The JSON files are validated by the unit tests (tests/unit/content-*.test.ts), so the bundle does not pay for
 * validating its own text at run time. Data from elsewhere goes through `parseFramework`.
 */
import da from './gentofte/da.json';
import type { Framework, Language } from './model';

const shipped = new Map<Language, Framework>([['da', da as Framework]]);

/** Adds a language's text (./english does, for English). */
export function provideFramework(lang: Language, framework: Framework): void {
  shipped.set(lang, framework);
}

/** Whether a language's text is here (Danish always is). */
export const hasFramework = (lang: Language): boolean => shipped.has(lang);

/**
 * The shipped framework in the given language. A language not loaded yet (see ./load-framework) gives the Danish
 * original: the elements wait for their language before they render, so they never see that.
 */
export function getFramework(lang: Language): Framework {
  return shipped.get(lang) ?? shipped.get('da')!;
}
