// A database written by the previous schema version, opened by the current app.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { deleteDocument, exportBackup, findDuplicate, getEntries, listDocuments, loadDataset, openStore, restoreBackup, seedIfNeeded } from '../../src/lib/db/repository';
import { getAnnotations, setAnnotation } from '../../src/lib/state/ledgerActions';
import { dbOf } from '../../src/lib/db/repository/store';
import { toRows } from '../../src/lib/db/rows';
import { CURRENT_VERSION, DB_NAME, ITEM_TABLES, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V6, SCHEMA_V7, SCHEMA_V9 } from '../../src/lib/db/schema';
import { encodePack } from '../../src/lib/db/packCodec';
import { contentHash } from '../../src/lib/model/hash';
import { countRows, freshEngine, notice, SEEDS, testParser } from './fixtures';
import { unpack } from '../../src/lib/db/repository/packs';

describe('schema upgrade from version 1', () => {
  it('keeps every user row and fills in what version 2 added', async () => {
    const engine = freshEngine();
    const v1 = new Dexie(DB_NAME, { indexedDB: engine.indexedDB!, IDBKeyRange: engine.IDBKeyRange! });
    v1.version(1).stores(SCHEMA_V1);
    const written = [
      toRows(notice({ year: 2023 }), { docId: contentHash('甲'), source: 'imported', sourceText: '甲', fileName: '甲.txt', importedAt: '2024-01-01T00:00:00.000Z' }),
      toRows(notice({ year: 2024, jurisdiction: '乙县' }), {
        docId: contentHash('乙'),
        source: 'imported',
        sourceText: '乙',
        fileName: '乙.txt',
        importedAt: '2024-02-01T00:00:00.000Z',
      }),
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
    expect(dataset.documents.map((d) => [d.meta.fileName, d.hidden])).toEqual([
      ['乙.txt', false],
      ['甲.txt', false],
    ]);
    const all = <K extends 'sections' | 'tasks' | 'targets' | 'achievements'>(k: K) => written.flatMap((w) => w[k] as { id: string }[]).sort((a, b) => a.id.localeCompare(b.id));
    const sorted = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(sorted(dataset.sections)).toEqual(all('sections'));
    expect(sorted(dataset.tasks)).toEqual(all('tasks'));
    expect(sorted(dataset.targets)).toEqual(all('targets'));
    expect(sorted(dataset.achievements)).toEqual(all('achievements'));
    expect(await dbOf(store).meta.get('lastChangeAt')).toEqual({ key: 'lastChangeAt', value: '2024-02-01T00:00:00.000Z' });

    // what version 2 added works on the upgraded rows
    expect(
      (await loadDataset(store)).dataset.tasks
        .filter((t) => t.supportUnits.includes('各县市区人民政府'))
        .map((t) => t.jurisdiction)
        .sort(),
    ).toEqual(['乙县', '示例市']);
    expect((await setAnnotation(store, `${contentHash('甲')}/t1`, { status: '已完成', note: '统计快报' })).ok).toBe(true);
    expect(await getAnnotations(store)).toHaveLength(1);

    // and seeding afterwards adds the bundled documents without touching the user's
    await seedIfNeeded(store, SEEDS, testParser());
    expect((await listDocuments(store)).map((d) => d.source).sort()).toEqual(['bundled', 'bundled', 'imported', 'imported']);
  });
});

describe('schema upgrade from version 2', () => {
  it('drops the indexes nothing queries and keeps every row of every table', async () => {
    const engine = freshEngine();
    const v2 = new Dexie(DB_NAME, { indexedDB: engine.indexedDB!, IDBKeyRange: engine.IDBKeyRange! });
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const imported = toRows(notice({ year: 2023 }), { docId: contentHash('甲'), source: 'imported', sourceText: '甲', fileName: '甲.txt', importedAt: '2024-01-01T00:00:00.000Z' });
    const bundled = toRows(notice({ year: 2024, jurisdiction: '乙县' }), {
      docId: contentHash('乙'),
      source: 'bundled',
      sourceText: '乙',
      fileName: '乙.txt',
      importedAt: '2024-02-01T00:00:00.000Z',
      hidden: true,
    });
    for (const rows of [imported, bundled]) {
      await v2.table('documents').add(rows.document);
      for (const t of ['sections', 'tasks', 'targets', 'achievements'] as const) await v2.table(t).bulkAdd(rows[t]);
    }
    const note = {
      key: `${imported.document.id}#no:1`,
      docId: imported.document.id,
      taskNo: '1',
      taskText: '地区生产总值增长7%。',
      status: '推进中',
      note: '已开工',
      updatedAt: '2024-03-01T00:00:00.000Z',
    };
    await v2.table('annotations').add(note);
    await v2.table('meta').bulkPut([
      { key: 'lastChangeAt', value: '2024-03-01T00:00:00.000Z' },
      { key: 'lastBackupAt', value: '2024-02-01T00:00:00.000Z' },
    ]);
    const tables = ['documents', 'sections', 'tasks', 'targets', 'achievements', 'annotations', 'meta'] as const;
    const before = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await v2.table(t).toArray()] as const)));
    v2.close();

    const store = await openStore(engine);
    expect(store.status.mode).toBe('indexeddb');
    const db = dbOf(store);
    expect(db.verno).toBe(CURRENT_VERSION);
    // every row kept; the note moved into the ledger (version 4)
    expect(await db.meta.toArray()).toEqual(before.meta);
    // item rows: since version 10 in each document's row pack, their one copy
    const byId = (rows: unknown[]) => [...(rows as Array<{ id: string }>)].sort((a, b) => a.id.localeCompare(b.id));
    for (const t of ITEM_TABLES) {
      const packed = (await db.rowPacks.toArray()).flatMap((p) => unpack(p)?.[t] ?? []);
      expect(byId(packed), t).toEqual(byId(before[t]!));
    }
    // documents: the same rows, their source texts moved to documentTexts by version 6, their
    // normalized texts by version 8
    expect(await db.documents.toArray()).toEqual(before.documents!.map(({ sourceText: _s, text: _t, ...d }: Record<string, unknown>) => d));
    // (and version 10 keeps a source text only where it is not the normalized text, which is in the pack)
    expect(await db.documentTexts.toArray()).toEqual(
      before.documents!.map((d: Record<string, unknown>) => (d.sourceText === d.text ? { id: d.id } : { id: d.id, sourceText: d.sourceText })),
    );
    expect((await db.rowPacks.toArray()).map((p) => unpack(p)?.text)).toEqual(before.documents!.map((d: Record<string, unknown>) => d.text));
    expect(await db.annotations.count()).toBe(0);
    expect(await getAnnotations(store)).toEqual([note]);

    // the indexes left are exactly those declared now, in the engine itself
    const idb = db.backendDB();
    for (const t of ['documents', 'annotations', 'meta', 'progress', 'deadlineRules', 'outcomeDecisions', 'unitEdits', 'documentTexts'] as const) {
      const indexNames = Array.from(idb.transaction(t).objectStore(t).indexNames).sort();
      const declared = SCHEMA_V6[t]
        .split(',')
        .slice(1)
        .map((s) => s.trim())
        .sort();
      expect(indexNames, t).toEqual(declared);
    }
    for (const t of ITEM_TABLES) expect(idb.objectStoreNames.contains(t), t).toBe(false);

    // what the app does still works on the upgraded rows
    expect(await getAnnotations(store, imported.document.id)).toEqual([note]);
    expect((await listDocuments(store)).map((d) => [d.source, d.hidden])).toEqual([
      ['bundled', true],
      ['imported', false],
    ]);
    expect((await loadDataset(store)).dataset.tasks).toHaveLength(imported.tasks.length);
    expect(await findDuplicate(store, '甲')).toMatchObject({ id: imported.document.id });
    expect(await deleteDocument(store, imported.document.id)).toEqual({ ok: true });
    expect(await getAnnotations(store)).toEqual([]);
    expect(await countRows(store, 'tasks')).toBe(bundled.tasks.length);
  });
});

