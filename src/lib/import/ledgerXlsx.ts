// Reads a returned 台账 .xlsx into plain text cells: the first sheet's rows and the 说明 sheet's
// key/value lines. read-excel-file (MIT, same author as write-excel-file, ≈ 50 KB minified; its
// "universal" build needs no Web Worker) is loaded with import() only when a sheet is imported.
// Never throws: a file that is not a readable .xlsx gets a reason in Chinese, never a library's message.
// Before the library sees a byte, zipBounds.ts checks what the file unpacks to, its rows against the
// ledger's tasks and any XML entity declaration; the library then runs in a worker with a time budget.
import { BASELINE_KEY, BASELINE_SHEET_NAME, EDITABLE_COLUMNS, IDENTITY_SHEET_NAME, INFO_SHEET_NAME, SHEET_NAME, type EditableColumn, type RawLedgerSheet } from '../ledger/sheet';
import { officeBudgetMs, runOffice } from './officeWorker';
import { checkZip } from './zipBounds';

export type RawSheetResult = { ok: true; data: RawLedgerSheet } | { ok: false; reason: string; cancelled?: true };

export interface SheetReadOptions {
  /** Rows allowed in any sheet (header and blank rows included); see maxSheetRows. */
  maxRows?: number;
  signal?: AbortSignal;
  /** Share of the file checked, 0–1, while it is checked before the library reads it. */
  onProgress?: (fraction: number) => void;
}

/** Above this no returned sheet is read, whatever the ledger holds. */
export const ABSOLUTE_MAX_ROWS = 20_000;
/** Rows beyond the ledger's tasks a sheet may have: header, blank and note rows, tasks added by hand. */
export const ROW_MARGIN = 200;

/** The rows a returned sheet may have: one per task the ledger holds, plus the margin, within the absolute cap. */
export function maxSheetRows(taskCount: number): number {
  return Math.min(ABSOLUTE_MAX_ROWS, taskCount + ROW_MARGIN);
}

/** One sheet is for one notice: the rows allowed follow the notice with most tasks (each task's docId given). */
export function maxSheetRowsFor(taskDocIds: Iterable<string>): number {
  const perDoc = new Map<string, number>();
  for (const id of taskDocIds) perDoc.set(id, (perDoc.get(id) ?? 0) + 1);
  return maxSheetRows(Math.max(0, ...perDoc.values()));
}

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
  // a column the sheet was exported without (完成日期 before it existed) reads as blank
  const at = EDITABLE_COLUMNS.map((c) => head.indexOf(c));
  if (!at.some((j) => j >= 0)) return null;
  const out = new Map<string, Record<EditableColumn, string>>();
  for (const row of data.slice(1)) {
    const key = cellText(row[0]);
    if (key === '') continue;
    const values = Object.fromEntries(EDITABLE_COLUMNS.map((c, i) => [c, (at[i] as number) < 0 ? '' : cellText(row[at[i] as number])])) as Record<EditableColumn, string>;
    out.set(key, values);
  }
  return out;
}

export async function readLedgerXlsx(bytes: Uint8Array, options: SheetReadOptions = {}): Promise<RawSheetResult> {
  if (bytes.length === 0) return { ok: false, reason: '文件是空的。' };
  if (bytes.length > MAX_BYTES) return { ok: false, reason: '文件超过 20 MB，不像是台账表格。' };
  if (isOldExcel(bytes)) return { ok: false, reason: '这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中“另存为”.xlsx 后再导入。' };
  if (!isZip(bytes)) return { ok: false, reason: '这不是 .xlsx 表格文件。' };
  const checked = await checkZip(bytes, { maxRows: options.maxRows ?? ABSOLUTE_MAX_ROWS, signal: options.signal, onProgress: options.onProgress, label: '表格文件' });
  if (!checked.ok) {
    if (checked.kind === 'cancelled') return { ok: false, reason: '已取消读取。', cancelled: true };
    if (checked.kind === 'not-zip') return { ok: false, reason: '无法读取这个表格文件：文件不完整或已损坏（压缩包结构残缺，可能没有下载完）。' };
    return { ok: false, reason: checked.kind === 'damaged' ? `无法读取这个表格文件：${checked.reason}` : checked.reason };
  }
  const budgetMs = officeBudgetMs(bytes.length);
  const run = await runOffice('xlsx', bytes, { budgetMs, signal: options.signal });
  if (!run.ok) {
    if (run.stopped === 'cancelled') return { ok: false, reason: '已取消读取。', cancelled: true };
    if (run.stopped === 'timeout') return { ok: false, reason: `超过 ${Math.round(budgetMs / 1000)} 秒仍未读完，已停止读取，没有导入任何内容。文件可能过大或格式异常。` };
    return { ok: false, reason: '无法读取这个表格文件：文件可能已损坏，或不是 Excel/WPS 保存的 .xlsx。' };
  }
  const sheets = run.value;
  const main = sheets.find((s) => s.sheet === SHEET_NAME) ?? sheets[0];
  if (!main) return { ok: false, reason: '表格里没有工作表。' };
  // The file's identity: the hidden 文件信息 sheet; sheets exported before it kept it in 说明.
  const info = new Map<string, string>();
  for (const name of [IDENTITY_SHEET_NAME, INFO_SHEET_NAME]) {
    for (const row of sheets.find((s) => s.sheet === name)?.data ?? []) {
      const key = cellText(row[0]);
      if (key !== '' && !info.has(key)) info.set(key, cellText(row[1]));
    }
  }
  return {
    ok: true,
    data: { rows: main.data.map((r) => r.map(cellText)), info, sheetName: main.sheet, baseline: readBaseline(sheets.find((s) => s.sheet === BASELINE_SHEET_NAME)?.data) },
  };
}
