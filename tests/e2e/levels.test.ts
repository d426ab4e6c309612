// Levels in the page, in real Chromium over file://: provincial and city reports of the corpus imported
// beside the five seeds; 省级 and a year give the provinces' own targets ranked, no city among them; a
// province chosen as a place shows its own reports (本级) and, with 含下辖地区, the places inside it.
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, openApp, type Session } from './browser';

const CORPUS = resolve(__dirname, '../fixtures/corpus');
/** 2023: two provincial reports (四川 6%左右, 广西 5.5%左右, read in the texts) and five cities' reports in other provinces or in 湖北. */
const FILES = ['四川省_2023.txt', '广西壮族自治区_2023.txt', '鄂州市_2023.txt', '南通市_2023.txt', '揭阳市_2023.txt', '林芝市_2023.txt', '金昌市_2023.txt'];

type ChartEl = HTMLElement & {
  __chart?: { getOption(): { yAxis: Array<{ data?: string[] }>; series: Array<{ id?: string; name?: string; data: unknown[] }>; title: Array<{ text?: string }> } };
};

/** The 主要预期目标对比 chart's title, rows, series and target values (across places), once drawn with a title matching `title`. */
async function comparison(page: Page, title: RegExp): Promise<{ title: string; rows: string[]; values: number[]; series: string[] }> {
  const handle = await page.waitForFunction(
    (src) => {
      const el = document.querySelector('[data-chart-id="mainTargets"] [data-chart-ready="true"]') as ChartEl | null;
      const o = el?.__chart?.getOption();
      const text = o?.title?.[0]?.text ?? '';
      if (!o || !new RegExp(src).test(text)) return null;
      const target = o.series.find((s) => s.id === 'target');
      return {
        title: text,
        rows: o.yAxis[0]?.data ?? [],
        series: o.series.map((s) => s.name ?? ''),
        values: (target?.data ?? []).map((d) => (typeof d === 'object' && d !== null ? Number((d as { value: number }).value) : Number(d))),
      };
    },
    title.source,
    { timeout: 30_000, polling: 200 },
  );
  return (await handle.jsonValue()) as { title: string; rows: string[]; values: number[]; series: string[] };
}

describe('levels: 省级, 本级 and 含下辖地区', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp({ viewport: { width: 1366, height: 1000 } });
    await s.page.waitForFunction(() => /共\s*5\s*份文件/.test(document.querySelector('header')?.textContent ?? ''), null, { timeout: 60_000 });
    await s.page.setInputFiles(
      '[data-testid="import-file"]',
      FILES.map((f) => join(CORPUS, f)),
    );
    const batch = s.page.locator('[data-testid="batch-import"]');
    await batch.waitFor();
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"][data-status="parsed"]').length === 7, null, { timeout: 120_000, polling: 300 });
    await batch.getByRole('button', { name: '全部导入' }).click();
    await s.page.waitForFunction(() => /共\s*12\s*份文件/.test(document.querySelector('header')?.textContent ?? ''), null, { timeout: 60_000 });
  }, 240_000);
  afterAll(async () => {
    await s?.close();
  });

  it('ranks the provinces of 2023 from one choice of level: their own reports, no city', { timeout: 90_000 }, async () => {
    const { page } = s;
    const filters = page.locator('section.filters');
    await filters.getByRole('group', { name: '年份' }).getByRole('button', { name: '2023', exact: true }).click();
    await filters.locator('[data-level="province"]').click();
    await expect(filters.locator('[data-testid="filter-summary"]').textContent()).resolves.toContain('层级：省级');
    // two documents: a bar each per indicator (more than eight: one indicator ranked across places, tests/unit/analysis/levels.test.ts)
    await page.waitForFunction(
      () => {
        const o = (document.querySelector('[data-chart-id="mainTargets"] [data-chart-ready="true"]') as ChartEl | null)?.__chart?.getOption();
        return o !== undefined && o.series.length > 0 && o.series.every((x) => /^(四川省|广西壮族自治区)2023年$/.test(x.name ?? ''));
      },
      null,
      { timeout: 30_000, polling: 200 },
    );
    const c = await comparison(page, /^主要预期目标对比$/);
    expect(new Set(c.series)).toEqual(new Set(['四川省2023年', '广西壮族自治区2023年']));
    const gdpRow = c.rows.indexOf('地区生产总值');
    expect(gdpRow).toBeGreaterThanOrEqual(0);
    await page.locator('[data-chart-id="mainTargets"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('levels-province.png') });
    // 市级 instead: the cities, none of the provinces
    await filters.locator('[data-level="province"]').click();
    await filters.locator('[data-level="city"]').click();
    await page.waitForFunction(
      () => {
        const o = (document.querySelector('[data-chart-id="mainTargets"] [data-chart-ready="true"]') as ChartEl | null)?.__chart?.getOption();
        return o !== undefined && o.series.some((x) => /^鄂州市2023年$/.test(x.name ?? ''));
      },
      null,
      { timeout: 30_000, polling: 200 },
    );
    const cities = await comparison(page, /^主要预期目标对比$/);
    expect(cities.series.some((n) => n.startsWith('四川省') || n.startsWith('广西'))).toBe(false);
    await filters.locator('[data-level="city"]').click();
  });

  it('shows a province’s own reports by default and the places inside it with 含下辖地区', { timeout: 90_000 }, async () => {
    const { page } = s;
    await page.evaluate(() => (location.hash = '#p=%E6%B9%96%E5%8C%97%E7%9C%81'));
    const filters = page.locator('section.filters');
    await expect.poll(async () => (await filters.locator('[data-testid="filter-summary"]').textContent()) ?? '', { timeout: 15_000 }).toContain('地区：湖北省（本级）');
    // the seeds hold no report of 湖北省 itself (its report's notice was issued by 随州市): the page says so
    await expect.poll(async () => (await page.textContent('main')) ?? '', { timeout: 15_000 }).toContain('湖北省没有本级文件');
    await page.screenshot({ path: artifactPath('levels-own.png') });
    await filters.locator('[data-filter="sub"]').check();
    await expect.poll(async () => (await filters.locator('[data-testid="filter-summary"]').textContent()) ?? '', { timeout: 15_000 }).toContain('地区：湖北省（含下辖地区）');
    await expect.poll(async () => (await page.textContent('main')) ?? '', { timeout: 15_000 }).not.toContain('湖北省没有本级文件');
    // 随州市, 洪湖市 and 鄂州市 each under its own name
    const table = page.locator('.targets');
    await expect.poll(async () => (await table.textContent()) ?? '', { timeout: 30_000 }).toContain('鄂州市');
    expect(await table.textContent()).toContain('随州市');
    await page.screenshot({ path: artifactPath('levels-sub.png') });
  });
});