describe('schema upgrade from version 3 to 4 (the ledger)', () => {
  it("turns each task's status and note into the first entry of its history, losing nothing", async () => {
    const engine = freshEngine();
    const v3 = new Dexie(DB_NAME, { indexedDB: engine.indexedDB!, IDBKeyRange: engine.IDBKeyRange! });
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    const imported = toRows(notice({ year: 2024 }), { docId: contentHash('甲'), source: 'imported', sourceText: '甲', fileName: '甲.txt', importedAt: '2024-01-01T00:00:00.000Z' });
    await v3.table('documents').add(imported.document);
    for (const t of ['sections', 'tasks', 'targets', 'achievements'] as const) await v3.table(t).bulkAdd(imported[t]);
    const id = imported.document.id;
    const notes = [
      { key: `${id}#no:1`, docId: id, taskNo: '1', taskText: '地区生产总值增长7%。', status: '推进中', note: '一季度增长6.8%', updatedAt: '2024-04-10T02:00:00.000Z' },
      { key: `${id}#no:2`, docId: id, taskNo: '2', taskText: '新建城市绿道50公里。', status: '已完成', note: '', updatedAt: '2024-05-20T02:00:00.000Z' },
      { key: `${id}#no:3`, docId: id, taskNo: '3', taskText: '改造老旧小区30个。', status: null, note: '待住建局报送', updatedAt: '2024-05-21T02:00:00.000Z' },
      // a task that is gone since: its note stays with its key
      { key: `${id}#text:0000000000beef`, docId: id, taskNo: null, taskText: '已删除的任务', status: '滞后', note: '', updatedAt: '2024-03-01T02:00:00.000Z' },
    ];
    await v3.table('annotations').bulkAdd(notes);
    await v3.table('annotations').add({ key: 'broken', docId: id });
    await v3.table('meta').put({ key: 'lastChangeAt', value: '2024-05-21T02:00:00.000Z' });
    v3.close();

    const store = await openStore(engine);
    expect(store.status.mode).toBe('indexeddb');
    const db = dbOf(store);
    expect(db.verno).toBe(CURRENT_VERSION);
    // The task list's view is exactly what it was.
    const sortByKey = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
    expect(sortByKey(await getAnnotations(store))).toEqual(sortByKey(notes));
    // Each is the first entry of its history, 销号 for the one marked done.
    const entries = await getEntries(store);
    expect(entries).toHaveLength(4);
    expect(entries.find((e) => e.taskNo === '1')).toMatchObject({
      id: `annotation:${id}#no:1`,
      source: 'annotation',
      period: null,
      reportedOn: '2024-04-10',
      status: '推进中',
      note: '一季度增长6.8%',
      evidence: '',
      completion: null,
    });
    expect(entries.find((e) => e.taskNo === '2')?.completion).toEqual({ date: '2024-05-20', basis: '升级前已标为已完成' });
    // The row that never validated is not lost either: it stays where it was.
    expect(await db.annotations.toArray()).toEqual([{ key: 'broken', docId: id }]);
    expect(await db.meta.get('lastChangeAt')).toEqual({ key: 'lastChangeAt', value: '2024-05-21T02:00:00.000Z' });

    // The history goes on from there, into the backup, and with its document.
    expect((await setAnnotation(store, `${id}/t1`, { status: '滞后', note: '二季度放缓' }, () => '2024-07-01T02:00:00.000Z')).ok).toBe(true);
    expect((await getEntries(store, id)).filter((e) => e.taskNo === '1').map((e) => e.status)).toEqual(['推进中', '滞后']);
    const backup = JSON.parse(await exportBackup(store)) as { progress: unknown[]; version: number };
    expect(backup.version).toBe(2);
    expect(backup.progress).toHaveLength(5);
    const fresh = await openStore(freshEngine());
    expect(await restoreBackup(fresh, JSON.stringify(backup))).toMatchObject({ ok: true, progress: 5 });
    expect(await deleteDocument(store, id)).toEqual({ ok: true });
    expect(await getEntries(store)).toEqual([]);
  });
});

