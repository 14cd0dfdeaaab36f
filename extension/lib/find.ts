/**
 * The framework's search (content/search.ts) for the background, with the same labels as `<lg-search>`:
 * one index per language, built when first needed.
 */
import { UI } from '../../components/shared/strings';
import { getFramework } from '../../content/index';
import type { Language } from '../../content/model';
import { buildIndex, search, type SearchHit, type SearchIndex } from '../../content/search';

const indexes = new Map<Language, SearchIndex>();

export function find(query: string, lang: Language, limit = 20): SearchHit[] {
  let index = indexes.get(lang);
  if (!index) indexes.set(lang, (index = buildIndex(getFramework(lang), { areas: UI[lang].areas, about: UI[lang].about })));
  return search(index, query, limit);
}
