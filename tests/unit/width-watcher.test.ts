// The WidthWatcher: the width of the element a selector finds, in whole pixels, and a render when it changes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveController } from 'lit';
import { WidthWatcher } from '../../components/reflection-journal/width-watcher';

/** A ResizeObserver the test drives: `resize(el, width)` reports a new content width of an observed element. */
class FakeObserver {
  static last: FakeObserver | undefined;
  readonly watched = new Set<Element>();
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.watched.add(el);
  }
  unobserve(el: Element) {
    this.watched.delete(el);
  }
  disconnect() {
    this.watched.clear();
  }
  resize(el: Element, width: number) {
    if (this.watched.has(el)) this.callback([{ target: el, contentRect: { width } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
}

function host() {
  const root = document.createElement('div');
  let controller: ReactiveController | undefined;
  const h = {
    renderRoot: root,
    updates: 0,
    addController: (c: ReactiveController) => void (controller = c),
    removeController: () => {},
    requestUpdate: () => void h.updates++,
    updateComplete: Promise.resolve(true),
  };
  const render = (markup: string) => {
    root.innerHTML = markup;
    controller?.hostUpdated?.();
  };
  return { h, root, render, connect: () => controller?.hostConnected?.(), disconnect: () => controller?.hostDisconnected?.() };
}

describe('WidthWatcher', () => {
  const original = globalThis.ResizeObserver;
  beforeEach(() => void (globalThis.ResizeObserver = FakeObserver as unknown as typeof ResizeObserver));
  afterEach(() => void (globalThis.ResizeObserver = original));

  it('measures the element the selector finds, renders again on a whole-pixel change only, and follows a new element', () => {
    const { h, root, render, connect, disconnect } = host();
    const watcher = new WidthWatcher(h, '.chart svg');
    connect();
    render('<p>no chart yet</p>');
    expect(watcher.width).toBeUndefined();
    render('<figure class="chart"><svg></svg></figure>');
    const first = root.querySelector('svg')!;
    FakeObserver.last!.resize(first, 310.4);
    expect([watcher.width, h.updates]).toEqual([310, 1]);
    FakeObserver.last!.resize(first, 310.2); // the same whole pixel: no render
    expect(h.updates).toBe(1);
    FakeObserver.last!.resize(first, 0); // hidden: the last width stays
    expect([watcher.width, h.updates]).toEqual([310, 1]);
    render('<figure class="chart"><svg></svg></figure>'); // the history drawn again: a new element
    const second = root.querySelector('svg')!;
    expect([...FakeObserver.last!.watched]).toEqual([second]);
    FakeObserver.last!.resize(second, 600);
    expect([watcher.width, h.updates]).toEqual([600, 2]);
    disconnect();
    expect(FakeObserver.last!.watched.size).toBe(0);
    // moved in the page (disconnected, connected again) without a render: the chart already drawn is watched again
    connect();
    expect([...FakeObserver.last!.watched]).toEqual([second]);
    FakeObserver.last!.resize(second, 320);
    expect([watcher.width, h.updates]).toEqual([320, 3]);
  });

  it('without a ResizeObserver: no width, and nothing thrown', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const { h, render, connect } = host();
    const watcher = new WidthWatcher(h, 'svg');
    connect();
    render('<svg></svg>');
    expect(watcher.width).toBeUndefined();
    vi.unstubAllGlobals();
  });
});
