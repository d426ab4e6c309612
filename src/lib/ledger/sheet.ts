// The 台账 as the sheet a unit fills: one row per task, each naming its own round (报送期, from the
// task's own rules: rounds.ts), the last report made (so no report is invisible), and the cells the
// unit fills (本期进展 / 状态 / 完成日期 / 备注). A title area above the header takes 填报单位, 联系人,
// 联系电话, 填报日期 and the 审签 line. A sheet for one unit holds the rows it leads and, marked 配合,
// the rows it assists. Pure; export/ledgerXlsx.ts writes it, ledger/sheetImport.ts reads a returned one.
import type { AssessedTask, LedgerDocument } from './assess';
import type { ProgressEntry } from '../model/ledger';
import { compareEntries } from '../model/ledger';
import { LIGHT_RULES, REASON_LABELS } from './lights';
import { deadlineLabel } from './taskDeadline';
import { chineseDate } from './dates';
import { defaultRound, fileReports, roundsOf, type Filed, type Round } from './rounds';
import { ACCEPTED_STATUS_TEXT, JOINT_RULE, jointStatus } from './returnRules';
import { groupedCount } from '../text/count';

/** Every column a sheet may have, in order; 职责 only in a sheet made for one unit. */
export const ALL_COLUMNS = [
  '序号',
  '职责',
  '任务',
  '责任领导',
  '牵头单位',
  '责任单位',
  '完成时限',
  '报送期',
  '上次报送',
  '本期进展',
  '状态',
  '完成日期',
  '备注',
  '更新日期',
] as const;
export type SheetColumn = (typeof ALL_COLUMNS)[number];

/** The columns of the office's sheet (no 职责; 更新日期 is read from older sheets but no longer written). */
export const SHEET_COLUMNS = ALL_COLUMNS.filter((c) => c !== '职责' && c !== '更新日期');
/** The columns of a sheet made for one unit. */
export const UNIT_SHEET_COLUMNS = ALL_COLUMNS.filter((c) => c !== '更新日期');

export function sheetColumns(sheet: Pick<LedgerSheet, 'unit'>): readonly SheetColumn[] {
  return sheet.unit === null ? SHEET_COLUMNS : UNIT_SHEET_COLUMNS;
}

/**
 * Column widths in characters (a CJK character is about two). The office's sheet sums to 146, a
 * unit's to 150: at 11 pt fitted to the width of A4 landscape with narrow margins that prints at
 * about 10.5 pt (checked by LibreOffice's PDF in tests/e2e/unitSheets.test.ts).
 */
export const SHEET_WIDTHS: Record<SheetColumn, number> = {
  序号: 4,
  职责: 4,
  任务: 26,
  责任领导: 7,
  牵头单位: 11,
  责任单位: 10,
  完成时限: 9,
  报送期: 10,
  上次报送: 20,
  本期进展: 24,
  状态: 6,
  完成日期: 10,
  备注: 9,
  更新日期: 10,
};

/** The columns a unit fills in. */
export const EDITABLE_COLUMNS = ['本期进展', '状态', '完成日期', '备注', '更新日期'] as const satisfies readonly SheetColumn[];
export type EditableColumn = (typeof EDITABLE_COLUMNS)[number];

export const SHEET_NAME = '台账';
export const INFO_SHEET_NAME = '说明';
/**
 * A hidden sheet with each task's key and the fillable cells as exported, so an import compares what
 * the unit wrote with what the unit was sent (not with the ledger now, which may have moved on).
 */
export const BASELINE_SHEET_NAME = '导出原值';
export const BASELINE_KEY = '任务键';
/** A hidden sheet with the file's identity (document id, 文号, the unit it was made for, the day). */
export const IDENTITY_SHEET_NAME = '文件信息';

/** The fields of the title area, as their labels; the import reads them back (sheetImport.ts titleFields). */
export const TITLE_FIELDS = ['填报单位', '联系人', '联系电话', '填报日期', '单位主要负责人审签'] as const;
export type TitleField = (typeof TITLE_FIELDS)[number];

/** What 职责 says for a row. */
export const ROLE_LEAD = '牵头';
export const ROLE_ASSIST = '配合';
/** What 报送期 says for a 销号 task (it owes no more rounds). */
export const NO_ROUND = '已销号';

/** The cells of one row, as text. */
export type SheetRow = Record<SheetColumn, string> & { taskId: string; key: string; round: string | null };

/** The keys of the hidden identity sheet (and of the 说明 sheet of sheets exported before it). */
export const INFO_KEYS = { docId: '文件标识', docNumber: '文号', title: '文件标题', period: '报送期', asOf: '导出日期', unit: '填报单位' } as const;

