import type { LitElement } from 'lit';

/** The element that has focus in `root`, looked for inside shadow roots too; null when none has. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Notes where focus is now; the function returned says, later, whether the person has moved focus to another element
 * since (focus merely lost — to the page, or with an element drawn away — does not count).
 */
export function focusMark(doc: Document = document): () => boolean {
  const before = deepActiveElement(doc);
  return () => {
    const now = deepActiveElement(doc);
    return now !== before && now !== null && now !== doc.body && now.isConnected;
  };
}

/**
 * After the element's next render (and whatever else its `updateComplete` waits for, such as a write to the browser's
 * store), focuses the first element in its shadow root that matches `selector` — unless the person has moved on to
 * another field meanwhile: a save that finishes late must not pull the cursor (and what is being typed) out of the
 * field the person is in now. Focus that was lost (the focused element re-rendered away, or nothing focused) is moved.
 * `prepare` readies the target first (e.g. opens the `<details>` around it). Resolves to the element focused, or null.
 */
export async function focusAfterRender<E extends HTMLElement = HTMLElement>(el: LitElement, selector: string, prepare?: (target: E) => void): Promise<E | null> {
  const movedOn = focusMark(el.ownerDocument);
  await el.updateComplete;
  const target = el.renderRoot.querySelector<E>(selector);
  if (!target || movedOn()) return null;
  prepare?.(target);
  target.focus();
  return target;
}
