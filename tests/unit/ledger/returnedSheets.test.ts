// Returned sheets at the rules' boundaries (ledger/returnRules.ts): blank and cleared rows, a joint task
// reported by two units, a 销号 reopened or redated, an unknown status word, a late report filling the
// round it missed, and many files at once (bulkImport.ts).
import { describe, expect, it } from 'vitest';
import { assessTasks, type AssessedTask } from '../../../src/lib/ledger/assess';
import { buildSheet, type LedgerSheet, type SheetRow, type TitleField } from '../../../src/lib/ledger/sheet';
import { entriesToApply, previewImport, type PreviewResult } from '../../../src/lib/ledger/sheetImport';
import { batchRefusal, bulkCounts, bulkPlans, bulkPreview, decisionKey, MAX_BATCH_FILES } from '../../../src/lib/ledger/bulkImport';
import { jointStatus, supersedes } from '../../../src/lib/ledger/returnRules';
import { fileReports, roundsOf, roundsView } from '../../../src/lib/ledger/rounds';
import { writeLedgerXlsx } from '../../../src/lib/export/ledgerXlsx';
import { readLedgerXlsx } from '../../../src/lib/import/ledgerXlsx';
import type { ProgressEntry } from '../../../src/lib/model/ledger';
import { entry, seed002 } from './seed';

const s = seed002();
const assessOn = (entries: readonly ProgressEntry[], on: string): AssessedTask[] =>
  assessTasks({ documents: [s.document], tasks: s.tasks, entries, rulesByDoc: new Map([[s.document.id, s.rules]]), today: on });
const opts = () => {
  let n = 0;
  return { newId: () => `r${++n}`, createdAt: '2024-07-16T08:00:00.000Z' };
};

type Cells = Partial<Record<keyof SheetRow, string>>;
function filled(base: LedgerSheet, rows: Record<string, Cells>, title: Partial<Record<TitleField, string>> = {}, extra: SheetRow[] = []): LedgerSheet {
  return {
    ...base,
    heading: { ...base.heading, fields: base.heading.fields.map(([f, v]) => [f, title[f] ?? v]) },
    rows: [...base.rows.map((r) => (rows[r.序号] ? { ...r, ...rows[r.序号] } : r)), ...extra],
  };
}

async function previewOf(sh: LedgerSheet, tasks: readonly AssessedTask[], today: string): Promise<PreviewResult> {
  const raw = await readLedgerXlsx(new Uint8Array(await (await writeLedgerXlsx(sh)).arrayBuffer()));
  if (!raw.ok) throw new Error(raw.reason);
  return previewImport({ raw: raw.data, documents: [s.document], tasks, fallbackDocId: null, today });
}
async function preview(sh: LedgerSheet, tasks: readonly AssessedTask[], today: string) {
  const r = await previewOf(sh, tasks, today);
  if (!r.ok) throw new Error(r.reason);
  return r.preview;
}
const rowOf = (p: Awaited<ReturnType<typeof preview>>, no: string) => p.rows.find((r) => r.no === no);

// Task 17 is led jointly by 市发改委 and 市交通运输局; task 23 by 市发改委 and 市商务局.
const JOINT = '17';

describe('blank and cleared rows', () => {
  it('blank rows are not rows, and a row whose report cells were cleared is not a report', async () => {
    const on = '2024-06-14';
    const reported = [entry(s, s.task('10'), { reportedOn: '2024-06-12', period: '2024-06-15', note: '提前报送', unit: '市经信局' })];
    const tasks = assessOn(reported, on);
    const sheet = buildSheet({ document: s.document, tasks, asOf: on });
    expect(sheet.rows.find((r) => r.序号 === '10')?.本期进展).toBe('提前报送');
    const blank = Object.fromEntries(Object.keys(sheet.rows[0]!).map((k) => [k, ''])) as SheetRow;
    const p = await preview(
      filled(
        sheet,
        { '10': { 本期进展: '', 状态: '' } },
        {},
        Array.from({ length: 6 }, () => blank),
      ),
      tasks,
      on,
    );
    expect(p.total).toBe(s.tasks.length);
    expect(p.rows.filter((r) => r.kind !== 'unchanged')).toEqual([]);
    expect(entriesToApply(p, new Set(), opts()).entries).toEqual([]);
  });
});

