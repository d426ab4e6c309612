import { describe, expect, it } from 'vitest';
import {
  addEntries,
  deleteDocument,
  deleteEntry,
  deleteRule,
  exportBackup,
  findDuplicate,
  getBackupState,
  getEntries,
  getRules,
  importDocument,
  importDocuments,
  listDocuments,
  liveDataset,
  loadDataset,
  openStore,
  restoreBackup,
  restoreContents,
  seedIfNeeded,
  setHidden,
  type LoadedDataset,
  type Store,
} from '../../src/lib/db/repository';
import { addEntry, getAnnotations, saveRule, setAnnotation, updateEntry } from '../../src/lib/state/ledgerActions';
import { dbOf } from '../../src/lib/db/repository/store';
import { annotationsByTask } from '../../src/lib/model/annotationKeys';
import { contentHash } from '../../src/lib/model/hash';
import { freshEngine, freshStore, notice, SEEDS, testParser, countRows, storedRows, storedRow } from './fixtures';

async function counts(store: Store) {
  const db = dbOf(store);
  return {
    documents: await db.documents.count(),
    sections: await countRows(store, 'sections'),
    tasks: await countRows(store, 'tasks'),
    targets: await countRows(store, 'targets'),
    achievements: await countRows(store, 'achievements'),
    progress: await db.progress.count(),
  };
}

const clock = (iso: string) => () => iso;

/** A dataset without the write revisions, which differ between two databases holding the same rows. */
function withoutRev(l: LoadedDataset): LoadedDataset {
  return { ...l, dataset: { ...l.dataset, documents: l.dataset.documents.map(({ rev: _rev, ...d }) => d) } };
}

