import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A status line (a live region, `role="status"`): the outcome of what the person just did, read out by screen
 * readers. The same text twice still changes the region (a no-break space is added), so it is announced again.
 */
export class Announcer implements ReactiveController {
  /** What the line says now ('' when nothing). */
  text = '';
  /** The text reports a failure (shown as an error). */
  error = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  say(text: string, error = false): void {
    this.text = text && text === this.text ? `${text}\u00a0` : text;
    this.error = error;
    this.host.requestUpdate();
  }

  clear(): void {
    this.say('');
  }
}
