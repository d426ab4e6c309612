// The open's biggest read, started before the app: a few lines at the top of the built page
// (earlyRead.entry.ts, placed by scripts/build/early.ts) open the database and ask for every row pack
// while the browser is still unpacking and compiling the app's code (≈ 0.4 s on a browser's first
// open). Opening the database on a new browser process and reading the packs then overlap that work
// instead of following it. The app takes the result once (`takeEarlyRead`); loadDataset uses a pack
// only when its `rev` is that of its document as read by the app, so nothing written in between is
// hidden. The early read never creates, upgrades or holds the database: a new profile, an older
// schema, a browser without IndexedDB or any error leave the app to read everything itself.
import { CURRENT_VERSION, DB_NAME, nativeVersion } from './names';

/** Where the early read leaves its promise for the app. */
export const EARLY_READ_GLOBAL = '__zfgzbgEarlyRead';

const PACKS = 'rowPacks';

/** Every row pack of the database `name`, if it exists at `version`; else (or on any error) null. */
export function readPacksEarly(
  factory: IDBFactory | null | undefined,
  name: string = DB_NAME,
  version: number = nativeVersion(CURRENT_VERSION),
): Promise<unknown[] | null> {
  return new Promise((resolve) => {
    if (!factory) return resolve(null);
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      return resolve(null);
    }
    // No database yet: aborting the upgrade that would create it leaves none behind for the app to find.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (e) => {
      e.preventDefault();
      resolve(null);
    };
    request.onsuccess = () => {
      const db = request.result;
      // another tab upgrading must never wait for us
      db.onversionchange = () => db.close();
      const finish = (packs: unknown[] | null) => {
        db.close();
        performance.mark('early:done');
        resolve(packs);
      };
      if (db.version !== version || !db.objectStoreNames.contains(PACKS)) return finish(null);
      try {
        const tx = db.transaction(PACKS, 'readonly');
        const all = tx.objectStore(PACKS).getAll();
        tx.oncomplete = () => finish(Array.isArray(all.result) ? all.result : null);
        tx.onabort = () => finish(null);
      } catch {
        finish(null);
      }
    };
  });
}

type Global = Record<string, Promise<unknown[] | null> | undefined>;

/** Starts the early read (the page's first script). */
export function startEarlyRead(): void {
  let read: Promise<unknown[] | null>;
  try {
    read = readPacksEarly(typeof indexedDB === 'undefined' ? null : indexedDB).catch(() => null);
  } catch {
    read = Promise.resolve(null);
  }
  (globalThis as unknown as Global)[EARLY_READ_GLOBAL] = read;
}

/** The early read's packs, once; null when the page started none (a dev server, a test) or it found nothing. */
export async function takeEarlyRead(): Promise<unknown[] | null> {
  const g = globalThis as unknown as Global;
  const read = g[EARLY_READ_GLOBAL];
  delete g[EARLY_READ_GLOBAL];
  return read ?? null;
}
