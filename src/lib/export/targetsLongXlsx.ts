// The long table of every target as an .xlsx (tableXlsx.ts: the table, then 说明 with the date and source).
import { groupedCount } from '../text/count';
import { writeTableXlsx } from './tableXlsx';
import { LONG_COLUMNS, type LongRow } from './targetsLong';

export const LONG_SHEET_NAME = '全部目标';

const WIDTHS: Record<(typeof LONG_COLUMNS)[number], number> = {
  地区: 12,
  所属省份: 10,
  层级: 6,
  年份: 6,
  指标: 18,
  原文指标: 20,
  数值: 9,
  上限: 7,
  单位: 7,
  限定词: 7,
  力争值: 7,
  类型: 9,
  文件标题: 28,
  文号: 18,
  原句: 48,
};

/** `rows` as longTargetRows() gives them; `exportedOn` YYYY-MM-DD (Beijing), `source` longSourceLine(). */
export function writeLongTargetsXlsx(rows: readonly LongRow[], exportedOn: string, source: string): Promise<Blob> {
  return writeTableXlsx({
    sheet: LONG_SHEET_NAME,
    columns: LONG_COLUMNS.map((name) => ({ name, width: WIDTHS[name] })),
    rows,
    title: '政府工作报告目标长表',
    lines: [`导出日期：${exportedOn}`, source, `每行一条目标，共${groupedCount(rows.length)}行；数值、上限、力争值为数字，单位见“单位”列；原句为报告原文。`],
  });
}
