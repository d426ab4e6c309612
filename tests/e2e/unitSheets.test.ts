// The reporting cycle by spreadsheet (issue 22), in real Chromium on dist/index.html, clock pinned:
// on 2024-06-14 one action gives a .zip with a sheet per lead unit of 随政办发〔2024〕2号 (opened here:
// names, rows, 配合 marks, every row for the 6/15 round); on 2024-07-16 three units' filled copies — two
// on the joint task 17 — are picked together: every row is listed (applied, waiting, refused, unchanged),
// nothing is lost, the joint task keeps both reports, and the June reports fill the June round marked
// 迟报; a sheet exported then shows every report made so far. One unit's sheet goes through LibreOffice
// to a PDF (A4 landscape, ≥ 10 pt) and a PNG of its first page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import readXlsxFile from 'read-excel-file/universal';
import { unzipSync } from 'fflate';
import { readLedgerXlsx } from '../../src/lib/import/ledgerXlsx';
import { SHEET_COLUMNS, UNIT_SHEET_COLUMNS } from '../../src/lib/ledger/sheet';
import { artifactPath, openApp, type Page, type Session } from './browser';
import { convert } from './office';

const JUNE_14 = '2024-06-14T10:00:00+08:00';
const JULY_16 = '2024-07-16T10:00:00+08:00';
const JOINT = '17'; // led by 市发改委 and 市交通运输局
const dir = mkdtempSync(join(tmpdir(), 'unit-sheets-'));

async function ledgerReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="ledger-table"] tr.row', { timeout: 30_000 });
}

/** A unit's sheet from the .zip, filled in as the unit would and saved by its office suite (cells as text). */
async function fill(bytes: Uint8Array, title: Record<string, string>, rows: Record<string, Record<string, string>>, name: string): Promise<string> {
  const sheets = (await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)) as { sheet: string; data: unknown[][] }[];
  const main = sheets.find((x) => x.sheet === '台账')!;
  const header = main.data[4]!;
  for (const [no, values] of Object.entries(rows)) {
    const r = main.data.find((x, i) => i > 4 && x[0] === no)!;
    for (const [k, v] of Object.entries(values)) r[header.indexOf(k)] = v;
  }
  for (const [label, value] of Object.entries(title)) {
    for (const r of main.data.slice(0, 4)) {
      const j = r.findIndex((c) => typeof c === 'string' && c.startsWith(`${label}：`));
      if (j >= 0) r[j] = `${label}：${value}`;
    }
  }
  const blob = await writeXlsxFile(
    sheets.map((x) => ({ sheet: x.sheet, data: x.data.map((r) => r.map((v) => ({ value: v === null ? '' : String(v), type: String }))) })) as never,
  ).toBlob();
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array(await blob.arrayBuffer()));
  return path;
}

