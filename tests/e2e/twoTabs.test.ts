// The same file confirmed in two tabs at once (issue 10, defect 6), in Chromium over file://: it is
// stored once, and the tab that lost the race asks replace / keep both instead of storing a copy.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Page, type Session } from './browser';

const ROOT = resolve(__dirname, '../..');

async function documentCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('zfgzbg-dashboard');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const c = req.result.transaction('documents').objectStore('documents').count();
          c.onsuccess = () => {
            req.result.close();
            resolve(c.result);
          };
        };
      }),
  );
}

describe('one file confirmed in two tabs at once', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('is stored once, and the second tab offers replace or keep both', async () => {
    const tab1 = s.page;
    const tab2 = await s.newPage();
    const file = {
      name: '两个标签页.txt',
      mimeType: 'text/plain',
      buffer: Buffer.concat([readFileSync(resolve(ROOT, 'seeds/003_75f0195620c906fb.txt')), Buffer.from('\n（两个标签页）')]),
    };
    for (const tab of [tab1, tab2]) {
      await tab.waitForFunction(() => document.querySelectorAll('[data-testid="document-manager"] li.doc').length === 5, null, { timeout: 30_000 });
      await tab.setInputFiles('[data-testid="import-file"]', file);
      await tab.locator('[data-testid="import-preview"][data-file="两个标签页.txt"]').waitFor({ timeout: 30_000 });
      // neither tab knows of a duplicate yet
      expect(await tab.locator('[data-testid="import-duplicate"]').count()).toBe(0);
    }
    await Promise.all([tab1, tab2].map((tab) => tab.locator('[data-testid="import-preview"] button.primary').click()));

    const saved = (tab: Page) => tab.locator('[data-testid="import-saved"]');
    const asked = (tab: Page) => tab.locator('[data-testid="import-preview"] [data-testid="import-duplicate"]');
    await expect.poll(async () => (await saved(tab1).count()) + (await saved(tab2).count()), { timeout: 30_000 }).toBe(1);
    await expect.poll(async () => (await asked(tab1).count()) + (await asked(tab2).count()), { timeout: 30_000 }).toBe(1);
    expect(await documentCount(tab1)).toBe(6);

    // the tab that was asked can still keep both on purpose
    const loser = (await asked(tab1).count()) ? tab1 : tab2;
    await loser.getByLabel('保留两份').check();
    await loser.locator('[data-testid="import-preview"] button.primary').click();
    await saved(loser).waitFor();
    expect(await documentCount(tab1)).toBe(7);
    await tab2.close();
    expect(s.errors).toEqual([]);
  });
});
