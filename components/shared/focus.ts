import type { LitElement } from 'lit';

/**
 * After the element's next render (and whatever else its `updateComplete` waits for), focuses the first element
 * in its shadow root that matches `selector`. Resolves to that element (null when there is none).
 */
export async function focusAfterRender(el: LitElement, selector: string): Promise<HTMLElement | null> {
  await el.updateComplete;
  const target = el.renderRoot.querySelector<HTMLElement>(selector);
  target?.focus();
  return target;
}
