// A research corpus is not a ledger (issue 23 item 7), in real Chromium on dist/index.html over file://,
// on today's clock (every plan year of the bundled documents is past: judged as before, every task of a
// report would be red, 逾期未完成; a pinned clock would stop the charts' animations from finishing):
// - reports only in scope: no pace light and no 逾期未完成 anywhere, the leader and unit charts replaced
//   by one line, the 督查台账 saying why it has nothing; with the bundled notices the ledger is as before;
// - the State Council's 2024 report imported with three 2024 reports of places below it: 主要预期目标对比
//   and the target trend draw the national figure as a dashed reference line (全国：增长5%左右), not as one
//   more place. Screenshots go to tests/e2e/artifacts/.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, drawAllCharts, openApp, type Page, type Session } from './browser';

const CORPUS = join(__dirname, '../fixtures/corpus');
const IMPORTS = ['国务院_2024.txt', '天津市_2024.txt', '上饶市_2024.txt', '漳州市_2024.txt'];
const RESPONSIBILITY_CHARTS = ['leaderLoad', 'leadUnits', 'supportUnits', 'leaderSankey', 'leaderSector'];

async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.waitForFunction((h) => location.hash === h || (h === '' && location.hash === ''), hash);
}

async function chartIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-chart-id]', (els) => els.map((e) => e.getAttribute('data-chart-id')!));
}

type Option = {
  series: Array<{ id?: string; name?: string; markLine?: { data: unknown[] } }>;
  yAxis: Array<{ data?: string[] }>;
  xAxis: Array<{ data?: string[] }>;
};

async function optionOf(page: Page, id: string): Promise<Option> {
  return page.locator(`[data-chart-id="${id}"] [data-chart-ready="true"]`).evaluate((el) => {
    const o = (el as HTMLElement & { __chart?: { getOption(): Option } }).__chart!.getOption();
    return JSON.parse(JSON.stringify({ series: o.series, yAxis: o.yAxis, xAxis: o.xAxis })) as Option;
  });
}

const nationalLabels = (o: Option): string[] =>
  (o.series.find((s) => s.id === 'national')?.markLine?.data ?? []).map((d) => {
    const first = (Array.isArray(d) ? d[0] : d) as { label?: { formatter?: string } };
    return first.label?.formatter ?? '';
  });

describe('a corpus of reports is not a ledger', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp({ hash: '#y=2023&y=2025' });
    await drawAllCharts(s.page, 60_000);
  });
  afterAll(async () => {
    expect(s?.errors ?? []).toEqual([]);
    expect(s?.network ?? []).toEqual([]);
    await s?.close();
  });

  it('shows no light and no 逾期未完成 on the reports of 2023 and 2025', async () => {
    await s.page.waitForSelector('#task-list li.task');
    // the ledger has been judged (the notices' tasks are red on this day) before looking for lights
    await s.page.waitForFunction(() => document.querySelectorAll('#task-list li.task').length > 0);
    expect(await s.page.locator('#task-list li.task').count()).toBeGreaterThan(10);
    expect(await s.page.locator('[data-light]').count()).toBe(0);
    expect(await s.page.locator('body').textContent()).not.toContain('逾期未完成');
    await s.page.screenshot({ path: artifactPath('research-reports-only.png'), fullPage: false });
  });

  it('replaces the leader and unit charts with one line', async () => {
    const ids = await chartIds(s.page);
    for (const id of RESPONSIBILITY_CHARTS) expect(ids).not.toContain(id);
    expect(ids).toContain('mainTargets');
    expect(await s.page.textContent('[data-testid="no-responsibility"]')).toContain('所选范围内没有分解通知，无责任分工');
    expect(await s.page.textContent('[data-testid="no-leaders"]')).toBe('所选范围内没有分解通知，无责任分工');
  });

  it('explains the empty 督查台账 and 督查通报', async () => {
    await s.page.click('[data-testid="view-ledger"]');
    const none = s.page.locator('[data-testid="ledger-view"] [data-testid="no-ledger"]');
    await none.waitFor();
    expect(await none.textContent()).toContain('所选范围内没有分解通知，无责任分工');
    expect(await s.page.locator('[data-testid="ledger-view"] [data-light]').count()).toBe(0);
    expect(await s.page.locator('[data-testid="ledger-doc"]').count()).toBe(0);
    await s.page.click('[data-testid="view-briefing"]');
    await s.page.locator('[data-testid="no-ledger"]').waitFor();
    expect(await s.page.textContent('[data-testid="no-ledger"]')).toContain('所选范围内没有分解通知');
    await s.page.click('[data-testid="view-dashboard"]');
  });

  it('with the bundled notices in scope, shows their lights, charts and ledger as before', async () => {
    await goTo(s.page, '');
    await drawAllCharts(s.page, 60_000);
    const ids = await chartIds(s.page);
    for (const id of RESPONSIBILITY_CHARTS) expect(ids).toContain(id);
    expect(await s.page.locator('[data-testid="no-responsibility"]').count()).toBe(0);
    // a 2024 notice task past its 年底前: red, 逾期未完成
    await goTo(s.page, '#y=2024');
    await s.page.waitForSelector('#task-list li.task [data-light="red"]', { timeout: 30_000 });
    expect(await s.page.locator('#task-list li.task [data-light="red"]').first().textContent()).toContain('逾期未完成');
    await s.page.click('[data-testid="view-ledger"]');
    await s.page.waitForSelector('[data-testid="ledger-table"] tr.row', { timeout: 30_000 });
    const options = await s.page.$$eval('[data-testid="ledger-doc"] option', (els) => els.map((e) => e.textContent));
    expect(options.sort()).toEqual(['随政办发〔2024〕2号', '随政办发〔2024〕7号']);
    expect(await s.page.locator('[data-testid="ledger-table"] tr.row[data-light="red"]').count()).toBe(100); // the first 100 rows shown, every one red
    await s.page.click('[data-testid="view-dashboard"]');
  });
});

