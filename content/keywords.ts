/** The suggester's word lists, per language (data: `gentofte/keywords.<lang>.json`). */
import da from './gentofte/keywords.da.json';
import en from './gentofte/keywords.en.json';
import type { Language } from './model';
import type { KeywordLists } from './suggest';

export const KEYWORDS: Record<Language, KeywordLists> = { da, en };
