import type { SearchKind } from '../../content/search';
import { defineStrings } from '../shared/localize';

/** The words of `<lg-search>`, Danish first. Every language has the same keys. */
export const SEARCH_STRINGS = defineStrings({
  da: {
    label: 'Søg i ledelsesgrundlaget',
    results: 'Søgeresultater',
    count: (n: number) => (n === 1 ? '1 resultat' : `${n} resultater`),
    none: (q: string) => `Ingen resultater for »${q}«`,
    elsewhere: (q: string, n: number) => `Ingen resultater for »${q}« på dansk. På engelsk: ${n === 1 ? '1 resultat' : `${n} resultater`}.`,
    related: (word: string) => `beslægtet ord: »${word}«`,
    more: (n: number) => `Vis ${n} ${n === 1 ? 'mere' : 'flere'}`,
    kinds: {
      section: 'Afsnit',
      'area-title': 'Fokusområde',
      statement: 'Hvad gør vi?',
      point: 'Punkt',
      'leader-role': 'Lederrollen',
      reflection: 'Refleksionsspørgsmål',
      closing: 'Om ledelsesgrundlaget',
      glossary: 'Ordforklaring',
      symbol: 'Symbolet',
    } as Record<SearchKind, string>,
  },
  en: {
    label: 'Search the leadership framework',
    results: 'Search results',
    count: (n: number) => (n === 1 ? '1 result' : `${n} results`),
    none: (q: string) => `No results for “${q}”`,
    elsewhere: (q: string, n: number) => `No results for “${q}” in English. In Danish: ${n === 1 ? '1 result' : `${n} results`}.`,
    related: (word: string) => `related word: “${word}”`,
    more: (n: number) => `Show ${n} more`,
    kinds: {
      section: 'Section',
      'area-title': 'Focus area',
      statement: 'What do we do?',
      point: 'Point',
      'leader-role': 'The leader’s role',
      reflection: 'Reflection question',
      closing: 'About the framework',
      glossary: 'Glossary',
      symbol: 'The symbol',
    },
  },
});

export type SearchStrings = (typeof SEARCH_STRINGS)['da'];
