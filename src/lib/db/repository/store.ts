// Opening and closing the database: the Store the UI holds, its status (in Chinese), the fallback to
// an in-memory engine when the browser refuses IndexedDB, letting go when another tab upgrades, and
// noticing when the database is taken away while the page is open (site data cleared, the database
// deleted by another page or program): then the store stops, instead of silently opening a new empty
// database, until the user restores a backup (reopenStore) or reloads.
import Dexie from 'dexie';
import { MSG } from '../messages';
import { DB_NAME, finishLedgerUpgrade, ReportDatabase } from '../schema';
import { describeError, type WriteFailure } from './errors';
import { loadPacked } from '../../packed/load';

export type StorageMode = 'indexeddb' | 'memory';
/** How the data went away while the page was open: site data cleared (the browser closed our connection
 * and the database is gone), or the database deleted by another page or program. */
export type StorageLoss = 'cleared' | 'deleted';

/** What the UI needs to know about the database, with every sentence in Chinese. */
export interface DataStatus {
  mode: StorageMode;
  /** Warnings for a banner (memory mode, another tab upgraded, …). */
  messages: string[];
  /** Seeds that failed to parse and similar non-fatal problems. */
  problems: string[];
  /** The connection was closed for another tab's upgrade: the page must be reloaded. */
  reloadNeeded: boolean;
  /** The stored data went away while the page was open: nothing can be saved until it is restored. */
  lost: StorageLoss | null;
  /** Milliseconds spent writing the bundled seeds on this open (0 when they were already there). */
  seedMs: number | null;
}

/** The connection behind each store: reachable only through `dbOf`, inside db/. */
const connections = new WeakMap<Store, ReportDatabase>();

/** The handle the UI passes to the repository's functions; it holds no table the UI could reach. */
export class Store {
  status: DataStatus;
  private listeners = new Set<(s: DataStatus) => void>();

  constructor(db: ReportDatabase, mode: StorageMode, messages: string[] = []) {
    connections.set(this, db);
    this.status = { mode, messages, problems: [], reloadNeeded: false, lost: null, seedMs: null };
  }

  /** Calls `fn` now and on every change; returns the unsubscribe function. */
  subscribeStatus(fn: (s: DataStatus) => void): () => void {
    this.listeners.add(fn);
    fn(this.status);
    return () => this.listeners.delete(fn);
  }

  updateStatus(patch: Partial<DataStatus>): void {
    this.status = { ...this.status, ...patch };
    for (const fn of this.listeners) fn(this.status);
  }
}

/** @internal The Dexie database of a store: for db/ modules and database tests only. */
export function dbOf(store: Store): ReportDatabase {
  const db = connections.get(store);
  if (!db) throw new Error('Store without a database');
  return db;
}

export interface OpenOptions {
  name?: string;
  /** The IndexedDB engine; null means the browser has none. Default: the page's `indexedDB`. */
  indexedDB?: IDBFactory | null;
  IDBKeyRange?: typeof IDBKeyRange;
  /** How long to wait, once another tab blocks the upgrade, before running from memory. */
  blockedTimeoutMs?: number;
}

/** Opens the database; never rejects. Falls back to an in-memory database when IndexedDB is missing,
 * refuses to open, or is held at an older version by another tab that does not let go. */
export async function openStore(options: OpenOptions = {}): Promise<Store> {
  const name = options.name ?? DB_NAME;
  const factory = 'indexedDB' in options ? options.indexedDB : typeof indexedDB === 'undefined' ? null : indexedDB;
  const keyRange = options.IDBKeyRange ?? (typeof IDBKeyRange === 'undefined' ? undefined : IDBKeyRange);
  if (!factory || !keyRange) return openMemoryStore(name, MSG.memoryUnavailable);

  let db: ReportDatabase;
  try {
    useForLiveQueries(factory, keyRange);
    db = new ReportDatabase(name, { indexedDB: factory, IDBKeyRange: keyRange });
  } catch (e) {
    return openMemoryStore(name, MSG.memoryOpenFailed(describeError(e)));
  }
  const store = new Store(db, 'indexeddb');
  watchConnection(store, db);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const blocked = new Promise<'blocked'>((resolve) => {
    db.on('blocked', () => {
      timer ??= setTimeout(() => resolve('blocked'), options.blockedTimeoutMs ?? 4000);
    });
  });
  try {
    const outcome = await Promise.race([db.open().then(() => 'open' as const), blocked]);
    if (outcome === 'blocked') {
      db.close();
      return openMemoryStore(name, MSG.blocked);
    }
    try {
      await finishLedgerUpgrade(db);
    } catch (e) {
      // Nothing is lost: the annotations stay in their table and the next open tries again.
      store.updateStatus({ problems: [...store.status.problems, MSG.ledgerUpgradeFailed(describeError(e))] });
    }
    watchForcedClose(store, db);
    return store;
  } catch (e) {
    db.close();
    return openMemoryStore(name, MSG.memoryOpenFailed(describeError(e)));
  } finally {
    clearTimeout(timer);
  }
}

