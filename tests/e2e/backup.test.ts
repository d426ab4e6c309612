// Backups through the page in Chromium over file:// (issue 10, defects 1–3): a corrupt row no longer
// makes the backup unrestorable; a backup cannot overwrite another document's rows; duplicates are
// refused with a reason and the counts shown are the rows written.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Page, type Session } from './browser';

const ROOT = resolve(__dirname, '../..');
const DB = 'zfgzbg-dashboard';
const dir = mkdtempSync(join(tmpdir(), 'e2e-backup-'));

async function waitForRows(page: Page, n: number) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="document-manager"] li.doc').length === n, n, { timeout: 30_000 });
}

/** Imports a file through the import panel, choosing `duplicate` if the page asks, with an optional place. */
async function importFile(page: Page, file: string | { name: string; buffer: Buffer }, options: { duplicate?: '替换原有文件' | '保留两份'; place?: string } = {}) {
  const name = typeof file === 'string' ? file.split('/').pop()! : file.name;
  await page.setInputFiles('[data-testid="import-file"]', typeof file === 'string' ? file : { ...file, mimeType: 'text/plain' });
  const preview = page.locator(`[data-testid="import-preview"][data-file="${name}"]`);
  await preview.waitFor({ timeout: 30_000 });
  if (options.duplicate) await preview.getByLabel(options.duplicate).check();
  if (options.place) await preview.locator('[data-field="place"]').fill(options.place);
  await preview.getByText('确认导入').click();
  await page.locator('[data-testid="import-saved"]', { hasText: name }).waitFor();
}

/** Reads or writes IndexedDB directly, as a damaged profile or another program would. A document's item
 * rows are in its row pack (schema v10): one JSON string, rows without their global id `${docId}/${localId}`. */
async function rawTasks(page: Page, docId: string): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    ({ db, docId }) =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const req = indexedDB.open(db);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const g = req.result.transaction('rowPacks').objectStore('rowPacks').get(docId);
          g.onsuccess = () => {
            req.result.close();
            const rows = g.result ? (JSON.parse(g.result.json).tasks as Array<Record<string, unknown>>) : [];
            resolve(rows.map((t) => ({ ...t, id: `${docId}/${String(t.localId)}` })));
          };
        };
      }),
    { db: DB, docId },
  );
}

const docOf = (taskId: string) => taskId.slice(0, taskId.lastIndexOf('/'));

async function rawTask(page: Page, id: string): Promise<Record<string, unknown> | undefined> {
  return (await rawTasks(page, docOf(id))).find((t) => t.id === id);
}

async function rawTaskIds(page: Page, docId: string): Promise<string[]> {
  return (await rawTasks(page, docId)).map((t) => String(t.id)).sort();
}

async function corruptTask(page: Page, id: string) {
  await page.evaluate(
    ({ db, docId, localId }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open(db);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('rowPacks', 'readwrite');
          const store = tx.objectStore('rowPacks');
          const g = store.get(docId);
          g.onsuccess = () => {
            const rows = JSON.parse(g.result.json) as { tasks: Array<Record<string, unknown>> };
            rows.tasks = rows.tasks.map((t) => (t.localId === localId ? { ...t, leaders: 'x' } : t));
            store.put({ ...g.result, json: JSON.stringify(rows) });
          };
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
        };
      }),
    { db: DB, docId: docOf(id), localId: id.slice(docOf(id).length + 1) },
  );
}

async function docIds(page: Page, source: 'bundled' | 'imported'): Promise<string[]> {
  return page.$$eval(`[data-testid="document-manager"] li.doc[data-source="${source}"]`, (rows) => rows.map((r) => r.getAttribute('data-doc-id')!));
}

async function restore(page: Page, path: string) {
  await page.setInputFiles('[data-testid="restore-backup-input"]', path);
  await page.locator('[data-testid="backup-result"], [data-testid="restore-review"]').first().waitFor({ timeout: 60_000 });
}