export interface LedgerSheet {
  docId: string;
  docNumber: string | null;
  title: string;
  asOf: string;
  /** The unit the sheet was made for; null: the office's sheet of every task. */
  unit: string | null;
  rows: SheetRow[];
  /** The fillable cells of every row as sent, by task key (written to the hidden 导出原值 sheet). */
  baseline: { key: string; values: Record<EditableColumn, string> }[];
  /** The title lines above the header. */
  heading: { title: string; subtitle: string; fields: [TitleField, string][] };
  /** The 说明 sheet: label and text, in words. */
  info: [string, string][];
  /** The hidden identity sheet: key and value. */
  identity: [string, string][];
}

const join = (list: readonly string[]) => list.join('、');

/** 2024年6月15日 or 2024-06-15 (as a unit may retype it) → 2024-06-15; null when it is neither. */
export function readRoundCell(cell: string): string | null {
  const s = cell.replace(/\s+/g, '');
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(s);
  if (!iso) return null;
  return `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`;
}

/** Whether `e` is `unit`'s report (a report naming no unit counts for every unit). */
export function reportedBy(e: Pick<ProgressEntry, 'unit'>, unit: string): boolean {
  return unit === '' || e.unit === '' || e.unit === unit || e.unit.split('、').includes(unit);
}

/** The 销号 report that closes the task by the joint rule (returnRules.ts: every lead unit's latest
 * report says 已完成; for one lead unit, its latest): the latest 已完成 report; null while the task is open. */
export function closingReport(t: Pick<AssessedTask, 'history' | 'task'>): ProgressEntry | null {
  if (jointStatus(t.history, t.task.leadUnits).status !== '已完成') return null;
  return (
    [...t.history]
      .sort(compareEntries)
      .filter((e) => e.status === '已完成' && e.completion !== null)
      .pop() ?? null
  );
}

/** The round a report made on `asOf` by `unit` goes to (rounds.ts defaultRound), with the task's reports
 * filed to their rounds; round null for a closed task or with no round left. */
export function rowRound(t: AssessedTask, asOf: string, unit: string): { round: Round | null; filed: Filed[] } {
  const rounds = roundsOf(t.schedule, t.start);
  const filed = fileReports(rounds, t.history, t.task.leadUnits);
  if (closingReport(t)) return { round: null, filed };
  return { round: defaultRound(rounds, filed, asOf, unit), filed };
}

/** One line per report shown in 上次报送: the latest report, and on a joint task each other lead unit's latest. */
export function lastReports(t: AssessedTask): ProgressEntry[] {
  const sorted = [...t.history].sort(compareEntries).reverse();
  const latest = sorted[0];
  if (!latest) return [];
  const out = [latest];
  if (t.task.leadUnits.length > 1) {
    for (const u of t.task.leadUnits) {
      const e = sorted.find((x) => x.unit === u);
      if (e && !out.includes(e)) out.push(e);
    }
  }
  return out;
}

function reportLine(e: ProgressEntry): string {
  const who = e.unit ? `（${e.unit}）` : '';
  const what = [e.status ?? '', e.note].filter((s) => s !== '').join('：');
  return `${e.reportedOn}${who} ${what}`.trim();
}

export function sheetRow(t: AssessedTask, asOf: string, unit: string | null): SheetRow {
  const who = unit ?? '';
  const { round, filed } = rowRound(t, asOf, who);
  // This round's latest report from this unit, when it has one: the cells the unit is sent to correct.
  const mine = round ? filed.filter((f) => f.round?.due === round.due && reportedBy(f.entry, who)).pop()?.entry : undefined;
  const done = closingReport(t);
  const shown = mine ?? done;
  return {
    taskId: t.task.id,
    key: t.key,
    round: round?.due ?? null,
    序号: t.task.no ?? '',
    职责: unit === null ? '' : t.task.leadUnits.includes(unit) ? ROLE_LEAD : ROLE_ASSIST,
    任务: t.task.text,
    责任领导: join(t.task.leaders),
    牵头单位: join(t.task.leadUnits),
    责任单位: join(t.task.supportUnits),
    完成时限: deadlineLabel(t.deadline),
    报送期: round ? chineseDate(round.due) : done ? NO_ROUND : '',
    上次报送: lastReports(t).map(reportLine).join('\n'),
    本期进展: shown?.note ?? '',
    状态: shown?.status ?? '',
    完成日期: shown?.completion?.date ?? '',
    备注: shown?.evidence ?? '',
    更新日期: '',
  };
}

/** The rounds the rows name, with how many rows each, earliest first. */
export function roundCounts(rows: readonly Pick<SheetRow, 'round'>[]): { due: string; rows: number }[] {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.round) counts.set(r.round, (counts.get(r.round) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([due, n]) => ({ due, rows: n }));
}

