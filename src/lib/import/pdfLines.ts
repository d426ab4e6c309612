// A PDF page's text items (pdf.js getTextContent: a string at a position) → lines of text. A PDF has no
// lines, only glyph runs placed on the page: runs whose baselines agree within a small tolerance form one
// line, read left to right, and a wide gap between two runs (table cells side by side) separates cells.
// A table becomes tab-separated rows, the form the parser reads (parse/table.ts): its columns are where
// the header's cells start; a cell wrapped over several lines (市发展改革 / 委) is joined back into its
// row, and a line whose first column is empty continues the row above. Pages are joined by newlines.
// Pure: no pdf.js here.

export interface PdfTextItem {
  str: string;
  /** Left edge and baseline, in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** The font's size on the page (≈ the width of a Chinese character). */
  size: number;
}

/** A horizontal line drawn on the page (a table's border), in the text's coordinates. */
export interface PdfRule {
  x1: number;
  x2: number;
  y: number;
}

export interface PdfPage {
  items: PdfTextItem[];
  /** The page's horizontal lines; empty when nothing is drawn (then merged cells cannot be seen). */
  rules: PdfRule[];
}

interface Cell {
  x: number;
  text: string;
  size: number;
}

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/** Baselines closer than this share a line (a fraction of the font size). */
const SAME_LINE = 0.4;
/**
 * A gap wider than this many characters between two runs on a line separates cells. Narrow: header cells
 * of adjacent columns may be barely more than a character apart. A name padded to three characters
 * (王, a full-width space, 东) is split by it too; in a table both halves fall in one column and are joined again.
 */
const CELL_GAP = 0.8;
/** A header has at least this many cells. */
const MIN_COLUMNS = 3;
const MAX_COLUMNS = 12;

/** Joins two pieces of text: nothing between Chinese, a space between words. */
function join(a: string, b: string): string {
  if (a === '' || b === '') return a + b;
  return CJK.test(a.slice(-1)) || CJK.test(b[0] ?? '') ? a + b : `${a} ${b}`;
}

/** One line's runs as cells, left to right. */
function lineCells(items: PdfTextItem[]): Cell[] {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const cells: Cell[] = [];
  let end = 0;
  for (const item of sorted) {
    if (item.str.trim() === '') continue;
    const last = cells[cells.length - 1];
    const size = Math.max(item.size, 1);
    const gap = item.x - end;
    if (last && gap <= CELL_GAP * size) {
      last.text = gap > 0.2 * size ? join(last.text, item.str) : last.text + item.str;
    } else {
      cells.push({ x: item.x, text: item.str, size });
    }
    end = item.x + item.width;
  }
  for (const c of cells) c.text = c.text.trim();
  return cells.filter((c) => c.text !== '');
}

/** The page's lines, top to bottom, each as its cells. */
function pageCellLines(items: PdfTextItem[]): Line[] {
  const byY = items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y);
  const lines: Line[] = [];
  let current: PdfTextItem[] = [];
  let baseline = Number.NaN;
  const close = () => {
    const cells = lineCells(current);
    if (cells.length > 0) lines.push(Object.assign(cells, { y: baseline, size: Math.max(...current.map((i) => i.size), 1) }));
  };
  for (const item of byY) {
    if (current.length > 0 && Math.abs(item.y - baseline) <= SAME_LINE * Math.max(item.size, 1)) {
      current.push(item);
      continue;
    }
    if (current.length > 0) close();
    current = [item];
    baseline = item.y;
  }
  if (current.length > 0) close();
  return lines;
}

/** A line's cells with its baseline and font size. */
type Line = Cell[] & { y: number; size: number };

/**
 * Is the cell of the column starting at `x` merged with the one above? Only when the page draws its
 * borders: then no line crosses the column between the two rows' baselines.
 */
function mergedAbove(rules: PdfRule[], x: number, above: number, below: number, size: number): boolean {
  if (rules.length === 0) return false;
  const probe = x + 0.5 * size;
  return !rules.some((r) => r.y < above && r.y > below + 0.2 * size && r.x1 <= probe && r.x2 >= probe);
}

/** The column of each cell (index into `columns`), or null when a cell starts left of every column. */
function columnsOf(line: Cell[], columns: number[]): number[] | null {
  const out: number[] = [];
  for (const cell of line) {
    const tolerance = 0.5 * cell.size;
    let index = -1;
    for (let i = 0; i < columns.length; i++) if ((columns[i] as number) <= cell.x + tolerance) index = i;
    if (index < 0) return null;
    out.push(index);
  }
  return out;
}