describe('a joint task', () => {
  const on = '2024-06-14';
  const tasks = assessOn([], on);
  const sheetFor = (unit: string) => buildSheet({ document: s.document, tasks, asOf: on, unit });

  it('each lead unit’s report is filed to that unit and both are kept', async () => {
    const a = await preview(filled(sheetFor('市发改委'), { [JOINT]: { 本期进展: '发改委：规划编制完成', 状态: '推进中' } }), tasks, on);
    const b = await preview(filled(sheetFor('市交通运输局'), { [JOINT]: { 本期进展: '交通局：线路勘察完成', 状态: '滞后' } }), tasks, on);
    expect(rowOf(a, JOINT)).toMatchObject({ kind: 'apply', unit: '市发改委', round: '2024-06-15', late: false });
    const first = entriesToApply(a, new Set(), opts()).entries;
    // The second unit's report, previewed after the first is stored: kept beside it, not replacing it.
    const after = assessOn(first, on);
    const b2 = await preview(filled(sheetFor('市交通运输局'), { [JOINT]: { 本期进展: '交通局：线路勘察完成', 状态: '滞后' } }), after, on);
    expect(rowOf(b2, JOINT)).toMatchObject({ kind: 'apply', unit: '市交通运输局', replaces: [], besides: [expect.objectContaining({ unit: '市发改委' })] });
    const second = entriesToApply(b2, new Set(), opts()).entries;
    const history = [...first, ...second];
    expect(history.map((e) => e.unit)).toEqual(['市发改委', '市交通运输局']);
    // Its status by the written rule: the worse of the two (滞后); 已完成 only when both say so.
    expect(jointStatus(history, s.task(JOINT).leadUnits).status).toBe('滞后');
    expect(b.rows.find((r) => r.no === JOINT)?.kind).toBe('apply');
  });

  it('a report naming no unit would take the place of a lead unit’s: that waits for a decision and shows it', async () => {
    const first = [entry(s, s.task(JOINT), { reportedOn: '2024-06-12', period: '2024-06-15', note: '发改委：规划编制完成', unit: '市发改委' })];
    const after = assessOn(first, on);
    const office = buildSheet({ document: s.document, tasks: after, asOf: on });
    // The office's sheet was exported after the report: the row shows it and re-importing it changes nothing.
    expect(office.rows.find((r) => r.序号 === JOINT)?.本期进展).toBe('发改委：规划编制完成');
    const before = buildSheet({ document: s.document, tasks, asOf: on }); // exported before the report came in
    const p = await preview(filled(before, { [JOINT]: { 本期进展: '汇总：两单位均在推进', 状态: '推进中' } }), after, on);
    expect(rowOf(p, JOINT)).toMatchObject({ kind: 'decide', flags: ['replaces'], replaces: [expect.objectContaining({ unit: '市发改委', note: '发改委：规划编制完成' })] });
    expect(entriesToApply(p, new Set(), opts()).entries).toEqual([]);
    expect(entriesToApply(p, new Set([rowOf(p, JOINT)!.row]), opts()).entries).toHaveLength(1);
  });
});