describe('a database that reached version 5 before the ledger existed', () => {
  it('gets the ledger tables and its annotations moved into them on open, once', async () => {
    const engine = freshEngine();
    // A build with the outcomes' version 5 but no ledger: version 3's tables plus theirs.
    const v5 = new Dexie(DB_NAME, { indexedDB: engine.indexedDB!, IDBKeyRange: engine.IDBKeyRange! });
    v5.version(5).stores({ ...SCHEMA_V3, outcomeDecisions: 'key, docId', unitEdits: 'id' });
    const rows = toRows(notice({ year: 2024 }), { docId: contentHash('甲'), source: 'imported', sourceText: '甲', fileName: '甲.txt', importedAt: '2024-01-01T00:00:00.000Z' });
    await v5.table('documents').add(rows.document);
    for (const t of ['sections', 'tasks', 'targets', 'achievements'] as const) await v5.table(t).bulkAdd(rows[t]);
    const note = {
      key: `${rows.document.id}#no:2`,
      docId: rows.document.id,
      taskNo: '2',
      taskText: '新建城市绿道50公里。',
      status: '滞后',
      note: '征地未完成',
      updatedAt: '2024-05-01T00:00:00.000Z',
    };
    await v5.table('annotations').add(note);
    v5.close();

    const store = await openStore(engine);
    expect(store.status.mode).toBe('indexeddb');
    expect(store.status.problems).toEqual([]);
    expect(await getAnnotations(store)).toEqual([note]);
    expect(await getEntries(store)).toEqual([expect.objectContaining({ id: `annotation:${note.key}`, status: '滞后', source: 'annotation' })]);
    expect(await dbOf(store).annotations.count()).toBe(0);
    dbOf(store).close();
    // Opening again changes nothing.
    const again = await openStore(engine);
    expect(await getEntries(again)).toHaveLength(1);
  });
});