const resultText = (page: Page) => page.textContent('[data-testid="backup-result"]');

type BackupJson = {
  documents: { document: { id: string; meta: { fileName: string | null } }; tasks: { id: string; localId: string; docId: string }[] }[];
};

describe('backups that can always be restored', () => {
  let a: Session;
  let b: Session;
  let backupPath = '';
  let docxId = '';
  const seedText = readFileSync(join(ROOT, 'seeds/000_cf037e789fc2945e.txt'));

  beforeAll(async () => {
    a = await openApp();
    await waitForRows(a.page, 5);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports a backup with a corrupt row: the row is left out and named, and the rest is whole (defect 1)', async () => {
    const { page } = a;
    await importFile(page, join(ROOT, 'tests/fixtures/import/notice.docx'));
    await importFile(page, { name: '副本.txt', buffer: Buffer.concat([readFileSync(join(ROOT, 'seeds/001_f681927dc6cce43d.txt')), Buffer.from('\n（副本）')]) });
    // the user chose to replace a bundled document with their own corrected copy
    await importFile(page, { name: '我的内置副本.txt', buffer: seedText }, { duplicate: '替换原有文件', place: '改正后的地名' });
    await waitForRows(page, 7);
    docxId = (await page.getAttribute('[data-testid="document-manager"] li.doc:has-text("notice.docx")', 'data-doc-id'))!;
    const [victim] = await rawTaskIds(page, docxId);
    await corruptTask(page, victim!);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-backup"]')]);
    backupPath = join(dir, 'with-corrupt-row.json');
    await download.saveAs(backupPath);
    const text = await resultText(page);
    expect(text).toContain('已导出备份');
    expect(text).toContain('3 份导入文件');
    expect(text).toMatch(/文件「notice\.docx」：1 条任务记录已损坏（例如 .+leaders.*），未写入备份。/);
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as BackupJson;
    expect(backup.documents).toHaveLength(3);
    expect(backup.documents.find((d) => d.document.id === docxId)!.tasks.some((t) => t.id === victim)).toBe(false);
  });

  it('restores that backup in a fresh profile: every imported document comes back, with the counts written', async () => {
    b = await openApp();
    await waitForRows(b.page, 5);
    await restore(b.page, backupPath);
    const text = await resultText(b.page);
    expect(text).toMatch(/已从 with-corrupt-row\.json 恢复：3 份导入文件（\d+ 项任务，其中 1 份替换了同样内容的内置文件）/);
    await waitForRows(b.page, 7);
    const replaced = b.page.locator('[data-testid="document-manager"] li.doc', { hasText: '改正后的地名' });
    expect(await replaced.getAttribute('data-source')).toBe('imported');
    const shown = Number(await b.page.textContent(`[data-testid="document-manager"] li.doc[data-doc-id="${docxId}"] [data-count="tasks"]`));
    expect(shown).toBe((await rawTaskIds(b.page, docxId)).length);
  });

  it("refuses rows whose ids name another document's rows, and writes the rest only when asked (defect 2)", async () => {
    const { page } = b;
    const bundledId = (await docIds(page, 'bundled'))[0]!;
    const bundledTaskId = (await rawTaskIds(page, bundledId))[0]!;
    const before = await rawTask(page, bundledTaskId);
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as BackupJson;
    backup.documents[0]!.tasks[0]!.id = bundledTaskId;
    const path = join(dir, 'claims-bundled-row.json');
    writeFileSync(path, JSON.stringify(backup));

    await restore(page, path);
    const review = page.locator('[data-testid="restore-review"]');
    await expect(review.textContent()).resolves.toMatch(/1 条任务记录不属于这份文件（例如 .+）/);
    await expect(review.textContent()).resolves.toContain('尚未写入任何内容');
    expect(await rawTask(page, bundledTaskId)).toEqual(before);
    await page.getByTestId('restore-rest').click();
    await expect.poll(() => resultText(page)).toMatch(/已从 claims-bundled-row\.json 恢复：3 份导入文件/);
    expect(await resultText(page)).toContain('以下内容未恢复');
    expect(await rawTask(page, bundledTaskId)).toEqual(before);
  });

  it('refuses a duplicate task id with a reason, and the counts shown are the rows stored (defect 3)', async () => {
    const { page } = b;
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as BackupJson;
    const doc = backup.documents.find((d) => d.document.id === docxId)!;
    doc.tasks[1] = { ...doc.tasks[1]!, id: doc.tasks[0]!.id, localId: doc.tasks[0]!.localId };
    const path = join(dir, 'duplicate-task.json');
    writeFileSync(path, JSON.stringify(backup));
    await restore(page, path);
    await expect(page.textContent('[data-testid="restore-review"]')).resolves.toMatch(/文件「notice\.docx」：1 条任务记录的编号重复/);
    await page.getByTestId('restore-rest').click();
    await expect.poll(() => resultText(page)).toContain('已从 duplicate-task.json 恢复');
    await expect
      .poll(async () => Number(await page.textContent(`[data-testid="document-manager"] li.doc[data-doc-id="${docxId}"] [data-count="tasks"]`)))
      .toBe((await rawTaskIds(page, docxId)).length);
    expect((await rawTaskIds(page, docxId)).length).toBe(doc.tasks.length - 1);
  });

  it('counts a document listed twice once, and says so (defect 3)', async () => {
    const { page } = b;
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as BackupJson;
    backup.documents.push(backup.documents[0]!);
    const path = join(dir, 'listed-twice.json');
    writeFileSync(path, JSON.stringify(backup));
    await restore(page, path);
    await expect(page.textContent('[data-testid="restore-review"]')).resolves.toContain('出现了不止一次（内容相同），只恢复一份');
    await page.getByTestId('restore-rest').click();
    await expect.poll(() => resultText(page)).toMatch(/恢复：3 份导入文件/);
    await waitForRows(page, 7);
  });

  it('logs no console error and makes no network request', () => {
    expect([...a.errors, ...b.errors]).toEqual([]);
    expect([...a.network, ...b.network]).toEqual([]);
  });
});