describe('a joint task half done', () => {
  it('is not 销号 until every lead unit says 已完成: the other unit still has a round, and its 推进中 reopens nothing', async () => {
    const on = '2024-06-14';
    const done = entry(s, s.task(JOINT), {
      reportedOn: '2024-06-12',
      period: '2024-06-15',
      status: '已完成',
      note: '发改委部分完成',
      unit: '市发改委',
      completion: { date: '2024-06-10', basis: '发改委部分完成' },
    });
    const tasks = assessOn([done], on);
    const jt = buildSheet({ document: s.document, tasks, asOf: on, unit: '市交通运输局' });
    expect(jt.rows.find((r) => r.序号 === JOINT)).toMatchObject({ 报送期: '2024年6月15日', 状态: '' });
    const p = await preview(filled(jt, { [JOINT]: { 本期进展: '交通局：仍在推进', 状态: '推进中' } }), tasks, on);
    expect(rowOf(p, JOINT)).toMatchObject({ kind: 'apply', flags: [] });
    const both = [
      done,
      entry(s, s.task(JOINT), {
        reportedOn: '2024-06-13',
        period: '2024-06-15',
        status: '已完成',
        note: '交通局完成',
        unit: '市交通运输局',
        completion: { date: '2024-06-13', basis: '交通局完成' },
      }),
    ];
    const closed = buildSheet({ document: s.document, tasks: assessOn(both, on), asOf: on, unit: '市交通运输局' });
    expect(closed.rows.find((r) => r.序号 === JOINT)).toMatchObject({ 报送期: '已销号', 状态: '已完成', 完成日期: '2024-06-13' });
  });
});

describe('a 销号 task', () => {
  const on = '2024-07-16';
  const done = entry(s, s.task('40'), {
    reportedOn: '2024-06-14',
    period: '2024-06-15',
    status: '已完成',
    note: '已建成投用',
    completion: { date: '2024-06-01', basis: '已建成投用' },
  });
  const tasks = assessOn([done], on);
  const sheet = buildSheet({ document: s.document, tasks, asOf: on });

  it('reopened through the sheet waits for a decision', async () => {
    const p = await preview(filled(sheet, { '40': { 状态: '推进中', 本期进展: '发现质量问题，整改中' } }), tasks, on);
    expect(rowOf(p, '40')).toMatchObject({ kind: 'decide', flags: ['reopen'] });
    expect(entriesToApply(p, new Set(), opts()).entries).toEqual([]);
  });

  it('a row pasted from an older export keeps the completion date; a new date waits for a decision', async () => {
    // an older export's row: 已完成, no 完成日期 column filled, the same words
    const pasted = await preview(filled(sheet, { '40': { 完成日期: '' } }), tasks, on);
    expect(rowOf(pasted, '40')?.kind).toBe('unchanged');
    const withNote = await preview(filled(sheet, { '40': { 完成日期: '', 本期进展: '已建成投用，补充验收材料' } }), tasks, on);
    expect(rowOf(withNote, '40')).toMatchObject({ kind: 'apply', entry: expect.objectContaining({ completion: { date: '2024-06-01', basis: '已建成投用，补充验收材料' } }) });
    const redated = await preview(filled(sheet, { '40': { 完成日期: '2024-06-05' } }), tasks, on);
    expect(rowOf(redated, '40')).toMatchObject({ kind: 'decide', flags: ['completion-changed'] });
  });
});

describe('an unknown status word', () => {
  it('waits for the clerk to pick a status, then is written with it', async () => {
    const on = '2024-06-20';
    const tasks = assessOn([], on);
    const p = await preview(filled(buildSheet({ document: s.document, tasks, asOf: on }), { '15': { 状态: '差不多了', 本期进展: '主体完工' } }), tasks, on);
    const r = rowOf(p, '15')!;
    expect(r).toMatchObject({ kind: 'decide', needsStatus: true, statusWord: '差不多了', flags: ['unknown-status'] });
    expect(entriesToApply(p, { confirmed: new Set() }, opts()).entries).toEqual([]);
    const picked = entriesToApply(p, { confirmed: new Set(), statuses: new Map([[r.row, '推进中']]) }, opts()).entries;
    expect(picked.map((e) => [e.taskNo, e.status, e.note])).toEqual([['15', '推进中', '主体完工']]);
  });
});