describe('seeding', () => {
  it('writes every bundled seed with its rows on first open, recording the parser version', async () => {
    const store = await freshStore();
    const r = await seedIfNeeded(store, SEEDS, testParser('1.0.0'));
    expect(r.written).toEqual(SEEDS.map((s) => contentHash(s.text)));
    expect(r.problems).toEqual([]);
    const docs = await listDocuments(store);
    expect(docs.map((d) => d.source)).toEqual(['bundled', 'bundled']);
    expect(docs.every((d) => d.parserVersion === '1.0.0')).toBe(true);
    expect(docs.map((d) => d.meta.fileName).sort()).toEqual(['a.txt', 'b.txt']);
    expect(await counts(store)).toEqual({ documents: 2, sections: 6, tasks: 6, targets: 2, achievements: 2, progress: 0 });
  });

  it('finds exactly the same rows after a reload, parsing nothing again', async () => {
    const engine = freshEngine();
    const first = await openStore({ ...engine, name: 'reload' });
    await seedIfNeeded(first, SEEDS, testParser('1.0.0'));
    const before = await loadDataset(first);
    dbOf(first).close();

    const second = await openStore({ ...engine, name: 'reload' });
    const parser = testParser('1.0.0');
    const r = await seedIfNeeded(second, SEEDS, parser);
    expect(parser.calls).toBe(0);
    expect(r.written).toEqual([]);
    expect(r.unchanged).toHaveLength(2);
    expect(await loadDataset(second)).toEqual(before);
  });

  it('re-parses bundled documents only when the parser version changes, keeping imports, hidden flags and notes', async () => {
    const store = await freshStore();
    await seedIfNeeded(store, SEEDS, testParser('1.0.0'));
    const seedId = contentHash(SEEDS[0]!.text);
    await setHidden(store, seedId, true);
    await setAnnotation(store, `${seedId}/t2`, { status: '推进中', note: '已开工' });
    const imported = await importDocument(store, notice({ variant: '（用户导入）', parserVersion: '1.0.0' }), { sourceText: '用户导入的文本', fileName: '导入.txt' });
    expect(imported.ok).toBe(true);
    const importedBefore = await dbOf(store).documents.get(contentHash('用户导入的文本'));

    // The new parser gives every item a new local id.
    const newer = testParser('1.1.0', 'v2-');
    const r = await seedIfNeeded(store, SEEDS, newer);
    expect(newer.calls).toBe(2);
    expect(r.written).toHaveLength(2);
    const seedDoc = await dbOf(store).documents.get(seedId);
    expect(seedDoc?.parserVersion).toBe('1.1.0');
    expect(seedDoc?.hidden).toBe(true);
    expect((await storedRows<{ id: string }>(store, 'tasks', seedId)).map((t) => t.id)).toEqual([`${seedId}/v2-t1`, `${seedId}/v2-t2`, `${seedId}/v2-t3`]);
    expect(await dbOf(store).documents.get(contentHash('用户导入的文本'))).toEqual(importedBefore);
    expect(await counts(store)).toEqual({ documents: 3, sections: 9, tasks: 9, targets: 3, achievements: 3, progress: 1 });

    // The note still belongs to task 2 after the re-parse.
    await setHidden(store, seedId, false);
    const { dataset } = await loadDataset(store);
    const notes = annotationsByTask(dataset.tasks, await getAnnotations(store));
    expect(notes.get(`${seedId}/v2-t2`)?.note).toBe('已开工');
  });

  it('keeps the older parse of a seed the new parser fails on, and reports it', async () => {
    const store = await freshStore();
    await seedIfNeeded(store, SEEDS, testParser('1.0.0'));
    const broken = { version: '2.0.0', parse: () => ({ ok: false as const, code: 'no-structure' as const, reason: '未找到报告结构' }) };
    const r = await seedIfNeeded(store, SEEDS, broken);
    expect(r.problems).toEqual(['内置文件 a.txt 解析失败，未载入：未找到报告结构', '内置文件 b.txt 解析失败，未载入：未找到报告结构']);
    expect((await loadDataset(store)).dataset.documents.map((d) => d.parserVersion)).toEqual(['1.0.0', '1.0.0']);
  });

  it('survives a parser that throws', async () => {
    const store = await freshStore();
    const r = await seedIfNeeded(store, SEEDS, {
      version: '1',
      parse: () => {
        throw new Error('boom');
      },
    });
    expect(r.problems[0]).toContain('boom');
    expect(await dbOf(store).documents.count()).toBe(0);
  });

  it('removes bundled documents the app no longer ships, but not imported ones', async () => {
    const store = await freshStore();
    await seedIfNeeded(store, SEEDS, testParser());
    await importDocument(store, notice(), { sourceText: '导入', fileName: null });
    const r = await seedIfNeeded(store, SEEDS.slice(1), testParser());
    expect(r.removed).toEqual([contentHash(SEEDS[0]!.text)]);
    expect((await listDocuments(store)).map((d) => d.source).sort()).toEqual(['bundled', 'imported']);
    expect(await countRows(store, 'tasks')).toBe(6);
  });

  it('leaves a seed alone when the user replaced it with an imported copy of the same text', async () => {
    const store = await freshStore();
    await seedIfNeeded(store, SEEDS, testParser('1.0.0'));
    const r1 = await importDocument(store, notice({ variant: '（用户版）' }), { sourceText: SEEDS[0]!.text, onDuplicate: 'replace' });
    expect(r1).toEqual({ ok: true, id: contentHash(SEEDS[0]!.text), replaced: true });
    await seedIfNeeded(store, SEEDS, testParser('9.9.9'));
    const doc = await dbOf(store).documents.get(contentHash(SEEDS[0]!.text));
    expect(doc?.source).toBe('imported');
    expect(doc?.meta.title).toContain('（用户版）');
  });
});

