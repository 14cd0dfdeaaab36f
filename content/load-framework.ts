/**
 * A language's text when it is first needed: the English translation is its own chunk in the split bundle (and
 * inlined in the one-file build), so a Danish page never downloads it. Never rejects: where the chunk cannot be
 * loaded, the Danish original stands in (getFramework's fallback).
 */
import { hasFramework } from './frameworks';
import type { Language } from './model';

let english: Promise<void> | undefined;

/** Resolves when `lang`'s text is here (at once for Danish). */
export function loadFramework(lang: Language): Promise<void> {
  if (hasFramework(lang)) return Promise.resolve();
  return (english ??= import('./english').then(
    () => undefined,
    () => {
      english = undefined; // try again next time
    },
  ));
}
