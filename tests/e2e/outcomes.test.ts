// Promise → outcome in real Chromium on dist/index.html over file://: the 2024 targets of
// 随政办发〔2024〕2号 (seed 002) against 回眸2024 of the 2025 report (seed 000) in the attainment chart
// and table; 市文旅局 and 市文化和旅游局 as one unit in the filter and the charts; a unit merge made in
// the UI surviving a reload and a backup restored into a fresh browser; a pair decision kept; and the
// province → city links and coverage chart. Screenshots at 1366×768 go to tests/e2e/artifacts/.
//
// Seed facts used (grep the seeds): 002 has 新建城市绿道12公里, 改造老旧小区112个, 实现城镇新增就业1.6万人,
// 地区生产总值增长6.5%; 000 has 新增绿道15.3公里, 改造老旧小区112个, 城镇新增就业2.1万人,
// 地区生产总值预计全年增长6.5%. 002 names 市文旅局 in 14 tasks and 市文化和旅游局 in 14 others; 柴普军
// leads the two tasks behind 新建城市绿道12公里 and 见缝插绿建设口袋公园、社区公园10处; 市档案馆 and 市统计局 are
// named by 2 tasks each and never together (the merge below is a test of the mechanics, not a claim).
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/universal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTAINMENT_COLUMNS } from '../../src/lib/export/attainmentCsv';
import { artifactPath, drawAllCharts, openApp, type Page, type Session } from './browser';

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('li.task', { timeout: 30_000 });
  await page.waitForSelector('#attainment tbody tr', { timeout: 30_000 });
}

/** Charts draw when scrolled near (issue 11): bring each card into view and wait for it. */
async function chartsDrawn(page: Page): Promise<void> {
  await drawAllCharts(page);
}

const row = (page: Page, targetText: string) =>
  page
    .locator('#attainment tbody tr')
    .filter({ has: page.locator('.quote', { hasText: targetText }) })
    .first();

async function unitOptions(page: Page): Promise<string[]> {
  return page.locator('select[data-filter="unit"] option').allTextContents();
}

