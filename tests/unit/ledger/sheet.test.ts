// The 台账 sheet: built from the ledger, written as .xlsx by the library, read back by the library, and a
// returned copy turned into a preview that changes exactly the rows the unit changed.
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { assessTasks, type AssessedTask } from '../../../src/lib/ledger/assess';
import { buildSheet, SHEET_COLUMNS, type LedgerSheet } from '../../../src/lib/ledger/sheet';
import { checkPlan, entriesToApply, historyStamp, previewImport, readStatus, sheetHash } from '../../../src/lib/ledger/sheetImport';
import { ledgerFileName, writeLedgerXlsx } from '../../../src/lib/export/ledgerXlsx';
import { readLedgerXlsx } from '../../../src/lib/import/ledgerXlsx';
import type { RawLedgerSheet } from '../../../src/lib/ledger/sheet';
import type { ProgressEntry } from '../../../src/lib/model/ledger';
import { entry, seed002 } from './seed';

const s = seed002();
const today = '2024-06-20';
const assess = (entries: ProgressEntry[]): AssessedTask[] =>
  assessTasks({ documents: [s.document], tasks: s.tasks, entries, rulesByDoc: new Map([[s.document.id, s.rules]]), today });

const existing = [
  entry(s, s.task('10'), { reportedOn: '2024-06-12', period: '2024-06-15', note: '专汽产值增长5.8%', evidence: '市经信局6月报告' }),
  entry(s, s.task('11'), { reportedOn: '2024-04-10', period: '2024-04-15', status: '滞后', note: '项目未开工' }),
];
const assessed = assess(existing);
const sheet = buildSheet({ document: s.document, tasks: assessed, period: '2024-06-15', asOf: today });

async function bytesOf(sh: LedgerSheet): Promise<Uint8Array> {
  return new Uint8Array(await (await writeLedgerXlsx(sh)).arrayBuffer());
}

