// Opening and closing the database: the Store the UI holds, its status (in Chinese), the fallback to
// an in-memory engine when the browser refuses IndexedDB, and letting go when another tab upgrades.
import Dexie from 'dexie';
import { MSG } from '../messages';
import { DB_NAME, ReportDatabase } from '../schema';
import { describeError } from './errors';
import { loadPacked } from '../../packed/load';

export type StorageMode = 'indexeddb' | 'memory';

/** What the UI needs to know about the database, with every sentence in Chinese. */
export interface DataStatus {
  mode: StorageMode;
  /** Warnings for a banner (memory mode, another tab upgraded, …). */
  messages: string[];
  /** Seeds that failed to parse and similar non-fatal problems. */
  problems: string[];
  /** The connection was closed for another tab's upgrade: the page must be reloaded. */
  reloadNeeded: boolean;
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
    this.status = { mode, messages, problems: [], reloadNeeded: false, seedMs: null };
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
  watchOtherTabs(store, db);

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

/** When a newer version of the app opens in another tab, let go at once (its upgrade would otherwise
 * hang) and tell the user to reload instead of silently reopening an outdated connection. */
function watchOtherTabs(store: Store, db: ReportDatabase): void {
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    const messages = store.status.messages.includes(MSG.reloadNeeded) ? store.status.messages : [...store.status.messages, MSG.reloadNeeded];
    store.updateStatus({ reloadNeeded: true, messages });
    return false; // skip Dexie's default handler, which would reopen the old connection on next use
  });
}
