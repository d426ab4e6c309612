// 原文 in real Chromium over file://: a target in the target table (metric × document over the seeds,
// place × year once more reports are imported), a task, and both sides of an outcome pair each open the
// document's text at their sentence, the figure's own words marked (text.slice(span), the same span the
// parser gives in Node) and scrolled into view; Esc and 关闭 close it. Screenshot: artifacts/reader.png.
//
// Seed pair used (see outcomes.test.ts): 002's 新建城市绿道12公里 → 000's 新增绿道15.3公里.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../scripts/corpus/synthetic';
import type { ParsedDocument } from '../../src/lib/model/document';
import { parseReport } from '../../src/lib/parse';
import { APP_URL, artifactPath, openApp, type Page, type Session } from './browser';

const ROOT = resolve(__dirname, '../..');
const seeds = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ fileName: f, text: readFileSync(join(ROOT, 'seeds', f), 'utf8') }));
const parsedSeeds: ParsedDocument[] = seeds.flatMap((s) => {
  const r = parseReport(s.text, { fileName: s.fileName });
  return r.ok ? [r.data] : [];
});
// More reports with main targets: with more than 8 documents the table becomes place × year.
const extra = syntheticCorpus(seeds, 40, { seed: 23 })
  .filter((d) => d.parsed.targets.some((t) => t.scope === 'main'))
  .slice(0, 6);

type Item = { text: string; span: { start: number; end: number } };
/** What the reader must mark for an item of `kind` whose text satisfies `match`, over the given documents. */
function expectedMarks(docs: readonly ParsedDocument[], kind: 'tasks' | 'targets' | 'achievements', match: (text: string) => boolean): string[] {
  return docs.flatMap((d) => (d[kind] as Item[]).filter((i) => match(i.text)).map((i) => d.text.slice(i.span.start, i.span.end)));
}

async function readerShows(page: Page): Promise<{ mark: string; sentence: string; title: string; visible: boolean }> {
  const dialog = page.getByTestId('reader');
  await dialog.locator('[data-testid="reader-mark"]').waitFor();
  await page.waitForTimeout(100); // the scroll runs after the next tick
  return dialog.evaluate((el) => {
    const mark = el.querySelector('[data-testid="reader-mark"]')!;
    const body = el.querySelector('.body')!;
    const m = mark.getBoundingClientRect();
    const b = body.getBoundingClientRect();
    return {
      mark: mark.textContent ?? '',
      sentence: el.querySelector('[data-testid="reader-sentence"]')?.textContent ?? '',
      title: el.querySelector('h2')?.textContent ?? '',
      visible: m.top >= b.top - 1 && m.top < b.bottom,
    };
  });
}

async function closed(page: Page): Promise<boolean> {
  return page.getByTestId('reader').evaluate((el) => !(el as HTMLDialogElement).open);
}

