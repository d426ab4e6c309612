// The supervision office marks a task's progress in real Chromium on dist/index.html over file://:
// a status and a note on task 1 of 随政办发〔2024〕2号, kept after a reload, seen live in a second
// tab, found by the 推进中 chip, written into the backup; and without IndexedDB, kept for the session.
//
// Task 1 of seeds/002 (随政办发〔2024〕2号) reads "1.地区生产总值增长6.5%。（责任领导：…）" — the
// phrase 地区生产总值增长6.5% occurs in no other seed (`grep -l 地区生产总值增长6.5 seeds/*.txt`).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, hideIndexedDB, openApp, type Page, type Session } from './browser';

const PHRASE = '地区生产总值增长6.5%';
const NOTE = '一季度增长6.8%，\n高于全省平均；<b>不是标记</b>';

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('li.task', { timeout: 30_000 });
}

/** Task 1 of 002, found by searching its words (the list shows 60 tasks at a time), its number checked. */
async function taskOne(page: Page) {
  await page.fill('input[aria-label="关键词搜索"]', PHRASE);
  const item = page.locator('li.task').filter({ hasText: PHRASE });
  await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
  expect((await item.locator('.no').textContent())?.trim()).toBe('1');
  return item;
}

async function chip(page: Page, filter: string): Promise<{ pressed: string | null; count: number }> {
  const b = page.locator(`[data-testid="status-filter-${filter}"]`);
  return { pressed: await b.getAttribute('aria-pressed'), count: Number(await b.locator('.n').textContent()) };
}

