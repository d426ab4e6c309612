// Stopping an import (issue 10: a cancel button and a time budget), in Chromium over file://: a large
// file being parsed in the worker is cancelled, or runs out of its time budget (the page's clock is
// fast-forwarded), and nothing is saved; the next import still parses in a (new) worker.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, openApp, type Page, type Session } from './browser';

const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'e2e-cancel-'));
/** A long notice (the seed many times over, ≈ 12 MB): its parse takes seconds, long enough to stop. */
const BIG = join(dir, '很长的通知.txt');

async function rows(page: Page): Promise<number> {
  return page.locator('[data-testid="document-manager"] li.doc').count();
}

async function startBigImport(page: Page) {
  await page.setInputFiles('[data-testid="import-file"]', BIG);
  await page.locator('[data-testid="import-panel"] li[data-status="working"]', { hasText: '解析结构' }).waitFor({ timeout: 60_000 });
}

beforeAll(() => {
  const seed = readFileSync(join(ROOT, 'seeds/002_cc78cbd2ab743c91.txt'), 'utf8');
  let text = '';
  while (Buffer.byteLength(text) < 12 * 1024 * 1024) text += `${seed}\n\n`;
  writeFileSync(BIG, text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cancelling an import', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="document-manager"] li.doc').length === 5, null, { timeout: 30_000 });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('stops a parse in progress: the line goes, nothing is saved, and the next file parses in a worker', async () => {
    const { page } = s;
    await startBigImport(page);
    await page.getByTestId('import-cancel').click();
    await page.locator('[data-testid="import-panel"] li[data-status="working"]').waitFor({ state: 'detached' });
    await page.waitForTimeout(500);
    expect(await page.locator('[data-testid="import-preview"]').count()).toBe(0);
    expect(await rows(page)).toBe(5);

    await page.setInputFiles('[data-testid="import-file"]', join(ROOT, 'tests/fixtures/import/notice.docx'));
    await page.locator('[data-testid="import-preview"][data-file="notice.docx"]').waitFor({ timeout: 30_000 });
    expect(await page.getAttribute('[data-testid="import-panel"]', 'data-parse-mode')).toBe('worker');
    expect(s.errors).toEqual([]);
  });
});

describe('an import over its time budget', () => {
  it('is stopped with a message saying so, and nothing is saved', async () => {
    const s = await openApp();
    try {
      const page = await s.context.newPage();
      await page.clock.install();
      await page.goto(APP_URL);
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="document-manager"] li.doc').length === 5, null, { timeout: 30_000 });
      await startBigImport(page);
      await page.clock.fastForward('05:00');
      const error = page.locator('[data-testid="import-error"][data-code="timeout"]');
      await error.waitFor({ timeout: 10_000 });
      expect(await error.textContent()).toMatch(/「很长的通知\.txt」无法导入：超过 \d+ 秒仍未读完，已停止，没有保存任何内容/);
      await page.waitForTimeout(500);
      expect(await page.locator('[data-testid="import-preview"]').count()).toBe(0);
      expect(await rows(page)).toBe(5);
    } finally {
      await s.close();
    }
  });
});
