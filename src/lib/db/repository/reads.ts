// Reading for the UI. Rows were validated with zod when written (import, seeding, restore); a read
// only checks each row's shape (rowGuard.ts) so a damaged row is skipped and reported, never shown.
// The documents are read without their texts (their own table since schema v6). The live dataset
// keeps each document's rows between runs and re-reads only documents written since (`rev`), so an
// import reads one document's rows, not every document's again.
import { liveQuery, type Observable } from 'dexie';
import { DocumentHead, type Dataset, type DocumentInfo } from '../../model/rows';
import { damageMessage, ITEM_GUARDS, readDocuments, sound, type Damage } from './soundRows';
import { ITEM_TABLES, type ItemTable } from '../schema';
import { dbOf, type Store } from './store';
import { revisionOf, unpack, type PackRead } from './packs';
import { MSG } from '../messages';
import type { DocumentRows } from '../rows';
import { compareZh } from '../../text/collate';

function byYearThenTitle(a: DocumentHead, b: DocumentHead): number {
  return (b.meta.year ?? 0) - (a.meta.year ?? 0) || compareZh(a.meta.title, b.meta.title) || a.id.localeCompare(b.id);
}

/** In reading order: by position in the document's text. */
const byPosition = (a: { span: { start: number } }, b: { span: { start: number } }) => a.span.start - b.span.start;

/** Every document, hidden ones included, for the document manager. Newest plan year first. */
export async function listDocuments(store: Store): Promise<DocumentHead[]> {
  return readDocuments(await dbOf(store).documents.toArray(), []).sort(byYearThenTitle);
}

export interface LoadedDataset {
  dataset: Dataset;
  /** Chinese messages about rows that were skipped. */
  problems: string[];
}

type Items = { [K in ItemTable]: Dataset[K] };

interface CachedDocument {
  rev: string;
  items: Items;
  /** the normalized text */
  text: string;
  damage: Partial<Record<ItemTable, Damage>>;
}

/** One document's rows as last read, kept by a live dataset between runs. */
export class DatasetCache {
  readonly documents = new Map<string, CachedDocument>();
  /** the last result and what it was made from: a read that finds nothing changed gives the same object */
  last: { key: string; result: LoadedDataset } | null = null;
}

/** A cache already filled from the early read (earlyDataset), for the store's first dataset read. */
const primed = new WeakMap<Store, DatasetCache>();

/** The cache the early read filled for the store's first read (handed out once), else a new one. */
function firstCache(store: Store): DatasetCache {
  const cache = primed.get(store) ?? new DatasetCache();
  primed.delete(store);
  return cache;
}

const emptyEntry = (d: DocumentHead): CachedDocument => ({
  rev: revisionOf(d),
  items: { sections: [], tasks: [], targets: [], achievements: [] },
  text: '',
  damage: {},
});

function fill(entry: CachedDocument, t: ItemTable, rows: unknown[]): void {
  const damage: Damage = { count: 0, example: '' };
  entry.items[t] = sound<{ span: { start: number } }>(rows, ITEM_GUARDS[t], damage).sort(byPosition) as never;
  if (damage.count > 0) entry.damage[t] = damage;
}

/** Fills the entries in `missing` from the packs of their current write, taking them out of `missing`. */
function usePacks(fresh: Map<string, CachedDocument>, missing: Set<string>, packs: ReadonlyArray<PackRead | undefined>): void {
  for (const pack of packs) {
    const id = pack?.id;
    const entry = typeof id === 'string' && missing.has(id) ? fresh.get(id) : undefined;
    // read in the same snapshot as its document, a pack is of the document's write unless it was damaged
    const items = entry ? unpack(pack, entry.rev) : null;
    if (!entry || !items) continue;
    for (const t of ITEM_TABLES) fill(entry, t, items[t]);
    entry.text = items.text;
    missing.delete(id as string);
  }
}

/** The visible documents with their rows from the cache, which holds every one of them. */
function assemble(documents: DocumentHead[], cache: DatasetCache, problems: string[], changed: boolean): LoadedDataset {
  const visible = new Set(documents.map((d) => d.id));
  for (const id of cache.documents.keys()) if (!visible.has(id)) cache.documents.delete(id);
  // nothing written since the last read (another tab's unrelated write, packs written afterwards): the same object
  const key = JSON.stringify([documents, problems]);
  if (!changed && cache.last?.key === key) return cache.last.result;

  const entries = documents.map((d) => cache.documents.get(d.id) as CachedDocument);
  const withTexts: DocumentInfo[] = documents.map((d, i) => ({ ...d, text: entries[i]!.text }));
  const dataset: Dataset = { documents: withTexts, sections: [], tasks: [], targets: [], achievements: [] };
  const out: string[] = [...problems];
  for (const t of ITEM_TABLES) {
    const all: Dataset[typeof t][number][] = [];
    const damage: Damage = { count: 0, example: '' };
    for (const e of entries) {
      for (const row of e.items[t]) all.push(row);
      const d = e.damage[t];
      if (d) {
        if (damage.count === 0) damage.example = d.example;
        damage.count += d.count;
      }
    }
    (dataset as Items)[t] = all as never;
    if (damage.count > 0) out.push(damageMessage(t, damage));
  }
  const result = { dataset, problems: out };
  cache.last = { key, result };
  return result;
}

