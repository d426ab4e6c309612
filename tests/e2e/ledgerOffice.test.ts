// The 台账 .xlsx and the 督查通报 .docx opened by LibreOffice, headless, as a clerk's office suite would:
// every task and column survives; a copy edited and saved by LibreOffice imports exactly the rows
// changed; the 通报 converts to a PDF whose text carries the headings and the ledger's counts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessTasks } from '../../src/lib/ledger/assess';
import { buildBriefing } from '../../src/lib/ledger/briefing';
import { overview, sections } from '../../src/lib/ledger/briefingText';
import { buildSheet, SHEET_COLUMNS } from '../../src/lib/ledger/sheet';
import { entriesToApply, previewImport } from '../../src/lib/ledger/sheetImport';
import { briefingFileName, writeBriefingDocx } from '../../src/lib/export/briefingDocx';
import { writeLedgerXlsx } from '../../src/lib/export/ledgerXlsx';
import { readLedgerXlsx } from '../../src/lib/import/ledgerXlsx';
import type { ProgressEntry } from '../../src/lib/model/ledger';
import { entry, seed002 } from '../unit/ledger/seed';
import { convert, parseCsv, pdfPages, pdfText, readText, toCsv } from './office';

const s = seed002();
const today = '2024-06-20';
const entries: ProgressEntry[] = [
  entry(s, s.task('10'), { reportedOn: '2024-06-12', period: '2024-06-15', note: '专汽产值增长5.8%，新能源车渗透率6.1%', evidence: '市经信局6月报告' }),
  entry(s, s.task('20'), { reportedOn: '2024-06-13', period: '2024-06-15', status: '滞后', note: '征地拆迁未完成' }),
  entry(s, s.task('23'), { reportedOn: '2024-06-14', period: '2024-06-15', status: '已完成', completion: { date: '2024-06-01', basis: '通过竣工验收' } }),
];
const assessed = assessTasks({ documents: [s.document], tasks: s.tasks, entries, rulesByDoc: new Map([[s.document.id, s.rules]]), today });
const sheet = buildSheet({ document: s.document, tasks: assessed, asOf: today });
const dir = mkdtempSync(join(tmpdir(), 'ledger-office-'));

async function save(blob: Blob, name: string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array(await blob.arrayBuffer()));
  return path;
}

describe('the 台账 .xlsx in LibreOffice', () => {
  it('converts to CSV with every task and the ten columns', async () => {
    const xlsx = await save(await writeLedgerXlsx(sheet), 'taizhang.xlsx');
    const csv = parseCsv(readText(convert(xlsx, 'csv:Text - txt - csv (StarCalc):44,34,76,1', dir)));
    // four title rows (title, rounds, 填报单位…, 审签), then the header
    expect(csv[0]?.[0]).toBe(sheet.heading.title);
    expect(csv[4]).toEqual([...SHEET_COLUMNS]);
    const body = csv.slice(5).filter((r) => r.some((c) => c !== ''));
    expect(body).toHaveLength(s.tasks.length);
    for (const [i, row] of sheet.rows.entries()) expect(body[i]).toEqual(SHEET_COLUMNS.map((c) => row[c]));
    expect(body.map((r) => r[0])).toContain('一');
  });

  it('a copy edited and saved by LibreOffice imports exactly the rows changed', async () => {
    const xlsx = await save(await writeLedgerXlsx(sheet), 'edit-me.xlsx');
    const rows = parseCsv(readText(convert(xlsx, 'csv:Text - txt - csv (StarCalc):44,34,76,1', dir))).filter((r) => r.some((c) => c !== ''));
    const col = (c: (typeof SHEET_COLUMNS)[number]) => SHEET_COLUMNS.indexOf(c);
    const edit = (no: string, values: Partial<Record<(typeof SHEET_COLUMNS)[number], string>>) => {
      const row = rows.find((r) => r[0] === no) as string[];
      for (const [c, v] of Object.entries(values)) row[col(c as (typeof SHEET_COLUMNS)[number])] = v as string;
    };
    edit('12', { 本期进展: '完成投资3.2亿元，设备已进场', 状态: '推进中' });
    edit('57', { 本期进展: '已开工', 状态: '推进中' });
    edit('二', { 本期进展: '智慧停车平台上线', 状态: '已完成', 备注: '平台验收意见' });
    const csvPath = join(dir, 'returned.csv');
    writeFileSync(csvPath, toCsv(rows));
    // LibreOffice writes the returned copy (a unit's office suite: no 说明 sheet, no hidden values).
    const returned = convert(csvPath, 'xlsx', dir, 'CSV:44,34,76,1');
    const { readFileSync } = await import('node:fs');
    const raw = await readLedgerXlsx(new Uint8Array(readFileSync(returned)));
    if (!raw.ok) throw new Error(raw.reason);
    const preview = previewImport({ raw: raw.data, documents: [s.document], tasks: assessed, fallbackDocId: s.document.id, today });
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.preview.rows.filter((r) => r.kind !== 'unchanged').map((r) => [r.no, r.flags])).toEqual([
      ['12', []],
      ['57', []],
      ['二', []],
    ]);
    expect(preview.preview.unchanged).toBe(s.tasks.length - 3);
    const { entries: applied } = entriesToApply(preview.preview, new Set(), { newId: () => crypto.randomUUID(), createdAt: '2024-06-20T08:00:00.000Z' });
    expect(applied.map((e) => [e.taskNo, e.status, e.period])).toEqual([
      ['12', '推进中', '2024-06-15'],
      ['57', '推进中', '2024-06-15'],
      ['二', '已完成', '2024-06-15'],
    ]);
    expect(applied[2]?.completion).toEqual({ date: today, basis: '智慧停车平台上线' });
  });

  it('keeps the 说明 sheet and the hidden exported values when LibreOffice re-saves it', async () => {
    const xlsx = await save(await writeLedgerXlsx(sheet), 'resave.xlsx');
    const out = join(dir, 'resaved');
    const { mkdirSync, readFileSync } = await import('node:fs');
    mkdirSync(out, { recursive: true });
    const resaved = convert(xlsx, 'xlsx:Calc MS Excel 2007 XML', out);
    const raw = await readLedgerXlsx(new Uint8Array(readFileSync(resaved)));
    if (!raw.ok) throw new Error(raw.reason);
    expect(raw.data.info.get('文件标识')).toBe(s.document.id);
    expect(raw.data.baseline?.size).toBe(s.tasks.length);
    const preview = previewImport({ raw: raw.data, documents: [s.document], tasks: assessed, fallbackDocId: null, today });
    expect(preview.ok && preview.preview.rows.filter((r) => r.kind !== 'unchanged')).toEqual([]);
  });
});