describe('sheets per unit out, returned sheets in, for 随政办发〔2024〕2号', () => {
  let s: Session;
  let zip: Record<string, Uint8Array>;
  /** A unit's file in the .zip, by a pattern of its name (the app writes each unit by its canonical name). */
  const file = (re: RegExp) => {
    const name = Object.keys(zip).find((n) => re.test(n));
    if (!name) throw new Error(`no file for ${re}`);
    return { name, bytes: zip[name] as Uint8Array };
  };
  beforeAll(async () => {
    s = await openApp({ fixedTime: JUNE_14, hash: '#v=ledger' });
    await ledgerReady(s.page);
  });
  afterAll(async () => {
    expect(s?.errors ?? []).toEqual([]);
    expect(s?.network ?? []).toEqual([]);
    await s?.close();
  });

  it('on 6/14 one action gives a .zip with a sheet per lead unit, named by unit, each row for the 6/15 round', async () => {
    const button = s.page.locator('[data-testid="export-unit-sheets"]');
    expect(await button.textContent()).toContain('47 家'); // 53 names as printed, 47 units once their names are unified
    const [download] = await Promise.all([s.page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
    expect(download.suggestedFilename()).toBe('随政办发〔2024〕2号-各单位报送表-2024-06-14.zip');
    const path = artifactPath('unit-sheets.zip');
    await download.saveAs(path);
    zip = unzipSync(new Uint8Array(readFileSync(path)));
    const names = Object.keys(zip);
    expect(names).toHaveLength(47);
    expect(names.every((n) => n.endsWith('.xlsx') && !/[\\/:*?"<>|]/.test(n))).toBe(true);
    const { name, bytes } = file(/经信|经济和信息化/);
    const unit = name.replace(/\.xlsx$/, '');
    const jx = await readLedgerXlsx(bytes);
    if (!jx.ok) throw new Error(jx.reason);
    expect(jx.data.info.get('填报单位')).toBe(unit);
    expect(jx.data.rows[2]?.[0]).toBe(`填报单位：${unit}`);
    expect(jx.data.rows[4]).toEqual([...UNIT_SHEET_COLUMNS]);
    const body = jx.data.rows.slice(5);
    const role = UNIT_SHEET_COLUMNS.indexOf('职责');
    const lead = body.filter((r) => r[role] === '牵头');
    const assist = body.filter((r) => r[role] === '配合');
    expect(lead.length).toBeGreaterThanOrEqual(12);
    expect(assist.length).toBeGreaterThan(0);
    expect(lead.every((r) => (r[UNIT_SHEET_COLUMNS.indexOf('牵头单位')] ?? '').includes(unit))).toBe(true);
    expect(assist.every((r) => !(r[UNIT_SHEET_COLUMNS.indexOf('牵头单位')] ?? '').split('、').includes(unit))).toBe(true);
    expect(new Set(body.map((r) => r[UNIT_SHEET_COLUMNS.indexOf('报送期')]))).toEqual(new Set(['2024年6月15日']));
  });

  it('one unit’s sheet prints on A4 landscape at 10 pt or more (LibreOffice PDF), its first page as a PNG', () => {
    const xlsx = join(dir, 'jx.xlsx');
    writeFileSync(xlsx, file(/经信|经济和信息化/).bytes);
    const pdf = convert(xlsx, 'pdf', dir);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    // The body text's glyph boxes on page 1: at least 10 pt high.
    const bbox = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', pdf, '-'], { encoding: 'utf8' });
    const heights = [...bbox.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">[^<]*推进/g)].map((m) => Number(m[2]) - Number(m[1]));
    expect(heights.length).toBeGreaterThan(0);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(10);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, artifactPath('unit-sheet')]);
  });

  it('on 7/16 three units’ copies picked together lose nothing; the joint task keeps both; June reports are 迟报', async () => {
    const fgw = await fill(
      file(/发改|发展和改革/).bytes,
      { 联系人: '张三', 联系电话: '0722-1234567' },
      { [JOINT]: { 本期进展: '发改委：规划编制完成', 状态: '推进中' }, '1': { 本期进展: '固定资产投资增长9%', 状态: '正在推进' } },
      '发改委.xlsx',
    );
    const jt = await fill(file(/交通运输/).bytes, { 联系人: '李四' }, { [JOINT]: { 本期进展: '交通局：线路勘察完成', 状态: '滞后' } }, '交通局.xlsx');
    const jx = await fill(
      file(/经信|经济和信息化/).bytes,
      { 填报日期: '2024-07-16' },
      { '10': { 本期进展: '专汽产值增长5.8%', 状态: '推进中' }, '2': { 本期进展: '工业增加值增长7.6%', 状态: '推进中' }, '11': { 本期进展: '情况良好', 状态: '差不多了' } },
      '经信局.xlsx',
    );
    await s.context.clock.setFixedTime(new Date(JULY_16));
    await s.page.reload();
    await ledgerReady(s.page);
    await s.page.setInputFiles('[data-testid="sheet-import-input"]', [fgw, jt, jx]);
    const preview = s.page.locator('[data-testid="sheet-import-preview"]');
    await preview.waitFor({ timeout: 60_000 });
    expect(await s.page.locator('[data-testid="sheet-import-file"]').count()).toBe(3);
    const rows = preview.locator('[data-testid="sheet-import-row"]');
    // every filled row listed, with its unit, round and 迟报
    const listed = await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-file'), tr.getAttribute('data-no'), tr.getAttribute('data-kind')]));
    expect(listed).toEqual([
      ['发改委.xlsx', '1', 'apply'],
      ['发改委.xlsx', JOINT, 'apply'],
      ['交通局.xlsx', JOINT, 'apply'],
      ['经信局.xlsx', '2', 'apply'],
      ['经信局.xlsx', '10', 'apply'],
      ['经信局.xlsx', '11', 'decide'],
    ]);
    const jointRow = rows.filter({ has: s.page.locator('td', { hasText: '交通运输' }) });
    expect(await jointRow.textContent()).toContain('2024年6月15日报送期（迟报）');
    expect(await jointRow.locator('[data-testid="sheet-import-besides"]').textContent()).toMatch(/发改|发展和改革/);
    expect(await rows.last().textContent()).toContain('状态词无法识别');
    expect(await preview.locator('[data-testid="sheet-import-rules"]').textContent()).toContain('正在推进');
    await preview.locator('[data-testid="sheet-import-rules"] summary').click();
    // the unknown status: picked by the clerk
    await rows.last().locator('[data-testid="sheet-import-status"]').selectOption('推进中');
    expect(await s.page.textContent('[data-testid="sheet-import-apply"]')).toBe('确认导入 6 条');
    await s.page.click('[data-testid="sheet-import-apply"]');
    await expect.poll(() => s.page.textContent('[data-testid="sheet-import-message"]')).toContain('已导入 6 条进展');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('[data-testid="sheet-import-outcome"]')?.textContent?.trim()))).toEqual([
      ...Array(5).fill('已导入'),
      '已导入（状态：推进中）',
    ]);
    await preview.scrollIntoViewIfNeeded();
    await s.page.waitForTimeout(300);
    await preview.screenshot({ path: artifactPath('sheet-import-bulk.png') });
    await s.page.click('[data-testid="sheet-import-preview"] .buttons button');
  });

  it('a sheet exported on 7/16 shows every report made so far', async () => {
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="export-xlsx"]')]);
    expect(download.suggestedFilename()).toBe('随政办发〔2024〕2号-台账-2024-07-16.xlsx');
    const path = artifactPath('unit-sheets-office-0716.xlsx');
    await download.saveAs(path);
    const raw = await readLedgerXlsx(new Uint8Array(readFileSync(path)));
    if (!raw.ok) throw new Error(raw.reason);
    const at = (c: string) => SHEET_COLUMNS.indexOf(c as (typeof SHEET_COLUMNS)[number]);
    const row = (no: string) => raw.data.rows.find((r, i) => i > 4 && r[0] === no)!;
    expect(row('1')[at('上次报送')]).toContain('固定资产投资增长9%');
    expect(row('2')[at('上次报送')]).toContain('工业增加值增长7.6%');
    expect(row('10')[at('上次报送')]).toContain('专汽产值增长5.8%');
    expect(row('11')[at('上次报送')]).toContain('情况良好');
    expect(row(JOINT)[at('上次报送')]).toContain('交通局：线路勘察完成');
    expect(row(JOINT)[at('上次报送')]).toContain('发改委：规划编制完成');
    // June answered for the key tasks: their rows are for 10/15 now.
    expect(row('10')[at('报送期')]).toBe('2024年10月15日');
  });
});
