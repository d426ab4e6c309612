// The user's outcome decisions and unit-name edits: stored, surviving a re-parse, upgraded into from
// version 3, and carried by backup and restore.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  addUnitEdit,
  exportBackup,
  getOutcomeDecisions,
  getUnitEdits,
  importDocument,
  loadDataset,
  openStore,
  restoreBackup,
  setOutcomeDecision,
  deleteDocument,
  undoUnitEdit,
} from '../../src/lib/db/repository';
import { getAnnotations } from '../../src/lib/state/ledgerActions';
import { dbOf } from '../../src/lib/db/repository/store';
import { contentHash } from '../../src/lib/model/hash';
import { targetKey } from '../../src/lib/model/outcomeKeys';
import { toRows } from '../../src/lib/db/rows';
import { CURRENT_VERSION, DB_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '../../src/lib/db/schema';
import { freshEngine, freshStore, notice } from './fixtures';
import { unpack } from '../../src/lib/db/repository/packs';

const clock = (iso: string) => () => iso;

async function withDocuments() {
  const store = await freshStore();
  await importDocument(store, notice({ year: 2024 }), { sourceText: '目标文件' });
  await importDocument(store, notice({ year: 2025, variant: '（回顾）' }), { sourceText: '成绩文件' });
  return { store, targetId: `${contentHash('目标文件')}/g1`, achievementId: `${contentHash('成绩文件')}/a1` };
}

describe('outcome decisions', () => {
  it("stores confirm, correct and unlink, keyed by the target's document and words", async () => {
    const { store, targetId, achievementId } = await withDocuments();
    const r = await setOutcomeDecision(store, targetId, 'correct', achievementId, clock('2025-03-01T00:00:00.000Z'));
    expect(r.ok).toBe(true);
    const [row] = await getOutcomeDecisions(store);
    expect(row).toMatchObject({
      docId: contentHash('目标文件'),
      targetText: '地区生产总值增长7%',
      decision: 'correct',
      achievement: { docId: contentHash('成绩文件'), text: '城镇新增就业4.52万人' },
    });
    expect(row?.key).toBe(targetKey({ docId: contentHash('目标文件'), text: '地区生产总值增长7%', value: 7, unit: '%' }));
    await setOutcomeDecision(store, targetId, 'unlink');
    expect(await getOutcomeDecisions(store)).toMatchObject([{ decision: 'unlink', achievement: null }]);
    await setOutcomeDecision(store, targetId, null);
    expect(await getOutcomeDecisions(store)).toMatchObject([{ decision: null }]);
  });

  it('refuses a target or achievement that is not there, writing nothing', async () => {
    const { store, targetId } = await withDocuments();
    expect(await setOutcomeDecision(store, 'nope/g1', 'unlink')).toMatchObject({ ok: false, code: 'not-found' });
    expect(await setOutcomeDecision(store, targetId, 'confirm', 'nope/a1')).toMatchObject({ ok: false, code: 'not-found' });
    expect(await getOutcomeDecisions(store)).toEqual([]);
  });

  it('finds its target again after a re-parse gives the rows new ids', async () => {
    const { store, targetId } = await withDocuments();
    await setOutcomeDecision(store, targetId, 'unlink');
    const key = (await getOutcomeDecisions(store))[0]!.key;
    await importDocument(store, notice({ year: 2024, idPrefix: 'n' }), { sourceText: '目标文件', onDuplicate: 'replace' });
    const t = (await loadDataset(store)).dataset.targets.find((x) => x.docId === contentHash('目标文件'))!;
    expect(t.id).not.toBe(targetId);
    expect(targetKey(t)).toBe(key);
  });

  it('goes with its document when the document is deleted', async () => {
    const { store, targetId } = await withDocuments();
    await setOutcomeDecision(store, targetId, 'unlink');
    expect(await deleteDocument(store, contentHash('目标文件'))).toEqual({ ok: true });
    expect(await getOutcomeDecisions(store)).toEqual([]);
  });
});

describe('unit edits', () => {
  it('adds merges and splits in order, and undoes one without forgetting it', async () => {
    const store = await freshStore();
    const a = await addUnitEdit(store, 'merge', '市文旅局', '市财政局', clock('2025-01-01T00:00:00.000Z'));
    const b = await addUnitEdit(store, 'split', '市文化和旅游局', '', clock('2025-01-02T00:00:00.000Z'));
    expect(a.ok && b.ok).toBe(true);
    expect((await getUnitEdits(store)).map((e) => [e.kind, e.from, e.into, e.active])).toEqual([
      ['merge', '市文旅局', '市财政局', true],
      ['split', '市文化和旅游局', '', true],
    ]);
    if (!a.ok) throw new Error('merge failed');
    await undoUnitEdit(store, a.edit.id, clock('2025-01-03T00:00:00.000Z'));
    expect((await getUnitEdits(store)).map((e) => e.active)).toEqual([false, true]);
  });

  it('refuses a merge of a unit into itself', async () => {
    const store = await freshStore();
    expect(await addUnitEdit(store, 'merge', '市财政局', '市财政局')).toMatchObject({ ok: false, code: 'invalid' });
    expect(await getUnitEdits(store)).toEqual([]);
  });
});

describe('backup and restore of outcome data', () => {
  it('round-trips decisions and unit edits into a fresh database, the newer row winning', async () => {
    const { store, targetId, achievementId } = await withDocuments();
    await setOutcomeDecision(store, targetId, 'confirm', achievementId, clock('2025-03-01T00:00:00.000Z'));
    const merge = await addUnitEdit(store, 'merge', '市文旅局', '市文化和旅游局', clock('2025-03-02T00:00:00.000Z'));
    const json = await exportBackup(store, clock('2025-03-03T00:00:00.000Z'));
    expect(JSON.parse(json)).toMatchObject({ outcomeDecisions: [{ decision: 'confirm' }], unitEdits: [{ from: '市文旅局' }] });

    const fresh = await freshStore();
    expect(await restoreBackup(fresh, json)).toMatchObject({ ok: true, outcomeDecisions: 1, unitEdits: 1 });
    expect(await getOutcomeDecisions(fresh)).toEqual(await getOutcomeDecisions(store));
    expect(await getUnitEdits(fresh)).toEqual(await getUnitEdits(store));

    // an undo made after the backup survives restoring that backup
    if (!merge.ok) throw new Error('merge failed');
    await undoUnitEdit(store, merge.edit.id, clock('2025-04-01T00:00:00.000Z'));
    await restoreBackup(store, json);
    expect((await getUnitEdits(store))[0]?.active).toBe(false);
  });

  it('reads an older backup without these tables as having none', async () => {
    const { store } = await withDocuments();
    const json = JSON.parse(await exportBackup(store));
    delete json.outcomeDecisions;
    delete json.unitEdits;
    const fresh = await freshStore();
    expect(await restoreBackup(fresh, JSON.stringify(json))).toMatchObject({ ok: true, outcomeDecisions: 0, unitEdits: 0 });
  });
});

describe('schema upgrade to version 5', () => {
  it('opens a version 3 database with every row kept and the new tables empty and usable', async () => {
    const engine = freshEngine();
    const v3 = new Dexie(DB_NAME, { indexedDB: engine.indexedDB!, IDBKeyRange: engine.IDBKeyRange! });
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    const rows = toRows(notice({ year: 2024 }), { docId: contentHash('甲'), source: 'imported', sourceText: '甲', fileName: '甲.txt', importedAt: '2024-01-01T00:00:00.000Z' });
    await v3.table('documents').add(rows.document);
    for (const t of ['sections', 'tasks', 'targets', 'achievements'] as const) await v3.table(t).bulkAdd(rows[t]);
    const note = {
      key: `${rows.document.id}#no:1`,
      docId: rows.document.id,
      taskNo: '1',
      taskText: '地区生产总值增长7%。',
      status: '推进中',
      note: '已开工',
      updatedAt: '2024-03-01T00:00:00.000Z',
    };
    await v3.table('annotations').add(note);
    const tables = ['documents', 'sections', 'tasks', 'targets', 'achievements', 'annotations'] as const;
    const before = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await v3.table(t).toArray()] as const)));
    v3.close();

    const store = await openStore(engine);
    const db = dbOf(store);
    // opened at the current version (6 moved the source texts apart: db/upgrade.test.ts)
    expect(db.verno).toBe(CURRENT_VERSION);
    // every item row kept, in its document's row pack since version 10
    const sorted = (rows: unknown[]) => [...(rows as Array<{ id: string }>)].sort((x, y) => x.id.localeCompare(y.id));
    for (const t of ['sections', 'tasks', 'targets', 'achievements'] as const)
      expect(sorted((await db.rowPacks.toArray()).flatMap((p) => unpack(p)?.[t] ?? []))).toEqual(sorted(before[t]!));
    expect(await db.documents.toArray()).toEqual(before.documents!.map(({ sourceText: _s, text: _t, ...d }: Record<string, unknown>) => d));
    // version 4 (the ledger) moved the note into each task's history; the task list reads it the same
    expect(await getAnnotations(store)).toEqual([note]);
    expect(await getOutcomeDecisions(store)).toEqual([]);
    expect(await getUnitEdits(store)).toEqual([]);
    expect((await setOutcomeDecision(store, `${rows.document.id}/g1`, 'unlink')).ok).toBe(true);
    expect((await addUnitEdit(store, 'split', '市发改委')).ok).toBe(true);
    expect(Array.from(db.backendDB().transaction('outcomeDecisions').objectStore('outcomeDecisions').indexNames)).toEqual(['docId']);
  });
});
