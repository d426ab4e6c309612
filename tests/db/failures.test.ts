// Each way the browser's storage can let us down, simulated on fake-indexeddb.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  addEntries,
  getEntries,
  getRules,
  importDocument,
  listDocuments,
  loadDataset,
  openStore,
  restoreBackup,
  exportBackup,
  seedIfNeeded,
  seedOrRunFromMemory,
  type Store,
} from '../../src/lib/db/repository';
import { addEntry, getAnnotations, saveRule, setAnnotation } from '../../src/lib/state/ledgerActions';
import { dbOf } from '../../src/lib/db/repository/store';
import { contentHash } from '../../src/lib/model/hash';
import { DB_NAME } from '../../src/lib/db/schema';
import { freshEngine, notice, SEEDS, testParser, failRowWrites, storedRow, putStoredRow } from './fixtures';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('IndexedDB unavailable', () => {
  it('runs from an in-memory copy of the seeds when the browser has no indexedDB, and says nothing is saved', async () => {
    const store = await openStore({ indexedDB: null });
    expect(store.status.mode).toBe('memory');
    expect(store.status.messages).toHaveLength(1);
    expect(store.status.messages[0]).toContain('不会被保存');
    const r = await seedIfNeeded(store, SEEDS, testParser());
    expect(r.written).toHaveLength(2);
    expect((await loadDataset(store)).dataset.tasks).toHaveLength(6);
    // imports and notes still work for the session
    expect((await importDocument(store, notice(), { sourceText: '临时' })).ok).toBe(true);
    expect((await setAnnotation(store, `${contentHash('临时')}/t1`, { note: '本次会话' })).ok).toBe(true);
    // and so does the ledger
    expect((await addEntry(store, `${contentHash('临时')}/t2`, { period: null, reportedOn: '2024-06-20', status: '推进中', note: '本次会话的报送' })).ok).toBe(true);
    expect((await saveRule(store, contentHash('临时'), { cycle: 'monthly', day: 15 })).ok).toBe(true);
    expect(await getEntries(store)).toHaveLength(2);
  });

  it('falls back to memory when open() is refused (SecurityError in some private modes and file:// pages)', async () => {
    const refusing = {
      open() {
        throw new DOMException('access to the Indexed Database API is denied in this context.', 'SecurityError');
      },
      deleteDatabase() {
        throw new DOMException('denied', 'SecurityError');
      },
      cmp: (a: unknown, b: unknown) => (a === b ? 0 : -1),
      databases: async () => [],
    } as unknown as IDBFactory;
    const store = await openStore({ indexedDB: refusing, IDBKeyRange: freshEngine().IDBKeyRange });
    expect(store.status.mode).toBe('memory');
    expect(store.status.messages[0]).toMatch(/^本地数据库打不开（.*SecurityError.*）。/);
    await seedIfNeeded(store, SEEDS, testParser());
    expect(await listDocuments(store)).toHaveLength(2);
  });

  it('falls back to memory when an open request fails asynchronously', async () => {
    const engine = freshEngine();
    const failing = Object.create(engine.indexedDB!) as IDBFactory;
    failing.open = () => {
      // a request that errors before it ever succeeds, as Firefox's private mode did
      const req = {
        onerror: null as ((ev: unknown) => void) | null,
        onsuccess: null,
        onupgradeneeded: null,
        onblocked: null,
        error: new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'),
      };
      setTimeout(() => req.onerror?.({ target: req, type: 'error', preventDefault() {}, stopPropagation() {} }), 0);
      return req as unknown as IDBOpenDBRequest;
    };
    const store = await openStore({ indexedDB: failing, IDBKeyRange: engine.IDBKeyRange });
    expect(store.status.mode).toBe('memory');
    expect(store.status.messages[0]).toContain('InvalidStateError');
  });
});

