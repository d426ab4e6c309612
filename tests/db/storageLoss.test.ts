// Storage taken away while the page is open (issue 10, defect 5), on fake-indexeddb: the database
// deleted by another connection, or the connection closed by force with the data gone. The store stops
// (every write says why), opens no new empty database by itself, and comes back through reopenStore.
import { forceCloseDatabase, IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import {
  deleteDocument,
  exportBackup,
  exportBackupChecked,
  findDuplicate,
  getEntries,
  importDocument,
  importDocuments,
  keepCopyOnDeletion,
  openStore,
  reopenStore,
  restoreBackup,
  seedIfNeeded,
  setHidden,
  type ShownRows,
  type Store,
} from '../../src/lib/db/repository';
import { getAnnotations, setAnnotation } from '../../src/lib/state/ledgerActions';
import { dbOf } from '../../src/lib/db/repository/store';
import { MSG } from '../../src/lib/db/messages';
import { contentHash } from '../../src/lib/model/hash';
import { notice, SEEDS, testParser } from './fixtures';

async function withData(): Promise<{ factory: IDBFactory; store: Store; backup: string }> {
  const factory = new IDBFactory();
  const store = await openStore({ name: 'loss', indexedDB: factory as unknown as globalThis.IDBFactory, IDBKeyRange: IDBKeyRange as unknown as typeof globalThis.IDBKeyRange });
  await seedIfNeeded(store, SEEDS, testParser());
  await importDocument(store, notice(), { sourceText: '导入的文件', fileName: '导入.txt' });
  return { factory, store, backup: await exportBackup(store) };
}

const deleteDb = (factory: IDBFactory, name: string) =>
  new Promise<void>((resolve, reject) => {
    const r = factory.deleteDatabase(name);
    r.onsuccess = () => resolve();
    r.onerror = () => reject(r.error);
  });

const names = async (factory: IDBFactory) => (await factory.databases()).map((d) => d.name);

describe('the database deleted by another page or program', () => {
  it('is reported as deleted (not as a newer version in another tab), and every write says why', async () => {
    const { factory, store } = await withData();
    await deleteDb(factory, 'loss');
    expect(store.status).toMatchObject({ lost: 'deleted', reloadNeeded: false });
    expect(store.status.messages).toContain(MSG.lostDeleted);
    expect(store.status.messages).not.toContain(MSG.reloadNeeded);

    const taskId = `${contentHash('导入的文件')}/t1`;
    const outcomes = [
      await setAnnotation(store, taskId, { status: '已完成', note: '已验收' }),
      await importDocument(store, notice({ variant: '新' }), { sourceText: '另一份' }),
      await deleteDocument(store, contentHash('导入的文件')),
      await setHidden(store, contentHash(SEEDS[0]!.text), true),
    ];
    for (const o of outcomes) expect(o).toEqual({ ok: false, code: 'lost', reason: MSG.lostWrite });
    expect(await findDuplicate(store, '导入的文件')).toBeNull();
    // nothing opened a new, empty database behind the user's back
    expect(await names(factory)).not.toContain('loss');
  });

  it('comes back with the backup after reopenStore, and writes work again', async () => {
    const { factory, store, backup } = await withData();
    await deleteDb(factory, 'loss');
    expect(await restoreBackup(store, backup)).toMatchObject({ ok: false, code: 'lost' });
    await reopenStore(store);
    expect(store.status.lost).toBeNull();
    expect(store.status.messages).not.toContain(MSG.lostDeleted);
    await seedIfNeeded(store, SEEDS, testParser());
    expect(await restoreBackup(store, backup)).toMatchObject({ ok: true, documents: 1 });
    expect(await setAnnotation(store, `${contentHash('导入的文件')}/t1`, { status: '已完成', note: '已验收' })).toMatchObject({ ok: true });
    expect(await dbOf(store).documents.count()).toBe(SEEDS.length + 1);
  });
});

describe('a page whose database another page deleted (issue 20)', () => {
  it('still exports what it shows as a backup, from the copy read as the database went', async () => {
    const { factory, store } = await withData();
    keepCopyOnDeletion(store);
    const taskId = `${contentHash('导入的文件')}/t1`;
    expect(await setAnnotation(store, taskId, { status: '推进中', note: '删除前写下的备注' })).toMatchObject({ ok: true });
    await deleteDb(factory, 'loss');
    expect(store.status.lost).toBe('deleted');
    expect(await names(factory)).not.toContain('loss');

    const r = await exportBackupChecked(store, { now: () => '2024-06-20T08:00:00.000Z' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.documents).toBe(1);
    expect(r.json).toContain('删除前写下的备注');
    // it restores in a fresh profile: the document and the note come back
    const fresh = await openStore({
      name: 'other',
      indexedDB: new IDBFactory() as unknown as globalThis.IDBFactory,
      IDBKeyRange: IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
    });
    await seedIfNeeded(fresh, SEEDS, testParser());
    expect(await restoreBackup(fresh, r.json)).toMatchObject({ ok: true, documents: 1, progress: 1 });
    // nothing was written to, or reopened in, the deleted database
    expect(await names(factory)).not.toContain('loss');
  });

  it('with the data cleared by the browser (no copy kept) exports what the page shows, naming the files it cannot hold', async () => {
    const { factory, store } = await withData();
    keepCopyOnDeletion(store);
    const taskId = `${contentHash('导入的文件')}/t1`;
    expect(await setAnnotation(store, taskId, { status: '推进中', note: '清除前写下的备注' })).toMatchObject({ ok: true });
    const shown: ShownRows = {
      user: { progress: await getEntries(store), deadlineRules: [], outcomeDecisions: [], unitEdits: [], briefingIssues: [], placeCorrections: [] },
      documents: [
        { id: contentHash(SEEDS[1]!.text), source: 'bundled', name: SEEDS[1]!.fileName },
        { id: contentHash('导入的文件'), source: 'imported', name: '导入.txt' },
      ],
      bundledIds: SEEDS.map((x) => contentHash(x.text)),
    };
    forceCloseDatabase(dbOf(store).backendDB() as never);
    await deleteDb(factory, 'loss');
    await vi.waitFor(() => expect(store.status.lost).toBe('cleared'), { timeout: 3000 });
    // without what the page shows there is nothing to export
    expect(await exportBackupChecked(store)).toEqual({ ok: false, reason: MSG.backupExportFailed(MSG.lostExport) });

    const r = await exportBackupChecked(store, { shown: () => shown });
    if (!r.ok) throw new Error(r.reason);
    expect(r.documents).toBe(0);
    expect(r.notHeld).toEqual([MSG.backupSourceGone('导入.txt')]);
    // restored after the same file is imported again, the note is its own again; the seed not shown stays hidden
    const fresh = await openStore({
      name: 'again',
      indexedDB: new IDBFactory() as unknown as globalThis.IDBFactory,
      IDBKeyRange: IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
    });
    await seedIfNeeded(fresh, SEEDS, testParser());
    await importDocument(fresh, notice(), { sourceText: '导入的文件', fileName: '导入.txt' });
    expect(await restoreBackup(fresh, r.json)).toMatchObject({ ok: true, progress: 1, hidden: SEEDS.length - 1 });
    expect((await getAnnotations(fresh)).map((a) => a.note)).toEqual(['清除前写下的备注']);
  });

  it('a batch import says the data is lost, as a single import does', async () => {
    const { factory, store } = await withData();
    await deleteDb(factory, 'loss');
    const r = await importDocuments(store, [{ parsed: notice({ variant: '批' }), sourceText: '批量', fileName: null }], { onDuplicate: 'skip' });
    expect(r).toEqual({ ok: false, code: 'lost', reason: MSG.lostWrite });
  });
});

describe('the connection closed by force', () => {
  it('with the data gone (site data cleared): reported as cleared, writes refused', async () => {
    const { factory, store } = await withData();
    forceCloseDatabase(dbOf(store).backendDB() as never);
    await deleteDb(factory, 'loss');
    await vi.waitFor(() => expect(store.status.lost).toBe('cleared'), { timeout: 3000 });
    expect(store.status.messages).toContain(MSG.lostCleared);
    expect(await setAnnotation(store, `${contentHash('导入的文件')}/t1`, { note: '丢失前' })).toMatchObject({ ok: false, code: 'lost' });
    expect(await names(factory)).not.toContain('loss');
  });

  it('with the data still there: asks for a reload instead of claiming a loss', async () => {
    const { store } = await withData();
    forceCloseDatabase(dbOf(store).backendDB() as never);
    await vi.waitFor(() => expect(store.status.reloadNeeded).toBe(true), { timeout: 3000 });
    expect(store.status.lost).toBeNull();
    expect(store.status.messages).toContain(MSG.closedByBrowser);
  });
});
