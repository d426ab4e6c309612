// The 督查室 ledger in real Chromium on dist/index.html over file://, the page's clock pinned to
// 2024-06-20 (10:00 Beijing time): the reporting calendar of 随政办发〔2024〕2号 (read from the notice:
// 民生实事 每月15日前; 重点工作 4/15, 6/15, 10/15, 12/15; the plan by 2/20), a task red for the missed
// June report and green after one, the 黄继军 summary against the task list, the 台账 out as .xlsx and
// a unit's edited copy back in, the 通报 as A4 pages and .docx, the light filter in the URL, and the
// whole 2024 task list printed as a table. Screenshots (1366×768) go to tests/e2e/artifacts/.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import readXlsxFile from 'read-excel-file/universal';
import { unzipSync, strFromU8 } from 'fflate';
import { readLedgerXlsx } from '../../src/lib/import/ledgerXlsx';
import { SHEET_COLUMNS } from '../../src/lib/ledger/sheet';
import { artifactPath, openApp, type Page, type Session } from './browser';

const TODAY = '2024-06-20T10:00:00+08:00';
const DOC = '随政办发〔2024〕2号';

async function ledgerReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="ledger-table"] tr.row', { timeout: 30_000 });
}

/** Every row of the ledger table on screen (it shows 100 at first). */
async function showAll(page: Page): Promise<void> {
  while (await page.locator('[data-testid="ledger-view"] .more').count()) await page.click('[data-testid="ledger-view"] .more');
}

/** The ledger row of a task by its printed number (002 numbers its key tasks 1–157, 民生实事 一–五). */
const row = (page: Page, no: string) => page.locator('[data-testid="ledger-table"] tr.row').filter({ has: page.locator('td.no', { hasText: new RegExp(`^${no}$`) }) });