describe('promise → outcome in Chromium over file://', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await ready(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the 2024 targets of 002 with their outcomes from 000 and the right statuses', async () => {
    const cases: Array<[string, string, string]> = [
      ['新建城市绿道12公里', '新增绿道15.3公里', 'exceeded'],
      ['改造老旧小区112个', '改造老旧小区112个', 'met'],
      ['实现城镇新增就业1.6万人', '城镇新增就业2.1万人', 'exceeded'],
      ['地区生产总值增长6.5%', '地区生产总值预计全年增长6.5%', 'met'],
    ];
    for (const [target, achieved, status] of cases) {
      const r = row(s.page, target);
      expect(await r.getAttribute('data-status'), target).toBe(status);
      expect(await r.textContent(), target).toContain(achieved);
    }
    expect(await row(s.page, '地区生产总值增长6.5%').locator('.estimate').textContent()).toBe('预计');
    expect(await row(s.page, '新建城市绿道12公里').locator('.estimate').count()).toBe(0);
  });

  it('limits the table to the main targets on request', async () => {
    const all = Number(await s.page.textContent('[data-testid="attainment-count"]'));
    await s.page.check('[data-testid="attainment-main-only"]');
    await expect.poll(async () => Number(await s.page.textContent('[data-testid="attainment-count"]'))).toBeLessThan(all);
    expect(await row(s.page, '地区生产总值增长6.5%').count()).toBe(1);
    expect(await row(s.page, '新建城市绿道12公里').count()).toBe(0);
    await s.page.uncheck('[data-testid="attainment-main-only"]');
    await expect.poll(async () => Number(await s.page.textContent('[data-testid="attainment-count"]'))).toBe(all);
  });

  it('exports the table as an Excel sheet and as CSV, a row per pair shown', async () => {
    const shown = Number(await s.page.textContent('[data-testid="attainment-count"]'));
    expect(shown).toBeGreaterThan(4);
    const [xlsx] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="attainment-xlsx"]')]);
    expect(xlsx.suggestedFilename()).toMatch(/目标完成情况-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const xlsxPath = artifactPath('attainment.xlsx');
    await xlsx.saveAs(xlsxPath);
    const sheets = (await readXlsxFile(readFileSync(xlsxPath).buffer as ArrayBuffer)) as { sheet: string; data: unknown[][] }[];
    expect(sheets.map((x) => x.sheet)).toEqual(['目标完成情况', '说明']);
    const [header, ...rows] = sheets[0]!.data;
    expect(header).toEqual([...ATTAINMENT_COLUMNS]);
    expect(rows).toHaveLength(shown);
    const col = (c: string) => header!.indexOf(c);
    const greenway = rows.find((r) => String(r[col('目标原文')]).includes('新建城市绿道12公里'))!;
    expect(String(greenway[col('成绩原文')])).toContain('新增绿道15.3公里');
    expect(greenway[col('完成情况')]).toBe('超额完成');

    const [csv] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="attainment-csv"]')]);
    const csvPath = artifactPath('attainment.csv');
    await csv.saveAs(csvPath);
    const lines = readFileSync(csvPath, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter((l) => l !== '');
    // (no field of these rows holds a line break)
    expect(lines).toHaveLength(shown + 1);
    expect(lines[0]).toBe([...ATTAINMENT_COLUMNS, '来源', '导出日期'].join(','));
  });

  it('draws the attainment chart and the coverage chart', async () => {
    await chartsDrawn(s.page);
    for (const id of ['attainment', 'alignmentCoverage']) {
      const card = s.page.locator(`[data-chart-id="${id}"]`);
      expect(await card.locator('[data-chart-ready="true"]').count(), id).toBe(1);
    }
    await s.page.locator('[data-chart-id="attainment"]').scrollIntoViewIfNeeded();
    await s.page.waitForTimeout(600);
    await s.page.screenshot({ path: artifactPath('outcomes-attainment-chart.png') });
  });

  it("counts a leader's promises with the shared leader filter", async () => {
    await s.page.selectOption('select[data-filter="leader"]', '柴普军');
    await expect.poll(() => s.page.locator('#attainment tbody tr').count()).toBe(2);
    expect(await s.page.textContent('[data-testid="attainment-count"]')).toBe('2');
    await s.page.locator('#attainment').scrollIntoViewIfNeeded();
    await s.page.screenshot({ path: artifactPath('outcomes-attainment-table-leader.png') });
    await s.page.selectOption('select[data-filter="leader"]', '');
  });

  it('counts 市文旅局 and 市文化和旅游局 as one unit', async () => {
    const options = await unitOptions(s.page);
    expect(options.some((o) => o.startsWith('市文旅局'))).toBe(false);
    expect(options).toContain('市文化和旅游局（28）');
    await s.page.selectOption('select[data-filter="unit"]', '市文化和旅游局');
    await expect.poll(() => s.page.textContent('[data-testid="task-count"]')).toBe('28');
    // the task list still shows the names as written, both spellings among the 28
    const written = await s.page.locator('li.task dd').allTextContents();
    expect(written.some((t) => t.includes('市文旅局'))).toBe(true);
    expect(written.some((t) => t.includes('市文化和旅游局'))).toBe(true);
    // and the lead-unit chart counts one unit
    await chartsDrawn(s.page);
    await s.page.selectOption('select[data-filter="unit"]', '');
  });

  it('keeps a pair decision after a reload', async () => {
    const r = row(s.page, '新建城市绿道12公里');
    await r.getByRole('button', { name: '取消配对' }).click();
    await expect.poll(() => row(s.page, '新建城市绿道12公里').getAttribute('data-status')).toBe('not-reported');
    await s.page.reload();
    await ready(s.page);
    expect(await row(s.page, '新建城市绿道12公里').getAttribute('data-status')).toBe('not-reported');
    expect(await row(s.page, '新建城市绿道12公里').textContent()).toContain('已取消配对');
    await row(s.page, '新建城市绿道12公里').getByRole('button', { name: '恢复自动' }).click();
    await expect.poll(() => row(s.page, '新建城市绿道12公里').getAttribute('data-status')).toBe('exceeded');
  });

  it('merges two units in the UI, keeps the merge after a reload and in a backup restored elsewhere', async () => {
    const before = await unitOptions(s.page);
    const count = (name: string, list: string[]) => Number(/（(\d+)）$/.exec(list.find((o) => o.startsWith(`${name}（`)) ?? '')?.[1] ?? NaN);
    const a = count('市统计局', before);
    const b = count('市档案馆', before);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    await s.page.selectOption('[data-testid="merge-from"]', '市档案馆');
    await s.page.selectOption('[data-testid="merge-into"]', '市统计局');
    await s.page.getByRole('button', { name: '合并', exact: true }).click();
    await expect.poll(async () => (await unitOptions(s.page)).some((o) => o.startsWith('市档案馆（'))).toBe(false);
    expect(count('市统计局', await unitOptions(s.page))).toBe(a + b);

    await s.page.reload();
    await ready(s.page);
    expect(count('市统计局', await unitOptions(s.page))).toBe(a + b);
    expect(await s.page.locator('[data-testid="unit-names"] .edits li').allTextContents()).toEqual([expect.stringContaining('“市档案馆”并入“市统计局”')]);

    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="export-backup"]')]);
    const path = artifactPath('outcomes-backup.json');
    await download.saveAs(path);

    const other = await openApp();
    try {
      await ready(other.page);
      expect(count('市档案馆', await unitOptions(other.page))).toBe(b);
      await other.page.setInputFiles('[data-testid="restore-backup-input"]', path);
      await expect.poll(() => other.page.textContent('[data-testid="backup-result"]')).toContain('恢复');
      await expect.poll(async () => count('市统计局', await unitOptions(other.page))).toBe(a + b);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }

    // undo in the first browser: both units come back
    await s.page.locator('[data-testid="unit-names"] .edits').getByRole('button', { name: '撤销' }).click();
    await expect.poll(async () => count('市档案馆', await unitOptions(s.page))).toBe(b);
  });

  it("links provincial tasks to the city's own tasks in the task list", async () => {
    await s.page.fill('input[aria-label="关键词搜索"]', '第五次经济普查');
    const item = s.page.locator('li.task').filter({ hasText: '做好第五次经济普查' });
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    const link = item.locator('[data-testid="task-links"] button').first();
    expect(await link.textContent()).toMatch(/第121项$/);
    await item.scrollIntoViewIfNeeded();
    await s.page.screenshot({ path: artifactPath('outcomes-alignment-links.png') });
    await link.click();
    await expect.poll(() => s.page.locator('li.task').filter({ hasText: '抓好第五次全国经济普查工作' }).count()).toBe(1);
    await s.page.fill('input[aria-label="关键词搜索"]', '');
    await s.page.locator('.filters .clear').click();
    await chartsDrawn(s.page);
    await s.page.locator('[data-chart-id="alignmentCoverage"]').scrollIntoViewIfNeeded();
    await s.page.waitForTimeout(600);
    await s.page.screenshot({ path: artifactPath('outcomes-alignment-coverage.png') });
  });

  it('made no network request and logged no error', () => {
    expect(s.network).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
