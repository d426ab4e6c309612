// Two windows of one profile (issue 20, item 3), in Chromium on dist/index.html over file://: a 修改 saved
// in both shows the second window both texts and a choice; a returned 台账 previewed in both windows is
// written once (the other is told to preview again, and then that the file is already in); a sheet for a
// notice the other window deleted is refused; a window whose database another page deleted still
// exports what it shows as a backup.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import readXlsxFile from 'read-excel-file/universal';
import { artifactPath, openApp, type Page, type Session } from './browser';

const TODAY = '2024-06-20T10:00:00+08:00';
const NOTICE = join(resolve(__dirname, '../..'), 'tests/fixtures/import/notice.docx');
const DB = 'zfgzbg-dashboard';

/** Reads one object store of the app's database from the page (rows as stored). */
async function rows<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    ({ name, store }) =>
      new Promise<T[]>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => {
            req.result.close();
            resolve(all.result as T[]);
          };
        };
      }),
    { name: DB, store },
  );
}

async function toLedger(page: Page, docId: string): Promise<void> {
  await page.evaluate(() => (location.hash = '#v=ledger'));
  await page.waitForSelector('[data-testid="ledger-table"] tr.row', { timeout: 30_000 });
  await page.selectOption('[data-testid="ledger-doc"]', docId);
  await page.waitForSelector('[data-testid="ledger-table"] tr.row', { timeout: 30_000 });
}

const row = (page: Page, no: string) => page.locator('[data-testid="ledger-table"] tr.row').filter({ has: page.locator('td.no', { hasText: new RegExp(`^${no}$`) }) });

/** The exported 台账 with one task's 本期进展 and 状态 filled in, saved as a unit's office suite would. */
async function returnedCopy(exported: string, no: string, note: string, name: string): Promise<string> {
  const sheets = (await readXlsxFile(readFileSync(exported).buffer as ArrayBuffer)) as { sheet: string; data: unknown[][] }[];
  const main = sheets.find((x) => x.sheet === '台账')!;
  const col = (c: string) => main.data[4]!.indexOf(c); // four title rows, then the header
  const r = main.data.find((x, i) => i > 4 && x[0] === no)!;
  r[col('本期进展')] = note;
  r[col('状态')] = '推进中';
  const blob = await writeXlsxFile(
    sheets.map((x) => ({ sheet: x.sheet, data: x.data.map((r) => r.map((v) => ({ value: v === null ? '' : String(v), type: String }))) })) as never,
  ).toBlob();
  const path = artifactPath(name);
  writeFileSync(path, new Uint8Array(await blob.arrayBuffer()));
  return path;
}

/** Picks a returned sheet and waits for its preview; rows asking for a tick (the ledger moved on since the
 * export) get it, so every row that can be applied is. */
async function previewOf(tab: Page, file: string): Promise<void> {
  await tab.setInputFiles('[data-testid="sheet-import-input"]', file);
  await tab.locator('[data-testid="sheet-import-preview"]').waitFor({ timeout: 30_000 });
  for (const box of await tab.locator('[data-testid="sheet-import-preview"] input[type="checkbox"]').all()) await box.check();
}