describe('the national figure as a reference line', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await s.page.waitForSelector('[data-testid="import-file"]', { state: 'attached', timeout: 60_000 });
    await s.page.setInputFiles(
      '[data-testid="import-file"]',
      IMPORTS.map((f) => join(CORPUS, f)),
    );
    const batch = s.page.locator('[data-testid="batch-import"]');
    await batch.waitFor();
    await s.page.waitForFunction((el) => el !== null && el.querySelectorAll('[data-testid="batch-row"][data-status="waiting"]').length === 0, await batch.elementHandle(), {
      timeout: 150_000,
      polling: 200,
    });
    await batch.getByRole('button', { name: '全部导入' }).click();
    await batch.locator('[data-testid="batch-saved"]').waitFor({ timeout: 60_000 });
    await batch.getByRole('button', { name: '关闭' }).click();
    await s.page.waitForFunction(() => /共\s*9\s*份文件/.test(document.querySelector('header')?.textContent ?? ''), undefined, { timeout: 60_000 });
  });
  afterAll(async () => {
    expect(s?.errors ?? []).toEqual([]);
    expect(s?.network ?? []).toEqual([]);
    await s?.close();
  });

  it('draws 全国：增长5%左右 across the 2024 places, not as a bar of its own', async () => {
    await goTo(s.page, '#y=2024');
    await drawAllCharts(s.page, 60_000);
    const o = await optionOf(s.page, 'mainTargets');
    const docSeries = o.series.filter((x) => x.id?.startsWith('doc:')).map((x) => x.name);
    expect(docSeries.some((n) => n?.startsWith('天津市'))).toBe(true);
    expect(docSeries.some((n) => n?.startsWith('全国'))).toBe(false);
    expect(nationalLabels(o)[0]).toBe('全国：增长5%左右');
    const card = s.page.locator('[data-chart-id="mainTargets"]');
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: artifactPath('research-national-main-targets.png') });
  });

  // (the ranked view of more than eight documents, and its provinces summary: tests/unit/charts/national.test.ts)
  it('marks the 2024 national target on a place’s trend', async () => {
    await goTo(s.page, '');
    await drawAllCharts(s.page, 60_000);
    const o = await optionOf(s.page, 'targetTrend');
    const years = o.xAxis[0]!.data ?? [];
    if (years.includes('2024年')) expect(nationalLabels(o)).toEqual(['全国：增长5%左右']);
    else expect(nationalLabels(o)).toEqual([]);
    const card = s.page.locator('[data-chart-id="targetTrend"]');
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: artifactPath('research-national-trend.png') });
  });
});