describe('原文: every figure opens at its sentence', () => {
  let s: Session;
  let dir: string;
  beforeAll(async () => {
    s = await openApp();
    await s.page.waitForSelector('li.task', { timeout: 30_000 });
    await s.page.waitForSelector('#attainment tbody tr', { timeout: 30_000 });
    dir = mkdtempSync(join(tmpdir(), 'reader-e2e-'));
  });
  afterAll(async () => {
    await s?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens a target of the target table at its sentence, and Esc closes it', async () => {
    const { page } = s;
    const cell = page.locator('.targets table td button.cell').first();
    const full = (await cell.locator('..').getAttribute('title')) ?? '';
    expect(full).not.toBe('');
    await cell.click();
    const shown = await readerShows(page);
    expect(expectedMarks(parsedSeeds, 'targets', (t) => t === full)).toContain(shown.mark);
    expect(shown.sentence).toContain(shown.mark);
    expect(shown.title).toMatch(/^原文《.+》$/);
    expect(shown.visible).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !(document.querySelector('[data-testid="reader"]') as HTMLDialogElement).open);
    expect(await closed(page)).toBe(true);
  });

  it('opens a task at its sentence, and 关闭 closes it', async () => {
    const { page } = s;
    const task = page.locator('li.task').nth(3);
    const text = (await task.locator('p.text').textContent()) ?? '';
    await task.getByTestId('task-read').click();
    const shown = await readerShows(page);
    expect(expectedMarks(parsedSeeds, 'tasks', (t) => t === text)).toContain(shown.mark);
    expect(shown.mark).toContain(text.slice(0, 10));
    expect(shown.visible).toBe(true);
    await page.getByTestId('reader-close').click();
    expect(await closed(page)).toBe(true);
  });

  it("opens a task's own target at the target's words", async () => {
    const { page } = s;
    const button = page.locator('li.task button.target').first();
    const title = ((await button.getAttribute('title')) ?? '').replace(/（点击查看原文）$/, '');
    await button.click();
    const shown = await readerShows(page);
    expect(expectedMarks(parsedSeeds, 'targets', (t) => t === title)).toContain(shown.mark);
    expect(shown.visible).toBe(true);
    await page.getByTestId('reader-close').click();
    expect(await closed(page)).toBe(true);
  });

  it('opens each side of an outcome pair at its sentence', async () => {
    const { page } = s;
    const row = page
      .locator('#attainment tbody tr')
      .filter({ has: page.locator('.quote', { hasText: '新建城市绿道12公里' }) })
      .first();
    const targetText = await row
      .locator('.quote')
      .first()
      .evaluate((el) => el.firstChild?.textContent ?? '');
    await row.getByTestId('pair-read-target').click();
    let shown = await readerShows(page);
    expect(shown.mark).toContain('绿道12公里');
    expect(shown.sentence).toContain('新建城市绿道12公里');
    expect(expectedMarks(parsedSeeds, 'targets', (t) => t === targetText)).toContain(shown.mark);
    expect(shown.visible).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !(document.querySelector('[data-testid="reader"]') as HTMLDialogElement).open);

    const achText = await row
      .locator('td .quote')
      .nth(1)
      .evaluate((el) => el.firstChild?.textContent ?? '');
    await row.getByTestId('pair-read-achievement').first().click();
    shown = await readerShows(page);
    expect(shown.mark).toContain('15.3公里');
    expect(expectedMarks(parsedSeeds, 'achievements', (t) => t === achText)).toContain(shown.mark);
    expect(shown.visible).toBe(true);
    // the window, not the whole report, until 显示全文
    const before = await page
      .getByTestId('reader')
      .locator('.text')
      .evaluate((el) => el.textContent?.length ?? 0);
    const doc000 = parsedSeeds[0]!;
    expect(before).toBeLessThan(doc000.text.length);
    await page.screenshot({ path: artifactPath('reader.png') });
    await page.getByTestId('reader-whole').click();
    await page.getByTestId('reader-whole').waitFor({ state: 'detached' });
    const after = await page
      .getByTestId('reader')
      .locator('.text')
      .evaluate((el) => el.textContent?.length ?? 0);
    expect(after).toBeGreaterThan(before);
    expect((await readerShows(page)).visible).toBe(true);
    await page.getByTestId('reader-close').click();
    expect(await closed(page)).toBe(true);
  });

  it('opens a target of the place × year table at its sentence', { timeout: 180_000 }, async () => {
    const { page } = s;
    expect(extra.length).toBe(6);
    for (const d of extra) writeFileSync(join(dir, d.fileName), d.text);
    await page.setInputFiles(
      '[data-testid="import-file"]',
      extra.map((d) => join(dir, d.fileName)),
    );
    const batch = page.locator('[data-testid="batch-import"]');
    await batch.waitFor();
    await page.waitForFunction((el) => !!el && el.querySelectorAll('[data-testid="batch-row"][data-status="waiting"]').length === 0, await batch.elementHandle(), {
      timeout: 120_000,
      polling: 200,
    });
    await batch.getByRole('button', { name: '全部导入' }).click();
    await batch.locator('[data-testid="batch-saved"]').waitFor({ timeout: 60_000 });
    const table = page.getByTestId('place-year-table');
    await table.waitFor({ timeout: 60_000 });
    const cell = table.locator('td button.cell').last();
    const full = (await cell.locator('..').getAttribute('title')) ?? '';
    await cell.click();
    const shown = await readerShows(page);
    expect(expectedMarks([...parsedSeeds, ...extra.map((d) => d.parsed)], 'targets', (t) => t === full)).toContain(shown.mark);
    expect(shown.sentence).toContain(shown.mark);
    expect(shown.visible).toBe(true);
    await page.screenshot({ path: artifactPath('reader-place-year.png') });
    await page.keyboard.press('Escape');
    expect(s.errors).toEqual([]);
  });
});

