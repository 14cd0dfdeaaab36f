import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The width in CSS pixels of the first element matching `selector` in the host's shadow root, kept up to date with a
 * ResizeObserver: the host renders again when it changes by a whole pixel. A drawing can then use one SVG unit per
 * pixel, so its text is as large as the CSS says at every width. Undefined until measured (and where the browser
 * has no ResizeObserver).
 */
export class WidthWatcher implements ReactiveController {
  /** The measured width, rounded to whole pixels. */
  width: number | undefined;
  /** @internal */
  private observer: ResizeObserver | undefined;
  /** @internal The element observed now. */
  private watched: Element | null = null;

  constructor(
    /** @internal */
    private readonly host: Host,
    /** @internal */
    private readonly selector: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver !== 'function') return;
    this.observer = new ResizeObserver((records) => {
      const width = Math.round(records[records.length - 1].contentRect.width);
      if (!width || width === this.width) return;
      this.width = width;
      this.host.requestUpdate();
    });
    this.watch(); // moved to another place in the page: what is already drawn is watched again
  }

  /** After each render: the element now matching may be another one (charts come and go with the history). */
  hostUpdated(): void {
    this.watch();
  }

  /** @internal Observes the element now matching the selector, and no other. */
  private watch(): void {
    const found = this.host.renderRoot.querySelector(this.selector);
    if (found === this.watched || !this.observer) return;
    if (this.watched) this.observer.unobserve(this.watched);
    this.watched = found;
    if (found) this.observer.observe(found);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched = null;
  }
}