describe('a late report by spreadsheet', () => {
  it('a June report returned on 7/16 fills the June round, marked 迟报', async () => {
    const june = buildSheet({ document: s.document, tasks: assessOn([], '2024-06-14'), asOf: '2024-06-14' });
    const row = june.rows.find((r) => r.序号 === '12');
    expect(row?.报送期).toBe('2024年6月15日');
    const on = '2024-07-16';
    const tasks = assessOn([], on);
    const p = await preview(filled(june, { '12': { 本期进展: '6月进展：设备进场', 状态: '推进中' } }), tasks, on);
    expect(rowOf(p, '12')).toMatchObject({ kind: 'apply', round: '2024-06-15', late: true });
    const entries = entriesToApply(p, new Set(), opts()).entries;
    expect(entries[0]).toMatchObject({ period: '2024-06-15', reportedOn: on });
    const t = assessOn(entries, on).find((x) => x.task.no === '12')!;
    const view = roundsView(roundsOf(t.schedule, t.start), t.history, on);
    expect(view.states.find((x) => x.round.due === '2024-06-15')).toMatchObject({ answered: true, late: true });
    expect(fileReports(roundsOf(t.schedule, t.start), t.history)[0]?.late).toBe(true);
  });
});

describe('many files at once', () => {
  const on = '2024-06-14';
  const tasks = assessOn([], on);
  const sheetFor = (unit: string) => buildSheet({ document: s.document, tasks, asOf: on, unit });
  const leads = (id: string) => tasks.find((t) => t.task.id === id)?.task.leadUnits ?? [];

  it('three units’ copies (two on one joint task) lose nothing; the same file twice is refused once', async () => {
    const fgw = filled(sheetFor('市发改委'), { [JOINT]: { 本期进展: '发改委：规划编制完成', 状态: '推进中' }, '1': { 本期进展: '投资增长9%', 状态: '推进中' } });
    const jt = filled(sheetFor('市交通运输局'), { [JOINT]: { 本期进展: '交通局：线路勘察完成', 状态: '推进中' } });
    const jx = filled(sheetFor('市经信局'), { '10': { 本期进展: '专汽产值增长5.8%', 状态: '推进中' }, '2': { 本期进展: '工业增加值增长7.6%', 状态: '推进中' } });
    const results = [
      { name: '发改委.xlsx', result: await previewOf(fgw, tasks, on) },
      { name: '交通局.xlsx', result: await previewOf(jt, tasks, on) },
      { name: '经信局.xlsx', result: await previewOf(jx, tasks, on) },
      { name: '经信局(1).xlsx', result: await previewOf(jx, tasks, on) },
    ];
    const b = bulkPreview(results, leads);
    expect(b.files.map((f) => f.reason)).toEqual([null, null, null, '与本批的“经信局.xlsx”内容相同，不重复导入。']);
    const d = { confirmed: new Set<string>(), statuses: new Map() };
    expect(bulkCounts(b, d)).toMatchObject({ apply: 5, decide: 0 });
    const joint = b.rows.filter((r) => r.row.no === JOINT && r.row.kind === 'apply');
    expect(joint.map((r) => r.row.unit)).toEqual(['市发改委', '市交通运输局']);
    expect(joint[1]?.row.besides).toEqual([expect.objectContaining({ unit: '市发改委（本批）' })]);
    const { plans, entries } = bulkPlans(b, d, opts());
    expect(plans).toHaveLength(3);
    expect(entries.map((e) => [e.taskNo, e.unit]).sort()).toEqual(
      [
        ['1', '市发改委'],
        ['10', '市经信局'],
        [JOINT, '市交通运输局'],
        [JOINT, '市发改委'],
        ['2', '市经信局'],
      ].sort(),
    );
  });

  it('takes up to 100 files; more are not read, and the page says so', () => {
    expect(batchRefusal(MAX_BATCH_FILES)).toBeNull();
    expect(batchRefusal(1_200)).toBe('一次选了 1,200 个文件，超过上限 100 个，没有读取任何文件：请分批导入。');
  });

  it('one unit reporting one round of a task in two files waits for a decision', async () => {
    const one = filled(sheetFor('市经信局'), { '10': { 本期进展: '第一稿', 状态: '推进中' } });
    const two = filled(sheetFor('市经信局'), { '10': { 本期进展: '第二稿', 状态: '推进中' } });
    const b = bulkPreview(
      [
        { name: 'a.xlsx', result: await previewOf(one, tasks, on) },
        { name: 'b.xlsx', result: await previewOf(two, tasks, on) },
      ],
      leads,
    );
    const second = b.rows.find((r) => r.file === 1 && r.row.no === '10')!;
    expect(second.row).toMatchObject({ kind: 'decide', flags: ['twice-in-batch'] });
    const none = bulkPlans(b, { confirmed: new Set(), statuses: new Map() }, opts()).entries;
    expect(none.map((e) => e.note)).toEqual(['第一稿']);
    const both = bulkPlans(b, { confirmed: new Set([decisionKey(1, second.row.row)]), statuses: new Map() }, opts()).entries;
    expect(both.map((e) => e.note)).toEqual(['第一稿', '第二稿']);
  });
});

