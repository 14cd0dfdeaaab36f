import type { LitElement, ReactiveController } from 'lit';
import { copyText } from '../clipboard';
import { focusAfterRender } from '../focus';

/**
 * Copying with a visible fallback: puts text on the clipboard; where the browser refuses (no permission, plain
 * http), keeps the text as `fallback` for the element to show, selected, so the person can copy it by hand.
 */
export class Copier implements ReactiveController {
  /** The text to copy by hand, after the clipboard failed; undefined otherwise. */
  fallback: string | undefined;

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Resolves to true when the text is on the clipboard. */
  async copy(text: string): Promise<boolean> {
    const ok = await copyText(text);
    this.fallback = ok ? undefined : text;
    this.host.requestUpdate();
    return ok;
  }

  /**
   * After the next render: opens the `<details>` around the field `selector` (if any), focuses it and selects its text
   * (unless the person has moved on meanwhile: ../focus.ts).
   */
  async select(selector: string): Promise<void> {
    const field = await focusAfterRender<HTMLTextAreaElement>(this.host, selector, (f) => {
      const details = f.closest('details');
      if (details) details.open = true;
    });
    field?.select();
  }

  clear(): void {
    this.fallback = undefined;
    this.host.requestUpdate();
  }
}