export async function openMemoryStore(name: string, message: string): Promise<Store> {
  const { IDBFactory, IDBKeyRange } = await loadPacked('fake-indexeddb');
  const factory = new IDBFactory();
  useForLiveQueries(factory, IDBKeyRange);
  const db = new ReportDatabase(name, { indexedDB: factory, IDBKeyRange });
  await db.open();
  return new Store(db, 'memory', [message]);
}

/** Dexie's liveQuery does nothing while its global dependencies name no IndexedDB engine (the case
 * when the browser has none and we run from memory), whatever engine the database itself uses. */
function useForLiveQueries(factory: unknown, keyRange: unknown): void {
  const deps = Dexie.dependencies as { indexedDB?: unknown; IDBKeyRange?: unknown };
  if (!deps.indexedDB) Object.assign(deps, { indexedDB: factory, IDBKeyRange: keyRange });
}

function addMessage(store: Store, message: string): string[] {
  return store.status.messages.includes(message) ? store.status.messages : [...store.status.messages, message];
}

/** The failure a write returns once the data is gone, or null while the store is usable. */
export function lostFailure(store: Store): WriteFailure | null {
  return store.status.lost ? { ok: false, code: 'lost', reason: MSG.lostWrite } : null;
}

function announceLost(store: Store, how: StorageLoss): void {
  if (store.status.lost) return;
  store.updateStatus({ lost: how, messages: addMessage(store, how === 'deleted' ? MSG.lostDeleted : MSG.lostCleared) });
}

function markLost(store: Store, db: ReportDatabase, how: StorageLoss): void {
  // no silent reopen: Dexie would otherwise create a new, empty database on the next read or write
  db.close({ disableAutoOpen: true });
  announceLost(store, how);
}

/** What a store does when another page deletes its database, before letting go of it (backupRead.ts). */
const lastReads = new WeakMap<Store, (db: ReportDatabase) => Promise<unknown>>();

export function onDeletion(store: Store, read: (db: ReportDatabase) => Promise<unknown>): void {
  lastReads.set(store, read);
}

/**
 * Another tab or program wants the database: a newer version of the app upgrading it (let go at once,
 * since its upgrade would otherwise hang, and ask for a reload), or a deletion (newVersion null: the
 * data is gone).
 */
function watchConnection(store: Store, db: ReportDatabase): void {
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    if (event.newVersion === null) {
      const read = lastReads.get(store);
      if (!read) {
        markLost(store, db, 'deleted');
        return false;
      }
      // writes are refused from now on; the deletion waits until the last read is done
      announceLost(store, 'deleted');
      void read(db)
        .catch(() => undefined)
        .finally(() => db.close({ disableAutoOpen: true }));
      return false;
    }
    db.close({ disableAutoOpen: true });
    store.updateStatus({ reloadNeeded: true, messages: addMessage(store, MSG.reloadNeeded) });
    return false; // skip Dexie's default handler, which would reopen the old connection on next use
  });
}

/**
 * The browser closes the connection by force when the site's data is cleared (and on some storage
 * errors). When the database is still listed half a second later the data is there and a reload
 * reconnects; otherwise (or when the browser cannot list databases) it is gone.
 */
function watchForcedClose(store: Store, db: ReportDatabase): void {
  const idb = db.backendDB();
  idb.addEventListener('close', () => {
    db.close({ disableAutoOpen: true });
    // the browser may still be removing the data when the close arrives: look a little later
    void new Promise((r) => setTimeout(r, 500))
      .then(() => stillThere(db))
      .then((there) => {
        if (there) store.updateStatus({ reloadNeeded: true, messages: addMessage(store, MSG.closedByBrowser) });
        else markLost(store, db, 'cleared');
      });
  });
}

async function stillThere(db: ReportDatabase): Promise<boolean> {
  const factory = db._options.indexedDB as IDBFactory | undefined;
  if (!factory || typeof factory.databases !== 'function') return false;
  try {
    return (await factory.databases()).some((d) => d.name === db.name);
  } catch {
    return false;
  }
}

/** After a loss, when the user restores a backup: opens the database again (a new, empty one) and
 * clears the loss. The caller seeds the bundled documents and writes the backup. */
export async function reopenStore(store: Store): Promise<void> {
  const db = dbOf(store);
  if (!store.status.lost) return;
  await db.open();
  watchForcedClose(store, db);
  store.updateStatus({ lost: null, messages: store.status.messages.filter((m) => m !== MSG.lostCleared && m !== MSG.lostDeleted) });
}
