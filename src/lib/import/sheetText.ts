// A workbook's sheets → the text the parser reads: every sheet's rows in order, a title row (one filled
// cell) as a plain line, every other row as tab-separated cells (the form parse/table.ts reads). Under a
// recognised task-table header each numbered row is aligned to the header's columns, and a leader cell
// left empty (a merged cell, which the sheet keeps in its first row only) is filled from the row above,
// as the parser does for a CSV or a Word table. Pure: no DOM, no library.
import { alignRow } from '../parse/cellTable';
import { readTableHeader, type ColumnRole } from '../parse/table';
import { cellText } from './ledgerXlsx';

export interface SheetData {
  sheet: string;
  data: unknown[][];
}

/** A cell as one line of text: tabs and line breaks inside a cell (Alt+Enter) would split the row. A date
 * cell (a 完成时限 typed as 2024-06-30 becomes one) is written as the letter writes dates, 2024年6月30日. */
function flatCell(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`;
  return cellText(value)
    .replace(/[\t\r\n\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function withoutTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

/** Empty columns left of every filled cell (a table drawn from column B): the rows start at the first used one. */
function leadingEmptyColumns(rows: string[][]): number {
  let skip = Infinity;
  for (const cells of rows) {
    const first = cells.findIndex((c) => c !== '');
    if (first >= 0) skip = Math.min(skip, first);
  }
  return Number.isFinite(skip) ? skip : 0;
}

function sheetLines(data: unknown[][]): string[] {
  const lines: string[] = [];
  let roles: ColumnRole[] | null = null;
  let previous: string[] | null = null;
  const rows = data.map((raw) => (raw ?? []).map(flatCell));
  const skip = leadingEmptyColumns(rows);
  for (const row of rows) {
    const cells = withoutTrailingEmpty(row.slice(skip));
    const filled = cells.filter((c) => c !== '');
    if (filled.length <= 1) {
      lines.push(filled[0] ?? '');
      continue;
    }
    const header = readTableHeader(cells.join('\t'));
    if (header) {
      roles = header;
      previous = null;
      lines.push(cells.join('\t'));
      continue;
    }
    if (roles && /^\d{1,4}$/.test(cells[0] as string)) {
      const padded = Array.from({ length: roles.length }, (_, i) => cells[i] ?? '');
      const row = alignRow(padded, roles, previous);
      previous = row;
      lines.push(withoutTrailingEmpty([...row, ...cells.slice(roles.length)]).join('\t'));
      continue;
    }
    lines.push(cells.join('\t'));
  }
  return lines;
}

/** The workbook as text, sheets in order, a blank line between them; '' when no sheet has a filled cell. */
export function sheetsToText(sheets: readonly SheetData[]): string {
  const parts = sheets
    .map((s) =>
      sheetLines(s.data)
        .join('\n')
        .replace(/^\n+|\n+$/g, ''),
    )
    .filter((t) => t !== '');
  return parts.join('\n\n');
}