describe('import', () => {
  it('stores a parsed document with global ids and remapped references', async () => {
    const store = await freshStore();
    const r = await importDocument(store, notice(), { sourceText: '原文', fileName: '通知.txt', now: clock('2025-01-02T03:04:05.000Z') });
    const id = contentHash('原文');
    expect(r).toEqual({ ok: true, id, replaced: false });
    const doc = await dbOf(store).documents.get(id);
    expect(doc).toMatchObject({ source: 'imported', importedAt: '2025-01-02T03:04:05.000Z', hidden: false });
    expect(doc?.meta.fileName).toBe('通知.txt');
    // both texts live in their own table, out of the document row the dashboard reads
    expect(doc).not.toHaveProperty('sourceText');
    expect(doc).not.toHaveProperty('text');
    // the source text apart (it differs from the normalized text, which is in the row pack only)
    expect(await dbOf(store).documentTexts.get(id)).toEqual({ id, sourceText: '原文' });
    // the dataset's document has its normalized text again (from the pack)
    expect((await loadDataset(store)).dataset.documents.find((d) => d.id === id)?.text).toBe(notice().text);
    expect((await storedRow<{ taskId: string }>(store, 'targets', `${id}/g1`))?.taskId).toBe(`${id}/t1`);
    expect((await storedRow<{ parentId: string }>(store, 'sections', `${id}/s1-1`))?.parentId).toBe(`${id}/s1`);
  });

  it('refuses a duplicate unless told to replace it or keep both', async () => {
    const store = await freshStore();
    await importDocument(store, notice(), { sourceText: '同一份文本' });
    const again = await importDocument(store, notice(), { sourceText: '同一份文本\r\n'.trimEnd() });
    expect(again).toMatchObject({ ok: false, code: 'duplicate' });
    if (!again.ok) expect(again.reason).toContain('相同内容的文件已存在');
    expect(await counts(store)).toMatchObject({ documents: 1, tasks: 3 });
    expect((await findDuplicate(store, '\uFEFF同一份文本'))?.id).toBe(contentHash('同一份文本'));
    expect(await findDuplicate(store, '另一份文本')).toBeNull();
  });

  it('replaces a duplicate in place, dropping the old rows but keeping its notes', async () => {
    const store = await freshStore();
    const id = contentHash('文本');
    await importDocument(store, notice(), { sourceText: '文本' });
    await setAnnotation(store, `${id}/t1`, { status: '已完成', note: '已通过验收' });
    const r = await importDocument(store, notice({ idPrefix: 'new-' }), { sourceText: '文本', onDuplicate: 'replace' });
    expect(r).toEqual({ ok: true, id, replaced: true });
    expect((await storedRows<{ id: string }>(store, 'tasks', id)).map((t) => t.id)).toEqual([`${id}/new-t1`, `${id}/new-t2`, `${id}/new-t3`]);
    expect(await counts(store)).toMatchObject({ documents: 1, tasks: 3, progress: 1 });
  });

  it('keeps both copies under suffixed ids', async () => {
    const store = await freshStore();
    const hash = contentHash('文本');
    await importDocument(store, notice(), { sourceText: '文本' });
    const r2 = await importDocument(store, notice(), { sourceText: '文本', onDuplicate: 'keep-both' });
    const r3 = await importDocument(store, notice(), { sourceText: '文本', onDuplicate: 'keep-both' });
    expect([r2, r3]).toEqual([
      { ok: true, id: `${hash}-2`, replaced: false },
      { ok: true, id: `${hash}-3`, replaced: false },
    ]);
    expect(await counts(store)).toMatchObject({ documents: 3, tasks: 9 });
    expect((await dbOf(store).documents.get(`${hash}-2`))?.contentHash).toBe(hash);
  });

  it('refuses a parse result that does not match the schema, writing nothing', async () => {
    const store = await freshStore();
    const bad = { ...notice(), tasks: [{ id: 't1' }] } as unknown as ReturnType<typeof notice>;
    const r = await importDocument(store, bad, { sourceText: '坏' });
    expect(r).toMatchObject({ ok: false, code: 'invalid' });
    expect(await counts(store)).toMatchObject({ documents: 0, tasks: 0 });
  });
});

describe('delete and hide', () => {
  it('deletes an imported document with its rows and notes, and nothing else', async () => {
    const store = await freshStore();
    await seedIfNeeded(store, SEEDS, testParser());
    await importDocument(store, notice({ year: 2023 }), { sourceText: '甲' });
    await importDocument(store, notice({ year: 2025 }), { sourceText: '乙' });
    const seedId = contentHash(SEEDS[0]!.text);
    await setAnnotation(store, `${contentHash('甲')}/t1`, { note: '甲的批注' });
    await setAnnotation(store, `${contentHash('乙')}/t1`, { note: '乙的批注' });
    await setAnnotation(store, `${seedId}/t1`, { note: '内置的批注' });
    const before = await loadDataset(store);

    expect(await deleteDocument(store, contentHash('甲'))).toEqual({ ok: true });
    const after = await loadDataset(store);
    const gone = contentHash('甲');
    const keep = <T extends { docId?: string; id: string }>(rows: T[]) => rows.filter((r) => (r.docId ?? r.id) !== gone);
    expect(after.dataset.documents).toEqual(before.dataset.documents.filter((d) => d.id !== gone));
    expect(after.dataset.tasks).toEqual(keep(before.dataset.tasks));
    expect(after.dataset.sections).toEqual(keep(before.dataset.sections));
    expect(after.dataset.targets).toEqual(keep(before.dataset.targets));
    expect(after.dataset.achievements).toEqual(keep(before.dataset.achievements));
    expect((await getAnnotations(store)).map((a) => a.note).sort()).toEqual(['乙的批注', '内置的批注']);
  });

  it('will not delete a bundled document, and hides it instead', async () => {
    const store = await freshStore();
    await seedIfNeeded(store, SEEDS, testParser());
    const id = contentHash(SEEDS[0]!.text);
    expect(await deleteDocument(store, id)).toEqual({ ok: false, code: 'bundled', reason: '内置文件不能删除，可以隐藏。' });
    expect(await deleteDocument(store, 'nope')).toMatchObject({ ok: false, code: 'not-found' });

    await setHidden(store, id, true);
    let { dataset } = await loadDataset(store);
    expect(dataset.documents.map((d) => d.id)).toEqual([contentHash(SEEDS[1]!.text)]);
    expect(dataset.tasks.every((t) => t.docId !== id)).toBe(true);
    expect((await listDocuments(store)).find((d) => d.id === id)?.hidden).toBe(true);

    await setHidden(store, id, false);
    ({ dataset } = await loadDataset(store));
    expect(dataset.documents).toHaveLength(2);
    expect(await setHidden(store, 'nope', true)).toMatchObject({ ok: false, code: 'not-found' });
  });
});

