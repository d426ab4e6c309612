// The attainment table as an .xlsx (tableXlsx.ts: the table with numeric figures, then 说明 with the date and source).
import { groupedCount } from '../text/count';
import { ATTAINMENT_COLUMNS } from './attainmentCsv';
import type { TableCell } from './csv';
import { writeTableXlsx } from './tableXlsx';

export const ATTAINMENT_SHEET_NAME = '目标完成情况';

const WIDTHS: Record<(typeof ATTAINMENT_COLUMNS)[number], number> = {
  地区: 12,
  所属省份: 10,
  层级: 6,
  计划年份: 8,
  计划文件: 30,
  任务编号: 8,
  指标: 16,
  目标: 14,
  目标数值: 9,
  目标上限: 9,
  力争值: 7,
  限定词: 7,
  目标单位: 8,
  目标原文: 36,
  回顾地区: 12,
  回顾文件年份: 8,
  完成年份: 8,
  回顾文件: 30,
  成绩: 12,
  完成数值: 9,
  完成单位: 8,
  成绩原文: 36,
  预计数: 7,
  完成情况: 10,
  可信度: 7,
  人工确认: 10,
  责任领导: 12,
  牵头单位: 20,
  说明: 24,
};

/** `rows` as attainmentRows() gives them; `exportedOn` YYYY-MM-DD (Beijing), `source` attainmentSourceLine(). */
export function writeAttainmentXlsx(rows: readonly (readonly TableCell[])[], exportedOn: string, source: string): Promise<Blob> {
  return writeTableXlsx({
    sheet: ATTAINMENT_SHEET_NAME,
    columns: ATTAINMENT_COLUMNS.map((name) => ({ name, width: WIDTHS[name] })),
    rows,
    title: '目标完成情况对照表',
    lines: [
      `导出日期：${exportedOn}`,
      source,
      `每行一条目标与后来报告的完成数，共${groupedCount(rows.length)}行；目标数值、目标上限、力争值、完成数值为数字，单位见各自的单位列；地区、计划年份为提出目标的文件的，回顾地区、回顾文件年份为报告完成情况的文件的。`,
    ],
    wrap: true,
  });
}
