// The page's first script reads every row pack before the app has opened the database (earlyRead.ts);
// the app's first dataset read uses a pack only while it is its document's current one.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { earlyDataset, importDocument, liveDataset, loadDataset, openStore, seedIfNeeded, type LoadedDataset, type Store } from '../../src/lib/db/repository';
import { dbOf } from '../../src/lib/db/repository/store';
import { EARLY_READ_GLOBAL, keyRanges, readPacksEarly, takeEarlyRead } from '../../src/lib/db/earlyRead';
import { CURRENT_VERSION, DB_NAME, nativeVersion } from '../../src/lib/db/names';
import { decodePack } from '../../src/lib/db/packCodec';
import { SCHEMA_V6 } from '../../src/lib/db/schema';
import { contentHash } from '../../src/lib/model/hash';
import { freshEngine, notice, SEEDS, testParser } from './fixtures';

async function storedDatabase() {
  const engine = freshEngine();
  const store = await openStore(engine);
  await seedIfNeeded(store, SEEDS, testParser());
  await importDocument(store, notice({ year: 2023, jurisdiction: '乙县' }), { sourceText: '乙' });
  return { engine, store };
}

describe('the early read', () => {
  it('reads every document and row pack of a database at the current version, each pack parsed', async () => {
    const { engine, store } = await storedDatabase();
    const early = await readPacksEarly(engine.indexedDB, engine.IDBKeyRange);
    const packs = early?.packs;
    const stored = await dbOf(store).rowPacks.toArray();
    expect(early?.documents).toEqual(await dbOf(store).documents.toArray());
    expect(packs).toHaveLength(3);
    const byId = <T extends { id: unknown }>(rows: T[]) => [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(byId(packs!)).toEqual(byId(stored.map((p) => ({ id: p.id, rev: p.rev, parsed: decodePack(JSON.parse(p.json)) }))));
  });

  it('keeps a pack that does not parse as stored (the app then shows its document without rows, and says so)', async () => {
    const { engine, store } = await storedDatabase();
    const id = contentHash('乙');
    await dbOf(store).rowPacks.update(id, { json: '{"sections":[' });
    const read = (await readPacksEarly(engine.indexedDB, engine.IDBKeyRange))!;
    expect(read.packs.find((p) => p.id === id)).toMatchObject({ id, json: '{"sections":[' });
    earlyDataset(store, read);
    const unpacked: string[] = [];
    const { dataset, problems } = await loadDataset(store, undefined, unpacked);
    expect(unpacked).toEqual([id]);
    expect(dataset.tasks.filter((t) => t.docId === id)).toHaveLength(0);
    expect(dataset.tasks.length).toBeGreaterThan(0);
    expect(problems).toEqual([expect.stringContaining('1 份文件的条目数据已损坏')]);
  });

  it('asks in key ranges that hold every key exactly once, whatever its shape', () => {
    const ranges = keyRanges(freshEngine().IDBKeyRange!);
    for (const key of ['', '0', '00353a41ad0d12', '0f-2', '1', '9zz', 'a', 'a0', 'ef', 'f', 'ffffffffffffff-3', 'g', 'Z', '中文', 42, -1, [1, 'a']]) {
      expect(
        ranges.filter((r) => r.includes(key)),
        String(key),
      ).toHaveLength(1);
    }
  });

  it('creates no database where there is none, and the app then creates and seeds it as usual', async () => {
    const engine = freshEngine();
    expect(await readPacksEarly(engine.indexedDB, engine.IDBKeyRange)).toBeNull();
    expect(await engine.indexedDB!.databases()).toEqual([]);
    const store = await openStore(engine);
    expect(store.status.mode).toBe('indexeddb');
    expect(dbOf(store).verno).toBe(CURRENT_VERSION);
    expect((await seedIfNeeded(store, SEEDS, testParser())).written).toHaveLength(2);
    expect((await loadDataset(store)).dataset.documents).toHaveLength(2);
  });

  it('leaves a database of an older version alone, and the app upgrades it without being blocked', async () => {
    const engine = freshEngine();
    const v6 = new Dexie(DB_NAME, { indexedDB: engine.indexedDB!, IDBKeyRange: engine.IDBKeyRange! });
    v6.version(6).stores(SCHEMA_V6);
    await v6.open();
    v6.close();
    expect(await readPacksEarly(engine.indexedDB, engine.IDBKeyRange)).toBeNull();
    const store = await openStore({ ...engine, blockedTimeoutMs: 500 });
    expect(store.status.mode).toBe('indexeddb');
    expect(dbOf(store).verno).toBe(CURRENT_VERSION);
  });

  it('names the version as Dexie opens it', async () => {
    const { engine } = await storedDatabase();
    expect(await readPacksEarly(engine.indexedDB, engine.IDBKeyRange, DB_NAME, nativeVersion(CURRENT_VERSION))).not.toBeNull();
    expect(await readPacksEarly(engine.indexedDB, engine.IDBKeyRange, DB_NAME, nativeVersion(CURRENT_VERSION - 1))).toBeNull();
  });

  it('gives nothing without an IndexedDB engine', async () => {
    expect(await readPacksEarly(null)).toBeNull();
    expect(await readPacksEarly(undefined)).toBeNull();
    expect(await readPacksEarly(freshEngine().indexedDB, undefined)).toBeNull();
  });

  it('is handed over once, and a page that started none gets null', async () => {
    const g = globalThis as unknown as Record<string, unknown>;
    g[EARLY_READ_GLOBAL] = Promise.resolve({ documents: [], packs: [] });
    expect(await takeEarlyRead()).toEqual({ documents: [], packs: [] });
    expect(await takeEarlyRead()).toBeNull();
  });
});

describe('the first dataset read after the early read', () => {
  it('gives the same dataset as reading the packs itself', async () => {
    const { engine, store } = await storedDatabase();
    const read = (await readPacksEarly(engine.indexedDB, engine.IDBKeyRange))!;
    const plain = await loadDataset(store);
    earlyDataset(store, read);
    const unpacked: string[] = [];
    const early = await loadDataset(store, undefined, unpacked);
    expect(unpacked).toEqual([]);
    expect(early).toEqual(plain);
  });

  it('reads a document written after the early read from its current pack, never the early one', async () => {
    const { engine, store } = await storedDatabase();
    const read = (await readPacksEarly(engine.indexedDB, engine.IDBKeyRange))!;
    // the same document written again with other rows (another tab replacing it, say)
    const changed = notice({ year: 2023, jurisdiction: '乙县' });
    changed.tasks = changed.tasks.slice(0, 1);
    changed.text = `${changed.text}（修订）`;
    await importDocument(store, changed, { sourceText: '乙', onDuplicate: 'replace' });
    earlyDataset(store, read);
    const unpacked: string[] = [];
    const { dataset } = await loadDataset(store, undefined, unpacked);
    expect(unpacked).toEqual([]);
    const id = contentHash('乙');
    expect(dataset.tasks.filter((t) => t.docId === id)).toHaveLength(1);
    expect(dataset.documents.find((d) => d.id === id)?.text).toBe(changed.text);
  });

  it('does not show a document deleted after the early read, and shows one added after it', async () => {
    const { engine, store } = await storedDatabase();
    const read = (await readPacksEarly(engine.indexedDB, engine.IDBKeyRange))!;
    await dbOf(store).transaction('rw', dbOf(store).tables, async () => {
      const id = contentHash('乙');
      for (const t of ['documents', 'documentTexts', 'rowPacks']) await dbOf(store).table(t).delete(id);
    });
    await importDocument(store, notice({ year: 2025, jurisdiction: '丙市' }), { sourceText: '丙' });
    earlyDataset(store, read);
    const { dataset } = await loadDataset(store);
    expect(dataset.documents.map((d) => d.meta.jurisdiction).sort()).toEqual(['丙市', '示例市', '示例市']);
    expect(dataset.tasks.filter((t) => t.jurisdiction === '丙市')).toHaveLength(notice().tasks.length);
  });

  it('passes over an early pack that is not a pack (damaged) and reads the stored one', async () => {
    const { store } = await storedDatabase();
    const plain = await loadDataset(store);
    earlyDataset(store, { documents: await dbOf(store).documents.toArray(), packs: [null, 42, { id: 7 }, { id: contentHash('乙'), rev: 'x', json: '{' }] as never });
    const unpacked: string[] = [];
    expect(await loadDataset(store, undefined, unpacked)).toEqual(plain);
    expect(unpacked).toEqual([]);
  });
});

describe('the dataset drawn from the early read', () => {
  const first = (store: Store) =>
    new Promise<LoadedDataset>((resolve, reject) => {
      const sub = liveDataset(store).subscribe({
        next: (v) => {
          resolve(v);
          setTimeout(() => sub.unsubscribe());
        },
        error: reject,
      });
    });

  it('is what the database holds, and the live dataset gives that very object back when nothing was written', async () => {
    const { engine, store } = await storedDatabase();
    const early = (await readPacksEarly(engine.indexedDB, engine.IDBKeyRange))!;
    // (read first: the store's first read starts from what earlyDataset found)
    const plain = await loadDataset(store);
    const drawn = earlyDataset(store, early)!;
    expect(drawn).toEqual(plain);
    expect(await first(store)).toBe(drawn);
  });

  it('is replaced by the live dataset when a document was written after the early read', async () => {
    const { engine, store } = await storedDatabase();
    const early = (await readPacksEarly(engine.indexedDB, engine.IDBKeyRange))!;
    const changed = notice({ year: 2023, jurisdiction: '乙县' });
    changed.tasks = changed.tasks.slice(0, 1);
    await importDocument(store, changed, { sourceText: '乙', onDuplicate: 'replace' });
    const drawn = earlyDataset(store, early)!;
    const id = contentHash('乙');
    expect(drawn.dataset.tasks.filter((t) => t.docId === id)).toHaveLength(notice().tasks.length);
    const live = await first(store);
    expect(live).not.toBe(drawn);
    expect(live.dataset.tasks.filter((t) => t.docId === id)).toHaveLength(1);
    expect(live).toEqual(await loadDataset(store));
  });

  it('is not drawn when a visible document has no current pack', async () => {
    const { engine, store } = await storedDatabase();
    await dbOf(store).rowPacks.delete(contentHash('乙'));
    const early = (await readPacksEarly(engine.indexedDB, engine.IDBKeyRange))!;
    expect(earlyDataset(store, early)).toBeNull();
    expect((await first(store)).dataset.documents).toHaveLength(3);
  });
});
