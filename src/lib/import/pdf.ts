// .pdf with a text layer → plain text with pdf.js (pdfjs-dist), unpacked only when the first PDF arrives
// (packed/load.ts), together with our reading code (pdfReader.ts), so start-up carries only this file. pdf.js parses in its own worker: in the built page that worker is started from a
// blob: URL holding the packed worker script, and is terminated at the time budget or on cancel. Where
// no worker can start (vite dev, Node: `npm run parse`, the accuracy script, unit tests) pdf.js runs its
// worker code in this thread; the page count and the time budget bound it there too, checked per page.
// A PDF with more than PDF_MAX_PAGES pages is refused before any page is read.
import { loadPacked, packedScriptText, type PackedModule } from '../packed/load';
import { officeBudgetMs } from './officeWorker';

export type PdfResult = { ok: true; text: string } | { ok: false; reason: string; cancelled?: true };

/** More pages than any notice or report has; beyond it the file is refused unread. */
export const PDF_MAX_PAGES = 500;
/** Text kept from one document: far beyond a report, well within a tab's memory. */
export const PDF_MAX_CHARS = 5_000_000;

/** Why these bytes cannot be a PDF, or null. */
export function pdfProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return '文件是空的';
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) return '文件已损坏或并非真正的 PDF（缺少 PDF 文件头）';
  return null;
}

type PdfJs = PackedModule<'pdf-reader'>['pdfjs'];

class Stop extends Error {
  constructor(readonly kind: 'timeout' | 'cancelled') {
    super(kind);
  }
}

/** pdf.js's worker: a real Worker from the packed script, else its code loaded into this thread. */
async function startWorker(pdfjs: PdfJs): Promise<{ port: InstanceType<PdfJs['PDFWorker']> | null; terminate: () => void }> {
  const script = packedScriptText('pdfjs-worker');
  const code = script ? await script.catch(() => null) : null;
  if (code) {
    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    try {
      const worker = new Worker(url);
      const port = pdfjs.PDFWorker.create({ port: worker });
      return {
        port,
        terminate: () => {
          port.destroy();
          worker.terminate();
          URL.revokeObjectURL(url);
        },
      };
    } catch {
      URL.revokeObjectURL(url);
    }
  }
  // pdf.js looks for its worker's handler here before trying to start a worker of its own.
  (globalThis as unknown as { pdfjsWorker?: unknown }).pdfjsWorker = await loadPacked('pdfjs-worker');
  return { port: null, terminate: () => {} };
}

/** The document's text, lines rebuilt from the text layer (pdfLines.ts). Never throws. */
export async function extractPdfText(bytes: Uint8Array, options: { signal?: AbortSignal; budgetMs?: number } = {}): Promise<PdfResult> {
  const problem = pdfProblem(bytes);
  if (problem) return { ok: false, reason: problem };
  const budgetMs = options.budgetMs ?? officeBudgetMs(bytes.length);
  const cancelled = { ok: false, reason: '已取消读取', cancelled: true } as const;
  if (options.signal?.aborted) return cancelled;
  const deadline = Date.now() + budgetMs;
  let terminate = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort = () => {};
  try {
    const reader = await loadPacked('pdf-reader');
    const worker = await startWorker(reader.pdfjs);
    terminate = worker.terminate;
    const check = () => {
      if (options.signal?.aborted) throw new Stop('cancelled');
      if (Date.now() > deadline) throw new Stop('timeout');
    };
    // With a real worker the budget and the cancel end it wherever it is; in this thread, between pages.
    const stopped = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Stop('timeout')), budgetMs);
      onAbort = () => reject(new Stop('cancelled'));
      options.signal?.addEventListener('abort', onAbort);
    });
    const reading = reader.readPages(bytes, worker.port, { maxPages: PDF_MAX_PAGES, maxChars: PDF_MAX_CHARS }, check);
    reading.catch(() => {}); // once stopped, its own failure is no longer news
    const read = await Promise.race([reading, stopped]);
    if ('tooMany' in read) return { ok: false, reason: `PDF 有 ${read.tooMany} 页，超过 ${PDF_MAX_PAGES} 页的上限，请只导出任务分解部分后再导入` };
    if ('tooLong' in read) return { ok: false, reason: `PDF 的文字超过 ${PDF_MAX_CHARS / 1_000_000} 百万字，超出可读取的上限` };
    return { ok: true, text: reader.pdfText(read.pages) };
  } catch (e) {
    if (e instanceof Stop && e.kind === 'cancelled') return cancelled;
    if (e instanceof Stop) return { ok: false, reason: `超过 ${Math.round(budgetMs / 1000)} 秒仍未读完 PDF 文件，已停止读取` };
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException') return { ok: false, reason: 'PDF 设有密码，无法读取：请在 PDF 阅读器中去掉密码（或另存为 .docx / .txt）后再导入' };
    return { ok: false, reason: 'PDF 文件无法读取：文件可能已损坏，请用 PDF 阅读器打开确认，或另存为 .docx / .txt 后再导入' };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    terminate();
  }
}
