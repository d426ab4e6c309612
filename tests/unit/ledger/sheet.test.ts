// The 台账 sheet: built from the ledger with each row's own round, written as .xlsx by the library, read
// back by the library, and a returned copy turned into a preview that changes exactly the rows the unit
// changed.
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { assessTasks, type AssessedTask } from '../../../src/lib/ledger/assess';
import { buildSheet, SHEET_COLUMNS, type LedgerSheet, type TitleField } from '../../../src/lib/ledger/sheet';
import { checkPlan, entriesToApply, historyStamp, previewImport, readStatus, sheetHash } from '../../../src/lib/ledger/sheetImport';
import { ledgerFileName, rowHeight, writeLedgerXlsx } from '../../../src/lib/export/ledgerXlsx';
import { readLedgerXlsx } from '../../../src/lib/import/ledgerXlsx';
import type { RawLedgerSheet } from '../../../src/lib/ledger/sheet';
import type { ProgressEntry } from '../../../src/lib/model/ledger';
import { entry, seed002 } from './seed';

const s = seed002();
const today = '2024-06-20';
const assessOn = (entries: ProgressEntry[], on: string): AssessedTask[] =>
  assessTasks({ documents: [s.document], tasks: s.tasks, entries, rulesByDoc: new Map([[s.document.id, s.rules]]), today: on });
const assess = (entries: ProgressEntry[]) => assessOn(entries, today);

const existing = [
  entry(s, s.task('10'), { reportedOn: '2024-06-12', period: '2024-06-15', note: '专汽产值增长5.8%', evidence: '市经信局6月报告' }),
  entry(s, s.task('11'), { reportedOn: '2024-04-10', period: '2024-04-15', status: '滞后', note: '项目未开工' }),
];
const assessed = assess(existing);
const sheet = buildSheet({ document: s.document, tasks: assessed, asOf: today });
const HEADER_AT = 4; // four title rows above the header

async function bytesOf(sh: LedgerSheet): Promise<Uint8Array> {
  return new Uint8Array(await (await writeLedgerXlsx(sh)).arrayBuffer());
}

