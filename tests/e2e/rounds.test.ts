// Rounds in real Chromium (issue 22): with 随政办发〔2024〕2号 and the page's clock moved from 6/14 to
// 6/16 and 7/16 (10:00 Beijing time), a task that reported early for the 6/15 round is not red on 6/14
// for the April round it missed and is green on 6/16, April still shown as 漏报; a report entered on
// 7/16 for the June round fills it marked 迟报; the calendar card counts 应报/已报/未报 and lists every
// lead unit on demand. Screenshot: tests/e2e/artifacts/calendar-rounds.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { APP_URL, artifactPath, openApp, type Page, type Session } from './browser';

const at = (day: string) => `${day}T10:00:00+08:00`;

const row = (page: Page, no: string) => page.locator('[data-testid="ledger-table"] tr.row').filter({ has: page.locator('td.no', { hasText: new RegExp(`^${no}$`) }) });

async function ledgerReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="ledger-table"] tr.row', { timeout: 60_000 });
}

async function moveClock(s: Session, day: string): Promise<void> {
  await s.context.clock.setFixedTime(new Date(at(day)));
  await s.page.reload();
  await ledgerReady(s.page);
  await expect
    .poll(() => s.page.textContent('[data-testid="ledger-calendar"] h3'))
    .toContain(`今天 ${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`);
}

async function report(page: Page, no: string, note: string, period: string, late = false): Promise<void> {
  const t = row(page, no);
  await t.locator('button.toggle').click();
  const form = page.locator('[data-testid="entry-form"]');
  // the round offered first is the one the rules give (rounds.ts defaultRound)
  expect(await form.locator('select').first().inputValue()).toBe(period);
  const option = await form.locator(`select option[value="${period}"]`).first().textContent();
  expect(option).toContain(late ? '（已过·未报）' : '节点');
  expect(await form.locator('[data-testid="late-hint"]').count()).toBe(late ? 1 : 0);
  await form.locator('textarea').fill(note);
  await form.getByRole('button', { name: '保存报送' }).click();
  await expect.poll(() => page.locator('[data-testid="history"] li').count()).toBe(1);
}

