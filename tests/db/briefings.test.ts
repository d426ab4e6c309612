// The 督查通报 the office issued (briefingIssues): saved whole per notice and round, guarded against a
// newer save in another window, refused for a notice deleted meanwhile, carried by backup and restore,
// removed with its notice, and refused with a Chinese message naming the field when malformed.
import { describe, expect, it } from 'vitest';
import { deleteDocument, exportBackup, getBriefingIssues, importDocument, restoreBackup, saveBriefingIssue } from '../../src/lib/db/repository';
import { contentHash } from '../../src/lib/model/hash';
import { issueRow } from '../../src/lib/ledger/briefingIssue';
import { freshStore, notice } from './fixtures';

const clock = (iso: string) => () => iso;
const fields = {
  prefix: '随政督通〔2024〕',
  issueNo: 3,
  recipients: '各县（市、区）人民政府，市政府各部门',
  title: '',
  office: '随州市人民政府督查室',
  signedOn: '2024-06-20',
  copyTo: '市委办公室',
  printer: '随州市人民政府督查室',
  printedOn: '2024-06-20',
  nextSteps: '请按时补报。',
};

async function withNotice() {
  const store = await freshStore();
  await importDocument(store, notice({ year: 2024 }), { sourceText: '通知原文' });
  return { store, docId: contentHash('通知原文') };
}

describe('the issued 通报', () => {
  it('is saved per notice and round, and a save over a newer one from another window is refused', async () => {
    const { store, docId } = await withNotice();
    const first = await saveBriefingIssue(store, issueRow(docId, '2024-06-15', fields), null, clock('2024-06-20T02:00:00.000Z'));
    expect(first).toMatchObject({ ok: true, issue: { id: `${docId}#2024-06-15`, issueNo: 3 } });
    // another window saved meanwhile: this page still shows "none stored"
    expect(await saveBriefingIssue(store, issueRow(docId, '2024-06-15', { ...fields, issueNo: 9 }), null)).toMatchObject({ ok: false, code: 'changed' });
    const again = await saveBriefingIssue(store, issueRow(docId, '2024-06-15', { ...fields, issueNo: 4 }), '2024-06-20T02:00:00.000Z', clock('2024-06-21T02:00:00.000Z'));
    expect(again.ok).toBe(true);
    expect((await getBriefingIssues(store, docId)).map((i) => i.issueNo)).toEqual([4]);
  });

  it('refuses a malformed issue or a deleted notice in words, writing nothing', async () => {
    const { store, docId } = await withNotice();
    const bad = await saveBriefingIssue(store, issueRow(docId, '2024-06-15', { ...fields, signedOn: '2024-02-30' }), null);
    expect(bad).toMatchObject({ ok: false, code: 'invalid' });
    expect(bad.ok === false && bad.reason).toMatch(/^成文日期/);
    expect(bad.ok === false && bad.reason).not.toMatch(/signedOn|zod/i);
    expect(await saveBriefingIssue(store, issueRow('gone', '2024-06-15', fields), null)).toMatchObject({ ok: false, code: 'not-found' });
    expect(await getBriefingIssues(store)).toEqual([]);
  });

  it('travels in the backup, and goes with its notice', async () => {
    const { store, docId } = await withNotice();
    await saveBriefingIssue(store, issueRow(docId, '2024-06-15', fields), null, clock('2024-06-20T02:00:00.000Z'));
    const json = await exportBackup(store);
    expect(JSON.parse(json).briefingIssues).toHaveLength(1);
    const fresh = await freshStore();
    expect(await restoreBackup(fresh, json)).toMatchObject({ ok: true, briefingIssues: 1 });
    expect(await getBriefingIssues(fresh)).toEqual(await getBriefingIssues(store));
    await deleteDocument(fresh, docId);
    expect(await getBriefingIssues(fresh)).toEqual([]);
  });
});