async function readBack(bytes: Uint8Array): Promise<RawLedgerSheet> {
  const r = await readLedgerXlsx(bytes);
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

describe('the sheet', () => {
  it('has one row per task with the ten columns', () => {
    expect(sheet.rows).toHaveLength(s.tasks.length);
    const r10 = sheet.rows.find((r) => r.序号 === '10');
    expect(r10).toMatchObject({
      任务: s.task('10').text,
      责任领导: '黄继军',
      牵头单位: '市经信局',
      完成时限: '年底前（按年度任务）',
      本期进展: '专汽产值增长5.8%',
      状态: '推进中',
      备注: '市经信局6月报告',
      更新日期: '2024-06-12',
    });
    // Task 11 reported in April only: this period's progress is blank, its status carries over.
    expect(sheet.rows.find((r) => r.序号 === '11')).toMatchObject({ 本期进展: '', 状态: '滞后', 更新日期: '' });
    expect(sheet.info[0]).toEqual(['文件标识', s.document.id]);
  });

  it('is named after the notice, the period and the day', () => {
    expect(ledgerFileName(sheet)).toBe('随政办发〔2024〕2号-台账-2024-06-15报送期-2024-06-20.xlsx');
  });
});

describe('the .xlsx', () => {
  it('reads back with the library: every task, every column, in order', async () => {
    const raw = await readBack(await bytesOf(sheet));
    expect(raw.sheetName).toBe('台账');
    expect(raw.rows[0]).toEqual([...SHEET_COLUMNS]);
    expect(raw.rows).toHaveLength(s.tasks.length + 1);
    for (const [i, row] of sheet.rows.entries()) expect(raw.rows[i + 1]).toEqual(SHEET_COLUMNS.map((c) => row[c]));
    expect(raw.info.get('文号')).toBe('随政办发〔2024〕2号');
    expect(raw.info.get('报送期')).toBe('2024-06-15');
  });

  it('freezes the header, sets widths, wraps text, repeats the header when printed, numbers the pages', async () => {
    const files = unzipSync(await bytesOf(sheet));
    const ws = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
    const wb = strFromU8(files['xl/workbook.xml'] as Uint8Array);
    const styles = strFromU8(files['xl/styles.xml'] as Uint8Array);
    expect(ws).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(ws).toMatch(/<col min="2" max="2" width="56"/);
    expect(styles).toMatch(/wrapText="1"/);
    expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'台账'!$1:$1</definedName>`);
    expect(ws).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
    expect(ws).toContain('<oddHeader>&amp;L随政办发〔2024〕2号');
    expect(ws).toContain('&amp;P');
    // The exported values ride along in a hidden sheet.
    expect(wb).toMatch(/<sheet [^>]*name="导出原值"[^>]*state="hidden"|<sheet [^>]*state="hidden"[^>]*name="导出原值"/);
    // Elements in the order the schema demands (Excel calls the file corrupt otherwise).
    const at = (tag: string) => ws.indexOf(`<${tag}`);
    expect(at('sheetPr')).toBeLessThan(at('sheetViews'));
    expect(at('pageMargins')).toBeLessThan(at('pageSetup'));
    expect(at('pageSetup')).toBeLessThan(at('headerFooter'));
  });

  it('keeps a literal & in the page header', async () => {
    const files = unzipSync(await bytesOf({ ...sheet, docNumber: 'A&B〔2024〕1号' }));
    expect(strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array)).toContain('&amp;LA&amp;&amp;B〔2024〕1号');
  });

  it.each([
    [new Uint8Array(), '空'],
    [new TextEncoder().encode('序号,任务\n1,x'), '不是 .xlsx'],
    [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), '.xls'],
    [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), '无法读取'],
  ])('refuses a file that is not a readable .xlsx (%#)', async (bytes, reason) => {
    const r = await readLedgerXlsx(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });
});

/** A unit fills in the returned copy: some cells of some rows. */
function edited(changes: Record<string, Partial<Record<(typeof SHEET_COLUMNS)[number], string>>>): LedgerSheet {
  return { ...sheet, rows: sheet.rows.map((r) => (changes[r.序号] ? { ...r, ...changes[r.序号] } : r)) };
}

async function preview(sh: LedgerSheet) {
  const r = previewImport({ raw: await readBack(await bytesOf(sh)), documents: [s.document], tasks: assessed, fallbackDocId: null, today });
  if (!r.ok) throw new Error(r.reason);
  return r.preview;
}

describe('importing a returned copy', () => {
  it('an unchanged copy changes nothing', async () => {
    const p = await preview(sheet);
    expect(p.rows).toEqual([]);
    expect(p.unchanged).toBe(s.tasks.length);
    expect(p.total).toBe(s.tasks.length);
  });

  it("updates exactly the rows changed, as new entries for the sheet's period", async () => {
    const p = await preview(
      edited({
        '12': { 本期进展: '完成投资3.2亿元', 状态: '推进中', 更新日期: '2024-06-14' },
        '40': { 本期进展: '已建成投用', 状态: '已完成', 备注: '竣工验收报告' },
        一: { 本期进展: '裕民大道主体完工', 状态: '进行中' },
        '11': { 状态: '推进中', 本期进展: '已开工' },
      }),
    );
    expect(p.rows.map((r) => r.no).sort()).toEqual(['11', '12', '40', '一']);
    expect(p.rows.every((r) => !r.blocked && !r.needsConfirm)).toBe(true);
    expect(p.unchanged).toBe(s.tasks.length - 4);
    const r12 = p.rows.find((r) => r.no === '12');
    expect(r12?.changes).toEqual([
      { column: '本期进展', before: '', after: '完成投资3.2亿元' },
      { column: '状态', before: '', after: '推进中' },
      { column: '更新日期', before: '', after: '2024-06-14' },
    ]);
    const { entries, refused } = entriesToApply(p, new Set(), {
      newId: (() => {
        let n = 0;
        return () => `imp${++n}`;
      })(),
      createdAt: '2024-06-20T08:00:00.000Z',
    });
    expect(refused).toEqual([]);
    expect(entries).toHaveLength(4);
    const byNo = new Map(entries.map((e) => [e.taskNo, e]));
    expect(byNo.get('12')).toMatchObject({
      period: '2024-06-15',
      reportedOn: '2024-06-14',
      status: '推进中',
      note: '完成投资3.2亿元',
      source: 'import',
      unit: s.task('12').leadUnits.join('、'),
    });
    // No date written: reported the day of the import.
    expect(byNo.get('40')).toMatchObject({ reportedOn: today, status: '已完成', completion: { date: today, basis: '已建成投用' }, evidence: '竣工验收报告' });
    expect(byNo.get('一')).toMatchObject({ status: '推进中', key: s.keyOf(s.task('一', 'livelihood').id) });

    // Applied, the ledger shows them. The same copy imported again (by a second clerk) changes nothing
    // silently: each row now differs from the ledger, so it needs confirming.
    const after = assess([...existing, ...entries]);
    const copy = await readBack(await bytesOf(edited({ '12': { 本期进展: '完成投资3.2亿元', 状态: '推进中', 更新日期: '2024-06-14' } })));
    const again = previewImport({ raw: copy, documents: [s.document], tasks: after, fallbackDocId: null, today });
    expect(again.ok && again.preview.rows.map((r) => [r.no, r.flags, r.needsConfirm])).toEqual([['12', ['ledger-changed'], true]]);
    // An old copy does not undo what came in since: rows the unit left as sent are not changes.
    const old = previewImport({ raw: await readBack(await bytesOf(sheet)), documents: [s.document], tasks: after, fallbackDocId: null, today });
    expect(old.ok && old.preview.rows).toEqual([]);
    expect(after.find((t) => t.task.no === '40')?.pace.light).toBe('done');
  });

  it('flags a changed task text and applies it only when confirmed', async () => {
    const p = await preview(edited({ '13': { 任务: '（单位改写的任务内容）', 本期进展: '按计划推进' } }));
    const r = p.rows[0];
    expect(r).toMatchObject({ no: '13', flags: ['text-changed'], blocked: false, needsConfirm: true, sheetText: '（单位改写的任务内容）', taskText: s.task('13').text });
    const opts = { newId: () => 'x', createdAt: '2024-06-20T08:00:00.000Z' };
    expect(entriesToApply(p, new Set(), opts).entries).toEqual([]);
    expect(entriesToApply(p, new Set([r?.row as number]), opts).entries).toHaveLength(1);
  });

  it('never applies unknown tasks, unreadable statuses, 销号 without basis, date-only edits or a repeated row', async () => {
    const extra = { ...sheet.rows[0]!, 序号: '999', 任务: '不存在的任务', 本期进展: '已完成' };
    const dup = { ...sheet.rows.find((r) => r.序号 === '14')!, 本期进展: '第二次填报' };
    const p = await preview({
      ...edited({ '14': { 本期进展: '第一次填报' }, '15': { 状态: '差不多了', 本期进展: '推进' }, '16': { 状态: '已完成' }, '17': { 更新日期: '2024-06-18' } }),
      rows: [
        ...edited({ '14': { 本期进展: '第一次填报' }, '15': { 状态: '差不多了', 本期进展: '推进' }, '16': { 状态: '已完成' }, '17': { 更新日期: '2024-06-18' } }).rows,
        extra,
        dup,
      ],
    });
    const flagsOf = (no: string, i = 0) => p.rows.filter((r) => r.no === no)[i]?.flags;
    expect(flagsOf('14', 0)).toEqual([]);
    expect(flagsOf('14', 1)).toEqual(['duplicate-row']);
    expect(flagsOf('15')).toEqual(['bad-status']);
    expect(flagsOf('16')).toEqual(['needs-basis']);
    expect(flagsOf('17')).toEqual(['date-only']);
    expect(flagsOf('999')).toEqual(['unknown-task']);
    const applied = entriesToApply(p, new Set(p.rows.map((r) => r.row)), { newId: () => 'x', createdAt: '2024-06-20T08:00:00.000Z' }).entries;
    expect(applied.map((e) => [e.taskNo, e.note])).toEqual([['14', '第一次填报']]);
  });

  it('uses the date the unit wrote, not a future one', async () => {
    const p = await preview(edited({ '18': { 本期进展: '推进中', 更新日期: '2024-07-01' } }));
    expect(p.rows[0]?.flags).toEqual(['bad-date']);
    expect(p.rows[0]?.entry?.reportedOn).toBe(today);
  });

  it('refuses a sheet of another notice, or without the 台账 header', async () => {
    const other = previewImport({
      raw: {
        rows: [[...SHEET_COLUMNS]],
        info: new Map([
          ['文件标识', 'zzz'],
          ['文号', '鄂政办发〔2024〕9号'],
        ]),
        sheetName: '台账',
        baseline: null,
      },
      documents: [s.document],
      tasks: assessed,
      fallbackDocId: s.document.id,
      today,
    });
    expect(other).toEqual({ ok: false, reason: '表格所属的文件（鄂政办发〔2024〕9号）不在本机，请先导入该文件。' });
    const noHeader = previewImport({
      raw: { rows: [['a', 'b']], info: new Map(), sheetName: 'Sheet1', baseline: null },
      documents: [s.document],
      tasks: assessed,
      fallbackDocId: s.document.id,
      today,
    });
    expect(noHeader.ok).toBe(false);
  });

  it('without the 说明 sheet falls back to the selected document and the period chosen, and says so', async () => {
    const raw = await readBack(await bytesOf(edited({ '19': { 本期进展: '完成' } })));
    const p = previewImport({ raw: { ...raw, info: new Map() }, documents: [s.document], tasks: assessed, fallbackDocId: s.document.id, fallbackPeriod: '2024-06-15', today });
    expect(p.ok && p.preview.warnings[0]).toContain('没有“说明”页');
    expect(p.ok && p.preview.rows.map((r) => r.no)).toEqual(['19']);
    expect(p.ok && p.preview.rows[0]?.entry?.period).toBe('2024-06-15');
  });

  it('without the exported values compares with the ledger now, and says so', async () => {
    const raw = await readBack(await bytesOf(edited({ '19': { 本期进展: '完成' } })));
    const p = previewImport({ raw: { ...raw, baseline: null }, documents: [s.document], tasks: assessed, fallbackDocId: null, today });
    expect(p.ok && p.preview.warnings).toEqual(['表格里没有导出时的原值（可能经过另存或复制），按本机现有记录比对变化。']);
    expect(p.ok && p.preview.rows.map((r) => [r.no, r.flags])).toEqual([['19', []]]);
  });
});

describe('a returned copy and another window (issue 20)', () => {
  const opts = {
    newId: (() => {
      let n = 0;
      return () => `w${++n}`;
    })(),
    createdAt: '2024-06-20T08:00:00.000Z',
  };
  const stored = (entries: ProgressEntry[], documentExists = true) => ({
    documentExists,
    documentEntries: entries,
    historyOf: (key: string) => entries.filter((e) => e.key === key),
  });

  it('names a sheet by its content: the same cells give the same hash, a changed cell another', async () => {
    const a = await readBack(await bytesOf(edited({ '12': { 本期进展: '完成投资3.2亿元', 状态: '推进中' } })));
    const b = await readBack(await bytesOf(edited({ '12': { 本期进展: '完成投资3.2亿元', 状态: '推进中' } })));
    const c = await readBack(await bytesOf(edited({ '12': { 本期进展: '完成投资3.3亿元', 状态: '推进中' } })));
    expect(sheetHash(a)).toBe(sheetHash(b));
    expect(sheetHash(a)).not.toBe(sheetHash(c));
  });

  it('applies a plan once: the same sheet again is recognised, in the plan check and in a fresh preview', async () => {
    const p = await preview(edited({ '12': { 本期进展: '完成投资3.2亿元', 状态: '推进中' } }));
    const { entries, plan } = entriesToApply(p, new Set(), opts);
    expect(entries.map((e) => e.sourceHash)).toEqual([p.sourceHash]);
    expect(checkPlan(plan, stored(existing))).toEqual({ ok: true });
    const after = [...existing, ...entries];
    expect(checkPlan(plan, stored(after))).toEqual({ ok: false, code: 'applied', at: '2024-06-20T08:00:00.000Z' });
    const again = previewImport({
      raw: await readBack(await bytesOf(edited({ '12': { 本期进展: '完成投资3.2亿元', 状态: '推进中' } }))),
      documents: [s.document],
      tasks: assess(after),
      fallbackDocId: null,
      today,
    });
    expect(again.ok && again.preview.appliedAt).toBe('2024-06-20T08:00:00.000Z');
  });

  it('a sheet applied in part: the rows applied are not again, the rows left out still can be', async () => {
    const sheetOf = () => edited({ '12': { 本期进展: '完成投资3.2亿元', 状态: '推进中' }, 二: { 任务: '（单位改写了任务）', 本期进展: '平台已上线', 状态: '推进中' } });
    const p = await preview(sheetOf());
    const r2 = p.rows.find((r) => r.no === '二');
    expect(r2?.needsConfirm).toBe(true);
    // applied without the tick: task 12 only
    const first = entriesToApply(p, new Set(), opts);
    expect(first.entries.map((e) => e.taskNo)).toEqual(['12']);
    const after = [...existing, ...first.entries];
    const again = previewImport({ raw: await readBack(await bytesOf(sheetOf())), documents: [s.document], tasks: assess(after), fallbackDocId: null, today });
    if (!again.ok) throw new Error(again.reason);
    expect(again.preview.appliedAt).toBeNull();
    expect(again.preview.rows.find((r) => r.no === '12')).toMatchObject({ blocked: true, flags: expect.arrayContaining(['already-applied']) });
    const second = entriesToApply(again.preview, new Set([r2?.row as number]), opts);
    expect(second.entries.map((e) => e.taskNo)).toEqual(['二']);
    expect(checkPlan(second.plan, stored(after))).toEqual({ ok: true });
    // and once both are in, the file has nothing more to give
    const all = [...after, ...second.entries];
    const third = previewImport({ raw: await readBack(await bytesOf(sheetOf())), documents: [s.document], tasks: assess(all), fallbackDocId: null, today });
    expect(third.ok && third.preview.appliedAt).toBe('2024-06-20T08:00:00.000Z');
    expect(checkPlan(first.plan, stored(all))).toMatchObject({ ok: false, code: 'applied' });
  });

  it('refuses a plan whose tasks were written to since the preview, or whose notice is gone', async () => {
    const p = await preview(edited({ '10': { 本期进展: '专汽产值增长6.1%', 状态: '推进中' }, '12': { 本期进展: '完成投资3.2亿元', 状态: '推进中' } }));
    const { plan } = entriesToApply(p, new Set(), opts);
    const r10 = p.rows.find((r) => r.no === '10');
    expect(r10?.seen).toBe(historyStamp([existing[0] as ProgressEntry]));
    // another window corrected task 10's entry after this preview was made
    const corrected = { ...(existing[0] as ProgressEntry), note: '专汽产值增长6.0%', updatedAt: '2024-06-20T07:00:00.000Z' };
    expect(checkPlan(plan, stored([corrected, existing[1] as ProgressEntry]))).toEqual({ ok: false, code: 'stale', rows: [r10?.row] });
    // … or added one to task 12
    const added = entry(s, s.task('12'), { reportedOn: '2024-06-19', period: '2024-06-15', note: '另一个窗口的' });
    const r12 = p.rows.find((r) => r.no === '12');
    expect(checkPlan(plan, stored([...existing, added]))).toEqual({ ok: false, code: 'stale', rows: [r12?.row] });
    expect(checkPlan(plan, stored(existing, false))).toEqual({ ok: false, code: 'not-found' });
  });
});

describe('statuses typed by units', () => {
  it.each([
    ['推进中', '推进中'],
    ['进行中', '推进中'],
    [' 已完成 ', '已完成'],
    ['已销号', '已完成'],
    ['未启动', '未开始'],
    ['进度滞后', '滞后'],
    ['', ''],
    ['还行', null],
  ])('%s → %s', (cell, status) => {
    expect(readStatus(cell)).toBe(status);
  });
});