describe('two windows on one imported notice', () => {
  let s: Session;
  let tab1: Page;
  let tab2: Page;
  let docId = '';
  let no = '';
  let exported = '';
  const files: string[] = [];

  beforeAll(async () => {
    s = await openApp({ fixedTime: TODAY });
    tab1 = s.page;
    await tab1.waitForSelector('li.task', { timeout: 30_000 });
    await tab1.setInputFiles('[data-testid="import-file"]', NOTICE);
    await tab1.locator('[data-testid="import-preview"][data-file="notice.docx"]').getByText('确认导入').click({ timeout: 30_000 });
    await tab1.locator('[data-testid="import-saved"]').waitFor({ timeout: 30_000 });
    const docs = await rows<{ id: string; source: string }>(tab1, 'documents');
    docId = docs.find((d) => d.source === 'imported')!.id;
    tab2 = await s.newPage();
    await tab2.waitForSelector('li.task', { timeout: 30_000 });
    for (const tab of [tab1, tab2]) await toLedger(tab, docId);
    no = (await tab1.locator('[data-testid="ledger-table"] tr.row td.no').first().textContent())!.trim();
  });
  afterAll(async () => {
    for (const f of files) rmSync(f, { force: true });
    expect(s?.errors ?? []).toEqual([]);
    await s?.close();
  });

  it('修改 in both: the second save shows both texts, and 用我的覆盖 saves it on purpose', async () => {
    await row(tab1, no).locator('button.toggle').click();
    const form = tab1.locator('[data-testid="entry-form"]');
    await form.locator('textarea').fill('第一次报送');
    await form.getByRole('button', { name: '保存报送' }).click();
    for (const tab of [tab1, tab2]) {
      if (tab === tab2) await row(tab, no).locator('button.toggle').click();
      const history = tab.locator('[data-testid="history"] li');
      await expect.poll(() => history.count(), { timeout: 10_000 }).toBe(1);
      await history.first().getByRole('button', { name: /^修改/ }).click();
      await tab.locator('[data-testid="entry-edit-form"]').waitFor();
    }
    await tab1.locator('[data-testid="entry-edit-form"] textarea').fill('窗口一改为：完成80%');
    await tab1.locator('[data-testid="entry-edit-form"]').getByRole('button', { name: '保存修改' }).click();
    await expect.poll(() => tab1.locator('[data-testid="entry-edit-form"]').count()).toBe(0);

    const edit2 = tab2.locator('[data-testid="entry-edit-form"]');
    await edit2.locator('textarea').fill('窗口二改为：完成60%');
    await edit2.getByRole('button', { name: '保存修改' }).click();
    const conflict = edit2.locator('[data-testid="entry-conflict"]');
    await conflict.waitFor({ timeout: 10_000 });
    await conflict.screenshot({ path: artifactPath('two-windows-conflict.png') });
    expect(await edit2.locator('[role="alert"]').textContent()).toContain('另一个窗口已修改这条进展');
    expect(await conflict.locator('[data-testid="entry-conflict-theirs"]').textContent()).toContain('窗口一改为：完成80%');
    expect(await conflict.locator('[data-testid="entry-conflict-mine"]').textContent()).toContain('窗口二改为：完成60%');
    // nothing was overwritten silently
    let stored = await rows<{ docId: string; note: string }>(tab2, 'progress');
    expect(stored.filter((e) => e.docId === docId).map((e) => e.note)).toEqual(['窗口一改为：完成80%']);

    await conflict.getByRole('button', { name: '用我的覆盖' }).click();
    await expect.poll(() => tab2.locator('[data-testid="entry-edit-form"]').count()).toBe(0);
    stored = await rows<{ docId: string; note: string }>(tab2, 'progress');
    expect(stored.filter((e) => e.docId === docId).map((e) => e.note)).toEqual(['窗口二改为：完成60%']);
    for (const tab of [tab1, tab2]) {
      await expect.poll(() => tab.locator('[data-testid="history"] li').first().textContent(), { timeout: 10_000 }).toContain('窗口二改为：完成60%');
    }
  });

  it("a returned 台账 previewed in both windows is written once; a preview older than the other window's import is not applied", async () => {
    const [download] = await Promise.all([tab2.waitForEvent('download'), tab2.click('[data-testid="export-xlsx"]')]);
    exported = artifactPath('two-windows-export.xlsx');
    await download.saveAs(exported);
    files.push(exported);
    const sheetA = await returnedCopy(exported, no, '单位填报：完成70%', 'two-windows-a.xlsx');
    const sheetB = await returnedCopy(exported, no, '另一份填报：完成75%', 'two-windows-b.xlsx');
    files.push(sheetA, sheetB);
    const message = (tab: Page) => tab.textContent('[data-testid="sheet-import-message"]');

    // the same file in both windows: the second apply writes nothing and says so
    await previewOf(tab1, sheetA);
    await previewOf(tab2, sheetA);
    await tab1.click('[data-testid="sheet-import-apply"]');
    await expect.poll(() => message(tab1)).toContain('已导入 1 条进展');
    await tab2.click('[data-testid="sheet-import-apply"]');
    await expect.poll(() => message(tab2)).toContain('导入过，没有重复导入');
    expect(await tab2.locator('[data-testid="sheet-import-preview"]').count()).toBe(0);
    // previewed again, it says so before anything can be applied
    await tab2.setInputFiles('[data-testid="sheet-import-input"]', sheetA);
    await expect.poll(() => message(tab2)).toMatch(/已于 .* 导入过/);
    expect(await tab2.locator('[data-testid="sheet-import-preview"]').count()).toBe(0);

    // a preview made before the other window imported another sheet for the same task
    await previewOf(tab2, sheetB);
    const sheetC = await returnedCopy(exported, no, '第三份填报：完成78%', 'two-windows-c.xlsx');
    files.push(sheetC);
    await previewOf(tab1, sheetC);
    await tab1.click('[data-testid="sheet-import-apply"]');
    await expect.poll(() => message(tab1)).toContain('已导入 1 条进展');
    await tab2.click('[data-testid="sheet-import-apply"]');
    await expect.poll(() => message(tab2)).toContain('另一个窗口已导入');
    expect(await message(tab2)).toContain('请重新预览');
    expect(await tab2.locator('[data-testid="sheet-import-preview"]').count()).toBe(0);

    const notes = (await rows<{ docId: string; note: string }>(tab2, 'progress')).filter((e) => e.docId === docId).map((e) => e.note);
    expect(notes.filter((n) => n === '单位填报：完成70%')).toHaveLength(1);
    expect(notes).not.toContain('另一份填报：完成75%');
    expect(notes).toContain('第三份填报：完成78%');
  });

  it('a returned 台账 for a notice the other window deleted is refused, and nothing is stored', async () => {
    const returned = await returnedCopy(exported, no, '删除后才导入的进展', 'two-windows-deleted.xlsx');
    files.push(returned);
    await previewOf(tab2, returned);
    expect(await tab2.locator('[data-testid="sheet-import-apply"]').isEnabled()).toBe(true);

    await tab1.evaluate(() => (location.hash = ''));
    const doc = tab1.locator('[data-testid="document-manager"] li.doc').filter({ hasText: 'notice.docx' });
    await doc.getByRole('button', { name: '删除' }).click();
    await doc.getByRole('button', { name: '确定删除' }).click();
    await expect.poll(async () => (await rows<{ id: string }>(tab1, 'documents')).some((d) => d.id === docId)).toBe(false);

    await tab2.click('[data-testid="sheet-import-apply"]');
    await expect.poll(() => tab2.textContent('[data-testid="sheet-import-message"]')).toContain('已在另一个窗口中删除');
    expect(await tab2.textContent('[data-testid="sheet-import-message"]')).not.toContain('已导入');
    const stored = await rows<{ docId: string }>(tab2, 'progress');
    expect(stored.filter((e) => e.docId === docId)).toEqual([]);
  });
});

