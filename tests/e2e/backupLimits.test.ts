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

/** Chooses the file in 恢复备份 on a fresh page and waits for the page's answer; `ms` from choosing to answer. */
async function restore(page: Page, path: string): Promise<{ text: string; ms: number }> {
  // a fresh page, so the answer waited for is this file's
  await page.reload();
  await waitForRows(page, 5);
  const started = Date.now();
  await page.setInputFiles('[data-testid="restore-backup-input"]', path);
  const answer = page.locator('[data-testid="backup-result"], [data-testid="restore-review"]').first();
  await answer.waitFor({ timeout: 30_000 });
  return { text: (await answer.textContent()) ?? '', ms: Date.now() - started };
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
    const { text, ms } = await restore(s.page, path);
    expect(ms).toBeLessThan(5_000);
    console.log(`deep backup answered in ${ms} ms`);
    expect(text).toContain('现有数据没有改变');
    expect(text).toContain('64');
    expect(text).not.toMatch(/Maximum call stack|RangeError|Error/);
    await waitForRows(s.page, 5);
  });

  it('a deep array alone (no objects) is answered the same way', async () => {
    const path = join(dir, 'deep-arrays.json');
    writeFileSync(path, envelope(`${'['.repeat(100_000)}${']'.repeat(100_000)}`));
    const { text, ms } = await restore(s.page, path);
    expect(text).toContain('现有数据没有改变');
    expect(ms).toBeLessThan(5_000);
  });

  it('impossible dates and a 100,000,004-character note are not a clean restore: named, nothing written until asked', async () => {
    const { largeBackup } = await import('../../scripts/largeBackup');
    const backup = JSON.parse(largeBackup(50, 1).json) as { documents: { document: { id: string } }[]; progress: unknown[]; annotations?: unknown };
    const docId = backup.documents[0]!.document.id;
    const entry = (id: string, fields: Record<string, unknown>) => ({
      id,
      key: `${docId}#no:1`,
      docId,
      taskNo: '1',
      taskText: '任务',
      period: null,
      reportedOn: '2024-06-14',
      status: '推进中',
      note: '进展',
      evidence: '',
      unit: '',
      completion: null,
      source: 'user',
      createdAt: '2024-06-14T02:00:00.000Z',
      updatedAt: '2024-06-14T02:00:00.000Z',
      ...fields,
    });
    backup.progress = [
      entry('ok', {}),
      entry('bad-day', { reportedOn: '2024-13-45' }),
      entry('bad-time', { updatedAt: '9999-99-99T99:99:99Z' }),
      entry('long', { note: 'x'.repeat(100_000_004) }),
    ];
    const path = join(dir, 'impossible.json');
    writeFileSync(path, JSON.stringify(backup));
    const { text, ms } = await restore(s.page, path);
    expect(text).toMatch(/进展：3 条记录已损坏（例如 bad-day：reportedOn：应为真实的日期/);
    expect(text).toContain('尚未写入任何内容');
    expect(ms).toBeLessThan(30_000);
    console.log(`impossible backup (${Math.round(JSON.stringify(backup).length / 1e6)} MB) answered in ${ms} ms`);
  });

  it('a worker that dies while reading is answered on the page, and the file is not read again on the page', async () => {
    const path = join(dir, 'small.json');
    writeFileSync(path, envelope('[]'));
    await s.page.reload();
    await waitForRows(s.page, 5);
    // The next worker started says it runs, then fails as one out of memory would.
    await s.page.evaluate(() => {
      const w = window as unknown as { Worker: unknown; __readHere: number };
      w.__readHere = 0;
      const original = Blob.prototype.text;
      Blob.prototype.text = function (this: Blob) {
        w.__readHere++;
        return original.call(this);
      };
      w.Worker = class {
        onmessage: ((e: { data: unknown }) => void) | null = null;
        onerror: ((e: { preventDefault(): void }) => void) | null = null;
        onmessageerror: (() => void) | null = null;
        postMessage() {
          setTimeout(() => {
            this.onmessage?.({ data: { type: 'started' } });
            this.onerror?.({ preventDefault() {} });
          }, 10);
        }
        terminate() {}
      };
    });
    await s.page.setInputFiles('[data-testid="restore-backup-input"]', path);
    const text = await s.page.locator('[data-testid="backup-result"]').textContent({ timeout: 5_000 });
    expect(text).toContain('浏览器无法读完');
    expect(text).toContain('现有数据没有改变');
    expect(await s.page.evaluate(() => (window as unknown as { __readHere: number }).__readHere)).toBe(0);
  });

  it('logs no console error', () => {
    expect(s.errors).toEqual([]);
  });
});
