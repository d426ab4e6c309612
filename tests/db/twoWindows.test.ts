// Two windows on one database (issue 20, item 3): a correction saved over a version the form never saw is
// refused with the stored version to show; a returned sheet is applied only while its notice is stored,
// once, and only while the tasks it reports on still have the history its preview was made from. Each
// check runs in the same transaction as the write.
import { describe, expect, it } from 'vitest';
import { addEntries, deleteDocument, deleteEntry, exportBackup, getEntries, getRules, importDocument, openStore, restoreBackup } from '../../src/lib/db/repository';
import { addEntry, applySheet, getAnnotations, saveRule, setAnnotation, updateEntry } from '../../src/lib/state/ledgerActions';
import { historyStamp, type SheetPlan } from '../../src/lib/ledger/sheetImport';
import type { ProgressEntry } from '../../src/lib/model/ledger';
import { contentHash } from '../../src/lib/model/hash';
import { freshEngine, notice } from './fixtures';

const clock = (iso: string) => () => iso;
const fields = (note: string) => ({ period: '2024-06-15', reportedOn: '2024-06-14', status: '推进中' as const, note, unit: '市住建局' });

async function twoWindows() {
  const engine = freshEngine();
  const a = await openStore({ ...engine, name: 'two-windows' });
  const b = await openStore({ ...engine, name: 'two-windows' });
  await importDocument(a, notice(), { sourceText: '文' });
  return { a, b, docId: contentHash('文') };
}

function imported(docId: string, n: number, sourceHash: string): ProgressEntry {
  return {
    id: `imp${n}-${sourceHash}`,
    key: `${docId}#no:${n}`,
    docId,
    taskNo: String(n),
    taskText: 't',
    period: null,
    reportedOn: '2024-06-20',
    status: '推进中',
    note: `表格第${n}行`,
    evidence: '',
    unit: '',
    completion: null,
    source: 'import',
    sourceHash,
    createdAt: '2024-06-20T08:00:00.000Z',
    updatedAt: '2024-06-20T08:00:00.000Z',
  };
}

describe('one entry corrected in two windows', () => {
  it('refuses the second save, returns the stored version, and overwrites only when asked', async () => {
    const { a, b, docId } = await twoWindows();
    const made = await addEntry(a, `${docId}/t3`, fields('已完成12个'), clock('2024-06-14T08:00:00.000Z'));
    if (!made.ok) throw new Error(made.reason);
    const opened = made.entry.updatedAt; // both forms open on this version
    const first = await updateEntry(a, made.entry.id, opened, fields('窗口一：已完成21个'), clock('2024-06-16T09:00:00.000Z'));
    expect(first.ok).toBe(true);
    const second = await updateEntry(b, made.entry.id, opened, fields('窗口二：已完成15个'), clock('2024-06-16T09:05:00.000Z'));
    expect(second).toMatchObject({ ok: false, code: 'conflict', theirs: { note: '窗口一：已完成21个', updatedAt: '2024-06-16T09:00:00.000Z' } });
    expect(second.ok === false && second.reason).toContain('另一个窗口已修改这条进展');
    expect((await getEntries(b)).map((e) => e.note)).toEqual(['窗口一：已完成21个']);
    // 用我的覆盖: saved over the version now shown
    const over = await updateEntry(b, made.entry.id, '2024-06-16T09:00:00.000Z', fields('窗口二：已完成15个'), clock('2024-06-16T09:06:00.000Z'));
    expect(over.ok).toBe(true);
    expect((await getEntries(a)).map((e) => e.note)).toEqual(['窗口二：已完成15个']);
    // a delete of the version window A showed is refused now that B changed it
    expect(await deleteEntry(a, made.entry.id, '2024-06-16T09:00:00.000Z')).toMatchObject({ ok: false, code: 'changed' });
    expect(await getEntries(a)).toHaveLength(1);
    expect(await deleteEntry(a, made.entry.id, '2024-06-16T09:06:00.000Z')).toEqual({ ok: true });
  });
});

describe('a clock that does not move on (two saves in one millisecond, a clock set back)', () => {
  it('still tells the version a form opened from a later one', async () => {
    const { a, b, docId } = await twoWindows();
    const same = clock('2024-06-14T08:00:00.000Z');
    const made = await addEntry(a, `${docId}/t3`, fields('初稿'), same);
    if (!made.ok) throw new Error(made.reason);
    const first = await updateEntry(a, made.entry.id, made.entry.updatedAt, fields('窗口一'), same);
    expect(first).toMatchObject({ ok: true, entry: { updatedAt: '2024-06-14T08:00:00.001Z' } });
    expect(await updateEntry(b, made.entry.id, made.entry.updatedAt, fields('窗口二'), clock('2024-06-13T08:00:00.000Z'))).toMatchObject({ ok: false, code: 'conflict' });
    const note = await setAnnotation(a, `${docId}/t1`, { note: '备注一', seen: null }, same);
    if (!note.ok || !note.annotation) throw new Error('not saved');
    expect((await setAnnotation(a, `${docId}/t1`, { note: '备注二', seen: note.annotation.updatedAt }, same)).ok).toBe(true);
    expect(await setAnnotation(b, `${docId}/t1`, { note: '备注三', seen: note.annotation.updatedAt }, same)).toMatchObject({ ok: false, code: 'conflict' });
  });
});