describe("one task's note edited in two windows (the task list), the clock standing still", () => {
  it('the second save shows both notes, and 用我的覆盖 saves it on purpose', async () => {
    const s = await openApp({ fixedTime: TODAY });
    try {
      const phrase = '地区生产总值增长6.5%'; // task 1 of seeds/002
      const tab1 = s.page;
      const tab2 = await s.newPage();
      const item = (tab: Page) => tab.locator('li.task').filter({ hasText: phrase });
      for (const tab of [tab1, tab2]) {
        await tab.waitForSelector('li.task', { timeout: 30_000 });
        await tab.fill('input[aria-label="关键词搜索"]', phrase);
        await expect.poll(() => item(tab).count(), { timeout: 10_000 }).toBe(1);
        await item(tab).getByRole('button', { name: '备注' }).click();
      }
      await item(tab1).locator('textarea').fill('窗口一的备注');
      await item(tab1).getByRole('button', { name: '保存' }).click();
      await expect.poll(() => item(tab1).locator('[data-testid="task-note"]').textContent()).toContain('窗口一的备注');

      await item(tab2).locator('textarea').fill('窗口二的备注');
      await item(tab2).getByRole('button', { name: '保存' }).click();
      const conflict = item(tab2).locator('[data-testid="note-conflict"]');
      await conflict.waitFor({ timeout: 10_000 });
      expect(await item(tab2).locator('[role="alert"]').textContent()).toContain('另一个窗口已修改');
      expect(await conflict.locator('[data-testid="note-conflict-theirs"]').textContent()).toBe('窗口一的备注');
      expect(await conflict.locator('[data-testid="note-conflict-mine"]').textContent()).toBe('窗口二的备注');
      expect((await rows<{ note: string }>(tab2, 'progress')).map((e) => e.note)).toEqual(['窗口一的备注']);

      await conflict.getByRole('button', { name: '用我的覆盖' }).click();
      await expect.poll(() => item(tab2).locator('textarea').count()).toBe(0);
      expect((await rows<{ note: string }>(tab2, 'progress')).map((e) => e.note)).toEqual(['窗口二的备注']);
      await expect.poll(() => item(tab1).locator('[data-testid="task-note"]').textContent(), { timeout: 10_000 }).toContain('窗口二的备注');
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('a window whose database another page deleted', () => {
  it('still exports what it shows as a backup, and that backup restores it', async () => {
    const s = await openApp();
    const files: string[] = [];
    try {
      const { page } = s;
      await page.waitForSelector('li.task', { timeout: 30_000 });
      await page.setInputFiles('[data-testid="import-file"]', NOTICE);
      await page.locator('[data-testid="import-preview"][data-file="notice.docx"]').getByText('确认导入').click({ timeout: 30_000 });
      await page.locator('[data-testid="import-saved"]').waitFor({ timeout: 30_000 });
      const phrase = '地区生产总值增长6.5%'; // task 1 of seeds/002
      await page.fill('input[aria-label="关键词搜索"]', phrase);
      const item = page.locator('li.task').filter({ hasText: phrase });
      await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
      await item.getByRole('button', { name: '备注' }).click();
      await item.locator('textarea').fill('删除前写下的备注');
      await item.getByRole('button', { name: '保存' }).click();
      await expect.poll(() => item.locator('[data-testid="task-note"]').textContent()).toContain('删除前写下的备注');

      // another page of the app (its own connection open, so nothing is mid-open when the database goes)
      const other = await s.newPage();
      await other.waitForSelector('li.task', { timeout: 30_000 });
      await other.evaluate(
        (name) =>
          new Promise<void>((resolve, reject) => {
            const r = indexedDB.deleteDatabase(name);
            r.onsuccess = () => resolve();
            r.onerror = () => reject(r.error);
          }),
        DB,
      );
      await other.close();
      await page.locator('[data-testid="storage-lost"][data-lost="deleted"]').waitFor({ timeout: 10_000 });

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-backup"]')]);
      const path = artifactPath('after-deletion.json');
      await download.saveAs(path);
      files.push(path);
      expect(await page.textContent('[data-testid="backup-result"]')).toContain('已导出备份');
      const backup = JSON.parse(readFileSync(path, 'utf8')) as { documents: { document: { meta: { fileName: string } } }[]; progress: { note: string }[] };
      expect(backup.documents.map((d) => d.document.meta.fileName)).toEqual(['notice.docx']);
      expect(backup.progress.map((e) => e.note)).toEqual(['删除前写下的备注']);
      expect(await page.evaluate(async (name) => (await indexedDB.databases()).some((d) => d.name === name), DB)).toBe(false);

      // and it brings everything back
      await page.setInputFiles('[data-testid="restore-backup-input"]', path);
      await expect.poll(() => page.textContent('[data-testid="backup-result"]'), { timeout: 30_000 }).toContain('已从 after-deletion.json 恢复');
      await expect.poll(async () => (await rows<{ note: string }>(page, 'progress')).map((e) => e.note)).toEqual(['删除前写下的备注']);
      expect(s.errors).toEqual([]);
    } finally {
      for (const f of files) rmSync(f, { force: true });
      await s.close();
    }
  });

  it('with the data cleared by the browser, exports what the page shows and names the file it cannot hold', async () => {
    const s = await openApp();
    const files: string[] = [];
    try {
      const { page } = s;
      await page.waitForSelector('li.task', { timeout: 30_000 });
      await page.setInputFiles('[data-testid="import-file"]', NOTICE);
      await page.locator('[data-testid="import-preview"][data-file="notice.docx"]').getByText('确认导入').click({ timeout: 30_000 });
      await page.locator('[data-testid="import-saved"]').waitFor({ timeout: 30_000 });
      const phrase = '地区生产总值增长6.5%'; // task 1 of seeds/002
      await page.fill('input[aria-label="关键词搜索"]', phrase);
      const item = page.locator('li.task').filter({ hasText: phrase });
      await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
      await item.getByRole('button', { name: '备注' }).click();
      await item.locator('textarea').fill('清除前写下的备注');
      await item.getByRole('button', { name: '保存' }).click();
      await expect.poll(() => item.locator('[data-testid="task-note"]').textContent()).toContain('清除前写下的备注');

      const cdp = await s.context.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', { origin: 'file://', storageTypes: 'all' });
      await page.locator('[data-testid="storage-lost"][data-lost="cleared"]').waitFor({ timeout: 10_000 });

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-backup"]')]);
      const path = artifactPath('after-clearing.json');
      await download.saveAs(path);
      files.push(path);
      const result = (await page.textContent('[data-testid="backup-result"]')) ?? '';
      expect(result).toContain('已导出备份');
      expect(result).toContain('按页面上显示的内容生成');
      expect(result).toContain('notice.docx');
      const backup = JSON.parse(readFileSync(path, 'utf8')) as { documents: unknown[]; progress: { note: string }[] };
      expect(backup.documents).toEqual([]);
      expect(backup.progress.map((e) => e.note)).toEqual(['清除前写下的备注']);
      expect(await page.evaluate(async (name) => (await indexedDB.databases()).some((d) => d.name === name), DB)).toBe(false);
      expect(s.errors).toEqual([]);
    } finally {
      for (const f of files) rmSync(f, { force: true });
      await s.close();
    }
  });
});
