// A .xls workbook (BIFF8 inside an OLE compound file) → its sheets as rows of cell values, the shape
// read-excel-file gives for an .xlsx, so sheetText.ts makes the same text of both. Stored packed with
// SheetJS (@e965/xlsx, Apache-2.0) and run in the office worker (officeWorker.ts). The compound file is
// opened by our own bounded reader (compound.ts) and SheetJS is handed only the Workbook stream, so its
// container code never sees a hostile file; it reads at most maxRows + 1 rows of a sheet (sheetRows), and
// a sheet that has more is refused. Returns a result, never throws.
import { read, SSF, utils, type CellObject, type WorkSheet } from '@e965/xlsx';
import { groupedCount } from '../text/count';
import { isCompoundFile, notCompoundReason, readCompound } from './compound';

/** `actually`: the file is a Word document, to be read by the .doc reader instead. */
export type XlsRead = { ok: true; sheets: { sheet: string; data: unknown[][] }[] } | { ok: false; reason: string; actually?: 'doc' };

const SAVE_AS = '请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入';
const DAMAGED = `表格文件已损坏，无法读取：${SAVE_AS}`;
const BOF = 0x0809;
const BIFF8 = 0x0600;
const FILEPASS = 0x002f;
const EOF = 0x000a;

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

const tooManyRows = (limit: number) => `表格的工作表超过 ${groupedCount(limit)} 行，不像是一份通知的任务表，已拒绝读取`;

/** Why the workbook stream cannot be read here: not BIFF8 (Excel 5 / 95 keeps Chinese in a code page), or encrypted. */
function streamProblem(stream: Uint8Array): string | null {
  if (u16(stream, 0) !== BOF) return DAMAGED;
  if (u16(stream, 4) !== BIFF8) return `这是 Excel 5.0 / 95 的旧格式，无法读取：${SAVE_AS}`;
  // the workbook globals run from the first BOF to their EOF; a FILEPASS record there means a password
  for (let at = 0; at + 4 <= stream.length; at += 4 + u16(stream, at + 2)) {
    const type = u16(stream, at);
    if (type === FILEPASS) return '表格文件设有密码（已加密），无法读取：请在 Excel 或 WPS 中去掉密码后另存为 .xlsx 再导入';
    if (type === EOF) break;
  }
  return null;
}

// Records that carry a cell (or a row) and its row index in their first two bytes.
const ROW_RECORDS = new Set([0x0208, 0x00fd, 0x0203, 0x027e, 0x00bd, 0x0201, 0x00be, 0x0006, 0x0204, 0x0205]);

/**
 * The most rows any sheet of the stream fills, counted from the records themselves in one pass (a sheet is
 * the records between a BOF and its EOF): a sheet over the limit is refused in milliseconds, before SheetJS
 * walks it (65,000 rows took it 3 s).
 */
export function mostRows(stream: Uint8Array): number {
  let most = 0;
  let rows = 0;
  for (let at = 0; at + 4 <= stream.length; at += 4 + u16(stream, at + 2)) {
    const type = u16(stream, at);
    if (type === BOF) rows = 0;
    else if (ROW_RECORDS.has(type) && at + 6 <= stream.length) rows = Math.max(rows, u16(stream, at + 4) + 1);
    most = Math.max(most, rows);
  }
  return most;
}

/** A cell's value: text, number, boolean, or a date cell (a number in a date format) as that day at UTC midnight. */
function cellValue(cell: CellObject | undefined): unknown {
  if (!cell || cell.t === 'e' || cell.t === 'z') return null;
  if (cell.t === 'n' && typeof cell.v === 'number' && typeof cell.z === 'string' && SSF.is_date(cell.z)) {
    const d = SSF.parse_date_code(cell.v);
    if (d) return new Date(Date.UTC(d.y, d.m - 1, d.d));
  }
  return cell.v ?? null;
}

function sheetRows(ws: WorkSheet): unknown[][] {
  const ref = ws['!ref'];
  if (!ref) return [];
  const range = utils.decode_range(ref);
  const rows: unknown[][] = [];
  for (let r = 0; r <= range.e.r; r++) {
    const row: unknown[] = [];
    for (let c = 0; c <= range.e.c; c++) row.push(cellValue(ws[utils.encode_cell({ r, c })] as CellObject | undefined));
    rows.push(row);
  }
  return rows;
}

export function readXls(buffer: ArrayBuffer, maxRows: number): XlsRead {
  const bytes = new Uint8Array(buffer);
  if (!isCompoundFile(bytes)) return { ok: false, reason: notCompoundReason(bytes, 'xls') };
  const file = readCompound(bytes, ['Workbook', 'Book'], '表格文件');
  if (!file.ok) return { ok: false, reason: `${file.reason}，${SAVE_AS}` };
  const stream = file.streams.get('Workbook') ?? file.streams.get('Book');
  if (!stream) {
    const word = file.names.some((n) => n === 'WordDocument');
    if (word) return { ok: false, reason: '这其实是一份 Word 97-2003 文档（.doc），不是表格：请把文件扩展名改为 .doc 后再导入', actually: 'doc' };
    return { ok: false, reason: `文件里没有 Excel 工作簿（不是 Excel 97-2003 表格），${SAVE_AS}` };
  }
  const problem = streamProblem(stream);
  if (problem) return { ok: false, reason: problem };
  if (mostRows(stream) > maxRows) return { ok: false, reason: tooManyRows(maxRows) };
  try {
    const book = read(stream, { type: 'array', sheetRows: maxRows + 1, cellNF: true, cellHTML: false, cellFormula: false, cellStyles: false });
    const sheets: { sheet: string; data: unknown[][] }[] = [];
    for (const name of book.SheetNames) {
      const ws = book.Sheets[name];
      if (!ws) continue;
      const ref = ws['!ref'];
      if (ref && utils.decode_range(ref).e.r + 1 > maxRows) return { ok: false, reason: tooManyRows(maxRows) };
      sheets.push({ sheet: name, data: sheetRows(ws) });
    }
    return { ok: true, sheets };
  } catch {
    return { ok: false, reason: DAMAGED };
  }
}
