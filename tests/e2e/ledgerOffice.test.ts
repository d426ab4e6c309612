// The 台账 .xlsx and the 督查通报 .docx opened by LibreOffice, headless, as a clerk's office suite would:
// every task and column survives; a copy edited and saved by LibreOffice imports exactly the rows
// changed; the 通报 converts to a PDF whose text carries the headings and the ledger's counts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessTasks } from '../../src/lib/ledger/assess';
import { buildBriefing } from '../../src/lib/ledger/briefing';
import { briefingBlocks, overview } from '../../src/lib/ledger/briefingText';
import { issueFor } from '../../src/lib/ledger/briefingIssue';
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
  it("converts to a PDF with the 通报's own 文号 once, its headings, its counts and page numbers", async () => {
    const issue = issueFor({ document: s.document, year: 2024, round: '2024-06-15', issues: [], today }).fields;
    const b = buildBriefing({ document: s.document, tasks: assessed, round: '2024-06-15', nextRound: '2024-10-15', issue, today });
    expect(briefingFileName(b)).toBe('随政督通〔2024〕第1期-督查通报-2024-06-15报送期.docx');
    const docx = await save(await writeBriefingDocx(b), 'tongbao.docx');
    const pdf = convert(docx, 'pdf', dir);
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThan(1);
    const flat = pdfText(pdf).replace(/\s+/g, '');
    expect(flat).toContain('关于2024年《政府工作报告》重点工作任务推进情况的通报');
    for (const x of briefingBlocks(b)) if (x.kind === 'h1' || x.kind === 'h2') expect(flat).toContain(x.text);
    expect(flat).toContain(overview(b).replace(/\s+/g, ''));
    expect(b).toMatchObject({ tasksDue: s.tasks.length, onPace: 2, completedInRound: 1 });
    // The 通报's own 文号 once, in its 版头; never the notice's on every page.
    expect(flat.split('随政督通〔2024〕第1期').length - 1).toBe(1);
    expect(flat).not.toContain('随政办发〔2024〕2号2024年6月15日报送期');
    expect(flat).toContain('—1—');
    expect(flat).toContain(`—${pages}—`);
    // 滞后 (task 20) and 销号 (task 23) counted apart; table cells are split across lines by pdftotext
    expect(flat).toContain('报送进度滞后1项');
    expect(flat).toContain('已完成（销号）1项，其中本期完成1项');
  });
});