/** The dataset loadDataset reads once `rows` are all a database holds: seeding's first write shows
 * it while the write runs (db/start.ts). */
export function datasetOfRows(rows: readonly DocumentRows[]): Dataset {
  const cache = new DatasetCache();
  const heads = rows.map((r) => {
    const { sourceText: _s, text, ...d } = r.document;
    const entry = emptyEntry(d);
    for (const t of ITEM_TABLES) fill(entry, t, r[t] as unknown[]);
    entry.text = text;
    cache.documents.set(d.id, entry);
    return d;
  });
  return assemble(heads.filter((d) => !d.hidden).sort(byYearThenTitle), cache, [], true).dataset;
}

const visibleInOrder = (rows: unknown[], problems: string[]) =>
  readDocuments(rows, problems)
    .filter((d) => !d.hidden)
    .sort(byYearThenTitle);

/**
 * What the early read found (db/earlyRead.ts): every document whose pack was there and current fills
 * the cache the store's first dataset read starts from. That read checks each document's `rev` and
 * reads again only documents written since or missing here (and gives back the very object returned
 * here when there are none). Returns the dataset to draw before that read, or null unless every
 * visible document's pack was found.
 */
export function earlyDataset(store: Store, early: { documents: unknown[]; packs: readonly PackRead[] }): LoadedDataset | null {
  const problems: string[] = [];
  const documents = visibleInOrder(early.documents, problems);
  const fresh = new Map(documents.map((d) => [d.id, emptyEntry(d)]));
  const missing = new Set(fresh.keys());
  usePacks(fresh, missing, early.packs);
  const cache = new DatasetCache();
  for (const [id, entry] of fresh) if (!missing.has(id)) cache.documents.set(id, entry);
  primed.set(store, cache);
  if (missing.size > 0) return null;
  performance.mark('read:early-dataset');
  return assemble(documents, cache, problems, true);
}

/** The visible documents and their rows. A damaged row is skipped and reported, a damaged document is
 * skipped with its rows. With a cache, only documents written since the last call are read again.
 * Rows come from each document's row pack (packs.ts), their one copy; `unpacked` receives the ids of
 * documents whose pack was missing or did not parse (shown without rows, and reported). */
export async function loadDataset(store: Store, cache: DatasetCache = firstCache(store), unpacked: string[] = []): Promise<LoadedDataset> {
  const db = dbOf(store);
  const problems: string[] = [];
  performance.mark('read:start');
  return db.transaction('r', [db.documents, db.rowPacks], async () => {
    // The first read wants every pack: asked for together with the documents, the database reads both at once.
    const [docRows, firstPacks] = await Promise.all([db.documents.toArray(), cache.documents.size === 0 ? db.rowPacks.toArray() : Promise.resolve(null)]);
    const documents = visibleInOrder(docRows, problems);

    const stale = documents.filter((d) => cache.documents.get(d.id)?.rev !== revisionOf(d));
    if (stale.length > 0) {
      const fresh = new Map(stale.map((d) => [d.id, emptyEntry(d)]));
      // Most documents stale (the first read): one getAll beats a cursor hopping over the ids.
      const ids = [...fresh.keys()];
      const missing = new Set(ids);
      const packs = firstPacks ?? (ids.length * 2 > documents.length ? await db.rowPacks.toArray() : await db.rowPacks.bulkGet(ids));
      performance.mark('read:packs');
      usePacks(fresh, missing, packs);
      performance.mark('read:unpacked');
      if (missing.size > 0) {
        unpacked.push(...missing);
        problems.push(MSG.unreadableRows(missing.size));
      }
      for (const [id, entry] of fresh) cache.documents.set(id, entry);
    }
    const result = assemble(documents, cache, problems, stale.length > 0);
    performance.mark('read:end');
    return result;
  });
}

/** The dataset, re-read whenever the documents change (in this tab or another): each document's rows
 * are read again only when that document was written. */
export function liveDataset(store: Store): Observable<LoadedDataset> {
  const cache = firstCache(store);
  return liveQuery(() => loadDataset(store, cache));
}

export function liveDocuments(store: Store): Observable<DocumentHead[]> {
  return liveQuery(() => listDocuments(store));
}

/** Any read of the repository as a live query: run again whenever a table it read is written. */
export function liveRead<T>(read: () => Promise<T>): Observable<T> {
  return liveQuery(read);
}
