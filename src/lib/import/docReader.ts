// A .doc or .wps file → its text, the part of reading one that is stored packed (packed/libraries.ts) and
// runs in the office worker (officeWorker.ts): the compound file is opened with every bound (compound.ts),
// the Word text read from its streams (wordDoc.ts). Returns a result, never throws, so that a reason in
// Chinese comes back from the worker instead of a bare failure.
import { isCompoundFile, notCompoundReason, readCompound } from './compound';
import { wordDocText, type WordDocResult } from './wordDoc';

/** `actually`: the file is a workbook, to be read by the .xls reader instead. */
export type DocRead = WordDocResult | { ok: false; reason: string; actually: 'xls' };

const SAVE_AS = '请在 Word 或 WPS 中打开后另存为 .docx 再导入';

/** Why a compound file without a WordDocument stream is not a Word document, judged by what it holds. */
function notWordReason(names: string[], kind: 'doc' | 'wps'): string {
  const has = (name: string) => names.some((n) => n.toLowerCase() === name.toLowerCase());
  if (has('Workbook') || has('Book')) return `这其实是一份 Excel 97-2003 表格（.xls），不是 Word 文档：请把文件扩展名改为 .xls 后再导入`;
  if (has('PowerPoint Document')) return `这其实是一份 PowerPoint 演示文稿，不是 Word 文档`;
  if (kind === 'wps') {
    return '这个 .wps 文件不是与 Word 兼容的格式（可能是早期 WPS 或 Microsoft Works 文档），无法直接读取：请在 WPS 中打开后另存为 .docx 再导入';
  }
  return `文件里没有 Word 正文（不是 Word 97-2003 文档），${SAVE_AS}`;
}

export function readDoc(buffer: ArrayBuffer, kind: 'doc' | 'wps'): DocRead {
  const bytes = new Uint8Array(buffer);
  if (!isCompoundFile(bytes)) return { ok: false, reason: notCompoundReason(bytes, kind) };
  const label = kind === 'wps' ? 'WPS 文件' : 'Word 文件';
  const file = readCompound(bytes, ['WordDocument', '0Table', '1Table', 'Data'], label);
  if (!file.ok) return { ok: false, reason: `${file.reason}，${SAVE_AS}` };
  const word = file.streams.get('WordDocument');
  if (!word) {
    const workbook = file.names.some((n) => /^(workbook|book)$/i.test(n));
    return workbook ? { ok: false, reason: notWordReason(file.names, kind), actually: 'xls' } : { ok: false, reason: notWordReason(file.names, kind) };
  }
  return wordDocText(word, { '0Table': file.streams.get('0Table'), '1Table': file.streams.get('1Table'), Data: file.streams.get('Data') });
}
