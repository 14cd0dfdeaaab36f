import type { LitElement, ReactiveController } from 'lit';
import { focusAfterRender } from '../focus';

/** Two keys are the same: equal values, or plain objects with equal fields (`{ kind: 'entry', id }`). */
function sameKey(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const [ka, kb] = [Object.keys(a), Object.keys(b)];
  return ka.length === kb.length && ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

/**
 * A question before something that cannot be undone ("Delete for good?"): which thing awaits confirmation, focus
 * moved to the question's safe answer, and back to the button that asked when the person cancels. The key says
 * what is asked about; a typed key (`{ kind: 'entry', id } | { kind: 'all' }`) keeps one question from being
 * taken for another (an entry whose id is `all` is not "delete all").
 */
export class Confirmation<Key = string> implements ReactiveController {
  /** What awaits confirmation; undefined when nothing does. */
  pending: Key | undefined;
  /** @internal */
  private opener: HTMLElement | null = null;
  private returnTo: string | undefined;

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Asks about `key`, and moves focus to `focus` (a selector in the host's shadow root) once it is shown. On cancel,
   * focus returns to the element that had it, or, where the question took its place, to `returnTo`.
   */
  ask(key: Key, focus: string, returnTo?: string): void {
    this.opener = (this.host.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    this.returnTo = returnTo;
    this.pending = key;
    this.host.requestUpdate();
    void focusAfterRender(this.host, focus);
  }

  /** True while `key` awaits confirmation. */
  is(key: Key): boolean {
    return this.pending !== undefined && sameKey(this.pending, key);
  }

  /** Cancelled: the question goes, and focus returns to the button that asked. */
  cancel(): void {
    const { opener, returnTo } = this;
    this.close();
    void this.host.updateComplete.then(() => {
      if (opener?.isConnected) opener.focus();
      else if (returnTo) void focusAfterRender(this.host, returnTo);
    });
  }

  /** Answered (or no longer relevant): the question goes, focus is the caller's business. */
  close(): void {
    this.pending = undefined;
    this.opener = null;
    this.returnTo = undefined;
    this.host.requestUpdate();
  }
}
