// The part of reading a PDF that runs only when a PDF is opened, stored packed with pdf.js itself
// (packed/libraries.ts): pages' text items and drawn lines through pdf.js, lines rebuilt by pdfLines.ts.
// pdf.ts starts pdf.js's worker and holds the time budget, the cancel and the messages.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDF_CMAPS } from './pdfCmaps';
import { horizontalRules, mayHoldTable, pdfText, type PdfPage, type PdfRule, type PdfTextItem } from './pdfLines';

export { pdfjs, pdfText };

type PdfJs = typeof pdfjs;

/**
 * What pdf.js fetches by name, served from this file: the Chinese predefined CMaps (pdfCmaps.ts) a PDF may
 * name without embedding them; nothing else (no network, no standard fonts: text needs no glyphs).
 */
class EmbeddedData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const data = kind === 'cMapUrl' ? PDF_CMAPS[filename.replace(/\.bcmap$/, '')] : undefined;
    if (data === undefined) throw new Error(`not bundled: ${kind} ${filename}`);
    const binary = atob(data);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
}

export interface ReadLimits {
  maxPages: number;
  maxChars: number;
}

/** Each page's text items and lines; `check` throws to stop between steps (time budget, cancel). */
export async function readPages(bytes: Uint8Array, port: InstanceType<PdfJs['PDFWorker']> | null, limits: ReadLimits, check: () => void) {
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy, and never a Node Buffer (pdf.js refuses one)
    isEvalSupported: false,
    BinaryDataFactory: EmbeddedData,
    useWorkerFetch: false,
    cMapPacked: true,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    ...(port ? { worker: port } : {}),
  });
  try {
    const doc = await task.promise;
    check();
    if (doc.numPages > limits.maxPages) return { tooMany: doc.numPages } as const;
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
      const rules = mayHoldTable(items) ? await pageRules(page) : [];
      check();
      pages.push({ items, rules });
      page.cleanup();
      if (chars > limits.maxChars) return { tooLong: true } as const;
    }
    return { pages } as const;
  } finally {
    void task.destroy();
  }
}

type PdfPageProxy = Awaited<ReturnType<pdfjs.PDFDocumentProxy['getPage']>>;

/** The page's horizontal lines, from its operator list (paths with the transform in force). */
async function pageRules(page: PdfPageProxy): Promise<PdfRule[]> {
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
