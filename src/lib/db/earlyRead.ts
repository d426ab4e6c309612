// The open's biggest read, started before the app: a few lines at the top of the built page
// (earlyRead.entry.ts, placed by scripts/build/early.ts) open the database and ask for every document
// and row pack in one snapshot while the browser is still unpacking and compiling the app's code
// (≈ 0.4 s on a browser's first open), parsing each part of the answer as it comes. Opening the
// database on a new browser process and reading then overlap that work instead of following it.
// The app takes the result once (`takeEarlyRead`): its current packs start the app's first dataset
// read, which checks every document's `rev` against the database and reads again whatever was written
// in between (reads.ts earlyDataset); when it holds every visible document it is drawn at once. The
// early read never creates, upgrades or holds the database: a new profile, an older schema, a browser
// without IndexedDB or any error leave the app to read everything itself.
import { CURRENT_VERSION, DB_NAME, nativeVersion } from './names';
import { decodePack } from './packCodec';

/** Where the early read leaves its promise for the app. */
export const EARLY_READ_GLOBAL = '__zfgzbgEarlyRead';

const PACKS = 'rowPacks';
const DOCUMENTS = 'documents';

/** What the early read found: every document row and every row pack, as the database held them then. */
export interface EarlyRead {
  documents: unknown[];
  packs: EarlyPack[];
}

/** A row pack as read early: its JSON parsed and decoded (`parsed`), or as stored when it does not decode. */
export type EarlyPack = { id: unknown; rev: unknown; parsed: unknown } | { id: unknown; rev: unknown; json: unknown };

/**
 * Key ranges that together hold every key (numbers and dates sort before strings, arrays after): the
 * packs are asked for in sixteen requests, so each answer is parsed while the database reads the
 * next instead of all at the end. Document ids are hex content hashes, so split by first character.
 */
export function keyRanges(range: typeof IDBKeyRange): IDBKeyRange[] {
  const cuts = '123456789abcdef';
  const out = [range.upperBound(cuts[0]!, true)];
  for (let i = 0; i + 1 < cuts.length; i++) out.push(range.bound(cuts[i]!, cuts[i + 1]!, false, true));
  out.push(range.lowerBound(cuts[cuts.length - 1]!));
  return out;
}

function parsed(pack: unknown): EarlyPack {
  const p = pack as { id: unknown; rev: unknown; json: unknown };
  if (typeof p?.json !== 'string') return p;
  try {
    const rows = decodePack(JSON.parse(p.json));
    return rows ? { id: p.id, rev: p.rev, parsed: rows } : p;
  } catch {
    return p;
  }
}

/** Every document and row pack of the database `name`, if it exists at `version`; else (or on any error) null. */
export function readPacksEarly(
  factory: IDBFactory | null | undefined,
  keyRange: typeof IDBKeyRange | undefined = typeof IDBKeyRange === 'undefined' ? undefined : IDBKeyRange,
  name: string = DB_NAME,
  version: number = nativeVersion(CURRENT_VERSION),
): Promise<EarlyRead | null> {
  return new Promise((resolve) => {
    if (!factory || !keyRange) return resolve(null);
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
      performance.mark('early:opened');
      const db = request.result;
      // another tab upgrading must never wait for us
      db.onversionchange = () => db.close();
      const finish = (read: EarlyRead | null) => {
        db.close();
        performance.mark('early:done');
        resolve(read);
      };
      if (db.version !== version || !db.objectStoreNames.contains(PACKS) || !db.objectStoreNames.contains(DOCUMENTS)) return finish(null);
      try {
        const tx = db.transaction([DOCUMENTS, PACKS], 'readonly');
        // one snapshot of both: the documents first (small), then the packs part by part
        const documents = tx.objectStore(DOCUMENTS).getAll();
        const store = tx.objectStore(PACKS);
        const packs: EarlyPack[] = [];
        for (const range of keyRanges(keyRange)) {
          const part = store.getAll(range);
          part.onsuccess = () => {
            if (packs.length === 0) performance.mark('early:first-part');
            for (const pack of part.result) packs.push(parsed(pack));
          };
        }
        tx.oncomplete = () => finish(Array.isArray(documents.result) ? { documents: documents.result, packs } : null);
        tx.onabort = () => finish(null);
      } catch {
        finish(null);
      }
    };
  });
}

type Global = Record<string, Promise<EarlyRead | null> | undefined>;

/** Starts the early read (the page's first script). */
export function startEarlyRead(): void {
  let read: Promise<EarlyRead | null>;
  try {
    read = readPacksEarly(typeof indexedDB === 'undefined' ? null : indexedDB).catch(() => null);
  } catch {
    read = Promise.resolve(null);
  }
  (globalThis as unknown as Global)[EARLY_READ_GLOBAL] = read;
}

/** The early read's packs, once; null when the page started none (a dev server, a test) or it found nothing. */
export async function takeEarlyRead(): Promise<EarlyRead | null> {
  const g = globalThis as unknown as Global;
  const read = g[EARLY_READ_GLOBAL];
  delete g[EARLY_READ_GLOBAL];
  return read ?? null;
}