describe('schema upgrade from version 5 to 6 (texts apart)', () => {
  it('moves every source text to documentTexts and keeps every row of every table', async () => {
    const engine = freshEngine();
    const v3 = new Dexie(DB_NAME, { indexedDB: engine.indexedDB!, IDBKeyRange: engine.IDBKeyRange! });
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    const docs = [
      toRows(notice({ year: 2023 }), { docId: contentHash('甲的原文'), source: 'imported', sourceText: '甲的原文', fileName: '甲.txt', importedAt: '2024-01-01T00:00:00.000Z' }),
      toRows(notice({ year: 2024, jurisdiction: '乙县' }), {
        docId: contentHash('乙的原文'),
        source: 'bundled',
        sourceText: '乙的原文',
        fileName: '乙.txt',
        importedAt: '2024-02-01T00:00:00.000Z',
        hidden: true,
      }),
      toRows(notice({ year: 2025, jurisdiction: '丙市' }), {
        docId: contentHash('丙的原文'),
        source: 'imported',
        sourceText: '丙的原文',
        fileName: '丙.txt',
        importedAt: '2024-03-01T00:00:00.000Z',
      }),
    ];
    for (const rows of docs) {
      await v3.table('documents').add(rows.document);
      for (const t of ['sections', 'tasks', 'targets', 'achievements'] as const) await v3.table(t).bulkAdd(rows[t]);
    }
    const note = {
      key: `${docs[0]!.document.id}#no:1`,
      docId: docs[0]!.document.id,
      taskNo: '1',
      taskText: '地区生产总值增长7%。',
      status: '推进中',
      note: '已开工',
      updatedAt: '2024-03-01T00:00:00.000Z',
    };
    await v3.table('annotations').add(note);
    const items = ['sections', 'tasks', 'targets', 'achievements'] as const;
    const before = Object.fromEntries(await Promise.all(items.map(async (t) => [t, await v3.table(t).toArray()] as const)));
    v3.close();

    const store = await openStore(engine);
    const db = dbOf(store);
    expect(db.verno).toBe(CURRENT_VERSION);
    // every row kept, in its document's row pack since version 10
    const sorted = (rows: unknown[]) => [...(rows as Array<{ id: string }>)].sort((x, y) => x.id.localeCompare(y.id));
    for (const t of items) expect(sorted((await db.rowPacks.toArray()).flatMap((p) => unpack(p)?.[t] ?? []))).toEqual(sorted(before[t]!));
    expect(await getAnnotations(store)).toEqual([note]);
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    // (and on to version 8: the normalized text joins the source text)
    expect(byId(await db.documents.toArray())).toEqual(byId(docs.map(({ document: { sourceText: _s, text: _t, ...d } }) => d)));
    expect(byId(await db.documentTexts.toArray())).toEqual(byId(docs.map(({ document: d }) => ({ id: d.id, sourceText: d.sourceText }))));

    // the dashboard reads every visible document and its rows; a backup still carries the texts
    const { dataset, problems } = await loadDataset(store);
    expect(problems).toEqual([]);
    expect(dataset.documents.map((d) => d.meta.fileName)).toEqual(['丙.txt', '甲.txt']);
    expect(dataset.documents.every((d) => !('sourceText' in d))).toBe(true);
    expect(dataset.documents.map((d) => d.text)).toEqual([docs[2]!.document.text, docs[0]!.document.text]);
    expect(dataset.tasks).toHaveLength(docs[0]!.tasks.length + docs[2]!.tasks.length);
    const backup = JSON.parse(await exportBackup(store));
    expect(backup.documents.map((d: { document: { sourceText: string } }) => d.document.sourceText).sort()).toEqual(['丙的原文', '甲的原文']);
  });
});