describe('the joint rule', () => {
  const leads = ['市发改委', '市交通运输局'];
  const e = (unit: string, status: '推进中' | '滞后' | '已完成' | '未开始', on = '2024-06-12') =>
    entry(s, s.task(JOINT), { reportedOn: on, period: '2024-06-15', status, unit, note: 'x', ...(status === '已完成' ? { completion: { date: on, basis: 'x' } } : {}) });

  it.each([
    [[], null],
    [[['市发改委', '推进中']], '推进中'],
    [[['市发改委', '已完成']], '推进中'], // the other unit has not said 已完成
    [
      [
        ['市发改委', '已完成'],
        ['市交通运输局', '已完成'],
      ],
      '已完成',
    ],
    [
      [
        ['市发改委', '已完成'],
        ['市交通运输局', '滞后'],
      ],
      '滞后',
    ],
    [
      [
        ['市发改委', '未开始'],
        ['市交通运输局', '推进中'],
      ],
      '未开始',
    ],
    [[['', '已完成']], '已完成'], // a report naming no unit stands for every lead unit
    [[['督查室', '滞后']], '滞后'], // no lead unit reported: the latest report
    [
      [
        ['督查室', '滞后'],
        ['市发改委', '推进中'],
      ],
      '推进中',
    ], // a lead unit reported: only lead units count
  ] as const)('%j → %s', (reports, status) => {
    const history = reports.map(([unit, st]) => e(unit, st));
    expect(jointStatus(history, leads).status).toBe(status);
  });

  it('a unit’s later report is its status; one lead unit’s task follows its latest report', () => {
    expect(jointStatus([e('市发改委', '滞后', '2024-06-01'), e('市发改委', '推进中', '2024-06-10'), e('市交通运输局', '推进中')], leads).status).toBe('推进中');
    expect(jointStatus([e('市经信局', '滞后', '2024-06-01'), e('市经信局', '推进中', '2024-06-10')], ['市经信局']).status).toBe('推进中');
  });

  it('the light follows it: one unit 滞后 keeps the task 滞后, one unit 已完成 does not close it', () => {
    const on = '2024-06-14';
    const light = (history: ProgressEntry[]) => assessOn(history, on).find((t) => t.task.no === JOINT)?.pace.reason;
    expect(light([e('市发改委', '滞后', '2024-06-10'), e('市交通运输局', '推进中', '2024-06-12')])).toBe('behind');
    expect(light([e('市发改委', '已完成', '2024-06-12')])).not.toBe('done');
    expect(light([e('市发改委', '已完成', '2024-06-10'), e('市交通运输局', '已完成', '2024-06-12')])).toBe('done');
  });

  it('who takes whose place', () => {
    expect(supersedes('市发改委', '市发改委', leads)).toBe(true);
    expect(supersedes('市发改委', '市交通运输局', leads)).toBe(false);
    expect(supersedes('市发改委、市交通运输局', '市交通运输局', leads)).toBe(true);
    expect(supersedes('', '市交通运输局', leads)).toBe(true);
  });
});