function roundsText(rows: readonly SheetRow[], asOf: string): string {
  const list = roundCounts(rows).map(({ due, rows: n }) => `${chineseDate(due)}报送期 ${groupedCount(n)} 项${due < asOf ? '（节点已过，按迟报补报）' : ''}`);
  const done = rows.filter((r) => r.报送期 === NO_ROUND).length;
  if (done > 0) list.push(`已销号 ${groupedCount(done)} 项（不再报送，如需更正请联系督查室）`);
  return list.join('；') || '无';
}

/**
 * The sheet of one document's tasks (in the order given) as of `asOf`: every task, or for `unit` the
 * tasks it leads and those it assists (marked 配合).
 */
export function buildSheet(p: { document: LedgerDocument; tasks: readonly AssessedTask[]; asOf: string; unit?: string | null }): LedgerSheet {
  const unit = p.unit ?? null;
  const tasks = p.tasks.filter((t) => t.task.docId === p.document.id && (unit === null || t.task.leadUnits.includes(unit) || t.task.supportUnits.includes(unit)));
  const meta = p.document.meta;
  const rows = tasks.map((t) => sheetRow(t, p.asOf, unit));
  const lead = rows.filter((r) => r.职责 === ROLE_LEAD).length;
  // a title quoting a title: the inner 《》 become 〈〉
  const quoted = `《${meta.title.replace(/《/g, '〈').replace(/》/g, '〉')}》`;
  const docName = meta.docNumber ? `${quoted}（${meta.docNumber}）` : quoted;
  const info: [string, string][] = [
    ['这是什么', `${docName}所列任务的落实情况报送表，由${unit ?? '各牵头单位'}填写后交回督查室。本表导出于${chineseDate(p.asOf)}。`],
    ...(unit === null
      ? []
      : ([
          [
            '本表单位',
            `${unit}：本单位牵头 ${groupedCount(lead)} 项，配合 ${groupedCount(rows.length - lead)} 项。“职责”列为“配合”的任务由牵头单位汇总报送，本单位也可在此填写配合情况。`,
          ],
        ] as [string, string][])),
    ['报送期', `每一行的“报送期”写明该行本次报送的是哪一期（按该任务适用的报送规则）。本表：${roundsText(rows, p.asOf)}。`],
    [
      '怎么填',
      '请在表头写明填报单位、联系人、联系电话和填报日期，经单位主要负责人审签后交回。每行填写“本期进展”和“状态”；“上次报送”是已收到的最近一次报送，供参考，不必改动。其他列请勿修改，不要增删行或改动序号。',
    ],
    ['状态可填', `${ACCEPTED_STATUS_TEXT}。`],
    [
      '销号',
      '填“已完成”即申请销号：请在“完成日期”写明完成的日期（如 2024-06-20），在“本期进展”或“备注”写明完成依据（验收文件、批复文号等）。已销号的任务如需恢复推进或更正完成日期，由督查室确认后生效。',
    ],
    ['联合牵头', JOINT_RULE],
    ['', ''],
    ['红黄绿灯', '按以下顺序判定，先满足者为准：'],
    ...LIGHT_RULES.map((r): [string, string] => [REASON_LABELS[r.reason], r.rule]),
  ];
  const identity: [string, string][] = [
    [INFO_KEYS.docId, p.document.id],
    [INFO_KEYS.docNumber, meta.docNumber ?? ''],
    [INFO_KEYS.title, meta.title],
    [INFO_KEYS.asOf, p.asOf],
    [INFO_KEYS.unit, unit ?? ''],
  ];
  return {
    docId: p.document.id,
    docNumber: meta.docNumber,
    title: meta.title,
    asOf: p.asOf,
    unit,
    rows,
    baseline: rows.map((r) => ({ key: r.key, values: Object.fromEntries(EDITABLE_COLUMNS.map((c) => [c, r[c]])) as Record<EditableColumn, string> })),
    heading: {
      title: `${docName}任务落实情况报送表`,
      subtitle: `报送期见各行“报送期”列（${roundsText(rows, p.asOf)}）　导出日期：${chineseDate(p.asOf)}`,
      fields: [
        ['填报单位', unit ?? ''],
        ['联系人', ''],
        ['联系电话', ''],
        ['填报日期', ''],
        ['单位主要负责人审签', ''],
      ],
    },
    info,
    identity,
  };
}

/** A returned sheet as the reader found it, before any task is matched (import/ledgerXlsx.ts reads it). */
export interface RawLedgerSheet {
  /** The 台账 sheet (or the first sheet), every cell as trimmed text. */
  rows: string[][];
  /** The identity sheet's key/value lines (and the 说明 sheet's first two columns, for older sheets). */
  info: Map<string, string>;
  sheetName: string;
  /** The fillable cells as exported, by task key (the hidden 导出原值 sheet); null when the file lost it. */
  baseline: Map<string, Record<EditableColumn, string>> | null;
}