async function readBack(bytes: Uint8Array): Promise<RawLedgerSheet> {
  const r = await readLedgerXlsx(bytes);
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

describe('the sheet', () => {
  it('has one row per task, each naming its own round and showing the last report', () => {
    expect(sheet.rows).toHaveLength(s.tasks.length);
    // On 6/20 task 10 (重点工作) answered 6/15: its next round is 10/15; its June report stays visible.
    expect(sheet.rows.find((r) => r.序号 === '10')).toMatchObject({
      任务: s.task('10').text,
      责任领导: '黄继军',
      牵头单位: '市经信局',
      完成时限: '年底前（按年度任务）',
      报送期: '2024年10月15日',
      上次报送: '2024-06-12 推进中：专汽产值增长5.8%',
      本期进展: '',
      状态: '',
      完成日期: '',
    });
    // Task 11 reported in April only: June is missed and nearer than October, so its row is for June.
    expect(sheet.rows.find((r) => r.序号 === '11')).toMatchObject({ 报送期: '2024年6月15日', 上次报送: '2024-04-10 滞后：项目未开工', 本期进展: '' });
    // 民生实事 report monthly: on 6/20 the row is for the missed 6/15 (5 days) rather than 7/15.
    expect(sheet.rows.find((r) => r.序号 === '一')?.报送期).toBe('2024年6月15日');
  });

  it('on 6/14 every row is for the 6/15 round, whatever its rule', () => {
    const on614 = buildSheet({ document: s.document, tasks: assessOn(existing.slice(1), '2024-06-14'), asOf: '2024-06-14' });
    expect(new Set(on614.rows.map((r) => r.报送期))).toEqual(new Set(['2024年6月15日']));
  });

  it('keeps the file identity out of the 说明 sheet, which is in words', () => {
    expect(sheet.identity).toContainEqual(['文件标识', s.document.id]);
    const words = sheet.info.map(([k, v]) => `${k}${v}`).join('\n');
    expect(words).not.toContain(s.document.id);
    expect(words).toContain('状态可填');
    expect(words).toContain('正在推进');
    expect(words).toContain('完成日期');
  });

  it('is named after the notice and the day', () => {
    expect(ledgerFileName(sheet)).toBe('随政办发〔2024〕2号-台账-2024-06-20.xlsx');
  });

  it('a 销号 task shows 已销号 for its round, with its status and completion date', () => {
    const done = entry(s, s.task('23'), {
      reportedOn: '2024-06-14',
      period: '2024-06-15',
      status: '已完成',
      note: '通过竣工验收',
      completion: { date: '2024-06-01', basis: '通过竣工验收' },
    });
    const sh = buildSheet({ document: s.document, tasks: assess([done]), asOf: today });
    expect(sh.rows.find((r) => r.序号 === '23')).toMatchObject({ 报送期: '已销号', 状态: '已完成', 完成日期: '2024-06-01' });
  });
});

describe('the .xlsx', () => {
  it('reads back with the library: the title area, then every task, every column, in order', async () => {
    const raw = await readBack(await bytesOf(sheet));
    expect(raw.sheetName).toBe('台账');
    expect(raw.rows[0]?.[0]).toBe(sheet.heading.title);
    expect(raw.rows[2]?.[0]).toBe('填报单位：');
    expect(raw.rows[HEADER_AT]).toEqual([...SHEET_COLUMNS]);
    expect(raw.rows).toHaveLength(HEADER_AT + 1 + s.tasks.length);
    for (const [i, row] of sheet.rows.entries()) expect(raw.rows[HEADER_AT + 1 + i]).toEqual(SHEET_COLUMNS.map((c) => row[c]));
    expect(raw.info.get('文号')).toBe('随政办发〔2024〕2号');
    expect(raw.info.get('文件标识')).toBe(s.document.id);
  });

  it('freezes the header, wraps text with row heights that show it, fits A4 landscape, repeats the header when printed', async () => {
    const files = unzipSync(await bytesOf(sheet));
    const ws = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
    const wb = strFromU8(files['xl/workbook.xml'] as Uint8Array);
    const styles = strFromU8(files['xl/styles.xml'] as Uint8Array);
    expect(ws).toMatch(/<pane [^>]*ySplit="5"[^>]*state="frozen"/);
    expect(styles).toMatch(/wrapText="1"/);
    expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'台账'!$5:$5</definedName>`);
    expect(ws).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1"/);
    expect(ws).toMatch(/<pageMargins left="0.25" right="0.25"/);
    expect(ws).toContain('<oddHeader>&amp;L随政办发〔2024〕2号');
    expect(ws).toContain('&amp;P');
    // Task 10's text (≈ 150 characters in a 26-wide column) gets a row of many lines, not one.
    const r10 = sheet.rows.findIndex((r) => r.序号 === '10') + HEADER_AT + 2;
    const ht = Number(new RegExp(`<row r="${r10}" ht="([\\d.]+)" customHeight="1"`).exec(ws)?.[1]);
    expect(ht).toBeGreaterThan(100);
    // The exported values and the identity ride along in hidden sheets.
    expect(wb).toMatch(/<sheet [^>]*name="导出原值"[^>]*state="hidden"|<sheet [^>]*state="hidden"[^>]*name="导出原值"/);
    expect(wb).toMatch(/<sheet [^>]*name="文件信息"[^>]*state="hidden"|<sheet [^>]*state="hidden"[^>]*name="文件信息"/);
    // Elements in the order the schema demands (Excel calls the file corrupt otherwise).
    const at = (tag: string) => ws.indexOf(`<${tag}`);
    expect(at('sheetPr')).toBeLessThan(at('sheetViews'));
    expect(at('pageMargins')).toBeLessThan(at('pageSetup'));
    expect(at('pageSetup')).toBeLessThan(at('headerFooter'));
  });

  it('sizes a row by its longest wrapped cell, within Excel’s limit', () => {
    expect(rowHeight([{ text: '短', width: 10 }])).toBe(18.5);
    expect(rowHeight([{ text: '字'.repeat(45), width: 10 }])).toBe(10 * 14.5 + 4); // 4.5 per line → 10 lines
    expect(rowHeight([{ text: '一\n二\n三', width: 10 }])).toBe(3 * 14.5 + 4);
    expect(rowHeight([{ text: '字'.repeat(5000), width: 10 }])).toBe(409);
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

type Cells = Partial<Record<(typeof SHEET_COLUMNS)[number], string>>;

/** A unit fills in the returned copy: some cells of some rows, and the title area. */
function edited(changes: Record<string, Cells>, title: Partial<Record<TitleField, string>> = {}, base: LedgerSheet = sheet): LedgerSheet {
  return {
    ...base,
    heading: { ...base.heading, fields: base.heading.fields.map(([f, v]) => [f, title[f] ?? v]) },
    rows: base.rows.map((r) => (changes[r.序号] ? { ...r, ...changes[r.序号] } : r)),
  };
}

async function preview(sh: LedgerSheet, tasks = assessed, on = today) {
  const r = previewImport({ raw: await readBack(await bytesOf(sh)), documents: [s.document], tasks, fallbackDocId: null, today: on });
  if (!r.ok) throw new Error(r.reason);
  return r.preview;
}

const written = (p: Awaited<ReturnType<typeof preview>>) => p.rows.filter((r) => r.kind !== 'unchanged');

describe('importing a returned copy', () => {
  it('an unchanged copy changes nothing', async () => {
    const p = await preview(sheet);
    expect(written(p)).toEqual([]);
    expect(p.unchanged).toBe(s.tasks.length);
    expect(p.total).toBe(s.tasks.length);
  });

  it("writes exactly the rows changed, each to its row's round, dated by the sheet's 填报日期", async () => {
    const p = await preview(
      edited(
        {
          '12': { 本期进展: '完成投资3.2亿元', 状态: '推进中' },
          '40': { 本期进展: '已建成投用', 状态: '已完成', 备注: '竣工验收报告', 完成日期: '2024-06-10' },
          一: { 本期进展: '裕民大道主体完工', 状态: '进行中' },
          '11': { 状态: '推进中', 本期进展: '已开工' },
        },
        { 填报单位: '', 填报日期: '2024-06-18' },
      ),
    );
    expect(
      written(p)
        .map((r) => r.no)
        .sort(),
    ).toEqual(['11', '12', '40', '一']);
    expect(written(p).every((r) => r.kind === 'apply')).toBe(true);
    expect(p.unchanged).toBe(s.tasks.length - 4);
    const { entries, refused } = entriesToApply(p, new Set(), {
      newId: (() => {
        let n = 0;
        return () => `imp${++n}`;
      })(),
      createdAt: '2024-06-20T08:00:00.000Z',
    });
    expect(refused).toEqual([]);
    const byNo = new Map(entries.map((e) => [e.taskNo, e]));
    // Task 12 had not reported June: its row was for 6/15, now answered late.
    expect(byNo.get('12')).toMatchObject({
      period: '2024-06-15',
      reportedOn: '2024-06-18',
      status: '推进中',
      note: '完成投资3.2亿元',
      source: 'import',
      unit: s.task('12').leadUnits.join('、'),
    });
    expect(p.rows.find((r) => r.no === '12')).toMatchObject({ round: '2024-06-15', late: true });
    // The 销号 takes the 完成日期 written, not the import date.
    expect(byNo.get('40')).toMatchObject({ status: '已完成', completion: { date: '2024-06-10', basis: '已建成投用' }, evidence: '竣工验收报告' });
    expect(byNo.get('一')).toMatchObject({ status: '推进中', key: s.keyOf(s.task('一', 'livelihood').id) });

    // Applied, the same copy again (a second clerk) is recognised; an old copy does not undo anything.
    const after = assess([...existing, ...entries]);
    const old = await preview(sheet, after);
    expect(written(old)).toEqual([]);
    expect(after.find((t) => t.task.no === '40')?.pace.light).toBe('done');
  });

  it('flags a changed task text and applies it only when confirmed', async () => {
    const p = await preview(edited({ '13': { 任务: '（单位改写的任务内容）', 本期进展: '按计划推进', 状态: '推进中' } }));
    const r = written(p)[0];
    expect(r).toMatchObject({
      no: '13',
      flags: ['text-changed'],
      blocked: false,
      needsConfirm: true,
      kind: 'decide',
      sheetText: '（单位改写的任务内容）',
      taskText: s.task('13').text,
    });
    const opts = { newId: () => 'x', createdAt: '2024-06-20T08:00:00.000Z' };
    expect(entriesToApply(p, new Set(), opts).entries).toEqual([]);
    expect(entriesToApply(p, new Set([r?.row as number]), opts).entries).toHaveLength(1);
  });

  it('never applies unknown tasks, 销号 without basis, a bad completion date or a repeated row', async () => {
    const base = edited({ '14': { 本期进展: '第一次填报', 状态: '推进中' }, '16': { 状态: '已完成' }, '17': { 状态: '已完成', 本期进展: '完成', 完成日期: '2024-07-01' } });
    const extra = { ...sheet.rows[0]!, 序号: '999', 任务: '不存在的任务', 本期进展: '已完成' };
    const dup = { ...sheet.rows.find((r) => r.序号 === '14')!, 本期进展: '第二次填报', 状态: '推进中' };
    const p = await preview({ ...base, rows: [...base.rows, extra, dup] });
    const flagsOf = (no: string, i = 0) => written(p).filter((r) => r.no === no)[i]?.flags;
    expect(flagsOf('14', 0)).toEqual([]);
    expect(flagsOf('14', 1)).toEqual(['duplicate-row']);
    expect(flagsOf('16')).toEqual(['needs-basis']);
    expect(flagsOf('17')).toEqual(['bad-completion-date']);
    expect(flagsOf('999')).toEqual(['unknown-task']);
    const applied = entriesToApply(p, new Set(p.rows.map((r) => r.row)), { newId: () => 'x', createdAt: '2024-06-20T08:00:00.000Z' }).entries;
    expect(applied.map((e) => [e.taskNo, e.note])).toEqual([['14', '第一次填报']]);
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

  it('without the hidden sheets falls back to the selected document and the rows’ rounds, and says so', async () => {
    const raw = await readBack(await bytesOf(edited({ '19': { 本期进展: '完成', 状态: '推进中' } })));
    const p = previewImport({ raw: { ...raw, info: new Map(), baseline: null }, documents: [s.document], tasks: assessed, fallbackDocId: s.document.id, today });
    if (!p.ok) throw new Error(p.reason);
    expect(p.preview.warnings[0]).toContain('没有导出时的文件信息');
    expect(written(p.preview).map((r) => [r.no, r.round])).toEqual([['19', '2024-06-15']]);
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
    const sh = edited({ '12': { 本期进展: '完成投资3.2亿元', 状态: '推进中' } });
    const p = await preview(sh);
    const { entries, plan } = entriesToApply(p, new Set(), opts);
    expect(entries.map((e) => e.sourceHash)).toEqual([p.sourceHash]);
    expect(checkPlan(plan, stored(existing))).toEqual({ ok: true });
    const after = [...existing, ...entries];
    expect(checkPlan(plan, stored(after))).toEqual({ ok: false, code: 'applied', at: '2024-06-20T08:00:00.000Z' });
    const again = await preview(sh, assess(after));
    expect(again.appliedAt).toBe('2024-06-20T08:00:00.000Z');
  });

  it('a sheet applied in part: the rows applied are not again, the rows left out still can be', async () => {
    const sheetOf = () => edited({ '12': { 本期进展: '完成投资3.2亿元', 状态: '推进中' }, 二: { 任务: '（单位改写了任务）', 本期进展: '平台已上线', 状态: '推进中' } });
    const p = await preview(sheetOf());
    const r2 = p.rows.find((r) => r.no === '二');
    expect(r2?.needsConfirm).toBe(true);
    const first = entriesToApply(p, new Set(), opts);
    expect(first.entries.map((e) => e.taskNo)).toEqual(['12']);
    const after = [...existing, ...first.entries];
    const again = await preview(sheetOf(), assess(after));
    expect(again.appliedAt).toBeNull();
    expect(again.rows.find((r) => r.no === '12')).toMatchObject({ blocked: true, flags: expect.arrayContaining(['already-applied']) });
    const second = entriesToApply(again, new Set([r2?.row as number]), opts);
    expect(second.entries.map((e) => e.taskNo)).toEqual(['二']);
    expect(checkPlan(second.plan, stored(after))).toEqual({ ok: true });
    const all = [...after, ...second.entries];
    const third = await preview(sheetOf(), assess(all));
    expect(third.appliedAt).toBe('2024-06-20T08:00:00.000Z');
    expect(checkPlan(first.plan, stored(all))).toMatchObject({ ok: false, code: 'applied' });
  });

  it('refuses a plan whose tasks were written to since the preview, or whose notice is gone', async () => {
    const p = await preview(edited({ '10': { 本期进展: '专汽产值增长6.1%', 状态: '推进中' }, '12': { 本期进展: '完成投资3.2亿元', 状态: '推进中' } }));
    const { plan } = entriesToApply(p, new Set(), opts);
    const r10 = p.rows.find((r) => r.no === '10');
    expect(r10?.seen).toBe(historyStamp([existing[0] as ProgressEntry]));
    const corrected = { ...(existing[0] as ProgressEntry), note: '专汽产值增长6.0%', updatedAt: '2024-06-20T07:00:00.000Z' };
    expect(checkPlan(plan, stored([corrected, existing[1] as ProgressEntry]))).toEqual({ ok: false, code: 'stale', rows: [r10?.row] });
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
    ['正在推进', '推进中'],
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
