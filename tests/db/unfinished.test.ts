// Work that never ended (issue 20, item 6): an import or restore killed midway is rolled back by
// IndexedDB; the marker written before it tells the next open so, once. On fake-indexeddb.
import { describe, expect, it } from 'vitest';
import { exportBackup, importDocuments, openStore, restoreBackup, takeUnfinished, type Store } from '../../src/lib/db/repository';
import { whileUnfinished } from '../../src/lib/db/repository/unfinished';
import { dbOf } from '../../src/lib/db/repository/store';
import { judgeLasting, lastingFacts, TINY_QUOTA } from '../../src/lib/db/storage';
import { MSG } from '../../src/lib/db/messages';
import { freshEngine, notice } from './fixtures';

const markers = async (store: Store) => (await dbOf(store).meta.toArray()).filter((r) => r.key.startsWith('unfinished:'));
const batch = (n: number) => Array.from({ length: n }, (_, i) => ({ parsed: notice({ variant: `v${i}` }), sourceText: `文本 ${i}`, fileName: `f${i}.txt` }));

/** A Web Locks stand-in: what is held while its callback runs. */
function fakeLocks() {
  const held = new Set<string>();
  return {
    held,
    request: (async (name: string, cb: () => Promise<unknown>) => {
      held.add(name);
      try {
        return await cb();
      } finally {
        held.delete(name);
      }
    }) as unknown as LockManager['request'],
    query: async () => ({ held: [...held].map((name) => ({ name, mode: 'exclusive' as const })), pending: [] }),
  };
}

describe('a marker for work in progress', () => {
  it('is left by work that never ended, reported once on the next open, and nothing of the work is stored', async () => {
    const engine = freshEngine();
    const tab = await openStore({ name: 'crash', ...engine });
    // The work starts and the page dies before it ends: its transaction never commits.
    void whileUnfinished(tab, { kind: 'import', files: 3 }, () => new Promise(() => undefined), null);
    await expect.poll(() => markers(tab).then((m) => m.length)).toBe(1);

    const reopened = await openStore({ name: 'crash', ...engine });
    const found = await takeUnfinished(reopened, null);
    expect(found).toEqual([{ kind: 'import', files: 3, startedAt: expect.any(String) }]);
    expect(await takeUnfinished(reopened, null)).toEqual([]);
    expect(MSG.unfinished('import', 3, '2024-06-16 00:30')).toBe('上次的导入（3 个文件，2024-06-16 00:30 开始）没有完成，已撤回，现有数据没有改变。请重新导入这些文件。');
  });

  it('is not taken for a crash while another tab still runs the work', async () => {
    const engine = freshEngine();
    const locks = fakeLocks();
    const tab = await openStore({ name: 'busy', ...engine });
    let release!: () => void;
    const running = whileUnfinished(tab, { kind: 'restore', files: 2 }, () => new Promise<void>((r) => (release = r)), locks);
    await expect.poll(() => markers(tab).then((m) => m.length)).toBe(1);
    const other = await openStore({ name: 'busy', ...engine });
    expect(await takeUnfinished(other, locks)).toEqual([]);
    release();
    await running;
    expect(await markers(tab)).toEqual([]);
  });

  it('does the work when the browser refuses the lock', async () => {
    const store = await openStore({ name: 'nolock', ...freshEngine() });
    const refusing = {
      request: (async () => {
        throw new DOMException('refused', 'SecurityError');
      }) as unknown as LockManager['request'],
      query: async () => {
        throw new DOMException('refused', 'SecurityError');
      },
    };
    expect(await whileUnfinished(store, { kind: 'import', files: 1 }, async () => 'done', refusing)).toBe('done');
    expect(await markers(store)).toEqual([]);
    void whileUnfinished(store, { kind: 'import', files: 2 }, () => new Promise(() => undefined), null);
    await expect.poll(() => markers(store).then((m) => m.length)).toBe(1);
    expect(await takeUnfinished(store, refusing)).toMatchObject([{ kind: 'import', files: 2 }]);
  });

  it('is gone after a batch import commits, and after one that is refused', async () => {
    const store = await openStore({ name: 'import', ...freshEngine() });
    expect(await importDocuments(store, batch(3), { onDuplicate: 'skip' })).toMatchObject({ ok: true, imported: 3 });
    expect(await markers(store)).toEqual([]);
    const bad = [{ parsed: { nonsense: true } as never, sourceText: 'x', fileName: 'x.txt' }];
    expect(await importDocuments(store, bad, { onDuplicate: 'skip' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await markers(store)).toEqual([]);
    expect(await takeUnfinished(store, null)).toEqual([]);
  });

  it('is gone after a restore commits', async () => {
    const source = await openStore({ name: 'source', ...freshEngine() });
    await importDocuments(source, batch(2), { onDuplicate: 'skip' });
    const target = await openStore({ name: 'target', ...freshEngine() });
    expect(await restoreBackup(target, await exportBackup(source))).toMatchObject({ ok: true, documents: 2 });
    expect(await markers(target)).toEqual([]);
  });

  it('is not written in memory mode, where nothing outlasts the page', async () => {
    const store = await openStore({ name: 'mem', ...freshEngine() });
    store.updateStatus({ mode: 'memory' });
    void whileUnfinished(store, { kind: 'import', files: 1 }, () => new Promise(() => undefined), null);
    await new Promise((r) => setTimeout(r, 20));
    expect(await markers(store)).toEqual([]);
  });
});

describe('storage that will not last', () => {
  const facts = { persisted: false, quota: 10 * 2 ** 30, opfs: 'ok' as const, chromium: false };
  it('is a private window: a tiny quota, or Firefox refusing its private file system', () => {
    expect(judgeLasting(facts)).toEqual({ lasting: true, why: 'normal' });
    expect(judgeLasting({ ...facts, quota: TINY_QUOTA - 1 })).toEqual({ lasting: false, why: 'tiny-quota' });
    expect(judgeLasting({ ...facts, opfs: 'refused' })).toEqual({ lasting: false, why: 'private-window' });
    // Chromium refuses that file system to every file:// page: no sign of a private window there.
    expect(judgeLasting({ ...facts, opfs: 'refused', chromium: true })).toEqual({ lasting: true, why: 'normal' });
    expect(judgeLasting({ ...facts, persisted: true, quota: 1 })).toEqual({ lasting: true, why: 'persisted' });
    expect(judgeLasting({ ...facts, quota: null, opfs: 'absent' })).toEqual({ lasting: true, why: 'normal' });
  });

  it('reads its facts from the storage manager, never failing', async () => {
    const refused = async () => {
      throw new DOMException('Security error', 'SecurityError');
    };
    expect(await lastingFacts({ estimate: async () => ({ quota: 100, usage: 0 }), persisted: async () => false, getDirectory: refused })).toEqual({
      persisted: false,
      quota: 100,
      opfs: 'refused',
      chromium: false,
    });
    expect(
      await lastingFacts({ estimate: async () => ({ quota: 5e9, usage: 0, usageDetails: {} }) as StorageEstimate, persisted: async () => false, getDirectory: async () => ({}) }),
    ).toEqual({ persisted: false, quota: 5e9, opfs: 'ok', chromium: true });
    const never = () => new Promise<never>(() => undefined);
    expect(await lastingFacts({ estimate: never, persisted: never, getDirectory: never }, 10)).toEqual({ persisted: null, quota: null, opfs: 'absent', chromium: false });
    expect(await lastingFacts(null)).toBeNull();
  });
});
