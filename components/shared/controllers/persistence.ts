import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whether the browser has promised to keep this site's storage when it runs short of space. */
export type Persistence = 'granted' | 'denied';

/**
 * Asks the browser to keep the site's storage (`navigator.storage.persist()`), once per element, after the first
 * save that reached IndexedDB, and remembers the answer for the element to show: granted, or denied (then the
 * element says what that means and offers an export). Where the browser has no such API, or it fails, `state`
 * stays undefined and nothing is shown.
 */
export class PersistenceRequest implements ReactiveController {
  /** The browser's answer; undefined until asked (or where it cannot be asked). */
  state: Persistence | undefined;
  /** @internal */
  private asking: Promise<void> | undefined;

  constructor(
    /** @internal */
    private readonly host: ReactiveControllerHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Asks once; later calls return the first request. */
  ask(): Promise<void> {
    return (this.asking ??= this.request());
  }

  /** @internal */
  private async request(): Promise<void> {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (typeof storage?.persist !== 'function') return;
    try {
      const kept = (typeof storage.persisted === 'function' && (await storage.persisted())) || (await storage.persist());
      this.state = kept ? 'granted' : 'denied';
    } catch {
      return;
    }
    this.host.requestUpdate();
  }
}
