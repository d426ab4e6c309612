// The parser promises never to throw on user input; this keeps that promise even if it breaks it,
// so one bad file becomes one message instead of a dead worker.
import type { ColumnMapping, ParseResult } from '../model/document';
import { parseReport } from '../parse';

export function parseSafely(text: string, fileName: string | null, columns: readonly ColumnMapping[] = []): ParseResult {
  try {
    return parseReport(text, { ...(fileName === null ? {} : { fileName }), ...(columns.length > 0 ? { columns } : {}) });
  } catch (e) {
    return { ok: false, code: 'invalid-output', reason: `解析程序出错：${e instanceof Error ? e.message : String(e)}` };
  }
}