describe('task status and note in Chromium over file://', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await ready(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('sets task 1 of 随政办发〔2024〕2号 to 推进中 with a note', async () => {
    const item = await taskOne(s.page);
    // the chips count the searched list: this one task
    expect((await chip(s.page, 'all')).count).toBe(1);
    expect((await chip(s.page, 'none')).count).toBe(1);
    expect((await chip(s.page, '推进中')).count).toBe(0);
    await item.locator('select.status').selectOption('推进中');
    await expect.poll(() => item.locator('select.status').getAttribute('data-status')).toBe('推进中');
    await expect.poll(async () => (await chip(s.page, '推进中')).count).toBe(1);
    expect((await chip(s.page, 'none')).count).toBe(0);

    await item.getByRole('button', { name: '备注' }).click();
    const box = item.locator('textarea');
    expect(await box.getAttribute('maxlength')).toBe('2000');
    await box.fill(NOTE);
    await item.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => item.locator('[data-testid="task-note"]').textContent()).toContain('高于全省平均');
    // shown as text, never as markup
    expect(await item.locator('[data-testid="task-note"]').textContent()).toContain('<b>不是标记</b>');
    expect(await item.locator('[data-testid="task-note"] b').count()).toBe(0);
  });

  it('saves a note when the editor loses focus', async () => {
    const item = await taskOne(s.page);
    await item.getByRole('button', { name: '修改备注' }).click();
    await item.locator('textarea').fill(`${NOTE}\n二季度持续跟进`);
    await s.page.locator('h2#tasks-title').click();
    await expect.poll(() => item.locator('[data-testid="task-note"]').textContent()).toContain('二季度持续跟进');

    // Esc throws the draft away and returns focus to the button
    await item.getByRole('button', { name: '修改备注' }).click();
    await item.locator('textarea').fill('不要保存这段');
    await item.locator('textarea').press('Escape');
    await expect.poll(() => item.locator('textarea').count()).toBe(0);
    expect(await s.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('修改备注');
    await s.page.waitForTimeout(300);
    expect(await item.locator('[data-testid="task-note"]').textContent()).toContain('二季度持续跟进');
  });

  it('finds both after a reload, and a change in one tab shows in the other', async () => {
    await s.page.reload();
    await ready(s.page);
    const item = await taskOne(s.page);
    await expect.poll(() => item.locator('select.status').inputValue()).toBe('推进中');
    expect(await item.locator('[data-testid="task-note"]').textContent()).toContain('二季度持续跟进');

    const other = await s.newPage();
    await ready(other);
    const there = await taskOne(other);
    expect(await there.locator('select.status').inputValue()).toBe('推进中');
    await there.locator('select.status').selectOption('滞后');
    await expect.poll(() => item.locator('select.status').inputValue(), { timeout: 10_000 }).toBe('滞后');
    await there.locator('select.status').selectOption('推进中');
    await expect.poll(() => item.locator('select.status').inputValue(), { timeout: 10_000 }).toBe('推进中');
    await other.close();
  });

  it('filters the list by 推进中 to exactly that task, and back to all', async () => {
    await s.page.fill('input[aria-label="关键词搜索"]', '');
    await expect.poll(() => s.page.locator('li.task').count()).toBeGreaterThan(50);
    const all = Number(await s.page.textContent('[data-testid="task-count"]'));
    await s.page.click('[data-testid="status-filter-推进中"]');
    expect((await chip(s.page, '推进中')).pressed).toBe('true');
    await expect.poll(() => s.page.locator('li.task').count()).toBe(1);
    expect(await s.page.textContent('[data-testid="task-count"]')).toBe('1');
    expect(await s.page.locator('li.task').textContent()).toContain(PHRASE);

    // the CSV holds what the list shows, with 进展 and 备注 at the end
    const [csv] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: '导出 CSV' }).click()]);
    const text = readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rest] = text.trimEnd().split('\r\n');
    expect(header!.endsWith(',完成时限,进展,备注')).toBe(true);
    const row = rest.join('\r\n'); // the note's line break stays inside its quoted field
    expect(row).toContain(PHRASE);
    expect(row.endsWith(`,推进中,"${NOTE}\n二季度持续跟进"`)).toBe(true);

    await s.page.click('[data-testid="status-filter-已完成"]');
    await expect.poll(() => s.page.locator('li.task').count()).toBe(0);
    expect(await s.page.textContent('#task-list')).toContain('没有进展为“已完成”的任务');

    await s.page.click('[data-testid="status-filter-all"]');
    await expect.poll(() => s.page.textContent('[data-testid="task-count"]')).toBe(String(all));
  });

  it("writes the status and note into the backup, as the day's entry in the task's ledger history", async () => {
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="export-backup"]')]);
    const path = artifactPath('annotations-backup.json');
    await download.saveAs(path);
    const backup = JSON.parse(readFileSync(path, 'utf8')) as { progress: { taskNo: string | null; taskText: string; status: string; note: string; source: string }[] };
    // Every change above was made the same day: one entry, amended.
    expect(backup.progress).toHaveLength(1);
    expect(backup.progress[0]).toMatchObject({ taskNo: '1', status: '推进中', note: `${NOTE}\n二季度持续跟进`, source: 'user' });
    expect(backup.progress[0]!.taskText).toContain(PHRASE);
    expect(s.errors).toEqual([]);
    expect(s.network).toEqual([]);
  });
});

describe('task status without IndexedDB', () => {
  it('works for the session while the banner says nothing is saved', async () => {
    const s = await openApp();
    try {
      const page = await s.context.newPage();
      await hideIndexedDB(page);
      await page.goto(s.page.url());
      await ready(page);
      expect(await page.textContent('body')).toContain('不会被保存');
      const item = await taskOne(page);
      // 已完成 is 销号: without a note to serve as its basis it is refused, and says why.
      await item.locator('select.status').selectOption('已完成');
      await expect.poll(() => item.locator('.save-error').textContent()).toContain('完成依据');
      expect(await item.locator('select.status').inputValue()).toBe('');
      await item.getByRole('button', { name: '备注' }).click();
      await item.locator('textarea').fill('仅本次会话');
      await item.getByRole('button', { name: '保存' }).click();
      await expect.poll(() => item.locator('[data-testid="task-note"]').textContent()).toContain('仅本次会话');
      await item.locator('select.status').selectOption('已完成');
      await expect.poll(async () => (await chip(page, '已完成')).count).toBe(1);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
