// The 台账 as a table: one row per task with the columns the office sends out and gets back filled in.
// Pure; export/ledgerXlsx.ts writes it as .xlsx, ledger/sheetImport.ts compares a returned one with it.
import { periodAt, periodOfDue } from './calendar';
import type { AssessedTask, LedgerDocument } from './assess';
import { entryFor, latestEntry } from './entries';
import { LIGHT_RULES, REASON_LABELS } from './lights';
import { deadlineLabel } from './taskDeadline';
import { chineseDate } from './dates';

export const SHEET_COLUMNS = ['序号', '任务', '责任领导', '牵头单位', '责任单位', '完成时限', '本期进展', '状态', '备注', '更新日期'] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

/** Column widths in characters (a CJK character is about two). */
export const SHEET_WIDTHS: Record<SheetColumn, number> = {
  序号: 6,
  任务: 56,
  责任领导: 10,
  牵头单位: 16,
  责任单位: 24,
  完成时限: 14,
  本期进展: 40,
  状态: 8,
  备注: 20,
  更新日期: 12,
};

/** The columns a unit fills in. */
export const EDITABLE_COLUMNS = ['本期进展', '状态', '备注', '更新日期'] as const satisfies readonly SheetColumn[];
export type EditableColumn = (typeof EDITABLE_COLUMNS)[number];

export const SHEET_NAME = '台账';
export const INFO_SHEET_NAME = '说明';
/**
 * A hidden sheet with each task's key and the fillable cells as exported, so an import compares what
 * the unit wrote with what the unit was sent (not with the ledger now, which may have moved on).
 */
export const BASELINE_SHEET_NAME = '导出原值';
export const BASELINE_KEY = '任务键';

/** The cells of one row, as text. */
export type SheetRow = Record<SheetColumn, string> & { taskId: string; key: string };

/** The keys of the 说明 sheet: the import reads them back to know the document and period. */
export const INFO_KEYS = { docId: '文件标识', docNumber: '文号', title: '文件标题', period: '报送期', asOf: '导出日期' } as const;

export interface LedgerSheet {
  docId: string;
  docNumber: string | null;
  title: string;
  /** Due date of the reporting period the sheet collects (本期); null: the latest of each task. */
  period: string | null;
  asOf: string;
  rows: SheetRow[];
  /** The fillable cells of every row as sent, by task key (written to the hidden 导出原值 sheet). */
  baseline: { key: string; values: Record<EditableColumn, string> }[];
  /** Key/value lines of the 说明 sheet (document identity first, then how to fill it in and the lights). */
  info: [string, string][];
}

const join = (list: readonly string[]) => list.join('、');

/** The entry a row shows: the one for the sheet's period of that task, else none. */
function periodEntry(t: AssessedTask, period: string | null) {
  if (period === null) return latestEntry(t.history);
  const p = periodOfDue(t.schedule, t.start, period) ?? periodAt(t.schedule, t.start, period);
  return entryFor(t.history, p);
}

export function sheetRow(t: AssessedTask, period: string | null): SheetRow {
  const e = periodEntry(t, period);
  const status = e?.status ?? t.pace.latest?.status ?? '';
  return {
    taskId: t.task.id,
    key: t.key,
    序号: t.task.no ?? '',
    任务: t.task.text,
    责任领导: join(t.task.leaders),
    牵头单位: join(t.task.leadUnits),
    责任单位: join(t.task.supportUnits),
    完成时限: deadlineLabel(t.deadline),
    本期进展: e?.note ?? '',
    状态: status,
    备注: e?.evidence ?? '',
    更新日期: e?.reportedOn ?? '',
  };
}

/** The sheet of one document's tasks (in the order given) for the period closing on `period`. */
export function buildSheet(p: { document: LedgerDocument; tasks: readonly AssessedTask[]; period: string | null; asOf: string }): LedgerSheet {
  const tasks = p.tasks.filter((t) => t.task.docId === p.document.id);
  const meta = p.document.meta;
  const info: [string, string][] = [
    [INFO_KEYS.docId, p.document.id],
    [INFO_KEYS.docNumber, meta.docNumber ?? ''],
    [INFO_KEYS.title, meta.title],
    [INFO_KEYS.period, p.period ?? ''],
    [INFO_KEYS.asOf, p.asOf],
    ['', ''],
    ['填报说明', '请在“本期进展”“状态”“备注”“更新日期”四列填报，其余列请勿修改；行按“序号”与本机任务对应。'],
    ['状态可填', '未开始、推进中、已完成、滞后；填“已完成”即申请销号，请在“本期进展”写明完成情况和依据。'],
    ['更新日期', '写作 YYYY-MM-DD（如 2024-06-20）；不填则按导入当天记。'],
    ['本期', p.period ? `${chineseDate(p.period)}报送期` : '各任务最近一次报送'],
    ['', ''],
    ['红黄绿灯', '按以下顺序判定，先满足者为准：'],
    ...LIGHT_RULES.map((r): [string, string] => [REASON_LABELS[r.reason], r.rule]),
  ];
  const rows = tasks.map((t) => sheetRow(t, p.period));
  return {
    docId: p.document.id,
    docNumber: meta.docNumber,
    title: meta.title,
    period: p.period,
    asOf: p.asOf,
    rows,
    baseline: rows.map((r) => ({ key: r.key, values: Object.fromEntries(EDITABLE_COLUMNS.map((c) => [c, r[c]])) as Record<EditableColumn, string> })),
    info,
  };
}

/** A returned sheet as the reader found it, before any task is matched (import/ledgerXlsx.ts reads it). */
export interface RawLedgerSheet {
  /** The 台账 sheet (or the first sheet), every cell as trimmed text. */
  rows: string[][];
  /** The 说明 sheet's first two columns, when the file has one. */
  info: Map<string, string>;
  sheetName: string;
  /** The fillable cells as exported, by task key (the hidden 导出原值 sheet); null when the file lost it. */
  baseline: Map<string, Record<EditableColumn, string>> | null;
}
