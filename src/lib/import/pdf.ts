// .pdf with a text layer → plain text with pdf.js (pdfjs-dist), unpacked only when the first PDF arrives
// (packed/load.ts). pdf.js parses in its own worker: in the built page that worker is started from a
// blob: URL holding the packed worker script, and is terminated at the time budget or on cancel. Where
// no worker can start (vite dev, Node: `npm run parse`, the accuracy script, unit tests) pdf.js runs its
// worker code in this thread; the page count and the time budget bound it there too, checked per page.
// A PDF with more than PDF_MAX_PAGES pages is refused before any page is read.
import { loadPacked, packedScriptText } from '../packed/load';
import { officeBudgetMs } from './officeWorker';
import { horizontalRules, mayHoldTable, pdfText, type PdfPage, type PdfRule, type PdfTextItem } from './pdfLines';

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

type PdfJs = Awaited<ReturnType<typeof loadPacked<'pdfjs'>>>;

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

async function readPages(pdfjs: PdfJs, bytes: Uint8Array, port: InstanceType<PdfJs['PDFWorker']> | null, check: () => void) {
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy, and never a Node Buffer (pdf.js refuses one)
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    ...(port ? { worker: port } : {}),
  });
  try {
    const doc = await task.promise;
    check();
    if (doc.numPages > PDF_MAX_PAGES) return { tooMany: doc.numPages } as const;
    const pages: PdfPage[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      check();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, , , x, y] = item.transform as number[];
        items.push({ str: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size: Math.hypot(a ?? 0, b ?? 0) || item.height });
        chars += item.str.length;
      }
      // a table's borders show which cells are merged; drawn lines are read only where a table may be
      const rules = mayHoldTable(items) ? await pageRules(pdfjs, page) : [];
      check();
      pages.push({ items, rules });
      page.cleanup();
      if (chars > PDF_MAX_CHARS) return { tooLong: true } as const;
    }
    return { pages } as const;
  } finally {
    void task.destroy();
  }
}

type PdfPageProxy = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

/** The page's horizontal lines, from its operator list (paths with the transform in force). */
async function pageRules(pdfjs: PdfJs, page: PdfPageProxy): Promise<PdfRule[]> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const { OPS } = pdfjs;
  const paths: { data: ArrayLike<number>; matrix: number[] }[] = [];
  let matrix = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(matrix);
    else if (fn === OPS.restore) matrix = stack.pop() ?? matrix;
    else if (fn === OPS.transform) {
      const [a, b, c, d, e, f] = args as number[];
      const [m0, m1, m2, m3, m4, m5] = matrix as [number, number, number, number, number, number];
      matrix = [a! * m0 + b! * m2, a! * m1 + b! * m3, c! * m0 + d! * m2, c! * m1 + d! * m3, e! * m0 + f! * m2 + m4, e! * m1 + f! * m3 + m5];
    } else if (fn === OPS.constructPath) {
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (data) paths.push({ data, matrix });
    }
  });
  return horizontalRules(paths);
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
    const pdfjs = await loadPacked('pdfjs');
    const worker = await startWorker(pdfjs);
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
    const reading = readPages(pdfjs, bytes, worker.port, check);
    reading.catch(() => {}); // once stopped, its own failure is no longer news
    const read = await Promise.race([reading, stopped]);
    if ('tooMany' in read) return { ok: false, reason: `PDF 有 ${read.tooMany} 页，超过 ${PDF_MAX_PAGES} 页的上限，请只导出任务分解部分后再导入` };
    if ('tooLong' in read) return { ok: false, reason: `PDF 的文字超过 ${PDF_MAX_CHARS / 1_000_000} 百万字，超出可读取的上限` };
    return { ok: true, text: pdfText(read.pages) };
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
