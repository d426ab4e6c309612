// A notice that comes as an .xlsx sheet → text, through the same bounded path as a returned 台账
// (ledgerXlsx.ts): zipBounds.ts checks what the file unpacks to, its rows and any XML entity before
// read-excel-file sees a byte, and the library runs in a worker stopped at its time budget
// (officeWorker.ts). The rows become text in sheetText.ts. Never throws; reasons are in Chinese.
import { officeBudgetMs, runOffice } from './officeWorker';
import { sheetsToText } from './sheetText';
import { checkZip, startsAsZip, zipEntries } from './zipBounds';
import { groupedCount } from '../text/count';

export type XlsxTextResult = { ok: true; text: string } | { ok: false; reason: string; cancelled?: true };

/** Rows allowed in any sheet of a notice: a notice has hundreds of tasks, never tens of thousands. */
export const MAX_NOTICE_SHEET_ROWS = 20_000;

/** Why these bytes cannot be an .xlsx, or null when the package looks whole. */
export function xlsxProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return '文件是空的';
  const names = zipEntries(bytes)?.map((e) => e.name) ?? null;
  if (names === null) {
    return startsAsZip(bytes) ? '文件不完整或已损坏（压缩包结构残缺，可能没有下载完）' : '文件已损坏或并非真正的 .xlsx（不是 Excel 2007 及以后的压缩包格式）';
  }
  if (!names.includes('xl/workbook.xml')) return '压缩包里没有 Excel 工作簿（缺少 xl/workbook.xml），不是有效的 .xlsx';
  return null;
}

export async function extractXlsxText(bytes: Uint8Array, options: { signal?: AbortSignal } = {}): Promise<XlsxTextResult> {
  const problem = xlsxProblem(bytes);
  if (problem) return { ok: false, reason: problem };
  const checked = await checkZip(bytes, { maxRows: MAX_NOTICE_SHEET_ROWS, signal: options.signal, label: '表格文件' });
  if (!checked.ok) {
    if (checked.kind === 'cancelled') return { ok: false, reason: '已取消读取', cancelled: true };
    if (checked.kind === 'rows') return { ok: false, reason: `表格的工作表超过 ${groupedCount(MAX_NOTICE_SHEET_ROWS)} 行，不像是一份通知的任务表，已拒绝读取` };
    return { ok: false, reason: checked.reason.replace(/。$/, '') };
  }
  const budgetMs = officeBudgetMs(bytes.length);
  const run = await runOffice('xlsx', bytes, { budgetMs, signal: options.signal });
  if (run.ok) return { ok: true, text: sheetsToText(run.value) };
  if (run.stopped === 'cancelled') return { ok: false, reason: '已取消读取', cancelled: true };
  if (run.stopped === 'timeout') return { ok: false, reason: `超过 ${Math.round(budgetMs / 1000)} 秒仍未读完表格文件，已停止读取` };
  return { ok: false, reason: '表格文件无法读取：文件可能已损坏，或不是 Excel、WPS 保存的 .xlsx，请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入' };
}