describe('schema upgrade from version 7 to 8 (normalized text apart)', () => {
  it('moves each normalized text to documentTexts and into its pack, so the first open after it reads packs', async () => {
    const engine = freshEngine();
    const v7 = new Dexie(DB_NAME, { indexedDB: engine.indexedDB!, IDBKeyRange: engine.IDBKeyRange! });
    v7.version(7).stores(SCHEMA_V7);
    const docs = [
      toRows(notice({ year: 2023 }), { docId: contentHash('甲的原文'), source: 'imported', sourceText: '甲的原文', fileName: '甲.txt', importedAt: '2024-01-01T00:00:00.000Z' }),
      toRows(notice({ year: 2024, jurisdiction: '乙县', variant: '（“引号”\n与换行）' }), {
        docId: contentHash('乙的原文'),
        source: 'imported',
        sourceText: '乙的原文',
        fileName: '乙.txt',
        importedAt: '2024-02-01T00:00:00.000Z',
      }),
    ];
    for (const [i, rows] of docs.entries()) {
      const { sourceText, ...info } = rows.document;
      const rev = `r${i}`;
      await v7.table('documents').add({ ...info, rev });
      await v7.table('documentTexts').add({ id: info.id, sourceText });
      for (const t of ITEM_TABLES) await v7.table(t).bulkAdd(rows[t]);
      // a version 7 pack: the item rows only
      await v7
        .table('rowPacks')
        .add({ id: info.id, rev, json: JSON.stringify({ sections: rows.sections, tasks: rows.tasks, targets: rows.targets, achievements: rows.achievements }) });
    }
    v7.close();

    const store = await openStore(engine);
    const db = dbOf(store);
    expect(db.verno).toBe(CURRENT_VERSION);
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await db.documents.toArray())).toEqual(byId(docs.map(({ document: { sourceText: _s, text: _t, ...d } }, i) => ({ ...d, rev: `r${i}` }))));
    expect(byId(await db.documentTexts.toArray())).toEqual(byId(docs.map(({ document: d }) => ({ id: d.id, sourceText: d.sourceText }))));
    const unpacked: string[] = [];
    const { dataset, problems } = await loadDataset(store, undefined, unpacked);
    expect(problems).toEqual([]);
    expect(unpacked).toEqual([]);
    expect(byId(dataset.documents).map((d) => d.text)).toEqual(byId(docs.map((r) => r.document)).map((d) => d.text));
    for (const t of ITEM_TABLES) expect(byId(dataset[t] as Array<{ id: string }>)).toEqual(byId(docs.flatMap((r) => r[t] as Array<{ id: string }>)));
  });
});

