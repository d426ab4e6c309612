// The long table of every target (issue 23 item 6), in real Chromium on dist/index.html: the .xlsx the
// button gives opens in LibreOffice (headless, converted to CSV) with the header and one row per target
// of the bundled seeds — counted here by parsing seeds/ in node, apart from the app — the figures in
// numeric cells and a 说明 sheet with the export date and the source line; the CSV has the same rows.
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/universal';
import { parseReport } from '../../src/lib/parse';
import { artifactPath, openApp, type Session } from './browser';
import { convert, parseCsv } from './office';

const HEADER = ['地区', '所属省份', '层级', '年份', '指标', '原文指标', '数值', '上限', '单位', '限定词', '力争值', '类型', '文件标题', '文号', '原句'];
const SEEDS = resolve(__dirname, '../../seeds');
const dir = mkdtempSync(join(tmpdir(), 'long-export-'));

/** Targets in the bundled seeds, parsed as the app seeds them. */
function seedTargets(): number {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .reduce((n, f) => {
      const r = parseReport(readFileSync(join(SEEDS, f), 'utf8'), { fileName: f });
      if (!r.ok) throw new Error(`${f}: ${r.reason}`);
      return n + r.data.targets.length;
    }, 0);
}

describe('the long table of every target', () => {
  let s: Session;
  const expected = seedTargets();
  beforeAll(async () => {
    s = await openApp({ fixedTime: '2026-11-23T10:00:00+08:00' });
    await s.page.waitForSelector('[data-testid="long-export"]', { timeout: 30_000 });
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  });

  it('counts every target of the seeds on the button', async () => {
    expect(expected).toBeGreaterThan(50);
    expect(await s.page.locator('[data-testid="long-export"]').textContent()).toContain(`全部${expected.toLocaleString('en-US')}条目标`);
    await s.page.locator('[data-testid="long-export"]').scrollIntoViewIfNeeded();
    await s.page.locator('section.targets').screenshot({ path: artifactPath('long-export.png') });
  });

  it('gives an .xlsx that LibreOffice opens with the header and one row per target', async () => {
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="long-xlsx"]')]);
    expect(download.suggestedFilename()).toMatch(/-全部目标-2026-11-23\.xlsx$/);
    const file = join(dir, 'long.xlsx');
    await download.saveAs(file);

    const rows = parseCsv(readFileSync(convert(file, 'csv:Text - txt - csv (StarCalc):44,34,76', dir), 'utf8')).filter((r) => r.some((c) => c !== ''));
    expect(rows[0]).toEqual(HEADER);
    expect(rows).toHaveLength(expected + 1);
    // every row is complete: place, level, year and the sentence
    const at = (name: string) => HEADER.indexOf(name);
    for (const r of rows.slice(1)) {
      expect(r[at('层级')]).toMatch(/^(全国|省级|市级|县级)$/);
      expect(r[at('年份')]).toMatch(/^20\d\d$/);
      expect(r[at('原句')]).not.toBe('');
      expect(r[at('类型')]).toMatch(/^(主要目标|任务目标)$/);
    }
    expect(rows.some((r) => r[at('地区')] === '随州市' && r[at('所属省份')] === '湖北省' && r[at('层级')] === '市级')).toBe(true);

    // numbers are numeric cells, not text; the 说明 sheet dates and sources the table
    const bytes = readFileSync(file);
    const sheets = (await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)) as { sheet: string; data: unknown[][] }[];
    expect(sheets.map((x) => x.sheet)).toEqual(['全部目标', '说明']);
    const body = sheets[0]!.data.slice(1);
    const values = body.map((r) => r[at('数值')]).filter((v) => v !== null && v !== undefined);
    expect(values.length).toBeGreaterThan(expected / 2);
    expect(values.every((v) => typeof v === 'number')).toBe(true);
    expect(body.every((r) => typeof r[at('年份')] === 'number')).toBe(true);
    const info = sheets[1]!.data.flat().join('\n');
    expect(info).toContain('导出日期：2026-11-23');
    expect(info).toMatch(new RegExp(`来源：\\d+份文件（.+），共${expected}条目标`));
    writeFileSync(join(dir, 'info.txt'), info);
  }, 180_000);

  it('gives the same rows as a CSV with a BOM', async () => {
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="long-csv"]')]);
    expect(download.suggestedFilename()).toMatch(/-全部目标-2026-11-23\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'));
    // 来源 and 导出日期 end every row (a comment line would break CSV readers)
    expect(rows[0]).toEqual([...HEADER, '来源', '导出日期']);
    expect(rows[1]!.slice(-2)).toEqual([expect.stringMatching(new RegExp(`^来源：.+，共${expected}条目标$`)), '2026-11-23']);
    expect(rows).toHaveLength(expected + 1);
    expect(s.errors).toEqual([]);
    expect(s.network).toEqual([]);
  });
});
