'use client';
/**
 * Search in the framework, `<lg-search>`: `onLgOpen` when a result is chosen, `onInput` as the query changes.
 * Importing this registers the tag.
 */
import { LgSearch } from '../search/define';
import type { LgOpenEvent } from '../shared/events';
import { on, wrap } from './wrap';

export const Search = wrap('lg-search', LgSearch, {
  onLgOpen: on<LgSearch, LgOpenEvent>('lg-open'),
  onInput: on<LgSearch>('input'),
});