/** Does this line belong to a table with these columns? A lone cell must start at a column. */
function fitsTable(line: Cell[], columns: number[]): number[] | null {
  const cols = columnsOf(line, columns);
  if (!cols) return null;
  if (line.length === 1) {
    const c = line[0] as Cell;
    const start = columns[cols[0] as number] as number;
    if (Math.abs(c.x - start) > 0.5 * c.size) return null;
  }
  return cols;
}

/** Lines of text: a table's rows tab-separated, other lines as they read. `carry` continues a table across pages. */
function pageText(lines: Line[], rules: PdfRule[], carry: { columns: number[] | null }): string[] {
  const out: string[] = [];
  let row: string[] | null = null;
  let lastY = Number.NaN;
  let inherited: boolean[] = [];
  const flush = () => {
    if (row) out.push(row.join('\t').replace(/\t+$/, ''));
    row = null;
  };
  lines.forEach((line, index) => {
    let cols = carry.columns ? fitsTable(line, carry.columns) : null;
    if (!cols && line.length >= MIN_COLUMNS && line.length <= MAX_COLUMNS) {
      // a header: its cells' left edges are the columns
      flush();
      carry.columns = line.map((c) => c.x);
      cols = line.map((_, i) => i);
    }
    if (!cols || !carry.columns) {
      flush();
      // a page's first or last lone line (a page number, a running head) does not end a table going on
      const furniture = line.length === 1 && (index === 0 || index === lines.length - 1);
      if (!furniture) carry.columns = null;
      out.push(line.map((c) => c.text).join('\t'));
      return;
    }
    // A line with its first column filled and another column starts a row; any other line continues it.
    const startsRow = row === null || (cols[0] === 0 && cols.some((c) => c !== 0));
    if (startsRow) {
      const previous: string[] | null = row;
      flush();
      const columns = carry.columns;
      // a cell merged over several rows (a leader's) is printed once: each row it spans gets its text
      inherited = columns.map((x, i) => previous !== null && (previous[i] ?? '') !== '' && mergedAbove(rules, x, lastY, line.y, line.size));
      row = columns.map((_, i) => (inherited[i] ? (previous?.[i] ?? '') : ''));
    }
    lastY = line.y;
    const current = row as unknown as string[];
    line.forEach((cell, i) => {
      const col = cols[i] as number;
      // text of its own in a cell thought merged: the cell was not merged after all
      current[col] = inherited[col] ? cell.text : join(current[col] ?? '', cell.text);
      inherited[col] = false;
    });
  });
  flush();
  return out;
}

/** One page's items as lines, top to bottom (a table's rows tab-separated). */
export function pageLines(page: PdfPage): string[] {
  return pageText(pageCellLines(page.items), page.rules, { columns: null });
}

/** The document's text: every page's lines, pages one after another; a table may go on over pages. */
export function pdfText(pages: PdfPage[]): string {
  const carry = { columns: null as number[] | null };
  return pages.map((p) => pageText(pageCellLines(p.items), p.rules, carry).join('\n')).join('\n');
}

/** Could the page hold a table (a line of several cells)? Only then are its drawn lines worth reading. */
export function mayHoldTable(items: PdfTextItem[]): boolean {
  return pageCellLines(items).some((l) => l.length >= MIN_COLUMNS);
}

/**
 * The horizontal segments of a page's paths: `paths` are pdf.js path data (0 moveTo x y, 1 lineTo x y,
 * 2 curveTo 6 numbers, 3 quadraticCurveTo 4 numbers, 4 closePath), each with the transform in force.
 */
export function horizontalRules(paths: { data: ArrayLike<number>; matrix: number[] }[]): PdfRule[] {
  const rules: PdfRule[] = [];
  for (const { data, matrix } of paths) {
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = matrix;
    const at = (x: number, y: number) => [a * x + c * y + e, b * x + d * y + f] as const;
    let px = Number.NaN;
    let py = Number.NaN;
    let sx = Number.NaN;
    let sy = Number.NaN;
    const segment = (x: number, y: number) => {
      if (Math.abs(y - py) < 1 && Math.abs(x - px) > 2) rules.push({ x1: Math.min(x, px), x2: Math.max(x, px), y: (y + py) / 2 });
      px = x;
      py = y;
    };
    for (let i = 0; i < data.length;) {
      const op = data[i++];
      if (op === 0) {
        [px, py] = at(data[i] as number, data[i + 1] as number);
        [sx, sy] = [px, py];
        i += 2;
      } else if (op === 1) {
        const [x, y] = at(data[i] as number, data[i + 1] as number);
        segment(x, y);
        i += 2;
      } else if (op === 2) i += 6;
      else if (op === 3) i += 4;
      else if (op === 4) segment(sx, sy);
      else break;
    }
  }
  return rules;
}
