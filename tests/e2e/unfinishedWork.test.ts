// Saying what did not last (issue 20, item 6), in Chromium over file://. A batch import and a restore
// killed midway (the tab crashes while their transaction is open) are rolled back, and the reopened
// page says so once; a window whose storage will not last says so before anything is imported.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../scripts/corpus/synthetic';
import { largeBackup } from '../../scripts/largeBackup';
import { artifactPath, openApp, type Page, type Session } from './browser';

const ROOT = resolve(__dirname, '../..');
const seeds = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ fileName: f, text: readFileSync(join(ROOT, 'seeds', f), 'utf8') }));

/**
 * Before the page's scripts: once `window.__holdWrites` is set, every read-write transaction on the
 * documents keeps itself open (a chain of reads), so the test can kill the tab while it is in progress.
 */
const HOLD_WRITES = () => {
  const open = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, stores: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
    const tx = open.call(this, stores, mode, options);
    const names = typeof stores === 'string' ? [stores] : [...stores];
    const w = window as unknown as { __holdWrites?: boolean; __held?: number };
    if (w.__holdWrites && mode === 'readwrite' && names.includes('documents')) {
      w.__held = (w.__held ?? 0) + 1;
      const store = tx.objectStore('documents');
      const spin = () => {
        store.count().onsuccess = spin;
      };
      spin();
    }
    return tx;
  } as typeof IDBDatabase.prototype.transaction;
};

const documents = async (page: Page) => {
  await page.waitForFunction(() => /共\s*\d+\s*份文件/.test(document.querySelector('header')?.textContent ?? ''), null, { timeout: 60_000 });
  return Number(/共\s*(\d+)\s*份文件/.exec((await page.textContent('header')) ?? '')?.[1]);
};

/** Kills the tab's renderer (as a crash or a killed browser would) once a held write is in progress. */
async function crashWhileHeld(s: Session, page: Page): Promise<void> {
  await page.waitForFunction(() => ((window as unknown as { __held?: number }).__held ?? 0) > 0, null, { timeout: 30_000 });
  const cdp = await s.context.newCDPSession(page);
  const crashed = page.waitForEvent('crash', { timeout: 10_000 });
  void cdp.send('Page.crash').catch(() => undefined); // answered by no one: the renderer is gone
  await crashed;
}