describe('a large restore (defect 7)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-large-restore-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows its progress while it reads, checks and writes, then reports every document', async () => {
    const { largeBackup } = await import('../../scripts/largeBackup');
    const backup = largeBackup(20_000);
    const path = join(dir, 'large.json');
    writeFileSync(path, backup.json);
    const s = await openApp();
    try {
      await waitForRows(s.page, 5);
      await s.page.evaluate(() => {
        const seen = new Set<string>();
        (window as unknown as { __progress: Set<string> }).__progress = seen;
        new MutationObserver(() => {
          const label = document.querySelector('[data-testid="backup-progress"]')?.textContent?.replace(/\d+%/, '').trim();
          if (label) seen.add(label);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await restore(s.page, path);
      expect(await resultText(s.page)).toContain(`${backup.documents} 份导入文件（${backup.tasks} 项任务）`);
      const stages = await s.page.evaluate(() => [...(window as unknown as { __progress: Set<string> }).__progress]);
      expect(stages).toEqual(expect.arrayContaining(['检查备份内容…', '写入本地数据库…']));
      await waitForRows(s.page, 5 + backup.documents);
    } finally {
      await s.close();
    }
  });

  it('still restores when no worker can start (parsed on the page instead)', async () => {
    const s = await openApp();
    try {
      await s.context.addInitScript(() => {
        (window as unknown as { Worker: unknown }).Worker = undefined;
      });
      await s.page.reload();
      await waitForRows(s.page, 5);
      const { largeBackup } = await import('../../scripts/largeBackup');
      const backup = largeBackup(500, 1);
      const path = join(dir, 'no-worker.json');
      writeFileSync(path, backup.json);
      await restore(s.page, path);
      expect(await resultText(s.page)).toContain(`${backup.documents} 份导入文件`);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
