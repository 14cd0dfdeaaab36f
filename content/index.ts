/**
 * The frameworks this package ships, as typed models.
 *
 * The JSON files are validated by the unit tests (tests/unit/content-*.test.ts), so the bundle does
 * not pay for validating its own text at run time. Data from elsewhere goes through `parseFramework`.
 */
import da from './gentofte/da.json';
import en from './gentofte/en.json';
import type { Framework, Language } from './model';

export * from './model';

const shipped: Record<Language, Framework> = {
  da: da as Framework,
  en: en as Framework,
};

/** The shipped Gentofte framework in the given language (Danish is the original). */
export function getFramework(lang: Language): Framework {
  return shipped[lang];
}

export { parseFramework, compareShape } from './validate';
export type { FrameworkError, ParseResult } from './validate';
export { buildIndex, search, excerpt, type SearchIndex, type SearchEntry, type SearchHit, type SearchKind } from './search';
export { parseWeights, formatWeights, hasAnyWeight, strongestAreas, emptyWeights, type Weight, type Weights } from './task-weights';
export { suggestWeights, type KeywordLists, type Suggestion } from './suggest';
