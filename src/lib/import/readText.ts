// A file's bytes → the report's text, or the reason it has none. Decides by extension and by the
// bytes themselves; never throws. The .docx path loads mammoth lazily, the .xlsx path read-excel-file.
import { decodeText, type TextEncodingName } from '../parse/decode';
import { docxProblem, extractDocxText } from './docx';
import { extractLegacyText } from './legacyText';
import { extractPdfText } from './pdf';
import { problem, type ImportProblem } from './problems';
import { extractXlsxText, xlsxProblem } from './xlsxText';
import { extensionOf, formatOf, MAX_FILE_BYTES, MAX_FILE_LABEL, notTextReason } from './sniff';

export type SourceFormat = TextEncodingName | 'docx' | 'xlsx' | 'pdf' | 'doc' | 'wps' | 'xls' | 'pasted';

export type TextResult = { ok: true; text: string; format: SourceFormat } | { ok: false; problem: ImportProblem };

const fail = (...args: Parameters<typeof problem>): TextResult => ({ ok: false, problem: problem(...args) });

/** Checks that need only the size and the name: run them before reading a single byte. */
export function precheck(fileName: string, size: number): ImportProblem | null {
  const format = formatOf(fileName);
  const ext = extensionOf(fileName);
  if (format === 'legacy-word' && ext !== 'doc' && ext !== 'wps') {
    return problem('unsupported-format', fileName, `不支持 .${ext} 格式，请在 Word 或 WPS 中“另存为” .docx 或 .txt 后再导入`);
  }
  if (format === 'legacy-excel' && ext !== 'xls') {
    return problem('unsupported-format', fileName, `不支持 .${ext} 格式，请在 Excel 或 WPS 中“另存为” .xlsx 或 .csv 后再导入`);
  }
  if (format === 'unsupported') {
    return problem('unsupported-format', fileName, '只支持 .txt / .csv 文本、.docx / .doc / .wps 文档、.xlsx / .xls 表格和带文字的 .pdf（也可以把文字粘贴进来）');
  }
  if (size > MAX_FILE_BYTES) {
    return problem('too-large', fileName, `文件有 ${(Math.ceil((size / 1024 / 1024) * 10) / 10).toFixed(1)} MB，超过 ${MAX_FILE_LABEL} 的上限（一份报告通常不到 1 MB）`);
  }
  if (size === 0) return problem('empty', fileName, '文件是空的（0 字节）');
  return null;
}

function looksLikeDocx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && docxProblem(bytes) === null;
}

function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && xlsxProblem(bytes) === null;
}

function isBlank(text: string): boolean {
  return text.replace(/[\s\u3000\uFEFF]/g, '').length === 0;
}

export async function readText(fileName: string, bytes: Uint8Array, signal?: AbortSignal): Promise<TextResult> {
  const early = precheck(fileName, bytes.length);
  if (early) return { ok: false, problem: early };

  // A Word file saved or renamed with a .txt or .doc name: read it as what it is.
  const ext = extensionOf(fileName);
  const isDocx = formatOf(fileName) === 'docx' || ((formatOf(fileName) === 'text' || ext === 'doc' || ext === 'wps') && looksLikeDocx(bytes));
  if (isDocx) {
    const docx = await extractDocxText(bytes, { signal });
    if (!docx.ok) return fail('docx-corrupt', fileName, docx.reason);
    if (isBlank(docx.text)) return fail('empty', fileName, 'Word 文件里没有文字');
    return { ok: true, text: docx.text, format: 'docx' };
  }

  // The same for an Excel sheet: a notice's task table as .xlsx, or such a file under a .txt name.
  const isXlsx = formatOf(fileName) === 'xlsx' || ((formatOf(fileName) === 'text' || ext === 'xls') && looksLikeXlsx(bytes));
  if (isXlsx) {
    const sheet = await extractXlsxText(bytes, { signal });
    if (!sheet.ok) return fail('xlsx-corrupt', fileName, sheet.reason);
    if (isBlank(sheet.text)) return fail('empty', fileName, '表格里没有文字');
    return { ok: true, text: sheet.text, format: 'xlsx' };
  }

  if (formatOf(fileName) === 'pdf') {
    const pdf = await extractPdfText(bytes, { signal });
    if (!pdf.ok) return fail('read-failed', fileName, pdf.reason);
    if (isBlank(pdf.text)) return fail('empty', fileName, 'PDF 里没有可读取的文字（可能是扫描件或图片），请用带文字的 PDF，或另存为 .docx / .txt 后再导入');
    return { ok: true, text: pdf.text, format: 'pdf' };
  }

  // Office 97-2003 files: .doc and .wps (WPS saves its documents in Word's format), .xls
  // (and such a file under a .txt name, known by the compound file's signature)
  const compound = formatOf(fileName) === 'text' && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (ext === 'doc' || ext === 'wps' || ext === 'xls' || compound) {
    const legacy = await extractLegacyText(bytes, ext === 'wps' || ext === 'xls' ? ext : 'doc', { signal });
    if (!legacy.ok) return fail(ext === 'xls' ? 'xlsx-corrupt' : 'docx-corrupt', fileName, legacy.reason);
    if (isBlank(legacy.text)) return fail('empty', fileName, legacy.kind === 'xls' ? '表格里没有文字' : `${legacy.kind === 'wps' ? 'WPS' : 'Word'} 文件里没有文字`);
    return { ok: true, text: legacy.text, format: legacy.kind };
  }

  const notText = notTextReason(bytes);
  if (notText) return fail('binary', fileName, notText);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail('undecodable', fileName, decoded.reason);
  if (isBlank(decoded.text)) return fail('empty', fileName, '文件里只有空白，没有文字');
  return { ok: true, text: decoded.text, format: decoded.encoding };
}
