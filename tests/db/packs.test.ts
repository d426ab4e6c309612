// Each document's rows are also kept as one JSON string (rowPacks, schema v7) so the dashboard's open
// reads one string per document: written with the rows, used only while current, rebuilt when missing,
// never in a backup.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { deleteDocument, exportBackup, importDocument, loadDataset, restoreBackup, seedIfNeeded } from '../../src/lib/db/repository';
import { dbOf } from '../../src/lib/db/repository/store';
import { packDocuments } from '../../src/lib/db/repository/packs';
import { decodePack } from '../../src/lib/db/packCodec';
import { contentHash } from '../../src/lib/model/hash';
import { toRows } from '../../src/lib/db/rows';
import { DB_NAME, ITEM_TABLES, SCHEMA_V6 } from '../../src/lib/db/schema';
import { openStore } from '../../src/lib/db/repository';
import { freshEngine, freshStore, notice, SEEDS, testParser } from './fixtures';

const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('row packs', () => {
  it("an import writes its document's pack, holding exactly the rows of the item tables", async () => {
    const store = await freshStore();
    await importDocument(store, notice({ year: 2023 }), { sourceText: '甲' });
    const id = contentHash('甲');
    const db = dbOf(store);
    const pack = (await db.rowPacks.get(id))!;
    expect(pack.rev).toBe((await db.documents.get(id))!.rev);
    const items = decodePack(JSON.parse(pack.json)) as unknown as Record<string, Array<{ id: string }>>;
    for (const t of ITEM_TABLES) expect(byId(items[t]!)).toEqual(byId(await db.table(t).where('docId').equals(id).toArray()));
    // stored slim: the document's id once, in the pack's header, not in every row
    expect(pack.json.split(id).length - 1).toBe(1);
  });

  it('the dashboard reads the same dataset from packs as from the item tables', async () => {
    const store = await freshStore();
    await seedIfNeeded(store, SEEDS, testParser());
    await importDocument(store, notice({ year: 2023, jurisdiction: '乙县' }), { sourceText: '乙' });
    const unpacked: string[] = [];
    const fromPacks = await loadDataset(store, undefined, unpacked);
    expect(unpacked).toEqual([]);
    await dbOf(store).rowPacks.clear();
    const fromTables = await loadDataset(store, undefined, unpacked);
    expect(unpacked).toHaveLength(3);
    expect(fromPacks).toEqual(fromTables);
  });

  it('a pack of an earlier write is not used', async () => {
    const store = await freshStore();
    await importDocument(store, notice({ year: 2023 }), { sourceText: '甲' });
    const id = contentHash('甲');
    const old = (await dbOf(store).rowPacks.get(id))!;
    await importDocument(store, notice({ year: 2023, jurisdiction: '改正的地名' }), { sourceText: '甲', onDuplicate: 'replace' });
    await dbOf(store).rowPacks.put(old);
    const unpacked: string[] = [];
    const { dataset } = await loadDataset(store, undefined, unpacked);
    expect(unpacked).toEqual([id]);
    expect(dataset.tasks.every((t) => t.jurisdiction === '改正的地名')).toBe(true);
  });

  it('deleting a document deletes its pack', async () => {
    const store = await freshStore();
    await importDocument(store, notice({ year: 2023 }), { sourceText: '甲' });
    const id = contentHash('甲');
    expect(await deleteDocument(store, id)).toMatchObject({ ok: true });
    expect(await dbOf(store).rowPacks.count()).toBe(0);
  });

  it('packDocuments writes the missing packs, after which the reads use them', async () => {
    const store = await freshStore();
    await importDocument(store, notice({ year: 2023 }), { sourceText: '甲' });
    await importDocument(store, notice({ year: 2024 }), { sourceText: '乙' });
    await dbOf(store).rowPacks.clear();
    const unpacked: string[] = [];
    const before = await loadDataset(store, undefined, unpacked);
    expect(unpacked.sort()).toEqual([contentHash('甲'), contentHash('乙')].sort());
    expect(await packDocuments(store, unpacked)).toBe(2);
    expect(await packDocuments(store, unpacked)).toBe(0);
    const again: string[] = [];
    expect(await loadDataset(store, undefined, again)).toEqual(before);
    expect(again).toEqual([]);
  });

  it('are not in a backup, and a restore writes them', async () => {
    const store = await freshStore();
    await importDocument(store, notice({ year: 2023 }), { sourceText: '甲' });
    const json = await exportBackup(store);
    expect(json).not.toContain('rowPacks');
    const target = await freshStore();
    expect(await restoreBackup(target, json)).toMatchObject({ ok: true, documents: 1 });
    const unpacked: string[] = [];
    const restored = await loadDataset(target, undefined, unpacked);
    expect(unpacked).toEqual([]);
    const original = (await loadDataset(store)).dataset;
    for (const t of ITEM_TABLES) expect(restored.dataset[t]).toEqual(original[t]);
    expect(restored.dataset.documents.map((d) => d.text)).toEqual(original.documents.map((d) => d.text));
    expect(original.documents[0]!.text).toBe(notice({ year: 2023 }).text);
  });

  it('a database of version 6 opens with every row, reads from the item tables, and is packed afterwards', async () => {
    const engine = freshEngine();
    const v6 = new Dexie(DB_NAME, { indexedDB: engine.indexedDB!, IDBKeyRange: engine.IDBKeyRange! });
    v6.version(6).stores(SCHEMA_V6);
    const rows = toRows(notice({ year: 2023 }), {
      docId: contentHash('甲的原文'),
      source: 'imported',
      sourceText: '甲的原文',
      fileName: '甲.txt',
      importedAt: '2024-01-01T00:00:00.000Z',
    });
    const { sourceText, ...info } = rows.document;
    await v6.table('documents').add({ ...info, rev: 'r1' });
    await v6.table('documentTexts').add({ id: info.id, sourceText });
    for (const t of ITEM_TABLES) await v6.table(t).bulkAdd(rows[t]);
    v6.close();

    const store = await openStore(engine);
    const unpacked: string[] = [];
    const { dataset } = await loadDataset(store, undefined, unpacked);
    expect(unpacked).toEqual([info.id]);
    expect(dataset.tasks).toHaveLength(rows.tasks.length);
    expect(await packDocuments(store, unpacked)).toBe(1);
    const again: string[] = [];
    expect((await loadDataset(store, undefined, again)).dataset).toEqual(dataset);
    expect(again).toEqual([]);
  });
});