describe('the 督查通报 .docx in LibreOffice', () => {
  it("converts to a PDF with the headings, the notice number, page numbers and the ledger's counts", async () => {
    const b = buildBriefing({ document: s.document, tasks: assessed, due: '2024-06-15', scope: { kind: 'all' }, asOf: today });
    expect(briefingFileName(b)).toBe('随政办发〔2024〕2号-督查通报-2024-06-15报送期-全部任务.docx');
    const docx = await save(await writeBriefingDocx(b), 'tongbao.docx');
    const pdf = convert(docx, 'pdf', dir);
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThan(1);
    const text = pdfText(pdf);
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('随州市2024年《政府工作报告》重点工作落实情况督查通报');
    for (const h of sections(b)) expect(flat).toContain(h.heading);
    expect(flat).toContain(overview(b).replace(/\s+/g, ''));
    expect(flat).toContain(`纳入督办的任务共${s.tasks.length}项`);
    expect(b.totals).toMatchObject({ done: 1, onPace: 1, behind: s.tasks.length - 2 });
    expect(flat).toContain('已完成（销号）1项');
    // Every page carries the 文号 and period in its header and its number in the footer.
    expect(flat.split('随政办发〔2024〕2号2024年6月15日报送期').length - 1).toBe(pages);
    expect(flat).toContain(`第1页共${pages}页`);
    expect(flat).toContain(`第${pages}页共${pages}页`);
    // The lagging items are grouped by lead unit with their leaders; task 20 carries its 滞后 note.
    expect(flat).toContain('征地拆迁未完成');
    expect(flat).toMatch(/（一）[^，]+（责任领导：[^）]+）/);
    expect(flat).toContain('通过竣工验收');
  });

  it("for one leader counts only that leader's tasks", async () => {
    const b = buildBriefing({ document: s.document, tasks: assessed, due: '2024-06-15', scope: { kind: 'leader', name: '黄继军' }, asOf: today });
    const pdf = convert(await save(await writeBriefingDocx(b), 'tongbao-huang.docx'), 'pdf', dir);
    const flat = pdfText(pdf).replace(/\s+/g, '');
    const his = s.tasks.filter((t) => t.leaders.includes('黄继军')).length;
    expect(flat).toContain(`责任领导：黄继军，纳入督办的任务共${his}项`);
  });
});