describe("the task list's status and note, kept as the ledger's history", () => {
  it('sets and updates a status and a note: one entry per day, a new one on a later day', async () => {
    const store = await freshStore();
    await importDocument(store, notice(), { sourceText: '文' });
    const id = contentHash('文');
    const r1 = await setAnnotation(store, `${id}/t2`, { status: '推进中' }, clock('2025-03-01T00:00:00.000Z'));
    expect(r1).toMatchObject({ ok: true, annotation: { key: `${id}#no:2`, status: '推进中', note: '', taskNo: '2', taskText: '新建城市绿道50公里。' } });
    // The same day: today's entry is amended, not repeated.
    await setAnnotation(store, `${id}/t2`, { note: '征地完成' }, clock('2025-03-01T06:00:00.000Z'));
    expect(await getEntries(store, id)).toHaveLength(1);
    await setAnnotation(store, `${id}/t2`, { note: '三月开工' }, clock('2025-03-02T00:00:00.000Z'));
    expect(await getAnnotations(store, id)).toEqual([
      { key: `${id}#no:2`, docId: id, taskNo: '2', taskText: '新建城市绿道50公里。', status: '推进中', note: '三月开工', updatedAt: '2025-03-02T00:00:00.000Z' },
    ]);
    const history = await getEntries(store, id);
    expect(history.map((e) => [e.reportedOn, e.status, e.note, e.source])).toEqual([
      ['2025-03-01', '推进中', '征地完成', 'user'],
      ['2025-03-02', '推进中', '三月开工', 'user'],
    ]);
    // The notice sets no reporting rule: the entries answer no named period.
    expect(history.every((e) => e.period === null)).toBe(true);
    expect(await setAnnotation(store, 'nope/t1', { status: '滞后' })).toMatchObject({ ok: false, code: 'not-found' });
  });

  it("clearing withdraws today's entry but never an earlier report", async () => {
    const store = await freshStore();
    await importDocument(store, notice(), { sourceText: '文' });
    const id = contentHash('文');
    await setAnnotation(store, `${id}/t2`, { status: '推进中' }, clock('2025-03-01T00:00:00.000Z'));
    await setAnnotation(store, `${id}/t2`, { status: '滞后', note: '资金未到位' }, clock('2025-03-02T00:00:00.000Z'));
    expect(await setAnnotation(store, `${id}/t2`, { status: null, note: ' ' }, clock('2025-03-02T09:00:00.000Z'))).toMatchObject({
      ok: true,
      annotation: { status: '推进中', note: '' },
    });
    const r = await setAnnotation(store, `${id}/t2`, { status: null, note: '' }, clock('2025-03-03T00:00:00.000Z'));
    expect(r).toMatchObject({ ok: false, code: 'history' });
    expect(await getEntries(store, id)).toHaveLength(1);
    // A task with no history: clearing is nothing to do.
    expect(await setAnnotation(store, `${id}/t1`, { status: null, note: '' })).toEqual({ ok: true, annotation: null });
  });

  it('marks 已完成 (销号) only with a note as its basis', async () => {
    const store = await freshStore();
    await importDocument(store, notice(), { sourceText: '文' });
    const id = contentHash('文');
    const refused = await setAnnotation(store, `${id}/t1`, { status: '已完成' });
    expect(refused).toMatchObject({ ok: false, code: 'invalid' });
    if (!refused.ok) expect(refused.reason).toContain('完成依据');
    expect(await getEntries(store)).toEqual([]);
    await setAnnotation(store, `${id}/t1`, { note: '统计局快报：增长7.2%' }, clock('2025-12-20T00:00:00.000Z'));
    expect((await setAnnotation(store, `${id}/t1`, { status: '已完成' }, clock('2025-12-21T00:00:00.000Z'))).ok).toBe(true);
    expect((await getEntries(store)).at(-1)).toMatchObject({ status: '已完成', completion: { date: '2025-12-21', basis: '统计局快报：增长7.2%' } });
  });

  it("dates a quick report for the period the notice's rules give it", async () => {
    const store = await freshStore();
    const doc = notice({ year: 2024 });
    const letter = '各牵头单位于4月15日、6月15日前报送落实情况。';
    const withRules = {
      ...doc,
      text: letter + doc.text,
      document: {
        ...doc.document,
        reportingDeadlines: [
          { text: '4月15日', date: '2024-04-15', what: letter, span: { start: 6, end: 11 } },
          { text: '6月15日', date: '2024-06-15', what: letter, span: { start: 12, end: 17 } },
        ],
      },
      tasks: doc.tasks.map((t) => ({ ...t, span: { start: t.span.start + letter.length, end: t.span.end + letter.length } })),
    };
    await importDocument(store, withRules, { sourceText: '有规则' });
    const id = contentHash('有规则');
    await setAnnotation(store, `${id}/t1`, { status: '推进中' }, clock('2024-06-20T02:00:00.000Z'));
    expect((await getEntries(store, id))[0]).toMatchObject({ period: '2024-06-15', reportedOn: '2024-06-20' });
  });
});

