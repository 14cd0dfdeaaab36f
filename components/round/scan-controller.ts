import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the scanner needs of its element: where the camera's picture is shown, and what to do with a code. */
export interface ScanPort {
  /** The `<video>` the camera's picture is shown in, once rendered. */
  video(): HTMLVideoElement | null;
  /** Takes a code read from the camera; resolves to true when it was taken. */
  take(code: string): Promise<boolean>;
  /** The camera could not be started (refused, missing, no detector). */
  failed(): void;
}

type Detector = { detect(v: HTMLVideoElement): Promise<{ rawValue: string }[]> };

/**
 * The facilitator's camera, reading participants' QR codes (BarcodeDetector, where the browser has it): started and
 * stopped by one button, stopped when the element leaves the page. A code just taken is still in front of the camera
 * for a moment: it is not read again (and not called a duplicate).
 */
export class ScanController implements ReactiveController {
  /** @internal */
  private running: { stream: MediaStream; timer: ReturnType<typeof setInterval> } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly port: ScanPort,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** The browser can read QR codes from a camera. */
  get available(): boolean {
    return 'BarcodeDetector' in globalThis && !!navigator.mediaDevices?.getUserMedia;
  }

  /** The camera is on. */
  get scanning(): boolean {
    return !!this.running;
  }

  /** Starts the camera, or stops it when it is on. */
  async toggle(): Promise<void> {
    if (this.running) return this.stop();
    try {
      const Barcode = (globalThis as unknown as { BarcodeDetector: new (o: object) => Detector }).BarcodeDetector;
      const detector = new Barcode({ formats: ['qr_code'] });
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      let taken = '';
      const timer = setInterval(async () => {
        const video = this.port.video();
        if (!video || video.readyState < 2) return;
        const [found] = await detector.detect(video).catch(() => []);
        if (!found || found.rawValue === taken) return;
        if (await this.port.take(found.rawValue)) taken = found.rawValue;
      }, 400);
      this.running = { stream, timer };
      this.host.requestUpdate();
      await this.host.updateComplete;
      const video = this.port.video();
      if (video) {
        video.srcObject = stream;
        await video.play().catch(() => {});
      }
    } catch {
      this.stop();
      this.port.failed();
    }
  }

  /** Turns the camera off. */
  stop(): void {
    if (!this.running) return;
    clearInterval(this.running.timer);
    this.running.stream.getTracks().forEach((t) => t.stop());
    this.running = undefined;
    this.host.requestUpdate();
  }
}
