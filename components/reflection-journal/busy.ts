import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Work that takes a moment (deriving a key from a passphrase, sealing every note): while it runs, the buttons that
 * would start more of it wait (`active`). Shared by the journal's lock and its encrypted exports and imports.
 */
export class Busy implements ReactiveController {
  /** Work is under way. */
  active = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Runs `work` with the buttons waiting. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    this.active = true;
    this.host.requestUpdate();
    try {
      return await work();
    } finally {
      this.active = false;
      this.host.requestUpdate();
    }
  }
}
