// A database written by the previous schema version, opened by the current app.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { getAnnotations, listDocuments, loadDataset, openStore, queryTasks, seedIfNeeded, setAnnotation } from '../../src/lib/db/repository';
import { toRows } from '../../src/lib/db/rows';
import { CURRENT_VERSION, DB_NAME, SCHEMA_V1 } from '../../src/lib/db/schema';
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
    expect(store.db.verno).toBe(CURRENT_VERSION);
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
    expect(await store.db.meta.get('lastChangeAt')).toEqual({ key: 'lastChangeAt', value: '2024-02-01T00:00:00.000Z' });

    // what version 2 added works on the upgraded rows
    expect((await queryTasks(store, { supportUnit: '各县市区人民政府' })).map((t) => t.jurisdiction).sort()).toEqual(['乙县', '示例市']);
    expect((await setAnnotation(store, `${contentHash('甲')}/t1`, { status: '已完成' })).ok).toBe(true);
    expect(await getAnnotations(store)).toHaveLength(1);

    // and seeding afterwards adds the bundled documents without touching the user's
    await seedIfNeeded(store, SEEDS, testParser());
    expect((await listDocuments(store)).map((d) => d.source).sort()).toEqual(['bundled', 'bundled', 'imported', 'imported']);
  });
});