describe('ledger entries and rules', () => {
  it('adds an entry from the form, checked, and deletes one written by mistake', async () => {
    const store = await freshStore();
    await importDocument(store, notice(), { sourceText: '文' });
    const id = contentHash('文');
    const r = await addEntry(
      store,
      `${id}/t3`,
      { period: '2024-06-15', reportedOn: '2024-06-14', status: '推进中', note: '已完成12个', evidence: '住建局报告', unit: '市住建局' },
      clock('2024-06-14T08:00:00.000Z'),
    );
    expect(r).toMatchObject({ ok: true, entry: { key: `${id}#no:3`, taskNo: '3', period: '2024-06-15', evidence: '住建局报告', unit: '市住建局', source: 'user' } });
    expect(await addEntry(store, `${id}/t3`, { period: null, reportedOn: '2024-06-14', status: '已完成', note: '' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await addEntry(store, 'nope/t1', { period: null, reportedOn: '2024-06-14', status: '推进中', note: 'x' })).toMatchObject({ ok: false, code: 'not-found' });
    if (!r.ok) return;
    expect(await deleteEntry(store, r.entry.id)).toEqual({ ok: true });
    expect(await getEntries(store)).toEqual([]);
    expect(await deleteEntry(store, r.entry.id)).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('corrects an entry in place: same id, task and creation time, checked like a new one', async () => {
    const store = await freshStore();
    await importDocument(store, notice(), { sourceText: '文' });
    const id = contentHash('文');
    const r = await addEntry(
      store,
      `${id}/t3`,
      { period: '2024-06-15', reportedOn: '2024-06-14', status: '推进中', note: '已完成12个', unit: '市住建局' },
      clock('2024-06-14T08:00:00.000Z'),
    );
    if (!r.ok) throw new Error(r.reason);
    const fixed = await updateEntry(
      store,
      r.entry.id,
      r.entry.updatedAt,
      { period: '2024-06-15', reportedOn: '2024-06-14', status: '推进中', note: '已完成21个', unit: '市住建局' },
      clock('2024-06-16T09:00:00.000Z'),
    );
    expect(fixed).toMatchObject({
      ok: true,
      entry: { id: r.entry.id, key: r.entry.key, taskNo: '3', note: '已完成21个', createdAt: '2024-06-14T08:00:00.000Z', updatedAt: '2024-06-16T09:00:00.000Z' },
    });
    expect(await getEntries(store)).toEqual([fixed.ok && fixed.entry]);
    // 已完成 without its basis is refused, and the entry stays as it was
    expect(await updateEntry(store, r.entry.id, '2024-06-16T09:00:00.000Z', { period: null, reportedOn: '2024-06-14', status: '已完成', note: '' })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    expect((await getEntries(store))[0]?.note).toBe('已完成21个');
    expect(await updateEntry(store, 'nope', '', { period: null, reportedOn: '2024-06-14', status: '推进中', note: 'x' })).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('adds imported entries all together', async () => {
    const store = await freshStore();
    await importDocument(store, notice(), { sourceText: '文' });
    const id = contentHash('文');
    const e = (n: number) => ({
      id: `imp${n}`,
      key: `${id}#no:${n}`,
      docId: id,
      taskNo: String(n),
      taskText: 't',
      period: null,
      reportedOn: '2024-06-20',
      status: '推进中' as const,
      note: '进展',
      evidence: '',
      unit: '',
      completion: null,
      source: 'import' as const,
      createdAt: '2024-06-20T00:00:00.000Z',
      updatedAt: '2024-06-20T00:00:00.000Z',
    });
    expect(await addEntries(store, [e(1), e(2)])).toEqual({ ok: true, added: 2 });
    expect(await addEntries(store, [e(3), { ...e(1), status: '已完成' as never }])).toMatchObject({ ok: false, code: 'invalid' });
    expect(await getEntries(store)).toHaveLength(2);
  });

  it("stores the clerk's rules per document; they go with their document", async () => {
    const store = await freshStore();
    await importDocument(store, notice(), { sourceText: '文' });
    const id = contentHash('文');
    const r = await saveRule(store, id, { cycle: 'monthly', day: 10, categories: ['livelihood'], what: '民生实事每月报送' }, {}, clock('2024-03-01T00:00:00.000Z'));
    expect(r).toMatchObject({ ok: true, rule: { docId: id, cycle: 'monthly', day: 10, text: '每月10日前', source: 'user' } });
    expect(await saveRule(store, id, { cycle: 'monthly' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await saveRule(store, 'nope', { cycle: 'monthly', day: 1 })).toMatchObject({ ok: false, code: 'not-found' });
    if (!r.ok) return;
    const changed = await saveRule(store, id, { cycle: 'monthly', day: 12 }, { id: r.rule.id });
    expect(changed.ok && changed.rule.id).toBe(r.rule.id);
    expect((await getRules(store, id)).map((x) => x.day)).toEqual([12]);
    expect(await deleteDocument(store, id)).toEqual({ ok: true });
    expect(await getRules(store)).toEqual([]);
    expect(await deleteRule(store, r.rule.id)).toMatchObject({ ok: false, code: 'not-found' });
  });
});

describe('backup and restore', () => {
  async function withUserData() {
    const store = await freshStore();
    await seedIfNeeded(store, SEEDS, testParser(), clock('2025-01-01T00:00:00.000Z'));
    await importDocument(store, notice({ year: 2023 }), { sourceText: '导入甲', fileName: '甲.txt' });
    const corrected = notice({ year: 2025, jurisdiction: '用户改正的地名' });
    await importDocument(store, corrected, { sourceText: '导入乙', fileName: '乙.txt' });
    await setHidden(store, contentHash(SEEDS[1]!.text), true);
    await setAnnotation(store, `${contentHash('导入甲')}/t1`, { status: '已完成', note: '提前完成' });
    await setAnnotation(store, `${contentHash(SEEDS[0]!.text)}/t3`, { status: '滞后' });
    await saveRule(store, contentHash('导入乙'), { cycle: 'quarterly', day: 5 });
    return store;
  }

  it('round-trips everything the user has into a fresh database', async () => {
    const store = await withUserData();
    const json = await exportBackup(store, clock('2025-06-01T08:00:00.000Z'));
    const backup = JSON.parse(json);
    expect(backup.documents.map((d: { document: { meta: { fileName: string } } }) => d.document.meta.fileName).sort()).toEqual(['乙.txt', '甲.txt']);
    expect(backup.documents[0].document.sourceText).toMatch(/^导入/);

    const fresh = await freshStore();
    await seedIfNeeded(fresh, SEEDS, testParser(), clock('2025-01-01T00:00:00.000Z'));
    expect(await restoreBackup(fresh, json)).toEqual({
      ok: true,
      documents: 2,
      replacedBundled: 0,
      tasks: 6,
      progress: 2,
      deadlineRules: 1,
      outcomeDecisions: 0,
      unitEdits: 0,
      briefingIssues: 0,
      placeCorrections: 0,
      hidden: 1,
      problems: [],
    });
    expect(withoutRev(await loadDataset(fresh))).toEqual(withoutRev(await loadDataset(store)));
    expect(await getAnnotations(fresh)).toEqual(await getAnnotations(store));
    expect(await getEntries(fresh)).toEqual(await getEntries(store));
    expect(await getRules(fresh)).toEqual(await getRules(store));
    expect((await listDocuments(fresh)).find((d) => d.meta.jurisdiction === '用户改正的地名')).toBeTruthy();
  });

  it('restoring twice changes nothing the second time', async () => {
    const store = await withUserData();
    const json = await exportBackup(store);
    const target = await freshStore();
    await restoreBackup(target, json);
    const once = withoutRev(await loadDataset(target));
    await restoreBackup(target, json);
    expect(withoutRev(await loadDataset(target))).toEqual(once);
  });

  it('keeps the newer of two versions of the same note', async () => {
    const store = await freshStore();
    await importDocument(store, notice(), { sourceText: '文' });
    const taskId = `${contentHash('文')}/t1`;
    await setAnnotation(store, taskId, { note: '旧批注' }, clock('2025-01-01T00:00:00.000Z'));
    const old = await exportBackup(store);
    await setAnnotation(store, taskId, { note: '新批注' }, clock('2025-02-01T00:00:00.000Z'));
    // The old entry is still part of the history; restoring it puts back nothing newer than what is here.
    expect(await restoreBackup(store, old)).toMatchObject({ ok: true, progress: 1 });
    expect((await getEntries(store)).map((e) => e.note)).toEqual(['旧批注', '新批注']);
    expect((await getAnnotations(store))[0]?.note).toBe('新批注');
  });

  it("reads a version-1 backup's annotations into the ledger, once", async () => {
    const store = await freshStore();
    await importDocument(store, notice(), { sourceText: '文' });
    const id = contentHash('文');
    const v1 = {
      format: 'zfgzbg-dashboard-backup',
      version: 1,
      exportedAt: '2025-01-01T00:00:00.000Z',
      documents: [],
      hiddenSeeds: [],
      annotations: [{ key: `${id}#no:2`, docId: id, taskNo: '2', taskText: '新建城市绿道50公里。', status: '已完成', note: '已建成', updatedAt: '2024-12-01T03:00:00.000Z' }],
    };
    expect(await restoreBackup(store, JSON.stringify(v1))).toMatchObject({ ok: true, progress: 1 });
    expect(await restoreBackup(store, JSON.stringify(v1))).toMatchObject({ ok: true, progress: 1 });
    expect(await getEntries(store)).toEqual([
      expect.objectContaining({ id: `annotation:${id}#no:2`, status: '已完成', note: '已建成', source: 'annotation', completion: { date: '2024-12-01', basis: '已建成' } }),
    ]);
  });

  it.each([
    ['not JSON', '{"format": ', '不是有效的备份文件'],
    ["another program's JSON", '{"tables": []}', '不是本看板导出的备份文件'],
    ['a newer backup version', '{"format":"zfgzbg-dashboard-backup","version":99}', '更新版本'],
    [
      'a truncated backup',
      '{"format":"zfgzbg-dashboard-backup","version":1,"exportedAt":"2025-01-01T00:00:00.000Z","documents":[{"document":{}}],"hiddenSeeds":[],"annotations":[]}',
      '备份文件已损坏或不完整（文件「第 1 份」：文件记录已损坏',
    ],
    [
      'a backup with a 销号 entry lacking its basis',
      '{"format":"zfgzbg-dashboard-backup","version":2,"exportedAt":"2025-01-01T00:00:00.000Z","documents":[],"hiddenSeeds":[],"progress":[{"id":"a","key":"k","docId":"d","taskNo":null,"taskText":"t","period":null,"reportedOn":"2024-01-01","status":"已完成","note":"","evidence":"","unit":"","completion":null,"source":"user","createdAt":"2024-01-01T00:00:00.000Z","updatedAt":"2024-01-01T00:00:00.000Z"}]}',
      '备份文件已损坏或不完整（进展：1 条记录已损坏（例如 a：completion：标为已完成（销号）时须写明完成日期和依据',
    ],
  ])('refuses %s with a Chinese reason and touches nothing', async (_name, json, reason) => {
    const store = await withUserData();
    const before = { ds: await loadDataset(store), notes: await getAnnotations(store) };
    const r = await restoreBackup(store, json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
    expect({ ds: await loadDataset(store), notes: await getAnnotations(store) }).toEqual(before);
  });

  it('writes nothing from a backup whose rows claim another document until told to restore the rest', async () => {
    const store = await withUserData();
    const backup = JSON.parse(await exportBackup(store));
    backup.documents[0].tasks[0].docId = 'someone-else';
    const target = await freshStore();
    const r = await restoreBackup(target, JSON.stringify(backup));
    expect(r).toMatchObject({ ok: false, code: 'partial' });
    if (r.ok || r.code !== 'partial') return;
    expect(r.problems).toEqual([expect.stringMatching(/^文件「.+」：1 条任务记录不属于这份文件（例如 .+），不能恢复。$/)]);
    expect((await loadDataset(target)).dataset.documents).toEqual([]);
    expect(await restoreContents(target, r.contents)).toMatchObject({ ok: true, documents: 2, tasks: 5 });
  });

  it('tracks whether changes were made since the last backup', async () => {
    const store = await freshStore();
    expect(await getBackupState(store)).toEqual({ lastChangeAt: null, lastBackupAt: null, needsBackup: false });
    await importDocument(store, notice(), { sourceText: '文', now: clock('2025-01-01T00:00:00.000Z') });
    expect((await getBackupState(store)).needsBackup).toBe(true);
    await exportBackup(store, clock('2025-01-02T00:00:00.000Z'));
    expect((await getBackupState(store)).needsBackup).toBe(false);
    await setAnnotation(store, `${contentHash('文')}/t1`, { note: '新' }, clock('2025-01-03T00:00:00.000Z'));
    expect((await getBackupState(store)).needsBackup).toBe(true);
  });
});

describe('live reads', () => {
  it('liveDataset emits again when a document is imported or deleted', async () => {
    const store = await freshStore();
    const seen: LoadedDataset[] = [];
    const sub = liveDataset(store).subscribe({ next: (v) => seen.push(v), error: (e) => console.error('live', e) });
    const waitFor = async (n: number) => {
      for (let i = 0; i < 200 && seen.length < n; i++) await new Promise((r) => setTimeout(r, 5));
      return seen[n - 1];
    };
    expect((await waitFor(1))?.dataset.documents).toHaveLength(0);
    await importDocument(store, notice(), { sourceText: '文' });
    expect((await waitFor(2))?.dataset.tasks).toHaveLength(3);
    await deleteDocument(store, contentHash('文'));
    expect((await waitFor(3))?.dataset.tasks).toHaveLength(0);
    sub.unsubscribe();
  });
});

describe('importing a batch', () => {
  it('writes every document in one go, skipping, replacing or keeping stored texts as told', async () => {
    const store = await freshStore();
    await importDocument(store, notice({ year: 2023 }), { sourceText: '已有' });
    const batch = [
      { parsed: notice({ year: 2024, variant: '甲' }), sourceText: '甲', fileName: '甲.txt' },
      { parsed: notice({ year: 2023, jurisdiction: '新地名' }), sourceText: '已有', fileName: '已有-新.txt' },
    ];
    expect(await importDocuments(store, batch, { onDuplicate: 'skip' })).toEqual({ ok: true, imported: 1, replaced: 0, skipped: 1 });
    expect((await listDocuments(store)).map((d) => d.meta.fileName).sort()).toEqual([null, '甲.txt']);
    expect(await importDocuments(store, batch.slice(1), { onDuplicate: 'replace' })).toEqual({ ok: true, imported: 1, replaced: 1, skipped: 0 });
    expect((await listDocuments(store)).map((d) => d.meta.jurisdiction).sort()).toEqual(['新地名', '示例市']);
    expect(await importDocuments(store, batch.slice(1), { onDuplicate: 'keep-both' })).toEqual({ ok: true, imported: 1, replaced: 0, skipped: 0 });
    expect(await listDocuments(store)).toHaveLength(3);
  });

  it('writes nothing when one document does not match the schema', async () => {
    const store = await freshStore();
    const bad = { ...notice({ variant: '坏' }), tasks: [{ id: 't1' }] } as never;
    const r = await importDocuments(
      store,
      [
        { parsed: notice({ variant: '好' }), sourceText: '好', fileName: '好.txt' },
        { parsed: bad, sourceText: '坏', fileName: '坏.txt' },
      ],
      { onDuplicate: 'skip' },
    );
    expect(r).toMatchObject({ ok: false, code: 'invalid', fileName: '坏.txt' });
    expect(await listDocuments(store)).toEqual([]);
  });
});