describe('schema upgrade from version 9 to 10 (rows stored once)', () => {
  it("keeps every document's rows in its pack (rebuilt from the item tables where stale or missing), every text and every user row", async () => {
    const engine = freshEngine();
    const v9 = new Dexie(DB_NAME, { indexedDB: engine.indexedDB!, IDBKeyRange: engine.IDBKeyRange! });
    v9.version(9).stores(SCHEMA_V9);
    const same = notice({ year: 2025, jurisdiction: '丁县' });
    const docs = [
      toRows(notice({ year: 2023 }), { docId: contentHash('甲的原文'), source: 'imported', sourceText: '甲的原文', fileName: '甲.txt', importedAt: '2024-01-01T00:00:00.000Z' }),
      toRows(notice({ year: 2024, jurisdiction: '乙县' }), {
        docId: contentHash('乙的原文'),
        source: 'imported',
        sourceText: '乙的原文',
        fileName: '乙.txt',
        importedAt: '2024-02-01T00:00:00.000Z',
      }),
      toRows(same, { docId: contentHash(same.text), source: 'imported', sourceText: same.text, fileName: '丁.txt', importedAt: '2024-03-01T00:00:00.000Z' }),
    ];
    for (const [i, rows] of docs.entries()) {
      const { sourceText, text, ...info } = rows.document;
      await v9.table('documents').add({ ...info, rev: `r${i}` });
      await v9.table('documentTexts').add({ id: info.id, sourceText, text });
      for (const t of ITEM_TABLES) await v9.table(t).bulkAdd(rows[t]);
    }
    // 甲: a current pack; 乙: a pack of an earlier write (other rows); 丁: none
    await v9.table('rowPacks').add({ id: docs[0]!.document.id, rev: 'r0', json: encodePack(docs[0]!.document.id, docs[0]!, docs[0]!.document.text) });
    const old = { ...docs[1]!, tasks: docs[1]!.tasks.slice(0, 1) };
    await v9.table('rowPacks').add({ id: docs[1]!.document.id, rev: 'older', json: encodePack(docs[1]!.document.id, old, '旧的') });
    const entry = { id: 'e1', key: `${docs[0]!.document.id}#1`, docId: docs[0]!.document.id, period: '2024-01', status: 'done', note: '已完成', at: '2024-02-01T00:00:00.000Z' };
    await v9.table('progress').add(entry);
    v9.close();

    const store = await openStore(engine);
    const db = dbOf(store);
    expect(db.verno).toBe(CURRENT_VERSION);
    for (const t of ITEM_TABLES) expect(db.backendDB().objectStoreNames.contains(t), t).toBe(false);
    expect(await db.progress.toArray()).toEqual([entry]);
    const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await db.documentTexts.toArray())).toEqual(
      byId([{ id: docs[0]!.document.id, sourceText: '甲的原文' }, { id: docs[1]!.document.id, sourceText: '乙的原文' }, { id: docs[2]!.document.id }]),
    );
    const unpacked: string[] = [];
    const { dataset, problems } = await loadDataset(store, undefined, unpacked);
    expect(problems).toEqual([]);
    expect(unpacked).toEqual([]);
    for (const t of ITEM_TABLES) expect(byId(dataset[t] as Array<{ id: string }>)).toEqual(byId(docs.flatMap((r) => r[t] as Array<{ id: string }>)));
    expect(byId(dataset.documents).map((d) => d.text)).toEqual(byId(docs.map((r) => r.document)).map((d) => d.text));
    // a backup holds every document whole, both texts included
    const backup = JSON.parse(await exportBackup(store)) as { documents: Array<{ document: { id: string; sourceText: string; text: string }; tasks: unknown[] }> };
    expect(byId(backup.documents.map((d) => ({ id: d.document.id, sourceText: d.document.sourceText, text: d.document.text, tasks: d.tasks.length })))).toEqual(
      byId(docs.map((r) => ({ id: r.document.id, sourceText: r.document.sourceText, text: r.document.text, tasks: r.tasks.length }))),
    );
  });
});
