// Importing many files at once through the page, in real Chromium over file://: one list with a row
// per file, parsing in the worker with progress and a cancel button, stored and repeated texts handled
// once for the batch, and one click on 「全部导入」 for everything that parsed.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../scripts/corpus/synthetic';
import { openApp, type Session } from './browser';

const ROOT = resolve(__dirname, '../..');
const seeds = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ fileName: f, text: readFileSync(join(ROOT, 'seeds', f), 'utf8') }));

async function totals(page: Page): Promise<{ documents: number; tasks: number }> {
  const text = (await page.textContent('header')) ?? '';
  const m = /共\s*(\d+)\s*份文件\D*?(\d+)\s*项任务/.exec(text);
  return m ? { documents: Number(m[1]), tasks: Number(m[2]) } : { documents: 0, tasks: 0 };
}

async function parsedAll(page: Page, batch: ReturnType<Page['locator']>) {
  await page.waitForFunction((el) => el !== null && el.querySelectorAll('[data-testid="batch-row"][data-status="waiting"]').length === 0, await batch.elementHandle(), {
    timeout: 150_000,
    polling: 200,
  });
}

describe('batch import', () => {
  let s: Session;
  let dir: string;
  const docs = syntheticCorpus(seeds, 110, { seed: 11 });
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'batch-import-'));
    for (const d of docs) writeFileSync(join(dir, d.fileName), d.text);
    s = await openApp();
    await s.page.waitForFunction(() => /共\s*5\s*份文件/.test(document.querySelector('header')?.textContent ?? ''), null, { timeout: 60_000 });
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists 100 files, one row each, and imports them all with one click', { timeout: 240_000 }, async () => {
    const { page } = s;
    const hundred = docs.slice(0, 100);
    const before = await totals(page);
    const t0 = Date.now();
    await page.setInputFiles(
      '[data-testid="import-file"]',
      hundred.map((d) => join(dir, d.fileName)),
    );
    const batch = page.locator('[data-testid="batch-import"]');
    await batch.waitFor();
    expect(await batch.locator('[data-testid="batch-row"]').count()).toBe(100);
    await parsedAll(page, batch);
    const tParsed = Date.now();
    expect(await page.getAttribute('[data-testid="import-panel"]', 'data-parse-mode')).toBe('worker');
    // every row shows what the parser read: place, year, kind and counts
    for (const d of [hundred[0]!, hundred[57]!, hundred[99]!]) {
      const row = batch.locator(`[data-testid="batch-row"][data-file="${d.fileName}"]`);
      await expect(row.getAttribute('data-status')).resolves.toBe('parsed');
      const text = (await row.textContent()) ?? '';
      expect(text).toContain(d.place);
      expect(text).toContain(String(d.year));
      expect(Number(await row.locator('[data-count="tasks"]').textContent())).toBe(d.parsed.tasks.length);
    }
    expect(await batch.locator('[data-testid="batch-plan"]').textContent()).toContain('将导入 100 个文件');
    expect(await batch.locator('[data-testid="batch-duplicates"]').count()).toBe(0);

    await batch.getByRole('button', { name: '全部导入' }).click();
    await batch.locator('[data-testid="batch-saved"]').waitFor({ timeout: 60_000 });
    expect(await batch.locator('[data-testid="batch-saved"]').textContent()).toContain('已导入 100 个文件');
    const tasks = hundred.reduce((n, d) => n + d.parsed.tasks.length, 0);
    await page.waitForFunction((n) => new RegExp(`共\\s*${n}\\s*份文件`).test(document.querySelector('header')?.textContent ?? ''), before.documents + 100, { timeout: 60_000 });
    expect(await totals(page)).toEqual({ documents: before.documents + 100, tasks: before.tasks + tasks });
    console.log(
      `[batch import] 100 files: listed and parsed in ${((tParsed - t0) / 1000).toFixed(1)} s, all saved and counted ${((Date.now() - t0) / 1000).toFixed(1)} s after the pick`,
    );
    await batch.getByRole('button', { name: '关闭' }).click();
    await batch.waitFor({ state: 'detached' });
  });

  it('handles stored texts once for the batch, imports a repeated text once, and names the files it cannot read', { timeout: 120_000 }, async () => {
    const { page } = s;
    const before = await totals(page);
    const [fresh1, fresh2] = [docs[100]!, docs[101]!];
    const files = [
      join(dir, fresh1.fileName),
      join(dir, fresh2.fileName),
      join(dir, docs[0]!.fileName), // imported by the previous test
      join(ROOT, 'seeds', seeds[2]!.fileName), // a bundled seed
      join(ROOT, 'tests/fixtures/import/truncated.docx'),
    ];
    const repeat = join(dir, `副本-${fresh1.fileName}`);
    copyFileSync(join(dir, fresh1.fileName), repeat);
    files.push(repeat);
    await page.setInputFiles('[data-testid="import-file"]', files);
    const batch = page.locator('[data-testid="batch-import"]');
    await batch.waitFor();
    await parsedAll(page, batch);
    await batch.locator('[data-testid="import-error"][data-code="docx-corrupt"]', { hasText: '「truncated.docx」' }).waitFor();
    const note = (file: string) => batch.locator(`[data-testid="batch-row"][data-file="${file}"] .note`).textContent();
    await expect(note(`副本-${fresh1.fileName}`)).resolves.toContain(`与本批的「${fresh1.fileName}」内容相同`);
    await expect(note(docs[0]!.fileName)).resolves.toContain('跳过');
    await expect(note(seeds[2]!.fileName)).resolves.toContain('跳过');
    expect(await batch.locator('[data-testid="batch-duplicates"] legend').textContent()).toContain('2 个文件与已有文件内容相同');
    expect(await batch.locator('[data-testid="batch-plan"]').textContent()).toContain('将导入 2 个文件');

    await batch.getByRole('button', { name: '全部导入' }).click();
    const saved = batch.locator('[data-testid="batch-saved"]');
    await saved.waitFor();
    const text = (await saved.textContent()) ?? '';
    expect(text).toContain('已导入 2 个文件');
    expect(text).toContain('跳过 2 个已有文件');
    expect(text).toContain('1 个本批重复的文件只导入了一次');
    expect(text).toContain('1 个文件无法导入');
    await page.waitForFunction((n) => new RegExp(`共\\s*${n}\\s*份文件`).test(document.querySelector('header')?.textContent ?? ''), before.documents + 2);
    await batch.getByRole('button', { name: '关闭' }).click();
  });

  it('stops parsing on 取消解析 and imports only what was parsed', { timeout: 180_000 }, async () => {
    const { page } = s;
    const before = await totals(page);
    // Thirty large files (≈ 1 MB each, each a different text): parsing them takes seconds, so the
    // click on 取消解析 lands while most are still waiting.
    const names = docs.slice(80, 110).map((d, k) => {
      const name = join(dir, `大文件-${k}-${d.fileName}`);
      writeFileSync(name, Array.from({ length: 140 }, () => d.text).join('\n\n'));
      return name;
    });
    await page.setInputFiles('[data-testid="import-file"]', names);
    const batch = page.locator('[data-testid="batch-import"]');
    await batch.locator('[data-testid="batch-progress"]').waitFor();
    await batch.getByRole('button', { name: '取消解析' }).click();
    await batch.locator('[data-testid="batch-progress"]').waitFor({ state: 'detached', timeout: 60_000 });
    const cancelled = await batch.locator('[data-testid="batch-row"][data-status="cancelled"]').count();
    const parsed = await batch.locator('[data-testid="batch-row"][data-status="parsed"]').count();
    expect(cancelled).toBeGreaterThan(0);
    expect(parsed + cancelled).toBe(names.length);
    expect(await totals(page)).toEqual(before);
    if (parsed > 0) {
      await batch.getByRole('button', { name: '全部导入' }).click();
      await batch.locator('[data-testid="batch-saved"]').waitFor({ timeout: 60_000 });
      await page.waitForFunction((n) => new RegExp(`共\\s*${n}\\s*份文件`).test(document.querySelector('header')?.textContent ?? ''), before.documents + parsed, {
        timeout: 60_000,
      });
    } else {
      expect(await batch.getByRole('button', { name: '全部导入' }).isDisabled()).toBe(true);
    }
    await batch.getByRole('button', { name: '关闭' }).click();
    await batch.waitFor({ state: 'detached' });
  });
  it('stops saving on 取消保存: nothing of the batch is stored and the list stays for another try', { timeout: 240_000 }, async () => {
    const { page } = s;
    const before = await totals(page);
    // Twenty long files (each text twenty times over, each a different text): their rows take seconds
    // to write, so the click on 取消保存 lands while they are being saved.
    const names = docs.slice(80, 100).map((d, k) => {
      const name = join(dir, `长文件-${k}-${d.fileName}`);
      writeFileSync(name, Array.from({ length: 20 }, () => d.text).join('\n\n'));
      return name;
    });
    await page.setInputFiles('[data-testid="import-file"]', names);
    const batch = page.locator('[data-testid="batch-import"]');
    await parsedAll(page, batch);
    await batch.locator('[data-testid="batch-progress"]').waitFor({ state: 'detached', timeout: 60_000 });
    // On a quiet machine twenty documents save in well under a second (one pack each): the page is slowed
    // twentyfold while saving so the click lands during the save, not after it.
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    try {
      await batch.getByRole('button', { name: '全部导入' }).click();
      await batch.locator('[data-testid="batch-save-status"]').waitFor();
      await batch.getByRole('button', { name: '取消保存' }).click();
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await cdp.detach();
    }
    await expect.poll(() => batch.locator('[data-testid="batch-failed"]').textContent(), { timeout: 60_000 }).toContain('已取消保存');
    expect(await totals(page)).toEqual(before);
    expect(await batch.locator('[data-testid="batch-row"][data-status="parsed"]').count()).toBe(names.length);
    expect(await batch.getByRole('button', { name: '全部导入' }).isEnabled()).toBe(true);
  });
});
