// Each document's rows are kept as one JSON string (rowPacks, schema v7), since schema v10 their one
// copy: the dashboard's open reads one string per document; written with the document, used only while
// current, never in a backup (the backup holds the rows).
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { deleteDocument, exportBackup, importDocument, loadDataset, restoreBackup } from '../../src/lib/db/repository';
import { dbOf } from '../../src/lib/db/repository/store';
import { decodePack } from '../../src/lib/db/packCodec';
import { contentHash } from '../../src/lib/model/hash';
import { toRows } from '../../src/lib/db/rows';
import { DB_NAME, ITEM_TABLES, SCHEMA_V6 } from '../../src/lib/db/schema';
import { openStore } from '../../src/lib/db/repository';
import { freshEngine, freshStore, notice } from './fixtures';

const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('row packs', () => {
  it("an import writes its document's pack, holding exactly its rows, and no item table exists", async () => {
    const store = await freshStore();
    const parsed = notice({ year: 2023 });
    await importDocument(store, parsed, { sourceText: '甲' });
    const id = contentHash('甲');
    const db = dbOf(store);
    const pack = (await db.rowPacks.get(id))!;
    expect(pack.rev).toBe((await db.documents.get(id))!.rev);
    const items = decodePack(JSON.parse(pack.json)) as unknown as Record<string, Array<{ id: string }>>;
    const rows = toRows(parsed, { docId: id, source: 'imported', sourceText: '甲', fileName: null, importedAt: '2024-01-01T00:00:00.000Z' });
    for (const t of ITEM_TABLES) expect(byId(items[t]!)).toEqual(byId(rows[t] as Array<{ id: string }>));
    expect(db.tables.map((t) => t.name)).not.toContain('tasks');
    // stored slim: the document's id once, in the pack's header, not in every row
    expect(pack.json.split(id).length - 1).toBe(1);
  });

  it('keeps the source text apart only when it differs from the normalized text', async () => {
    const store = await freshStore();
    const parsed = notice({ year: 2023 });
    await importDocument(store, parsed, { sourceText: '甲' });
    const same = notice({ year: 2024 });
    await importDocument(store, same, { sourceText: same.text });
    const db = dbOf(store);
    expect(await db.documentTexts.get(contentHash('甲'))).toEqual({ id: contentHash('甲'), sourceText: '甲' });
    expect(await db.documentTexts.get(contentHash(same.text))).toEqual({ id: contentHash(same.text) });
    const backup = JSON.parse(await exportBackup(store)) as { documents: Array<{ document: { id: string; sourceText: string; text: string } }> };
    for (const d of backup.documents) expect(d.document.sourceText).toBe(d.document.id === contentHash('甲') ? '甲' : same.text);
  });

  it('a pack of an earlier write is not used: the document shows no rows and the page says so', async () => {
    const store = await freshStore();
    await importDocument(store, notice({ year: 2023 }), { sourceText: '甲' });
    const id = contentHash('甲');
    const old = (await dbOf(store).rowPacks.get(id))!;
    await importDocument(store, notice({ year: 2023, jurisdiction: '改正的地名' }), { sourceText: '甲', onDuplicate: 'replace' });
    await dbOf(store).rowPacks.put(old);
    const unpacked: string[] = [];
    const { dataset, problems } = await loadDataset(store, undefined, unpacked);
    expect(unpacked).toEqual([id]);
    expect(dataset.tasks).toEqual([]);
    expect(problems.join('')).toContain('1 份文件的条目数据已损坏');
  });

  it('deleting a document deletes its pack', async () => {
    const store = await freshStore();
    await importDocument(store, notice({ year: 2023 }), { sourceText: '甲' });
    const id = contentHash('甲');
    expect(await deleteDocument(store, id)).toMatchObject({ ok: true });
    expect(await dbOf(store).rowPacks.count()).toBe(0);
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

  it('a database of version 6 opens with every row: the upgrade packs them and drops the item tables', async () => {
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
    expect(unpacked).toEqual([]);
    for (const t of ITEM_TABLES) expect(byId(dataset[t] as Array<{ id: string }>)).toEqual(byId(rows[t] as Array<{ id: string }>));
    expect(dataset.documents[0]!.text).toBe(rows.document.text);
    expect(dbOf(store).tables.map((t) => t.name)).not.toContain('targets');
    expect(await dbOf(store).documentTexts.get(info.id)).toEqual({ id: info.id, sourceText: '甲的原文' });
  });
});
