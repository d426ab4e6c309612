// Citable exports (issue 23 item 6), in real Chromium on dist/index.html: the outcomes table's CSV and the
// place × year table's CSV and .xlsx open in LibreOffice with place, year and figures in their own columns
// (numbers as numbers), a source line and the export date; the 主要预期目标对比 image names its sources by
// count, year, level and kind and says which places state no figure. Images: artifacts/citable-*.png.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/universal';
import { syntheticCorpus } from '../../scripts/corpus/synthetic';
import { ATTAINMENT_COLUMNS } from '../../src/lib/export/attainmentCsv';
import { PLACE_YEAR_COLUMNS } from '../../src/lib/export/placeYearExport';
import { artifactPath, openApp, type Session } from './browser';
import { convert, parseCsv } from './office';

const ROOT = resolve(__dirname, '../..');
const seeds = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ fileName: f, text: readFileSync(join(ROOT, 'seeds', f), 'utf8') }));
// More reports with main targets: with more than 8 documents the target table becomes place × year.
const extra = syntheticCorpus(seeds, 40, { seed: 23 })
  .filter((d) => d.parsed.targets.some((t) => t.scope === 'main'))
  .slice(0, 6);
const dir = mkdtempSync(join(tmpdir(), 'citable-'));

type Sheet = { sheet: string; data: unknown[][] };
async function sheetsOf(file: string): Promise<Sheet[]> {
  const bytes = readFileSync(file);
  return (await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)) as Sheet[];
}

