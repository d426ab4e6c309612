// Backups that can always be restored (issue 10, defects 1–3): a broken row never poisons the file,
// a restore cannot overwrite another document's rows, duplicates are refused with a reason, and the
// counts reported are the rows written.
import { describe, expect, it } from 'vitest';
import {
  exportBackup,
  exportBackupChecked,
  importDocument,
  listDocuments,
  loadDataset,
  restoreBackup,
  restoreContents,
  seedIfNeeded,
  type Store,
} from '../../src/lib/db/repository';
import { setAnnotation } from '../../src/lib/state/ledgerActions';
import { dbOf } from '../../src/lib/db/repository/store';
import { contentHash } from '../../src/lib/model/hash';
import { freshStore, notice, SEEDS, testParser, storedRow, putStoredRow, storedRows } from './fixtures';

const clock = (iso: string) => () => iso;

/** Two bundled seeds, two imported documents (甲, 乙), a note on 甲's first task. */
async function twoImports(): Promise<Store> {
  const store = await freshStore();
  await seedIfNeeded(store, SEEDS, testParser(), clock('2025-01-01T00:00:00.000Z'));
  await importDocument(store, notice({ year: 2023 }), { sourceText: '导入甲', fileName: '甲.txt' });
  await importDocument(store, notice({ year: 2024, jurisdiction: '乙市' }), { sourceText: '导入乙', fileName: '乙.txt' });
  await setAnnotation(store, `${contentHash('导入甲')}/t1`, { status: '已完成', note: '已验收' });
  return store;
}

async function seededTarget(): Promise<Store> {
  const store = await freshStore();
  await seedIfNeeded(store, SEEDS, testParser(), clock('2025-01-01T00:00:00.000Z'));
  return store;
}

type BackupJson = { documents: { document: { id: string; meta: { fileName: string } }; tasks: { id: string; localId: string; docId: string }[] }[] };

describe('export with a corrupt row (defect 1)', () => {
  it('leaves the row out, names its document, and the file restores both documents', async () => {
    const store = await twoImports();
    const jia = contentHash('导入甲');
    const broken = await storedRow<{ id: string }>(store, 'tasks', `${jia}/t2`);
    await putStoredRow(store, 'tasks', { ...broken!, leaders: 'x' as unknown as string[] });

    const r = await exportBackupChecked(store, { now: clock('2025-06-01T00:00:00.000Z') });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.documents).toBe(2);
    expect(r.problems).toEqual([expect.stringMatching(/^文件「甲\.txt」：1 条任务记录已损坏（例如 .+\/t2：leaders.*），未写入备份。$/)]);

    const target = await seededTarget();
    const restored = await restoreBackup(target, r.json);
    expect(restored).toMatchObject({ ok: true, documents: 2, tasks: 5, progress: 1, problems: [] });
    const docs = await listDocuments(target);
    expect(
      docs
        .filter((d) => d.source === 'imported')
        .map((d) => [d.meta.fileName, d.counts.tasks])
        .sort(),
    ).toEqual([
      ['乙.txt', 3],
      ['甲.txt', 2],
    ]);
  });

  it('leaves out a document whose own row is broken, with its notes, and keeps the other', async () => {
    const store = await twoImports();
    const jia = contentHash('导入甲');
    const doc = await dbOf(store).documents.get(jia);
    await dbOf(store).documents.put({ ...doc!, counts: 'x' as unknown as NonNullable<typeof doc>['counts'] });
    const r = await exportBackupChecked(store);
    expect(r.ok && r.documents).toBe(1);
    expect(r.ok && r.problems).toEqual([
      expect.stringMatching(/^文件「甲\.txt」：文件记录已损坏（counts.*），未写入备份。$/),
      '进展：1 条记录属于上面未能恢复的文件，未写入备份。',
    ]);
    const target = await seededTarget();
    expect(await restoreBackup(target, r.ok ? r.json : '')).toMatchObject({ ok: true, documents: 1, progress: 0 });
  });
});

