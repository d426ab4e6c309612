// Reads a returned 台账 .xlsx into plain text cells: the first sheet's rows and the 说明 sheet's
// key/value lines. read-excel-file (MIT, same author as write-excel-file, ≈ 50 KB minified; its
// "universal" build needs no Web Worker) is loaded with import() only when a sheet is imported.
// Never throws: a file that is not a readable .xlsx gets a reason in Chinese.
import { BASELINE_KEY, BASELINE_SHEET_NAME, EDITABLE_COLUMNS, INFO_SHEET_NAME, SHEET_NAME, type EditableColumn, type RawLedgerSheet } from '../ledger/sheet';
import { loadPacked } from '../packed/load';

export type RawSheetResult = { ok: true; data: RawLedgerSheet } | { ok: false; reason: string };

const MAX_BYTES = 20 * 1024 * 1024;

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as text. Dates (a unit retyping 2024-06-20 gets a date cell) become YYYY-MM-DD: spreadsheet
 * dates carry no time zone and the library reads them as UTC midnight. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return String(v).trim();
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function isOldExcel(bytes: Uint8Array): boolean {
  // The OLE2 compound file signature of .xls (and .et/.wps) files.
  return bytes.length > 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

function readBaseline(data: unknown[][] | undefined): Map<string, Record<EditableColumn, string>> | null {
  const head = data?.[0]?.map(cellText);
  if (!data || !head || head[0] !== BASELINE_KEY) return null;
  const at = EDITABLE_COLUMNS.map((c) => head.indexOf(c));
  if (at.some((j) => j < 0)) return null;
  const out = new Map<string, Record<EditableColumn, string>>();
  for (const row of data.slice(1)) {
    const key = cellText(row[0]);
    if (key === '') continue;
    const values = Object.fromEntries(EDITABLE_COLUMNS.map((c, i) => [c, cellText(row[at[i] as number])])) as Record<EditableColumn, string>;
    out.set(key, values);
  }
  return out;
}

export async function readLedgerXlsx(bytes: Uint8Array): Promise<RawSheetResult> {
  if (bytes.length === 0) return { ok: false, reason: '文件是空的。' };
  if (bytes.length > MAX_BYTES) return { ok: false, reason: '文件超过 20 MB，不像是台账表格。' };
  if (isOldExcel(bytes)) return { ok: false, reason: '这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中“另存为”.xlsx 后再导入。' };
  if (!isZip(bytes)) return { ok: false, reason: '这不是 .xlsx 表格文件。' };
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    const { default: readXlsxFile } = await loadPacked('read-excel-file/universal');
    const copy = bytes.slice().buffer as ArrayBuffer;
    sheets = (await readXlsxFile(copy)) as { sheet: string; data: unknown[][] }[];
  } catch {
    return { ok: false, reason: '无法读取这个表格文件：文件可能已损坏，或不是 Excel/WPS 保存的 .xlsx。' };
  }
  const main = sheets.find((s) => s.sheet === SHEET_NAME) ?? sheets[0];
  if (!main) return { ok: false, reason: '表格里没有工作表。' };
  const info = new Map<string, string>();
  for (const row of sheets.find((s) => s.sheet === INFO_SHEET_NAME)?.data ?? []) {
    const key = cellText(row[0]);
    if (key !== '' && !info.has(key)) info.set(key, cellText(row[1]));
  }
  return {
    ok: true,
    data: { rows: main.data.map((r) => r.map(cellText)), info, sheetName: main.sheet, baseline: readBaseline(sheets.find((s) => s.sheet === BASELINE_SHEET_NAME)?.data) },
  };
}
