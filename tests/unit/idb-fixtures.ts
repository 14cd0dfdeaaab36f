/**
 * IndexedDB in the unit tests: fake-indexeddb with a fresh, empty database for every test, raw access to it past
 * the store modules, and the ways a real browser's storage goes wrong (an old tab blocking an upgrade, a full disk).
 */
import 'fake-indexeddb/auto';
import { IDBFactory, forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import { DB_NAME, MIGRATIONS } from '../../components/shared/database';

/**
 * A fresh, empty IndexedDB before every test; after it, the stores handed to `keep` are closed, the real
 * IndexedDB is back and every mock is restored (so a full disk never leaks into the next test).
 * Returns `keep(store)`, which returns the store.
 */
export function useFreshIndexedDB() {
  const realIndexedDB = globalThis.indexedDB;
  let open: { close(): void }[] = [];
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });
  afterEach(() => {
    open.forEach((s) => s.close());
    open = [];
    globalThis.indexedDB = realIndexedDB;
    vi.restoreAllMocks();
  });
  return <T extends { close(): void }>(store: T): T => {
    open.push(store);
    return store;
  };
}

/** Raw IndexedDB, promisified: opens `name` at `version`, running `upgrade` if it is new. */
export function rawOpen(
  version: number,
  upgrade?: (db: IDBDatabase, tx: IDBTransaction) => void,
  name = DB_NAME,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => upgrade?.(req.result, req.transaction!);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** An old tab: a connection at `version` (made by `upgrade`) that does not let go when asked to, so it blocks every upgrade until it is closed. */
export async function oldTabHolding(version: number, upgrade: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  const db = await rawOpen(version, upgrade);
  db.onversionchange = () => {};
  return db;
}

/** Writes `value` straight into `storeName` of the latest database version, past the store modules' checks. */
export async function putRaw(storeName: string, value: unknown): Promise<void> {
  const db = await rawOpen(MIGRATIONS.length);
  await new Promise((resolve) => {
    const tx = db.transaction(storeName, 'readwrite');
    tx.objectStore(storeName).put(value);
    tx.oncomplete = resolve;
  });
  db.close();
}

/**
 * A full disk: every IDBObjectStore put after the first `allowed` throws QuotaExceededError (with the default 0,
 * every put). `vi.restoreAllMocks()` makes room again.
 */
export function diskFull(allowed = 0) {
  const put = IDBObjectStore.prototype.put;
  let n = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (n++ >= allowed) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  });
}

/**
 * Site data cleared while the page is open, as a browser does it: every connection the stores opened is closed by
 * force (its `close` event fires) and the database is deleted. Call `watchConnections` before opening the stores.
 */
export function watchConnections(): { clearSiteData(): Promise<void> } {
  const connections: IDBDatabase[] = [];
  const open = indexedDB.open.bind(indexedDB);
  vi.spyOn(indexedDB, 'open').mockImplementation((name: string, version?: number) => {
    const req = open(name, version);
    req.addEventListener('success', () => connections.push(req.result));
    return req;
  });
  return {
    async clearSiteData() {
      for (const db of connections.splice(0)) forceCloseDatabase(db as never);
      await new Promise((resolve, reject) => {
        const req = indexedDB.deleteDatabase(DB_NAME);
        req.onsuccess = resolve;
        req.onerror = () => reject(req.error);
      });
    },
  };
}
