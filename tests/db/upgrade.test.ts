// A database written by the previous schema version, opened by the current app.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { deleteDocument, findDuplicate, getAnnotations, listDocuments, loadDataset, openStore, seedIfNeeded, setAnnotation } from '../../src/lib/db/repository';
import { dbOf } from '../../src/lib/db/repository/store';
import { toRows } from '../../src/lib/db/rows';
import { CURRENT_VERSION, DB_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '../../src/lib/db/schema';
import { contentHash } from '../../src/lib/db/hash';
import { freshEngine, notice, SEEDS, testParser } from './fixtures';

describe('schema upgrade from version 1', () => {
  it('keeps every user row and fills in what version 2 added', async () => {
    const engine = freshEngine();
    const v1 = new Dexie(DB_NAME, { indexedDB: engine.indexedDB!, IDBKeyRange: engine.IDBKeyRange! });
    v1.version(1).stores(SCHEMA_V1);
    const written = [
      toRows(notice({ year: 2023 }), { docId: contentHash('甲'), source: 'imported', sourceText: '甲', fileName: '甲.txt', importedAt: '2024-01-01T00:00:00.000Z' }),
      toRows(notice({ year: 2024, jurisdiction: '乙县' }), { docId: contentHash('乙'), source: 'imported', sourceText: '乙', fileName: '乙.txt', importedAt: '2024-02-01T00:00:00.000Z' }),
    ];
    for (const rows of written) {
      // version 1 documents had no hidden flag
      const { hidden: _hidden, ...v1Document } = rows.document;
      await v1.table('documents').add(v1Document);
      for (const t of ['sections', 'tasks', 'targets', 'achievements'] as const) await v1.table(t).bulkAdd(rows[t]);
    }
    await v1.table('meta').put({ key: 'lastChangeAt', value: '2024-02-01T00:00:00.000Z' });
    v1.close();

    const store = await openStore(engine);
    expect(store.status.mode).toBe('indexeddb');
    expect(dbOf(store).verno).toBe(CURRENT_VERSION);
    const { dataset, problems } = await loadDataset(store);
    expect(problems).toEqual([]);
    expect(dataset.documents.map((d) => [d.meta.fileName, d.hidden])).toEqual([['乙.txt', false], ['甲.txt', false]]);
    const all = <K extends 'sections' | 'tasks' | 'targets' | 'achievements'>(k: K) =>
      written.flatMap((w) => w[k] as { id: string }[]).sort((a, b) => a.id.localeCompare(b.id));
    const sorted = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(sorted(dataset.sections)).toEqual(all('sections'));
    expect(sorted(dataset.tasks)).toEqual(all('tasks'));
    expect(sorted(dataset.targets)).toEqual(all('targets'));
    expect(sorted(dataset.achievements)).toEqual(all('achievements'));
    expect(await dbOf(store).meta.get('lastChangeAt')).toEqual({ key: 'lastChangeAt', value: '2024-02-01T00:00:00.000Z' });

    // what version 2 added works on the upgraded rows
    expect((await loadDataset(store)).dataset.tasks.filter((t) => t.supportUnits.includes('各县市区人民政府')).map((t) => t.jurisdiction).sort()).toEqual(['乙县', '示例市']);
    expect((await setAnnotation(store, `${contentHash('甲')}/t1`, { status: '已完成' })).ok).toBe(true);
    expect(await getAnnotations(store)).toHaveLength(1);

    // and seeding afterwards adds the bundled documents without touching the user's
    await seedIfNeeded(store, SEEDS, testParser());
    expect((await listDocuments(store)).map((d) => d.source).sort()).toEqual(['bundled', 'bundled', 'imported', 'imported']);
  });
});

describe('schema upgrade from version 2 to 3 (and on)', () => {
  it('drops the indexes nothing queries and keeps every row of every table', async () => {
    const engine = freshEngine();
    const v2 = new Dexie(DB_NAME, { indexedDB: engine.indexedDB!, IDBKeyRange: engine.IDBKeyRange! });
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const imported = toRows(notice({ year: 2023 }), { docId: contentHash('甲'), source: 'imported', sourceText: '甲', fileName: '甲.txt', importedAt: '2024-01-01T00:00:00.000Z' });
    const bundled = toRows(notice({ year: 2024, jurisdiction: '乙县' }), { docId: contentHash('乙'), source: 'bundled', sourceText: '乙', fileName: '乙.txt', importedAt: '2024-02-01T00:00:00.000Z', hidden: true });
    for (const rows of [imported, bundled]) {
      await v2.table('documents').add(rows.document);
      for (const t of ['sections', 'tasks', 'targets', 'achievements'] as const) await v2.table(t).bulkAdd(rows[t]);
    }
    const note = { key: `${imported.document.id}#no:1`, docId: imported.document.id, taskNo: '1', taskText: '地区生产总值增长7%。', status: '推进中', note: '已开工', updatedAt: '2024-03-01T00:00:00.000Z' };
    await v2.table('annotations').add(note);
    await v2.table('meta').bulkPut([{ key: 'lastChangeAt', value: '2024-03-01T00:00:00.000Z' }, { key: 'lastBackupAt', value: '2024-02-01T00:00:00.000Z' }]);
    const tables = ['documents', 'sections', 'tasks', 'targets', 'achievements', 'annotations', 'meta'] as const;
    const before = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await v2.table(t).toArray()] as const)));
    v2.close();

    const store = await openStore(engine);
    expect(store.status.mode).toBe('indexeddb');
    const db = dbOf(store);
    expect(db.verno).toBe(CURRENT_VERSION);
    for (const t of tables) expect(await db.table(t).toArray()).toEqual(before[t]);

    // the indexes left are exactly those of version 3, in the engine itself
    const idb = db.backendDB();
    for (const t of tables) {
      const indexNames = Array.from(idb.transaction(t).objectStore(t).indexNames).sort();
      const declared = SCHEMA_V3[t].split(',').slice(1).map((s) => s.trim()).sort();
      expect(indexNames, t).toEqual(declared);
    }
    expect(Array.from(idb.transaction('tasks').objectStore('tasks').indexNames)).toEqual(['docId']);

    // what the app does still works on the upgraded rows
    expect(await getAnnotations(store, imported.document.id)).toEqual([note]);
    expect((await listDocuments(store)).map((d) => [d.source, d.hidden])).toEqual([['bundled', true], ['imported', false]]);
    expect((await loadDataset(store)).dataset.tasks).toHaveLength(imported.tasks.length);
    expect(await findDuplicate(store, '甲')).toMatchObject({ id: imported.document.id });
    expect(await deleteDocument(store, imported.document.id)).toEqual({ ok: true });
    expect(await getAnnotations(store)).toEqual([]);
    expect(await db.tasks.count()).toBe(bundled.tasks.length);
  });
});
