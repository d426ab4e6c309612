// .docx → plain text with mammoth, which is unpacked only when the first .docx arrives (packed/load.ts).
// Before handing the bytes to mammoth we check the zip ourselves, so a damaged file gets a precise
// reason ("not a zip", "no Word body inside") instead of a library stack trace, and a file that would
// unpack to more than the tab can hold is refused before anything is inflated (zipBounds.ts). mammoth
// then runs in a worker stopped at its time budget (officeWorker.ts).
import { officeBudgetMs, runOffice } from './officeWorker';
import { checkZip, startsAsZip, zipEntries } from './zipBounds';

export type DocxResult = { ok: true; text: string } | { ok: false; reason: string; cancelled?: true };

/** Names of the entries in a zip's central directory; null when the bytes are not a complete zip. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  return zipEntries(bytes)?.map((e) => e.name) ?? null;
}

/** Why these bytes cannot be a .docx, or null when the package looks whole. */
export function docxProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return '文件是空的';
  const names = zipEntryNames(bytes);
  if (names === null) {
    return startsAsZip(bytes) ? '文件不完整或已损坏（压缩包结构残缺，可能没有下载完）' : '文件已损坏或并非真正的 .docx（不是 Word 2007 及以后的压缩包格式）';
  }
  if (!names.includes('word/document.xml')) return '压缩包里没有 Word 正文（缺少 word/document.xml），不是有效的 .docx';
  return null;
}

/** The document's text, paragraphs separated by blank lines as mammoth writes them. Never throws. */
export async function extractDocxText(bytes: Uint8Array, options: { signal?: AbortSignal } = {}): Promise<DocxResult> {
  const problem = docxProblem(bytes);
  if (problem) return { ok: false, reason: problem };
  const checked = await checkZip(bytes, { signal: options.signal, label: 'Word 文件' });
  if (!checked.ok) return checked.kind === 'cancelled' ? { ok: false, reason: '已取消读取', cancelled: true } : { ok: false, reason: checked.reason.replace(/。$/, '') };
  const budgetMs = officeBudgetMs(bytes.length);
  const run = await runOffice('docx', bytes, { budgetMs, signal: options.signal });
  if (run.ok) return { ok: true, text: run.value };
  if (run.stopped === 'cancelled') return { ok: false, reason: '已取消读取', cancelled: true };
  if (run.stopped === 'timeout') return { ok: false, reason: `超过 ${Math.round(budgetMs / 1000)} 秒仍未读完 Word 文件，已停止读取` };
  return { ok: false, reason: 'Word 文件无法读取：文件可能已损坏，或不是 Word、WPS 保存的 .docx，请在 Word 或 WPS 中打开后另存为 .docx 再导入' };
}
