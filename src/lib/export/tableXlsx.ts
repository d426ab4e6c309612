// A citable table as an .xlsx: sheet 1 is the table alone (a bold, frozen header, then one row per
// record, figures as numeric cells), so it sorts and pivots as it is; sheet 2 (说明) says what it is,
// when it was exported and from what. write-excel-file is loaded only when the user exports.
import { loadPacked } from '../packed/load';
import type { TableCell } from './csv';

export const INFO_SHEET_NAME = '说明';

export interface TableXlsx {
  sheet: string;
  /** header and width (characters) of each column, in the rows' order */
  columns: readonly { name: string; width: number }[];
  rows: readonly (readonly TableCell[])[];
  /** the 说明 sheet: a bold title, then one line each (导出日期, 来源, what a row is) */
  title: string;
  lines: readonly string[];
  /** wrap long text in its cell (tall rows) */
  wrap?: boolean;
}

const HEADER_STYLE = { fontWeight: 'bold', backgroundColor: '#E8EEF7', borderStyle: 'thin', borderColor: '#9AA5B1', align: 'center', alignVertical: 'center', wrap: true } as const;
const CELL_STYLE = { alignVertical: 'top', borderStyle: 'thin', borderColor: '#C5CCD3' } as const;

export async function writeTableXlsx(t: TableXlsx): Promise<Blob> {
  const { default: writeXlsxFile } = await loadPacked('write-excel-file/universal');
  const style = t.wrap ? { ...CELL_STYLE, wrap: true } : CELL_STYLE;
  const header = t.columns.map((c) => ({ value: c.name, ...HEADER_STYLE }));
  const body = t.rows.map((r) => r.map((value) => (value === null ? null : typeof value === 'number' ? { value, type: Number, ...style } : { value, type: String, ...style })));
  const info = [[{ value: t.title, type: String, fontWeight: 'bold' as const }], ...t.lines.map((value) => [{ value, type: String }])];
  return writeXlsxFile(
    [
      { data: [header, ...body], sheet: t.sheet, columns: t.columns.map((c) => ({ width: c.width })), stickyRowsCount: 1, orientation: 'landscape' },
      { data: info, sheet: INFO_SHEET_NAME, columns: [{ width: 90 }] },
    ],
    { fontFamily: '宋体', fontSize: 11 },
  ).toBlob();
}