describe('citable exports', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp({ fixedTime: '2026-11-23T10:00:00+08:00' });
    await s.page.waitForSelector('#attainment tbody tr', { timeout: 60_000 });
  }, 90_000);
  afterAll(async () => {
    await s?.close();
  });

  it('exports the outcomes table with the plan and review place and year, numbers as numbers, source and date', async () => {
    const [csv] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="attainment-csv"]')]);
    const file = join(dir, 'attainment.csv');
    await csv.saveAs(file);
    // LibreOffice reads the CSV (UTF-8, comma) as a clerk's spreadsheet would: the header and typed cells
    const [sheet] = await sheetsOf(convert(file, 'xlsx', dir, 'CSV:44,34,76'));
    const [header, ...rows] = sheet!.data;
    expect(header).toEqual([...ATTAINMENT_COLUMNS, '来源', '导出日期']);
    const col = (c: string) => header!.indexOf(c);
    const greenway = rows.find((r) => String(r[col('目标原文')]).includes('新建城市绿道12公里'))!;
    expect([greenway[col('地区')], greenway[col('层级')], greenway[col('计划年份')]]).toEqual(['随州市', '市级', 2024]);
    expect([greenway[col('目标数值')], greenway[col('目标单位')], greenway[col('完成数值')], greenway[col('完成单位')]]).toEqual([12, '公里', 15.3, '公里']);
    expect([greenway[col('回顾地区')], greenway[col('回顾文件年份')], greenway[col('完成年份')]]).toEqual(['随州市', 2025, 2024]);
    expect(String(greenway[col('来源')])).toMatch(/^来源：计划文件.+份.+；回顾文件.+政府工作报告.*；共\d+条目标$/);
    // the date, as LibreOffice reads 2026-11-23 (a date cell or the text)
    expect(greenway[col('导出日期')]).toBeTruthy();
    expect(rows.every((r) => typeof r[col('计划年份')] === 'number')).toBe(true);
  }, 180_000);

  it('exports the place × year table long: a row per place and year, figures in numeric columns, a 说明 sheet', async () => {
    const { page } = s;
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
    const places = await table.locator('tbody tr').count();
    const years = (await table.locator('thead th').count()) - 1;
    expect(places).toBeGreaterThan(3);
    await page.locator('section.targets').screenshot({ path: artifactPath('citable-place-year.png') });

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="place-year-xlsx"]')]);
    expect(xlsx.suggestedFilename()).toMatch(/目标对照-2026-11-23\.xlsx$/);
    const file = join(dir, 'place-year.xlsx');
    await xlsx.saveAs(file);
    const viaOffice = parseCsv(readFileSync(convert(file, 'csv:Text - txt - csv (StarCalc):44,34,76', dir), 'utf8')).filter((r) => r.some((c) => c !== ''));
    expect(viaOffice[0]).toEqual([...PLACE_YEAR_COLUMNS]);
    expect(viaOffice).toHaveLength(places * years + 1);
    const at = (c: string) => (PLACE_YEAR_COLUMNS as readonly string[]).indexOf(c);
    for (const r of viaOffice.slice(1)) {
      expect(r[at('年份')]).toMatch(/^20\d\d$/);
      expect(r[at('层级')]).toMatch(/^(全国|省级|市级|县级|)$/);
      if (r[at('目标')] !== '' && r[at('数值')] !== '') expect(Number(r[at('数值')])).not.toBeNaN();
    }
    const sheets = await sheetsOf(file);
    expect(sheets.map((x) => x.sheet)).toEqual(['地区年份目标', '说明']);
    const values = sheets[0]!.data.slice(1).map((r) => r[at('数值')]);
    expect(values.filter((v) => v !== null && v !== undefined).every((v) => typeof v === 'number')).toBe(true);
    expect(values.some((v) => typeof v === 'number')).toBe(true);
    const info = sheets[1]!.data.flat().join('\n');
    expect(info).toContain('导出日期：2026-11-23');
    expect(info).toMatch(new RegExp(`来源：.*\\d+份.*，共${places}地`));

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="place-year-csv"]')]);
    const rows = parseCsv(readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual([...PLACE_YEAR_COLUMNS, '来源', '导出日期']);
    expect(rows.filter((r) => r.length > 1)).toHaveLength(places * years + 1);
    expect(rows[1]![rows[0]!.length - 1]).toBe('2026-11-23');
    expect(rows[1]![rows[0]!.length - 2]).toMatch(/^来源：/);
  }, 240_000);

  it('names the chart image sources by count, year, level and kind, and the places with no figure', async () => {
    const card = s.page.locator('[data-chart-id="mainTargets"]');
    await card.scrollIntoViewIfNeeded();
    await card.locator('[data-chart-ready]').waitFor({ timeout: 30_000 });
    const [svg] = await Promise.all([s.page.waitForEvent('download'), card.getByRole('button', { name: /SVG/ }).click()]);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text).toMatch(/来源：20\d\d—20\d\d年\d+份文件（/);
    expect(text).not.toMatch(/政府工作报告》；/);
    expect(text).toContain('导出日期：2026-11-23');
    const [png] = await Promise.all([s.page.waitForEvent('download'), card.getByRole('button', { name: /PNG/ }).click()]);
    await png.saveAs(artifactPath('citable-mainTargets.png'));
    writeFileSync(artifactPath('citable-mainTargets.svg'), text);

    // 规模以上工业增加值 in 2024: 随政办发〔2024〕2号 and 洪湖 state it, the provincial report (seed 003) does not
    await s.page.evaluate(() => (location.hash = `#ik=${encodeURIComponent('规模以上工业增加值|%')}&iy=2024`));
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).toContain('2024年无此指标：湖北省');
    const [svg2] = await Promise.all([s.page.waitForEvent('download'), card.getByRole('button', { name: /SVG/ }).click()]);
    const text2 = readFileSync((await svg2.path())!, 'utf8');
    expect(text2).toContain('规模以上工业增加值');
    expect(text2).toMatch(/2024年无此指标：[^<]*湖北省/);
    const [png2] = await Promise.all([s.page.waitForEvent('download'), card.getByRole('button', { name: /PNG/ }).click()]);
    await png2.saveAs(artifactPath('citable-mainTargets-missing.png'));
    expect(s.errors).toEqual([]);
    expect(s.network).toEqual([]);
  }, 120_000);
});
