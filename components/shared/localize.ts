import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LANGUAGES, type Language } from '../../content/model';

/**
 * A string table in every language the package ships, one shape: Danish (the original) first, and English with the
 * same keys and the same kinds of value (a function in one is a function of the same parameters in the other).
 * Every element's words are defined through this, so they are all typed the one way.
 */
export function defineStrings<T extends object>(tables: { da: T; en: NoInfer<T> }): Readonly<Record<Language, T>> {
  return tables;
}

/** 'en-GB', 'EN', 'en_US' → 'en'; a language this package does not ship → 'da'. */
export function normalizeLang(value: string | null | undefined): Language {
  const primary = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'da';
}

/**
 * The language an element renders in: its own non-empty `lang`, else the nearest ancestor's (walking out of
 * shadow roots through their hosts), else `<html lang>`, else Danish.
 */
export function resolveLang(el: Element): Language {
  for (let node: Element | undefined = el; node; ) {
    const found = node.closest('[lang]:not([lang=""])');
    if (found) return normalizeLang(found.getAttribute('lang'));
    node = (node.getRootNode() as ShadowRoot).host;
  }
  return normalizeLang(document.documentElement.lang);
}

const controllers = new Set<LangController>();
let observer: MutationObserver | undefined;

/**
 * Keeps a host element's `lang` up to date. One MutationObserver for the whole page watches every `lang`
 * attribute in the document and asks each connected host to re-check; a host re-renders only if its
 * resolved language changed. (Attributes inside shadow roots are not seen by it: elements that nest
 * other lg- elements pass their language down as the child's own `lang`, which the child observes.)
 */
export class LangController implements ReactiveController {
  /** The resolved language, updated before each render. */
  lang: Language = 'da';

  constructor(private host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    if (!observer) {
      observer = new MutationObserver(() => controllers.forEach((c) => c.check()));
      observer.observe(document, { attributes: true, subtree: true, attributeFilter: ['lang'] });
    }
    this.check();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (!controllers.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  hostUpdate(): void {
    this.lang = resolveLang(this.host);
  }

  /** Requests a render if the resolved language is no longer the rendered one. */
  check(): void {
    if (resolveLang(this.host) !== this.lang) this.host.requestUpdate();
  }
}