describe('work killed midway', () => {
  let s: Session;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'unfinished-'));
    s = await openApp();
    await s.context.addInitScript(HOLD_WRITES);
    expect(await documents(s.page)).toBe(5);
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a batch import: the reopened page says it was rolled back, once, and nothing of it is stored', async () => {
    const page = await s.newPage();
    expect(await documents(page)).toBe(5);
    const docs = syntheticCorpus(seeds, 3, { seed: 20 });
    for (const d of docs) writeFileSync(join(dir, d.fileName), d.text);
    await page.setInputFiles(
      '[data-testid="import-file"]',
      docs.map((d) => join(dir, d.fileName)),
    );
    const batch = page.locator('[data-testid="batch-import"]');
    await batch.waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"][data-status="parsed"]').length === 3, null, { timeout: 60_000 });
    await page.evaluate(() => ((window as unknown as { __holdWrites: boolean }).__holdWrites = true));
    await batch.getByRole('button', { name: '全部导入' }).click();
    await crashWhileHeld(s, page);

    const again = await s.newPage();
    const notice = again.locator('[data-testid="unfinished-work"]');
    await notice.waitFor({ timeout: 30_000 });
    await notice.screenshot({ path: artifactPath('unfinished-import.png') });
    expect(await notice.textContent()).toMatch(/上次的导入（3 个文件，\d{4}-\d{2}-\d{2} \d{2}:\d{2} 开始）没有完成，已撤回，现有数据没有改变/);
    expect(await documents(again)).toBe(5);
    await again.close();

    // Said once: the next open is quiet.
    const third = await s.newPage();
    expect(await documents(third)).toBe(5);
    await third.waitForFunction(() => document.documentElement.dataset.unfinishedWork !== undefined, null, { timeout: 30_000 });
    expect(await third.evaluate(() => document.documentElement.dataset.unfinishedWork)).toBe('0');
    expect(await third.locator('[data-testid="unfinished-work"]').count()).toBe(0);
    await third.close();
  });

  it('a restore: the reopened page says it was rolled back', async () => {
    const page = await s.newPage();
    expect(await documents(page)).toBe(5);
    const backup = largeBackup(300, 1);
    const path = join(dir, 'backup.json');
    writeFileSync(path, backup.json);
    await page.evaluate(() => ((window as unknown as { __holdWrites: boolean }).__holdWrites = true));
    await page.setInputFiles('[data-testid="restore-backup-input"]', path);
    await crashWhileHeld(s, page);

    const again = await s.newPage();
    const notice = again.locator('[data-testid="unfinished-work"]');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain(`上次的恢复备份（${backup.documents} 份导入文件，`);
    expect(await notice.textContent()).toContain('没有完成，已撤回，现有数据没有改变');
    expect(await documents(again)).toBe(5);
    await again.getByRole('button', { name: '知道了' }).click();
    expect(await notice.count()).toBe(0);
    await again.close();
  });

  it('a finished import leaves nothing to report', async () => {
    const page = await s.newPage();
    const docs = syntheticCorpus(seeds, 2, { seed: 21 });
    for (const d of docs) writeFileSync(join(dir, d.fileName), d.text);
    await page.setInputFiles(
      '[data-testid="import-file"]',
      docs.map((d) => join(dir, d.fileName)),
    );
    const batch = page.locator('[data-testid="batch-import"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"][data-status="parsed"]').length === 2, null, { timeout: 60_000 });
    await batch.getByRole('button', { name: '全部导入' }).click();
    await batch.locator('[data-testid="batch-saved"]').waitFor({ timeout: 60_000 });
    await page.close();
    const again = await s.newPage();
    expect(await documents(again)).toBe(7);
    await again.waitForFunction(() => document.documentElement.dataset.unfinishedWork !== undefined, null, { timeout: 30_000 });
    expect(await again.evaluate(() => document.documentElement.dataset.unfinishedWork)).toBe('0');
    expect(await again.locator('[data-testid="unfinished-work"]').count()).toBe(0);
    await again.close();
  });
});

describe('storage that will not last', () => {
  it('is said before the first import when the quota is a private window’s', async () => {
    const s = await openApp();
    try {
      await s.page.locator('[data-testid="storage-status"]').waitFor({ timeout: 60_000 });
      // An ordinary profile: nothing to say.
      await s.page.waitForFunction(() => document.documentElement.dataset.storageLasting !== undefined, null, { timeout: 30_000 });
      expect(await s.page.evaluate(() => document.documentElement.dataset.storageLasting)).toBe('normal');
      expect(await s.page.locator('[data-testid="storage-not-lasting"]').count()).toBe(0);
      await s.context.addInitScript(() => {
        const estimate = navigator.storage.estimate.bind(navigator.storage);
        navigator.storage.estimate = async () => ({ ...(await estimate()), quota: 100 * 1024 * 1024 });
      });
      const page = await s.newPage();
      const banner = page.locator('[data-testid="storage-not-lasting"]');
      await banner.waitFor({ timeout: 30_000 });
      await page.locator('.manage-grid').screenshot({ path: artifactPath('storage-not-lasting.png') });
      expect(await banner.textContent()).toContain('此浏览器窗口的数据可能不会保存（无痕/隐私模式或存储未持久化）');
      expect(await page.evaluate(() => document.documentElement.dataset.storageLasting)).toBe('tiny-quota');
      // …next to the import panel, before anything is imported.
      expect(await page.locator('.manage-grid > [data-testid="storage-not-lasting"] + [data-testid="import-panel"]').count()).toBe(1);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
