// .doc / .wps and .xls notices → text. The readers (docReader.ts, xlsReader.ts with SheetJS) are stored
// packed and unpacked only when such a file is opened; they run in the office worker, stopped at its time
// budget or on 取消 (officeWorker.ts). A .xls's rows become text through sheetText.ts, as an .xlsx's do.
// Never throws; reasons are in Chinese.
import { officeBudgetMs, runOffice } from './officeWorker';
import { sheetsToText } from './sheetText';
import { MAX_NOTICE_SHEET_ROWS } from './xlsxText';

export type LegacyKind = 'doc' | 'wps' | 'xls';

/** `kind`: what the file turned out to be (a workbook saved as .doc is read as one, and the other way round). */
export type LegacyResult = { ok: true; text: string; kind: LegacyKind } | { ok: false; reason: string; cancelled?: true };

export async function extractLegacyText(bytes: Uint8Array, kind: LegacyKind, options: { signal?: AbortSignal } = {}, redirected = false): Promise<LegacyResult> {
  const budgetMs = officeBudgetMs(bytes.length);
  const what = kind === 'xls' ? '表格文件' : kind === 'wps' ? 'WPS 文件' : 'Word 文件';
  const run = await runOffice(kind, bytes, { budgetMs, signal: options.signal, maxRows: MAX_NOTICE_SHEET_ROWS });
  if (!run.ok) {
    if (run.stopped === 'cancelled') return { ok: false, reason: '已取消读取', cancelled: true };
    if (run.stopped === 'timeout') return { ok: false, reason: `超过 ${Math.round(budgetMs / 1000)} 秒仍未读完${what}，已停止读取` };
    return { ok: false, reason: `${what}无法读取：文件可能已损坏，请在 ${kind === 'xls' ? 'Excel' : 'Word'} 或 WPS 中打开后另存为 ${kind === 'xls' ? '.xlsx' : '.docx'} 再导入` };
  }
  const value = run.value;
  if (!value.ok) {
    if ('actually' in value && value.actually && !redirected) return extractLegacyText(bytes, value.actually, options, true);
    return { ok: false, reason: value.reason };
  }
  return { ok: true, text: 'sheets' in value ? sheetsToText(value.sheets) : value.text, kind };
}