describe('quota exceeded during an import', () => {
  async function seeded(): Promise<Store> {
    const store = await openStore(freshEngine());
    await seedIfNeeded(store, SEEDS, testParser());
    await importDocument(store, notice({ year: 2023 }), { sourceText: '已有导入' });
    await setAnnotation(store, `${contentHash('已有导入')}/t1`, { status: '推进中', note: '原有批注' });
    return store;
  }

  it.each(['documents', 'documentTexts', 'rowPacks'] as const)('rolls everything back when writing %s runs out of space, and says why', async (table) => {
    const store = await seeded();
    const before = { ds: await loadDataset(store), notes: await getAnnotations(store) };
    // the write that fails is the last item of the new document's rows
    dbOf(store)
      .table(table)
      .hook('creating', () => {
        throw quotaError();
      });
    const r = await importDocument(store, notice({ year: 2025 }), { sourceText: '新导入' });
    expect(r).toMatchObject({ ok: false, code: 'quota' });
    if (!r.ok) expect(r.reason).toContain('存储空间已满，本次操作已全部撤销，原有数据没有改变');
    expect({ ds: await loadDataset(store), notes: await getAnnotations(store) }).toEqual(before);
    expect(await dbOf(store).documents.get(contentHash('新导入'))).toBeUndefined();
  });

  it('rolls back a replace that runs out of space: the old copy is still whole', async () => {
    const store = await seeded();
    const before = await loadDataset(store);
    failRowWrites(store, quotaError);
    const r = await importDocument(store, notice({ idPrefix: 'new-' }), { sourceText: '已有导入', onDuplicate: 'replace' });
    expect(r).toMatchObject({ ok: false, code: 'quota' });
    expect(await loadDataset(store)).toEqual(before);
  });

  it('rolls back a restore that runs out of space', async () => {
    const source = await seeded();
    await importDocument(source, notice({ year: 2026 }), { sourceText: '备份里的' });
    const json = await exportBackup(source);
    const store = await seeded();
    const before = await loadDataset(store);
    failRowWrites(store, quotaError);
    const r = await restoreBackup(store, json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('存储空间已满');
    expect(await loadDataset(store)).toEqual(before);
  });

  it("reports other write failures with the browser's words, still rolled back", async () => {
    const store = await seeded();
    const before = await loadDataset(store);
    failRowWrites(store, () => new DOMException('disk I/O error', 'UnknownError'));
    const r = await importDocument(store, notice({ year: 2025 }), { sourceText: '新导入' });
    expect(r).toMatchObject({ ok: false, code: 'failed' });
    if (!r.ok) expect(r.reason).toContain('UnknownError');
    expect(await loadDataset(store)).toEqual(before);
  });
});

describe('quota exceeded while writing the ledger', () => {
  async function withLedger(): Promise<Store> {
    const store = await openStore(freshEngine());
    await seedIfNeeded(store, SEEDS, testParser());
    await importDocument(store, notice({ year: 2024 }), { sourceText: '台账' });
    await addEntry(store, `${contentHash('台账')}/t1`, { period: null, reportedOn: '2024-06-01', status: '推进中', note: '已有报送' });
    await saveRule(store, contentHash('台账'), { cycle: 'monthly', day: 15 });
    return store;
  }
  const entry = (n: number) => ({
    id: `imp${n}`,
    key: `${contentHash('台账')}#no:${n}`,
    docId: contentHash('台账'),
    taskNo: String(n),
    taskText: 't',
    period: null,
    reportedOn: '2024-06-20',
    status: '推进中' as const,
    note: `导入${n}`,
    evidence: '',
    unit: '',
    completion: null,
    source: 'import' as const,
    createdAt: '2024-06-20T00:00:00.000Z',
    updatedAt: '2024-06-20T00:00:00.000Z',
  });

  it('rolls back an entry, a quick status, a rule and a whole imported 台账, and says why', async () => {
    const store = await withLedger();
    const before = { entries: await getEntries(store), rules: await getRules(store), notes: await getAnnotations(store), meta: await dbOf(store).meta.toArray() };
    dbOf(store).progress.hook('creating', () => {
      throw quotaError();
    });
    dbOf(store).progress.hook('updating', () => {
      throw quotaError();
    });
    dbOf(store).deadlineRules.hook('creating', () => {
      throw quotaError();
    });
    const id = `${contentHash('台账')}/t2`;
    for (const r of [
      await addEntry(store, id, { period: null, reportedOn: '2024-06-20', status: '推进中', note: '新报送' }),
      await setAnnotation(store, id, { status: '滞后' }),
      await saveRule(store, contentHash('台账'), { cycle: 'quarterly', day: 10 }),
      await addEntries(store, [entry(2), entry(3)]),
    ]) {
      expect(r).toMatchObject({ ok: false, code: 'quota' });
      if (!r.ok) expect(r.reason).toContain('存储空间已满，本次操作已全部撤销，原有数据没有改变');
    }
    expect({ entries: await getEntries(store), rules: await getRules(store), notes: await getAnnotations(store), meta: await dbOf(store).meta.toArray() }).toEqual(before);
  });

  it('an imported 台账 that fails half-way writes none of its rows', async () => {
    const store = await withLedger();
    let n = 0;
    dbOf(store).progress.hook('creating', () => {
      if (++n === 2) throw quotaError();
    });
    expect(await addEntries(store, [entry(2), entry(3)])).toMatchObject({ ok: false, code: 'quota' });
    expect((await getEntries(store)).map((e) => e.note)).toEqual(['已有报送']);
  });

  it('a corrupt ledger row is skipped and reported, the rest is read', async () => {
    const store = await withLedger();
    await dbOf(store).progress.put({ id: 'bad', key: 'k', docId: contentHash('台账') } as never);
    const problems: string[] = [];
    expect((await getEntries(store, undefined, problems)).map((e) => e.note)).toEqual(['已有报送']);
    expect(problems[0]).toMatch(/^1 条进展记录已损坏，已跳过/);
  });
});

describe('storage that refuses the first write', () => {
  it('runs from memory when an empty database cannot take the seeds, and says why', async () => {
    const store = await openStore(freshEngine());
    failRowWrites(store, quotaError);
    const { store: used, seed } = await seedOrRunFromMemory(store, SEEDS, testParser());
    expect(used.status.mode).toBe('memory');
    expect(used.status.messages[0]).toMatch(/^本地数据库无法写入内置文件（浏览器的存储空间已满/);
    expect(seed.written).toHaveLength(2);
    expect((await loadDataset(used)).dataset.documents).toHaveLength(2);
  });

  it("keeps a database that already holds the user's documents, reporting the failed re-seed", async () => {
    const store = await openStore(freshEngine());
    await seedIfNeeded(store, SEEDS, testParser('1'));
    await importDocument(store, notice(), { sourceText: '用户的' });
    failRowWrites(store, quotaError);
    const { store: used, seed } = await seedOrRunFromMemory(store, SEEDS, testParser('2'));
    expect(used).toBe(store);
    expect(used.status.mode).toBe('indexeddb');
    expect(seed.writeFailure?.code).toBe('quota');
    expect((await loadDataset(store)).dataset.documents.map((d) => d.parserVersion).sort()).toEqual(['1', '1', 'test-1']);
  });
});

describe('another tab with another version', () => {
  it('closes its connection when a newer version opens elsewhere, asks for a reload, and does not block it', async () => {
    const engine = freshEngine();
    const store = await openStore({ ...engine, name: 'tabs' });
    await seedIfNeeded(store, SEEDS, testParser());
    const seen: boolean[] = [];
    store.subscribeStatus((s) => seen.push(s.reloadNeeded));

    // A newer app release in another tab: the same tables plus one more, version 3.
    const newer = new Dexie('tabs', { indexedDB: engine.indexedDB!, IDBKeyRange: engine.IDBKeyRange! });
    newer.version(3).stores({ documents: 'id', extra: 'id' });
    await expect(Promise.race([newer.open().then(() => 'opened'), new Promise((r) => setTimeout(() => r('hung'), 2000))])).resolves.toBe('opened');
    expect(await newer.table('documents').count()).toBe(2);

    expect(store.status.reloadNeeded).toBe(true);
    expect(seen).toEqual([false, true]);
    expect(store.status.messages).toContain('看板已在另一个标签页中更新，本页已断开本地数据库。请刷新页面（F5）后继续使用，以免更改丢失。');
    expect(dbOf(store).isOpen()).toBe(false);
    // a write from the stale tab is refused with a message instead of reopening an outdated schema
    const r = await importDocument(store, notice(), { sourceText: '旧标签页' });
    expect(r).toMatchObject({ ok: false, code: 'closed' });
    const docId = contentHash(SEEDS[0]!.text);
    expect(await addEntry(store, `${docId}/t1`, { period: null, reportedOn: '2024-06-20', status: '推进中', note: '旧标签页的报送' })).toMatchObject({
      ok: false,
      code: 'closed',
      reason: '本地数据库已断开，本次操作没有保存。请刷新页面后重试。',
    });
    expect(await setAnnotation(store, `${docId}/t1`, { status: '推进中' })).toMatchObject({ ok: false, code: 'closed' });
    expect(await saveRule(store, docId, { cycle: 'monthly', day: 15 })).toMatchObject({ ok: false, code: 'closed' });
    newer.close();
  });

  it('does not hang when an older tab that ignores versionchange holds the database: runs from memory and says why', async () => {
    const engine = freshEngine();
    // An old page's raw connection at version 1 (×10 as Dexie numbers versions), with no versionchange handler.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = engine.indexedDB!.open(DB_NAME, 10);
      req.onupgradeneeded = () => req.result.createObjectStore('documents', { keyPath: 'id' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const t0 = Date.now();
    const store = await openStore({ ...engine, blockedTimeoutMs: 200 });
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(store.status.mode).toBe('memory');
    expect(store.status.messages[0]).toContain('另一个标签页正打开着旧版本的看板');
    await seedIfNeeded(store, SEEDS, testParser());
    expect((await loadDataset(store)).dataset.documents).toHaveLength(2);
    old.close();
  });
});

describe('a corrupt row', () => {
  it('is skipped and reported; everything else loads', async () => {
    const store = await openStore(freshEngine());
    await seedIfNeeded(store, SEEDS, testParser());
    const docId = contentHash(SEEDS[0]!.text);
    const task = await storedRow<{ id: string }>(store, 'tasks', `${docId}/t2`);
    await putStoredRow(store, 'tasks', { ...task!, leaders: '不是数组' } as never);
    await putStoredRow(store, 'targets', { id: `${docId}/junk`, docId });
    await dbOf(store).annotations.put({ key: 'x', docId } as never);

    const { dataset, problems } = await loadDataset(store);
    expect(dataset.documents).toHaveLength(2);
    expect(dataset.tasks.map((t) => t.id)).not.toContain(`${docId}/t2`);
    expect(dataset.tasks).toHaveLength(5);
    expect(dataset.targets).toHaveLength(2);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(new RegExp(`^1 条任务记录已损坏，已跳过（例如 ${docId}/t2：leaders `));
    expect(problems[1]).toMatch(/^1 条目标记录已损坏，已跳过/);
    expect(await getAnnotations(store)).toEqual([]);
  });

  it("is skipped and reported when it is damaged inside its document's pack, too", async () => {
    const store = await openStore(freshEngine());
    await seedIfNeeded(store, SEEDS, testParser());
    const docId = contentHash(SEEDS[0]!.text);
    const pack = (await dbOf(store).rowPacks.get(docId))!;
    const items = JSON.parse(pack.json) as { tasks: Array<Record<string, unknown>> };
    // (a pack's rows leave out their global id: the local one names the task)
    items.tasks = items.tasks.map((t) => (t.localId === 't2' ? { ...t, leaders: '不是数组' } : t));
    await dbOf(store).rowPacks.put({ ...pack, json: JSON.stringify(items) });

    const { dataset, problems } = await loadDataset(store);
    expect(dataset.tasks.map((t) => t.id)).not.toContain(`${docId}/t2`);
    expect(dataset.tasks).toHaveLength(5);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^1 条任务记录已损坏，已跳过（例如 ${docId}/t2：leaders `))]);
  });

  it('a pack that does not parse: its document is shown without rows and the page says so; the others load', async () => {
    const store = await openStore(freshEngine());
    await seedIfNeeded(store, SEEDS, testParser());
    const whole = await loadDataset(store);
    const docId = contentHash(SEEDS[0]!.text);
    const pack = (await dbOf(store).rowPacks.get(docId))!;
    await dbOf(store).rowPacks.put({ ...pack, json: pack.json.slice(0, 100) });
    const unpacked: string[] = [];
    const again = await loadDataset(store, undefined, unpacked);
    expect(unpacked).toEqual([docId]);
    expect(again.dataset.documents.map((d) => d.id)).toEqual(whole.dataset.documents.map((d) => d.id));
    expect(again.dataset.tasks).toEqual(whole.dataset.tasks.filter((t) => t.docId !== docId));
    expect(again.dataset.tasks.length).toBeGreaterThan(0);
    expect(again.problems).toEqual([expect.stringContaining('1 份文件的条目数据已损坏')]);
  });

  it('a corrupt document is skipped with its rows, and re-seeding repairs a bundled one', async () => {
    const store = await openStore(freshEngine());
    await seedIfNeeded(store, SEEDS, testParser());
    const docId = contentHash(SEEDS[0]!.text);
    await dbOf(store).documents.update(docId, { meta: null } as never);
    const { dataset, problems } = await loadDataset(store);
    expect(dataset.documents.map((d) => d.id)).toEqual([contentHash(SEEDS[1]!.text)]);
    expect(dataset.tasks.every((t) => t.docId !== docId)).toBe(true);
    expect(problems[0]).toMatch(/^1 条文件记录已损坏/);

    const r = await seedIfNeeded(store, SEEDS, testParser());
    expect(r.written).toEqual([docId]);
    expect((await loadDataset(store)).problems).toEqual([]);
  });
});