describe('原文 of a 500 KB report', () => {
  it('opens at the sentence at once, and shows the whole text on request', { timeout: 180_000 }, async () => {
    // Seed 001 with a 160,000-character review paragraph put in front: 500 KB in UTF-8, its tasks at the end.
    const seed = seeds.find((f) => f.fileName.startsWith('001_'))!.text;
    const filler = Array.from({ length: 3000 }, (_, i) => `回顾之${i}：这一年我们坚持稳中求进工作总基调，持续推进各项改革，群众获得感不断增强，社会大局保持和谐稳定。`).join('');
    const at = seed.indexOf('(上接第一版)');
    const text = seed.slice(0, at) + filler + '\n' + seed.slice(at);
    expect(Buffer.byteLength(text)).toBeGreaterThan(500_000);
    const dir = mkdtempSync(join(tmpdir(), 'reader-long-'));
    const s = await openApp();
    try {
      const { page } = s;
      await page.waitForSelector('li.task', { timeout: 30_000 });
      writeFileSync(join(dir, 'long.txt'), text);
      await page.setInputFiles('[data-testid="import-file"]', join(dir, 'long.txt'));
      const preview = page.locator('[data-testid="import-preview"][data-file="long.txt"]');
      await preview.waitFor({ timeout: 60_000 });
      await preview.locator('[data-field="place"]').fill('孝感市');
      await preview.getByText('确认导入').click();
      await preview.waitFor({ state: 'detached', timeout: 60_000 });
      await page.goto(`${APP_URL}#p=${encodeURIComponent('孝感市')}`);
      await page.waitForFunction(() => Array.from(document.querySelectorAll('li.task .where')).every((w) => w.textContent?.includes('孝感市')), null, { timeout: 30_000 });
      const task = page.locator('li.task').last();
      await task.waitFor({ timeout: 30_000 });
      const taskText = (await task.locator('p.text').textContent()) ?? '';
      const t0 = Date.now();
      await task.getByTestId('task-read').click();
      const shown = await readerShows(page);
      const opened = Date.now() - t0;
      expect(shown.mark).toContain(taskText.slice(0, 10));
      expect(shown.visible).toBe(true);
      const windowed = await page
        .getByTestId('reader')
        .locator('.text')
        .evaluate((el) => el.textContent?.length ?? 0);
      expect(windowed).toBeLessThan(20_000);
      const t1 = Date.now();
      await page.getByTestId('reader-whole').click();
      await page.getByTestId('reader-whole').waitFor({ state: 'detached' });
      expect((await readerShows(page)).visible).toBe(true);
      const whole = Date.now() - t1;
      const all = await page
        .getByTestId('reader')
        .locator('.text')
        .evaluate((el) => el.textContent?.length ?? 0);
      expect(all).toBeGreaterThan(170_000);
      console.log(`[reader] 500 KB report: opened at the sentence in ${opened} ms (${windowed} characters rendered), whole text (${all}) in ${whole} ms`);
      // generous budgets: the point is that nothing freezes
      expect(opened).toBeLessThan(3_000);
      expect(whole).toBeLessThan(5_000);
      await page.keyboard.press('Escape');
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
