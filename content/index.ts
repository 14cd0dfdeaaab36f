/**
 * The frameworks this package ships, as typed models, and what reads and checks them.
 *
 * Importing this module gives both languages at once (`getFramework('en')` included). The elements do not: they
 * read ./frameworks and load English with ./load-framework when an element first needs it.
 */
import './english';

export * from './model';
export { getFramework, hasFramework } from './frameworks';
export { loadFramework } from './load-framework';

export { parseFramework, compareShape } from './validate';
export type { FrameworkError, ParseResult } from './validate';
export { buildIndex, search, excerpt, type SearchIndex, type SearchEntry, type SearchHit, type SearchKind } from './search';
export { parseWeights, formatWeights, hasAnyWeight, strongestAreas, emptyWeights, type Weight, type Weights } from './task-weights';
export { suggestWeights, type KeywordLists, type Suggestion } from './suggest';
