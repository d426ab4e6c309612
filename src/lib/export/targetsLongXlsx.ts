// The long table of every target as an .xlsx: sheet 1 is the table alone (a bold, frozen header, then
// one row per target, figures as numeric cells), so it sorts and pivots as it is; sheet 2 (说明) says
// when it was exported and from what. write-excel-file is loaded only when the user exports.
import { loadPacked } from '../packed/load';
import { groupedCount } from '../text/count';
import { LONG_COLUMNS, type LongRow } from './targetsLong';

export const LONG_SHEET_NAME = '全部目标';
export const LONG_INFO_SHEET_NAME = '说明';

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
const HEADER_STYLE = { fontWeight: 'bold', backgroundColor: '#E8EEF7', borderStyle: 'thin', borderColor: '#9AA5B1', align: 'center', alignVertical: 'center', wrap: true } as const;
const CELL_STYLE = { alignVertical: 'top', borderStyle: 'thin', borderColor: '#C5CCD3' } as const;

/** `rows` as longTargetRows() gives them; `exportedOn` YYYY-MM-DD (Beijing), `source` longSourceLine(). */
export async function writeLongTargetsXlsx(rows: readonly LongRow[], exportedOn: string, source: string): Promise<Blob> {
  const { default: writeXlsxFile } = await loadPacked('write-excel-file/universal');
  const header = LONG_COLUMNS.map((c) => ({ value: c, ...HEADER_STYLE }));
  const body = rows.map((r) =>
    r.map((value) => (value === null ? null : typeof value === 'number' ? { value, type: Number, ...CELL_STYLE } : { value, type: String, ...CELL_STYLE })),
  );
  const info = [
    [{ value: '政府工作报告目标长表', type: String, fontWeight: 'bold' as const }],
    [{ value: `导出日期：${exportedOn}`, type: String }],
    [{ value: source, type: String }],
    [{ value: `每行一条目标，共${groupedCount(rows.length)}行；数值、上限、力争值为数字，单位见“单位”列；原句为报告原文。`, type: String }],
  ];
  return writeXlsxFile(
    [
      { data: [header, ...body], sheet: LONG_SHEET_NAME, columns: LONG_COLUMNS.map((c) => ({ width: WIDTHS[c] })), stickyRowsCount: 1, orientation: 'landscape' },
      { data: info, sheet: LONG_INFO_SHEET_NAME, columns: [{ width: 90 }] },
    ],
    { fontFamily: '宋体', fontSize: 11 },
  ).toBlob();
}
