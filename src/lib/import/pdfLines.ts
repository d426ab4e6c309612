// A PDF page's text items (pdf.js getTextContent: a string at a position) → lines of text. A PDF has no
// lines, only glyph runs placed on the page: runs whose baselines agree within a small tolerance form
// one line, read left to right; a wide gap between two runs on a line (table cells side by side) becomes
// a tab, so a table row reads as a tab-separated row. Pages are joined by newlines. Pure: no pdf.js here.

export interface PdfTextItem {
  str: string;
  /** Left edge and baseline, in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** The font's size on the page (≈ the height of a Chinese character). */
  size: number;
}

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/** Baselines closer than this share a line (a fraction of the font size). */
const SAME_LINE = 0.4;
/** A gap wider than this many characters between two runs on a line separates cells. */
const CELL_GAP = 1.5;

function lineText(items: PdfTextItem[]): string {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  let out = '';
  let end: number | null = null;
  let previous: PdfTextItem | null = null;
  for (const item of sorted) {
    if (item.str.trim() === '') continue;
    if (previous && end !== null) {
      const gap = item.x - end;
      const size = Math.max(previous.size, item.size, 1);
      if (gap > CELL_GAP * size) out += '\t';
      else if (gap > 0.2 * size && !CJK.test(out.slice(-1)) && !CJK.test(item.str[0] ?? '')) out += ' ';
    }
    out += item.str;
    end = item.x + item.width;
    previous = item;
  }
  return out.replace(/[ \u00A0]+$/u, '');
}

/** One page's items as lines, top to bottom. */
export function pageLines(items: PdfTextItem[]): string[] {
  const visible = items.filter((i) => i.str.length > 0);
  // Top of the page first; on one baseline, left to right (lineText sorts by x).
  const byY = [...visible].sort((a, b) => b.y - a.y);
  const lines: PdfTextItem[][] = [];
  let current: PdfTextItem[] = [];
  let baseline = Number.NaN;
  for (const item of byY) {
    const tolerance = SAME_LINE * Math.max(item.size, 1);
    if (current.length > 0 && Math.abs(item.y - baseline) <= tolerance) {
      current.push(item);
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [item];
    baseline = item.y;
  }
  if (current.length > 0) lines.push(current);
  return lines.map(lineText).filter((l) => l.trim() !== '');
}

/** The document's text: every page's lines, pages one after another. */
export function pdfText(pages: PdfTextItem[][]): string {
  return pages.map((p) => pageLines(p).join('\n')).join('\n');
}
