// The attainment table as an .xlsx sheet: a bold, frozen header row, column widths, wrapped text, A4
// landscape. write-excel-file is loaded only when the user exports (as for the 台账, ledgerXlsx.ts).
import { ATTAINMENT_COLUMNS } from './attainmentCsv';
import { loadPacked } from '../packed/load';

export const ATTAINMENT_SHEET_NAME = '目标完成情况';

const WIDTHS: Record<(typeof ATTAINMENT_COLUMNS)[number], number> = {
  文件: 30,
  任务编号: 8,
  指标: 16,
  目标: 14,
  目标原文: 36,
  成绩: 12,
  成绩原文: 36,
  预计数: 7,
  完成情况: 10,
  可信度: 7,
  人工确认: 10,
  责任领导: 12,
  牵头单位: 20,
  说明: 24,
};
const HEADER_STYLE = { fontWeight: 'bold', backgroundColor: '#E8EEF7', borderStyle: 'thin', borderColor: '#9AA5B1', align: 'center', alignVertical: 'center', wrap: true } as const;
const CELL_STYLE = { wrap: true, alignVertical: 'top', borderStyle: 'thin', borderColor: '#C5CCD3' } as const;

/** `rows` as attainmentRows() gives them. */
export async function writeAttainmentXlsx(rows: readonly (readonly string[])[]): Promise<Blob> {
  const { default: writeXlsxFile } = await loadPacked('write-excel-file/universal');
  const header = ATTAINMENT_COLUMNS.map((c) => ({ value: c, ...HEADER_STYLE }));
  const body = rows.map((r) => r.map((value) => ({ value, type: String, ...CELL_STYLE })));
  return writeXlsxFile(
    [
      {
        data: [header, ...body],
        sheet: ATTAINMENT_SHEET_NAME,
        columns: ATTAINMENT_COLUMNS.map((c) => ({ width: WIDTHS[c] })),
        stickyRowsCount: 1,
        orientation: 'landscape',
      },
    ],
    { fontFamily: '宋体', fontSize: 11 },
  ).toBlob();
}