describe('restore never writes over another document (defect 2)', () => {
  it("refuses a row whose id names a bundled document's row, and the bundled row stays", async () => {
    const store = await twoImports();
    const backup = JSON.parse(await exportBackup(store)) as BackupJson;
    const target = await seededTarget();
    const seedId = contentHash(SEEDS[0]!.text);
    const before = await storedRow(target, 'tasks', `${seedId}/t1`);
    const task = backup.documents[0]!.tasks[0]!;
    task.id = `${seedId}/t1`;

    const r = await restoreBackup(target, JSON.stringify(backup));
    expect(r).toMatchObject({ ok: false, code: 'partial' });
    if (r.ok || r.code !== 'partial') return;
    expect(r.problems[0]).toMatch(/任务记录不属于这份文件/);
    expect(await restoreContents(target, r.contents)).toMatchObject({ ok: true, documents: 2, tasks: 5 });
    expect(await storedRow(target, 'tasks', `${seedId}/t1`)).toEqual(before);
  });

  it("refuses a document whose id is not its text's hash (it would take another document's place)", async () => {
    const store = await twoImports();
    const backup = JSON.parse(await exportBackup(store)) as BackupJson;
    const seedId = contentHash(SEEDS[0]!.text);
    const d = backup.documents[0]!;
    d.document.id = seedId;
    for (const t of d.tasks) {
      t.docId = seedId;
      t.id = `${seedId}/${t.localId}`;
    }
    const target = await seededTarget();
    const before = await loadDataset(target);
    const r = await restoreBackup(target, JSON.stringify(backup));
    expect(r).toMatchObject({ ok: false, code: 'partial', problems: [expect.stringContaining('编号与文件原文不符')] });
    expect(await loadDataset(target)).toEqual(before);
  });
});

describe('duplicates in a backup (defect 3)', () => {
  it("refuses a duplicate task id with a reason; the document's counts are the rows written", async () => {
    const store = await twoImports();
    const backup = JSON.parse(await exportBackup(store)) as BackupJson;
    const tasks = backup.documents[0]!.tasks;
    tasks[1] = { ...tasks[1]!, id: tasks[0]!.id, localId: tasks[0]!.localId };
    const target = await seededTarget();
    const r = await restoreBackup(target, JSON.stringify(backup));
    expect(r).toMatchObject({ ok: false, code: 'partial', problems: [expect.stringMatching(/1 条任务记录的编号重复（例如 .+\/t1）/)] });
    if (r.ok || r.code !== 'partial') return;
    const written = await restoreContents(target, r.contents);
    expect(written).toMatchObject({ ok: true, documents: 2, tasks: 5 });
    const id = backup.documents[0]!.document.id;
    expect((await dbOf(target).documents.get(id))?.counts.tasks).toBe((await storedRows(target, 'tasks', id)).length);
  });

  it('counts a document listed twice once, and says so', async () => {
    const store = await twoImports();
    const backup = JSON.parse(await exportBackup(store)) as BackupJson;
    backup.documents.push(backup.documents[0]!);
    const target = await seededTarget();
    const r = await restoreBackup(target, JSON.stringify(backup));
    expect(r).toMatchObject({ ok: false, code: 'partial', problems: [expect.stringContaining('出现了不止一次（内容相同），只恢复一份')] });
    if (r.ok || r.code !== 'partial') return;
    expect(await restoreContents(target, r.contents)).toMatchObject({ ok: true, documents: 2 });
  });

  it('refuses both copies of a document listed twice with different rows', async () => {
    const store = await twoImports();
    const backup = JSON.parse(await exportBackup(store)) as BackupJson;
    const copy = structuredClone(backup.documents.find((d) => d.document.meta.fileName === '甲.txt')!);
    copy.document.meta.fileName = '改过的.txt';
    backup.documents.push(copy);
    const r = await restoreBackup(await seededTarget(), JSON.stringify(backup));
    expect(r).toMatchObject({ ok: false, code: 'partial' });
    if (r.ok || r.code !== 'partial') return;
    expect(r.contents.documents.map((d) => d.document.meta.fileName)).toEqual(['乙.txt']);
    expect(r.problems).toEqual([expect.stringContaining('内容不同'), '进展：1 条记录属于上面未能恢复的文件，不能恢复。']);
  });

  it('restores an import that replaced a bundled document over the bundled copy, and counts it', async () => {
    const store = await seededTarget();
    const seed = SEEDS[0]!;
    const r = await importDocument(store, notice({ jurisdiction: '用户改正的地名', variant: '甲' }), { sourceText: seed.text, fileName: '我的.txt', onDuplicate: 'replace' });
    expect(r).toMatchObject({ ok: true, id: contentHash(seed.text), replaced: true });
    const json = await exportBackup(store);

    const target = await seededTarget();
    expect(await restoreBackup(target, json)).toMatchObject({ ok: true, documents: 1, replacedBundled: 1, problems: [] });
    const doc = await dbOf(target).documents.get(contentHash(seed.text));
    expect(doc).toMatchObject({ source: 'imported', meta: { jurisdiction: '用户改正的地名', fileName: '我的.txt' } });
    // seeding again leaves the user's copy alone
    await seedIfNeeded(target, SEEDS, testParser());
    expect((await dbOf(target).documents.get(contentHash(seed.text)))?.source).toBe('imported');
  });
});
