/**
 * For a page whose HTML holds elements prerendered with Lit's hydration markers (the extension's popup, see
 * wxt.config.ts): import this first, before anything that loads Lit. It loads Lit's own hydration support, and lets
 * the lg- elements keep and hydrate what they find in their shadow root instead of replacing it — a field keeps its
 * focus and what was typed — unless it was prerendered in another language than the element's, which is then
 * rendered afresh. (Only such pages pay for this; LgElement itself replaces prerendered HTML.)
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LgElement } from './lg-element';

type Hydrating = LgElement & { _$needsHydration?: boolean };
const replace = Object.getOwnPropertyDescriptor(LgElement.prototype, 'replacePrerendered')!.value as (this: LgElement) => void;

Object.defineProperty(LgElement.prototype, 'replacePrerendered', {
  configurable: true,
  writable: true,
  value(this: Hydrating) {
    const root = this.renderRoot as ShadowRoot;
    // Lit's support sets _$needsHydration where it found a shadow root, and then adopts no styles of its own
    if (this._$needsHydration && root.querySelector(':scope > [lang]')?.getAttribute('lang') === this.language) return;
    const styles = [...root.querySelectorAll('style')];
    replace.call(this);
    root.append(...styles);
    this._$needsHydration = false;
  },
});