describe('rounds of 随政办发〔2024〕2号 from 6/14 to 7/16', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp({ fixedTime: at('2024-06-14'), hash: '#v=ledger' });
    await ledgerReady(s.page);
  });
  afterAll(async () => {
    expect(s?.errors ?? []).toEqual([]);
    expect(s?.network ?? []).toEqual([]);
    await s?.close();
  });

  it('on 6/14 a task that reports for the 6/15 round is not red for the April round it missed', async () => {
    const t = row(s.page, '10');
    expect(await t.getAttribute('data-light')).toBe('red'); // nothing reported: April (and the 2/20 plan) missed
    await report(s.page, '10', '专汽产值增长5.8%，提前报送6月进展', '2024-06-15');
    await expect.poll(() => t.getAttribute('data-light')).toBe('green');
    expect(await t.getAttribute('data-reason')).toBe('reported');
    expect(await t.locator('[data-testid="missed-count"]').textContent()).toBe('漏报2次');
    const h = await s.page.locator('[data-testid="history"] li').first().textContent();
    expect(h).toContain('6月15日节点');
    expect(h).not.toContain('迟报');
    await t.locator('button.toggle').click();
    // the leader's summary counts it on pace and keeps the rounds missed in a column of their own
    const leader = (await t.locator('td').nth(3).textContent())?.split('、')[0] ?? '';
    const cells = s.page.locator(`[data-testid="summary-table"] tr[data-name="${leader}"]`);
    expect(Number(await cells.locator('td[data-col="onPace"]').textContent())).toBeGreaterThanOrEqual(1);
    expect(Number(await cells.locator('td[data-col="missedReports"]').textContent())).toBeGreaterThanOrEqual(2);
  });

  it('the calendar card of 6/15 shows 应报/已报/未报 and every lead unit on demand', async () => {
    const card = s.page.locator('[data-testid="calendar-upcoming"][data-date="2024-06-15"]');
    const counts = (await card.locator('[data-testid="day-counts"]').textContent())?.replace(/\s+/g, ' ') ?? '';
    expect(counts).toContain('应报 162 项');
    expect(counts).toContain('已报 1 项');
    expect(counts).toContain('未报 161 项');
    expect(await card.textContent()).not.toMatch(/等\d+家/);
    const units = card.locator('[data-testid="day-units"]');
    expect(await units.locator('tbody tr').first().isVisible()).toBe(false);
    await units.locator('summary').click();
    const rows = units.locator('tbody tr');
    await expect.poll(() => rows.first().isVisible()).toBe(true);
    const n = await rows.count();
    expect(n).toBeGreaterThan(8);
    expect(await units.locator('summary').textContent()).toContain(`牵头单位 ${n} 家`);
    // every unit listed adds up to the tasks due that day
    const dueSum = (await rows.locator('td:nth-of-type(1)').allTextContents()).reduce((a, x) => a + Number(x), 0);
    expect(dueSum).toBeGreaterThanOrEqual(162);
    const unit10 = (await row(s.page, '10').locator('td').nth(4).textContent())?.split('、')[0] ?? '';
    expect(await units.locator(`tr[data-unit="${unit10}"] td`).nth(1).textContent()).toBe('1');
    await card.scrollIntoViewIfNeeded();
    await s.page.locator('[data-testid="ledger-calendar"]').screenshot({ path: artifactPath('calendar-rounds.png') });
  });

  it('on 6/16 the task is green, April still 漏报', async () => {
    await moveClock(s, '2024-06-16');
    const t = row(s.page, '10');
    // the table may be drawn before the stored reports are read back: wait for them
    await expect.poll(() => t.getAttribute('data-light'), { timeout: 30_000 }).toBe('green');
    expect(await t.locator('[data-testid="missed-count"]').textContent()).toBe('漏报2次');
    // another task, with nothing for June, is red
    expect(await row(s.page, '11').getAttribute('data-light')).toBe('red');
    const past = s.page.locator('[data-testid="calendar-past"][data-date="2024-06-15"]');
    expect((await past.locator('[data-testid="day-counts"]').textContent())?.replace(/\s+/g, ' ')).toContain('已报 1 项');
  });

  it('on 7/16 a report for the June round fills it, marked 迟报', async () => {
    await moveClock(s, '2024-07-16');
    const t = row(s.page, '11');
    expect(await t.getAttribute('data-light')).toBe('red');
    await report(s.page, '11', '6月进展（补报）', '2024-06-15', true);
    await expect.poll(() => t.getAttribute('data-light')).toBe('green');
    expect(await t.textContent()).toContain('迟报');
    expect(await s.page.locator('[data-testid="history"] li').first().textContent()).toContain('6月15日节点（迟报）');
    await t.locator('button.toggle').click();
    const past = s.page.locator('[data-testid="calendar-past"][data-date="2024-06-15"]');
    expect((await past.locator('[data-testid="day-counts"]').textContent())?.replace(/\s+/g, ' ')).toContain('已报 2 项（迟报 1）');
  });

  it('prints the task list with a document column, the light in words and the day printed apart from the import', async () => {
    await s.page.goto(`${APP_URL}#y=2024`);
    await s.page.reload();
    await s.page.waitForSelector('[data-testid="task-count"]', { timeout: 60_000 });
    await s.page.emulateMedia({ media: 'print' });
    const table = s.page.locator('[data-testid="task-print-table"]');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(100);
    const caption = await table.locator('caption').textContent();
    expect(caption).toContain('打印日期 2024年7月16日');
    expect(caption).toContain('数据导入截至 2024年6月14日');
    expect(await table.locator('thead th').allTextContents()).toEqual(['文件', '序号', '任务', '责任领导', '牵头单位', '责任单位', '完成时限', '状态', '推进灯', '最新进展']);
    const docs = new Set(await table.locator('tbody td.doc').allTextContents());
    expect(docs.size).toBeGreaterThan(1);
    for (const d of docs) expect(d.trim()).not.toBe('');
    const lights = (await table.locator('tbody td.light').allTextContents()).filter((x) => x !== '');
    expect(lights.length).toBeGreaterThan(100);
    for (const l of lights) expect(l).toMatch(/^(红灯（|黄灯（|绿灯（|已销号|未到期)/);
    expect(lights.some((l) => /漏报\d+次/.test(l))).toBe(true);
    const pdf = artifactPath('tasks-print-rounds.pdf');
    await s.page.pdf({ path: pdf, printBackground: true, format: 'A4', landscape: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', pdf, artifactPath('tasks-print-rounds')]);
    await s.page.emulateMedia({ media: null });
  });
});