describe("one of the clerk's rules changed in two windows", () => {
  it('refuses the second change instead of overwriting the first', async () => {
    const { a, b, docId } = await twoWindows();
    const made = await saveRule(a, docId, { cycle: 'monthly', day: 10 }, {}, clock('2024-03-01T00:00:00.000Z'));
    if (!made.ok) throw new Error(made.reason);
    const seen = made.rule.updatedAt;
    expect((await saveRule(a, docId, { cycle: 'monthly', day: 12 }, { id: made.rule.id, seen }, clock('2024-03-02T00:00:00.000Z'))).ok).toBe(true);
    expect(await saveRule(b, docId, { cycle: 'monthly', day: 20 }, { id: made.rule.id, seen }, clock('2024-03-02T00:05:00.000Z'))).toMatchObject({ ok: false, code: 'conflict' });
    expect((await getRules(a, docId)).map((r) => r.day)).toEqual([12]);
  });
});

describe("one task's note edited in two windows (the task list)", () => {
  it('refuses a note saved over a version the editor did not open on, and overwrites only when asked', async () => {
    const { a, b, docId } = await twoWindows();
    const task = `${docId}/t2`;
    const first = await setAnnotation(a, task, { status: '推进中', note: '初稿' }, clock('2024-06-14T08:00:00.000Z'));
    if (!first.ok || !first.annotation) throw new Error('not saved');
    const opened = first.annotation.updatedAt; // both editors open on this version
    expect((await setAnnotation(a, task, { note: '窗口一的备注', seen: opened }, clock('2024-06-14T09:00:00.000Z'))).ok).toBe(true);
    const second = await setAnnotation(b, task, { note: '窗口二的备注', seen: opened }, clock('2024-06-14T09:05:00.000Z'));
    expect(second).toMatchObject({ ok: false, code: 'conflict', theirs: { note: '窗口一的备注', updatedAt: '2024-06-14T09:00:00.000Z' } });
    expect((await getAnnotations(b)).map((x) => x.note)).toEqual(['窗口一的备注']);
    // a task with no note yet, noted in the other window first
    const third = await setAnnotation(b, `${docId}/t1`, { note: '新备注', seen: null }, clock('2024-06-14T09:06:00.000Z'));
    expect(third.ok).toBe(true);
    expect(await setAnnotation(a, `${docId}/t1`, { note: '另一条新备注', seen: null })).toMatchObject({ ok: false, code: 'conflict', theirs: { note: '新备注' } });
    // 用我的覆盖
    const over = await setAnnotation(b, task, { note: '窗口二的备注', seen: '2024-06-14T09:00:00.000Z' }, clock('2024-06-14T09:07:00.000Z'));
    expect(over).toMatchObject({ ok: true, annotation: { note: '窗口二的备注' } });
  });
});

describe('a returned sheet applied in two windows', () => {
  const plan = (docId: string, entries: ProgressEntry[], seen: SheetPlan['seen']): SheetPlan => ({ docId, sourceHash: 'sheet-1', entries, seen });

  it('is refused when its notice was deleted in the other window, and nothing is stored', async () => {
    const { a, b, docId } = await twoWindows();
    expect(await deleteDocument(a, docId)).toEqual({ ok: true });
    const r = await applySheet(b, plan(docId, [imported(docId, 1, 'sheet-1')], [{ row: 2, key: `${docId}#no:1`, stamp: '' }]));
    expect(r).toMatchObject({ ok: false, code: 'not-found' });
    expect(r.ok === false && r.reason).toContain('已在另一个窗口中删除');
    expect(await addEntries(b, [imported(docId, 1, 'sheet-1')])).toMatchObject({ ok: false, code: 'not-found' });
    expect(await getEntries(a)).toEqual([]);
  });

  it('is written once: the same sheet again is a no-op that says when it came in', async () => {
    const { a, b, docId } = await twoWindows();
    const seen = [{ row: 2, key: `${docId}#no:1`, stamp: '' }];
    expect(await applySheet(a, plan(docId, [imported(docId, 1, 'sheet-1')], seen), clock('2024-06-20T08:00:00.000Z'))).toEqual({ ok: true, added: 1 });
    // the other window made its own entries from the same file (new ids), with a preview made after the first apply
    const fresh = [{ row: 2, key: `${docId}#no:1`, stamp: historyStamp(await getEntries(b)) }];
    const again = await applySheet(b, plan(docId, [{ ...imported(docId, 1, 'sheet-1'), id: 'other-window' }], fresh));
    expect(again).toMatchObject({ ok: true, added: 0, appliedAt: '2024-06-20T08:00:00.000Z' });
    expect(again.ok && 'reason' in again && again.reason).toContain('导入过，没有重复导入');
    expect(await getEntries(a)).toHaveLength(1);
    // the backup carries what identifies the sheet: restored elsewhere, the same sheet is still known
    const other = await openStore({ ...freshEngine(), name: 'restored' });
    await importDocument(other, notice(), { sourceText: '文' });
    expect(await restoreBackup(other, await exportBackup(a))).toMatchObject({ ok: true, progress: 1 });
    expect((await getEntries(other)).map((e) => e.sourceHash)).toEqual(['sheet-1']);
    expect(await applySheet(other, plan(docId, [{ ...imported(docId, 1, 'sheet-1'), id: 'third' }], fresh))).toMatchObject({ ok: true, added: 0 });
  });

  it('is refused when the other window wrote to its tasks after the preview', async () => {
    const { a, b, docId } = await twoWindows();
    const seen = [{ row: 2, key: `${docId}#no:1`, stamp: '' }];
    // window A applies another sheet for task 1 after B's preview saw no history
    expect((await applySheet(a, { docId, sourceHash: 'sheet-A', entries: [imported(docId, 1, 'sheet-A')], seen })).ok).toBe(true);
    const r = await applySheet(b, plan(docId, [imported(docId, 1, 'sheet-1')], seen));
    expect(r).toMatchObject({ ok: false, code: 'stale', rows: [2] });
    expect(r.ok === false && r.reason).toContain('请重新预览');
    expect((await getEntries(b)).map((e) => e.sourceHash)).toEqual(['sheet-A']);
  });
});
