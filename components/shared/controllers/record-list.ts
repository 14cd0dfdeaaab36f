import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StoreProblem } from '../database';

/** What the controller needs of a store: its records in order, and whether the browser keeps them. */
export interface ListedStore<T> {
  readonly persistent: boolean;
  readonly reason?: StoreProblem;
  list(): Promise<T[]>;
  /** Calls the listener when the records may have changed elsewhere (another tab) or the store's state did. */
  watch?(listener: () => void): () => void;
  close(): void;
}

/**
 * A record store (saved tasks, reflections) as an element sees it: opened on first use (or given from outside),
 * its records read again after each change here or in another tab (the store's `watch`), closed when the element
 * leaves the page. What is read is every record (`list`), or what `read` returns (the journal: an overview).
 * Counts every storage operation as pending until it settles, so that the element's `updateComplete` can wait for
 * them (`idle`).
 */
export class RecordList<T, S extends ListedStore<T>, V = T[]> implements ReactiveController {
  /** The records, in the store's order (or what `read` made of them); undefined until the store has answered. */
  items: V | undefined;
  /** @internal */
  private given: S | undefined;
  /** @internal */
  private own: S | undefined;
  /** @internal */
  private opening: Promise<S> | undefined;
  /** @internal */
  private pending: Promise<unknown> = Promise.resolve();
  /** @internal How many operations have not settled yet. */
  private unsettled = 0;
  /** @internal */
  private connected = false;
  /** @internal The store whose changes are followed, and how to stop. */
  private followed: { store: S; stop: () => void } | undefined;

  constructor(
    /** @internal */
    private readonly host: ReactiveControllerHost,
    /** @internal */
    private readonly openStore: () => Promise<S>,
    /** @internal What is read of the store: every record unless told otherwise. */
    private readonly read: (store: S) => Promise<V> = (store) => store.list() as Promise<V>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    const own = this.own;
    this.own = this.opening = undefined;
    this.followed?.stop();
    this.followed = undefined;
    own?.close();
  }

  /** The store in use, once open. */
  get store(): S | undefined {
    return this.given ?? this.own;
  }

  /** Why records are (also) kept in memory only, once the store is open. */
  get problem(): StoreProblem | undefined {
    return this.store?.reason;
  }

  /** Uses `store` from now on (undefined: the element's own, opened on first use). */
  use(store: S | undefined): void {
    this.given = store;
  }

  /** The store: the given one, else this element's own, opened on first use. */
  open(): Promise<S> {
    if (this.given) return Promise.resolve(this.given);
    return (this.opening ??= this.openStore().then((store) => {
      if (!this.connected) {
        store.close();
        this.opening = undefined;
      } else this.own = store;
      return store;
    }));
  }

  /** Reads the records again (opening the store if need be), and from then on whenever the store says so. */
  refresh(): Promise<V> {
    return this.track(
      this.open().then(async (store) => {
        this.follow(store);
        this.items = await this.read(store);
        this.host.requestUpdate();
        return this.items;
      }),
    );
  }

  /** @internal Reads the records again whenever `store` says they may have changed (the last store used). */
  private follow(store: S): void {
    if (!this.connected || this.followed?.store === store) return;
    this.followed?.stop();
    const stop = store.watch?.(() => void this.refresh()) ?? (() => {});
    this.followed = { store, stop };
  }

  /** Counts `work` as pending until it settles; returns it. */
  track<R>(work: Promise<R>): Promise<R> {
    this.unsettled++;
    const done = () => void this.unsettled--;
    work.then(done, done);
    this.pending = Promise.all([this.pending, work]).catch(() => {});
    return work;
  }

  /** No storage operation is under way. */
  get quiet(): boolean {
    return this.unsettled === 0;
  }

  /** Resolves when every pending operation, including those started meanwhile, has settled. */
  async idle(): Promise<void> {
    for (let p = this.pending; ; p = this.pending) {
      await p;
      if (p === this.pending) return;
    }
  }
}

/**
 * How every stored element (the picker, the journal, the round) waits in `getUpdateComplete`: until its lists'
 * storage operations have settled and it has rendered what they brought — again if rendering started more.
 */
export async function settled(host: ReactiveControllerHost & { readonly isUpdatePending: boolean }, lists: readonly { idle(): Promise<void>; readonly quiet: boolean }[], rendered: () => Promise<boolean>): Promise<boolean> {
  for (;;) {
    await Promise.all(lists.map((l) => l.idle()));
    const done = await rendered();
    if (!host.isUpdatePending && lists.every((l) => l.quiet)) return done;
  }
}