describe('the 督查台账 of 随政办发〔2024〕2号 on 2024-06-20', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp({ fixedTime: TODAY, hash: '#v=ledger' });
    await ledgerReady(s.page);
  });
  afterAll(async () => {
    expect(s?.errors ?? []).toEqual([]);
    expect(s?.network ?? []).toEqual([]);
    await s?.close();
  });

  it('works on the notice and shows today as the clock says', async () => {
    expect(await s.page.locator('[data-testid="ledger-doc"]').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(DOC);
    expect(await s.page.textContent('[data-testid="ledger-calendar"] h3')).toContain('今天 2024年6月20日');
  });

  it('shows the 6/15 report as past, and the next monthly and key-task dates', async () => {
    const past = s.page.locator('[data-testid="calendar-past"][data-date="2024-06-15"]');
    await expect.poll(() => past.count()).toBe(1);
    expect(await past.textContent()).toContain('已过');
    expect(await past.textContent()).toContain('未报 162 项');
    const monthly = s.page.locator('[data-testid="rule-timeline"] li[data-cycle="monthly"]');
    expect(await monthly.locator('[data-testid="rule-previous"]').textContent()).toBe('上次 6月15日（已过）');
    expect(await monthly.locator('[data-testid="rule-next"]').textContent()).toBe('下次 7月15日（25天后）');
    const keyTasks = s.page.locator('[data-testid="rule-timeline"] li[data-cycle="dates"]');
    expect(await keyTasks.locator('[data-testid="rule-next"]').textContent()).toBe('下次 10月15日（117天后）');
    // The next date due: 7/15, for the five 民生实事 items, their lead units, and 责任单位 5 days earlier.
    const next = s.page.locator('[data-testid="calendar-upcoming"]').first();
    expect(await next.getAttribute('data-date')).toBe('2024-07-15');
    expect(await next.textContent()).toContain('应报 5 项');
    expect(await next.textContent()).toContain('市住房和城乡建设局'); // 市住建局 under its canonical name (units/canonical.ts)
    expect(await next.textContent()).toContain('责任单位须于 7月10日 前报牵头单位汇总');
  });

  it('shows a task without a June report red, and green after an entry for that period', async () => {
    const t = row(s.page, '10');
    expect(await t.getAttribute('data-light')).toBe('red');
    expect(await t.getAttribute('data-reason')).toBe('missed');
    await t.locator('button.toggle').click();
    const form = s.page.locator('[data-testid="entry-form"]');
    // The period offered first is the June one just missed.
    expect(await form.locator('select').first().inputValue()).toBe('2024-06-15');
    await form.locator('textarea').fill('专汽产值增长5.8%，新能源车渗透率6.1%');
    await form.locator('input[placeholder^="文件名称"]').fill('市经信局6月进展报告');
    await form.getByRole('button', { name: '保存报送' }).click();
    await expect.poll(() => t.getAttribute('data-light')).toBe('green');
    expect(await t.textContent()).toContain('迟报');
    const history = s.page.locator('[data-testid="history"] li');
    expect(await history.count()).toBe(1);
    expect(await history.first().textContent()).toContain('6月15日节点（迟报）');
    // Another task is still red: the entry belongs to task 10 only.
    expect(await row(s.page, '11').getAttribute('data-light')).toBe('red');
    await t.locator('button.toggle').click();
  });

  it('corrects a report in place, and a cancelled correction changes nothing', async () => {
    const t = row(s.page, '10');
    await t.locator('button.toggle').click();
    const history = s.page.locator('[data-testid="history"] li');
    const edit = async (note: string) => {
      await history.first().getByRole('button', { name: /^修改/ }).click();
      const form = s.page.locator('[data-testid="entry-edit-form"]');
      expect(await form.locator('textarea').inputValue()).not.toBe('');
      await form.locator('textarea').fill(note);
      await form.getByRole('button', { name: '保存修改' }).click();
      await expect.poll(() => s.page.locator('[data-testid="entry-edit-form"]').count()).toBe(0);
    };
    await edit('专汽产值增长5.9%，新能源车渗透率6.1%');
    expect(await history.count()).toBe(1);
    expect(await history.first().textContent()).toContain('专汽产值增长5.9%');
    expect(await history.first().textContent()).toContain('6月15日节点（迟报）');
    expect(await t.getAttribute('data-light')).toBe('green');
    // 取消 leaves it as it was
    await history.first().getByRole('button', { name: /^修改/ }).click();
    await s.page.locator('[data-testid="entry-edit-form"] textarea').fill('不保存的内容');
    await s.page.locator('[data-testid="entry-edit-form"]').getByRole('button', { name: '取消' }).click();
    expect(await history.first().textContent()).toContain('专汽产值增长5.9%');
    // (back as written, for the export below)
    await edit('专汽产值增长5.8%，新能源车渗透率6.1%');
    expect(await history.first().textContent()).toContain('专汽产值增长5.8%');
    await t.locator('button.toggle').click();
  });

  it('records 销号 with its date and basis', async () => {
    await showAll(s.page);
    const t = row(s.page, '一');
    await t.locator('button.toggle').click();
    const form = s.page.locator('[data-testid="entry-form"]');
    await form.locator('select').nth(1).selectOption('已完成');
    await form.locator('textarea').fill('5条断头路全部通车');
    await form.getByRole('button', { name: '保存报送' }).click();
    // No basis yet: refused, said why.
    await expect.poll(() => form.locator('[role="alert"]').textContent()).toContain('完成依据');
    await form.locator('input[placeholder^="如：通过竣工验收"]').fill('市住建局竣工验收意见');
    await form.getByRole('button', { name: '保存报送' }).click();
    await expect.poll(() => t.getAttribute('data-light')).toBe('done');
    expect(await s.page.locator('[data-testid="history"]').textContent()).toContain('依据：市住建局竣工验收意见');
    await t.locator('button.toggle').click();
  });

  it('counts for 黄继军 exactly the tasks the task list shows for 黄继军', async () => {
    const table = s.page.locator('[data-testid="summary-table"]');
    const huang = table.locator('tr[data-name="黄继军"]');
    const cells = async () => Object.fromEntries(await huang.locator('td').evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-col'), td.textContent?.trim()])));
    const c = await cells();
    const total = Number(c.tasks);
    expect(total).toBeGreaterThan(10);
    expect(Number(c.done) + Number(c.onPace) + Number(c.dueSoon) + Number(c.behind) + Number(c.overdue) + Number(c.notDue)).toBe(total);
    expect(Number(c.onPace)).toBe(1); // task 10, reported above
    expect(Number(c.behind)).toBe(total - 1);
    // Click-through lists those tasks.
    await huang.locator('button.name').click();
    await expect.poll(() => s.page.textContent('[data-testid="ledger-count"]')).toBe(String(total));
    expect(await s.page.textContent('[data-testid="ledger-focus"]')).toContain('黄继军');
    // The task list, filtered by the leader, shows as many for this notice.
    await s.page.goto(s.page.url().replace(/#.*$/, `#l=${encodeURIComponent('黄继军')}&d=${encodeURIComponent(await docId(s.page))}`));
    await s.page.waitForSelector('[data-testid="task-count"]');
    await expect.poll(() => s.page.textContent('[data-testid="task-count"]')).toBe(String(total));
    await s.page.goto(s.page.url().replace(/#.*$/, '#v=ledger'));
    await ledgerReady(s.page);
  });

  it('keeps the light filter in the URL', async () => {
    await s.page.click('[data-testid="light-filter-green"]');
    await expect.poll(() => s.page.url()).toContain('g=green');
    await expect.poll(() => s.page.textContent('[data-testid="ledger-count"]')).toBe('1');
    await s.page.reload();
    await ledgerReady(s.page);
    expect(await s.page.getAttribute('[data-testid="light-filter-green"]', 'aria-pressed')).toBe('true');
    expect(await s.page.textContent('[data-testid="ledger-count"]')).toBe('1');
    await s.page.click('[data-testid="light-filter-green"]');
    await expect.poll(() => s.page.textContent('[data-testid="ledger-count"]')).toBe('162');
  });

  it('exports the 台账 as .xlsx with every task, each row naming its round and showing the last report', async () => {
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="export-xlsx"]')]);
    expect(download.suggestedFilename()).toBe('随政办发〔2024〕2号-台账-2024-06-20.xlsx');
    const path = artifactPath('ledger-export.xlsx');
    await download.saveAs(path);
    const raw = await readLedgerXlsx(new Uint8Array(readFileSync(path)));
    if (!raw.ok) throw new Error(raw.reason);
    expect(raw.data.rows[4]).toEqual([...SHEET_COLUMNS]);
    expect(raw.data.rows).toHaveLength(5 + 162);
    const col = (c: string) => SHEET_COLUMNS.indexOf(c as (typeof SHEET_COLUMNS)[number]);
    const r10 = raw.data.rows.find((r) => r[0] === '10');
    // June answered (late): the row is for the next round, the June report shown as the last one.
    expect(r10?.[col('报送期')]).toBe('2024年10月15日');
    expect(r10?.[col('上次报送')]).toContain('专汽产值增长5.8%，新能源车渗透率6.1%');
  });

  it("imports a unit's edited copy: a preview of exactly the rows changed, then new entries", async () => {
    const sheets = (await readXlsxFile(readFileSync(artifactPath('ledger-export.xlsx')).buffer as ArrayBuffer)) as { sheet: string; data: unknown[][] }[];
    const main = sheets.find((x) => x.sheet === '台账')!;
    const col = (c: string) => main.data[4]!.indexOf(c); // four title rows, then the header
    const edit = (no: string, values: Record<string, string>) => {
      const r = main.data.find((x) => x[0] === no)!;
      for (const [k, v] of Object.entries(values)) r[col(k)] = v;
    };
    edit('12', { 本期进展: '完成投资3.2亿元', 状态: '推进中' });
    edit('30', { 本期进展: 'PPP项目已签约2个', 状态: '推进中' });
    edit('二', { 任务: '（单位改写了任务）', 本期进展: '平台已上线' });
    // Saved again as a unit's office suite would: every sheet, cells as text.
    const blob = await writeXlsxFile(
      sheets.map((x) => ({ sheet: x.sheet, data: x.data.map((r) => r.map((v) => ({ value: v === null ? '' : String(v), type: String }))) })) as never,
    ).toBlob();
    const edited = artifactPath('ledger-returned.xlsx');
    writeFileSync(edited, new Uint8Array(await blob.arrayBuffer()));

    await s.page.setInputFiles('[data-testid="sheet-import-input"]', edited);
    const preview = s.page.locator('[data-testid="sheet-import-preview"]');
    await preview.waitFor();
    expect(await preview.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-no')))).toEqual(['12', '30', '二']);
    expect(await preview.locator('tr[data-no="12"]').textContent()).toContain('2024年6月15日报送期（迟报）');
    expect(await preview.locator('tr[data-no="二"]').textContent()).toContain('任务内容与本机不一致');
    expect(await preview.textContent()).toContain('未变 159 行');
    // Unconfirmed, the changed-text row stays out.
    expect(await s.page.textContent('[data-testid="sheet-import-apply"]')).toBe('确认导入 2 条');
    await s.page.click('[data-testid="sheet-import-apply"]');
    await expect.poll(() => s.page.textContent('[data-testid="sheet-import-message"]')).toContain('已导入 2 条进展');
    await showAll(s.page);
    await expect.poll(() => row(s.page, '12').getAttribute('data-light')).toBe('green');
    expect(await row(s.page, '30').getAttribute('data-light')).toBe('green');
    expect(await row(s.page, '二').getAttribute('data-light')).toBe('red');
    expect(await row(s.page, '13').getAttribute('data-light')).toBe('red');
  });

  it('takes screenshots of the ledger view and the summary', async () => {
    await s.page.evaluate(() => window.scrollTo(0, 0));
    await s.page.waitForTimeout(500);
    await s.page.screenshot({ path: artifactPath('ledger-view.png') });
    await s.page.locator('[data-testid="ledger-summary"]').scrollIntoViewIfNeeded();
    await s.page.waitForTimeout(800);
    await s.page.locator('[data-testid="ledger-summary"]').screenshot({ path: artifactPath('ledger-summary.png') });
  });

  it('renders the 通报 as A4 pages whose counts match the ledger, and as a .docx', async () => {
    await s.page.click('[data-testid="open-briefing"]');
    await s.page.waitForSelector('[data-testid="briefing-page"]', { timeout: 30_000 });
    const pages = s.page.locator('[data-testid="briefing-page"]');
    const n = await pages.count();
    expect(n).toBeGreaterThan(1);
    const first = (await pages.first().textContent()) ?? '';
    expect(first).toContain(DOC);
    expect(first).toContain('2024年6月15日报送期');
    expect(first).toContain('随政督通〔2024〕第1期');
    expect(first).toContain('关于2024年《政府工作报告》重点工作任务推进情况的通报');
    expect(first).toContain('各县（市、区）人民政府，市政府各部门：');
    expect(first).toContain('本期应报送进展的任务162项');
    expect(await pages.last().textContent()).toContain(`— ${n} —`);
    await s.page.screenshot({ path: artifactPath('briefing-page.png') });

    // Printed, the sheets are the pages.
    await s.page.emulateMedia({ media: 'print' });
    const pdf = artifactPath('briefing.pdf');
    await s.page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await s.page.emulateMedia({ media: 'screen' });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(n);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);

    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="briefing-docx"]')]);
    expect(download.suggestedFilename()).toBe('随政督通〔2024〕第1期-督查通报-2024-06-15报送期.docx');
    const path = artifactPath('briefing.docx');
    await download.saveAs(path);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml'] as Uint8Array);
    expect(xml).toContain('关于2024年《政府工作报告》重点工作任务推进情况的通报');
    expect(xml).toContain('本期应报送进展的任务162项');
  });
});

describe('printing the task list', () => {
  it('prints every 2024 task as a table row, the header repeated on each page', async () => {
    const s = await openApp({ fixedTime: TODAY, hash: '#y=2024' });
    try {
      await s.page.waitForSelector('[data-testid="task-count"]', { timeout: 30_000 });
      const count = Number(await s.page.textContent('[data-testid="task-count"]'));
      expect(count).toBeGreaterThan(60); // more than the screen shows at first
      await s.page.emulateMedia({ media: 'print' });
      const rows = s.page.locator('[data-testid="task-print-table"] tbody tr');
      // The table is rendered when printing starts (print media), not kept in the page: wait for it.
      await expect.poll(() => rows.count()).toBe(count);
      expect(await s.page.locator('[data-testid="task-print-table"]').isVisible()).toBe(true);
      expect(await s.page.locator('#task-list .list').isVisible()).toBe(false);
      const pdf = artifactPath('tasks-2024.pdf');
      await s.page.pdf({ path: pdf, printBackground: true });
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const pages = text.split('\f').filter((p) => p.trim() !== '');
      const tablePages = pages.filter((p) => /地区生产总值增长6\.5%|序号\s+任务\s+责任领导/.test(p));
      expect(tablePages.length).toBeGreaterThan(3);
      // From the page the table starts on, every page begins with its header row.
      const startAt = pages.findIndex((p) => /序号\s+任务\s+责任领导/.test(p));
      for (const p of pages.slice(startAt)) expect(p).toMatch(/序号\s+任务\s+责任领导\s+牵头单位/);
      // The last task of the list is printed.
      const lastText = await rows.last().locator('td').nth(2).textContent(); // after 文件 and 序号
      expect(text.replace(/\s+/g, '')).toContain((lastText ?? '').replace(/\s+/g, '').slice(0, 12));
    } finally {
      await s.close();
    }
  });
});

async function docId(page: Page): Promise<string> {
  return page.locator('[data-testid="ledger-doc"]').inputValue();
}
