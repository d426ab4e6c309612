// Task tables that did not arrive as tab-separated rows: a Word table read one cell per paragraph, a table
// copied from a web page or PDF one cell per line (an empty cell an empty line, a merged cell printed once),
// and a sheet saved as CSV. Each is rewritten as tab-separated rows (header line, then "1⇥task⇥…"), the
// form table.ts reads. Pure and linear; text without such a table comes back unchanged.
import { looksLikeUnit } from '../units/kind';
import { parseDeadline } from './deadline';
import { cellRole, readTableHeader, type ColumnRole } from './table';

const MIN_COLUMNS = 3;
const MAX_COLUMNS = 12;
/** Longest cell read as a header cell (序号, 重点工作任务, 配合单位…). */
const MAX_HEADER_CELL = 12;

export function rewriteCellTables(text: string): string {
  if (!/序号|编号|任务|工作|事项|内容/.test(text)) return text;
  const csv = rewriteCsv(text);
  if (csv !== null) return csv;
  return rewriteCellPerLine(text.replace(/\r\n?/g, '\n'));
}

// ---------------------------------------------------------------- one cell per line / paragraph

interface Region {
  /** Line index of the first header cell and of the first line after the table. */
  from: number;
  to: number;
  rows: string[];
  /** Where the rows stopped: a table going on under its header repeated on the next page picks up here. */
  carry: Carry;
}

interface Carry {
  header: string;
  next: number;
  previous: string[] | null;
}

function rewriteCellPerLine(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let i = 0;
  let changed = false;
  let carry: Carry | null = null;
  while (i < lines.length) {
    const region: Region | null = isHeaderStart(lines[i] as string) ? readRegion(lines, i, carry) : null;
    if (region === null) {
      out.push(lines[i] as string);
      i++;
      continue;
    }
    out.push('', ...region.rows, '');
    carry = region.carry;
    i = region.to;
    changed = true;
  }
  return changed ? out.join('\n') : text;
}

function isHeaderStart(line: string): boolean {
  const t = line.trim();
  return t !== '' && t.length <= MAX_HEADER_CELL && !t.includes('\t') && cellRole(t) !== 'other';
}

/**
 * Cell k of a table starting at line `at`: one cell per line (copied text), or one per Word paragraph, a blank
 * line between paragraphs (an empty cell is an empty paragraph). Read lazily: a line that only looks like a
 * header start costs a few cells, not the rest of the text.
 */
function cellReader(lines: string[], at: number, step: 1 | 2) {
  const count = Math.floor((lines.length - at + step - 1) / step);
  return {
    count,
    cell: (k: number): string => (lines[at + k * step] as string).trim(),
    line: (k: number): number => at + k * step,
  };
}

function readRegion(lines: string[], start: number, carry: Carry | null): Region | null {
  const step: 1 | 2 = (lines[start + 1] ?? '').trim() === '' ? 2 : 1;
  const { count, cell, line } = cellReader(lines, start, step);
  const header: string[] = [];
  const roles: ColumnRole[] = [];
  for (let k = 0; k < count && header.length < MAX_COLUMNS; k++) {
    const c = cell(k);
    if (c === '' || c.length > MAX_HEADER_CELL || /^\d/.test(c)) break;
    const r = cellRole(c);
    if (r === 'other') break;
    header.push(c);
    roles.push(r);
  }
  if (header.length < MIN_COLUMNS || readTableHeader(header.join('\t')) === null) return null;
  if (roles[0] !== 'no') return null; // rows are found by their numbers
  const rows = [header.join('\t')];
  let p = header.length;
  // The header printed again on the next page (PDF text): numbering and merged cells go on.
  const goesOn = carry !== null && carry.header === rows[0] && p < count && cell(p) === String(carry.next);
  let n = goesOn ? (carry as Carry).next : 1;
  const first = n;
  let previous: string[] | null = goesOn ? (carry as Carry).previous : null;
  let end = line(p - 1);
  while (p < count && cell(p) === String(n)) {
    // The row runs to the next number, or (the last row) to at most one cell per column.
    let q = p + 1;
    const limit = Math.min(count, p + header.length);
    while (q < limit && cell(q) !== String(n + 1)) q++;
    const own: string[] = [];
    for (let k = p + 1; k < q; k++) own.push(cell(k));
    const kept = trimTrailingEmpty(own, header.length - 1);
    const row = alignRow([String(n), ...kept], roles, previous);
    rows.push(row.join('\t'));
    previous = row;
    end = line(p + kept.length);
    p = q;
    n++;
  }
  if (n === first) return null;
  return { from: start, to: end + 1, rows, carry: { header: rows[0] as string, next: n, previous } };
}

function trimTrailingEmpty(cells: string[], max: number): string[] {
  const out = cells.slice(0, max);
  while (out.length > 0 && out.length > max - 1 && out[out.length - 1] === '') out.pop();
  return out;
}

// ---------------------------------------------------------------- aligning a row to its columns

const PERSON = /^[\u4e00-\u9fff]{1,3}[\s\u3000]*[\u4e00-\u9fff]{1,2}$/;

export function looksLikeLeaders(cell: string): boolean {
  const names = cell.split(/[、，,]/).map((s) => s.trim());
  return names.length > 0 && names.every((s) => PERSON.test(s) && !looksLikeUnit(s.replace(/[\s\u3000]/g, '')));
}

function fits(role: ColumnRole, cell: string): boolean {
  if (cell === '') return true;
  if (role === 'leaders') return looksLikeLeaders(cell);
  if (role === 'leadUnits' || role === 'supportUnits') return !looksLikeLeaders(cell) && parseDeadline(cell, 2000) === null;
  if (role === 'deadline') return parseDeadline(cell, 2000) !== null;
  return true;
}

/**
 * Cells to columns. A row with every cell is taken as it stands; a row short of cells lost the ones merged
 * from the row above (a leader cell spanning rows), found by what each cell looks like. A leader cell left
 * empty under a named leader is the same merge as a sheet saves it.
 */
export function alignRow(cells: string[], roles: ColumnRole[], previous: string[] | null): string[] {
  const out: string[] = [];
  let p = 0;
  for (let c = 0; c < roles.length; c++) {
    const role = roles[c] as ColumnRole;
    const cellsLeft = cells.length - p;
    const columnsLeft = roles.length - c;
    const cell = cells[p];
    if (cell !== undefined && (cellsLeft >= columnsLeft || fits(role, cell))) {
      out.push(cell);
      p++;
    } else out.push(previous?.[c] ?? '');
  }
  roles.forEach((role, c) => {
    if (role === 'leaders' && out[c] === '' && previous) out[c] = previous[c] ?? '';
  });
  return out;
}

// ---------------------------------------------------------------- CSV

/** A sheet saved as CSV: a title row, a header row, one row per task. Null when the text is not such a sheet. */
function rewriteCsv(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const head = lines.slice(0, 20).findIndex((l) => l.split(',').length >= MIN_COLUMNS && readTableHeader(csvCells(l).join('\t')) !== null);
  if (head < 0) return null;
  const roles = readTableHeader(csvCells(lines[head] as string).join('\t')) as ColumnRole[];
  const out: string[] = [];
  let previous: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line.includes(',')) {
      out.push(line);
      continue;
    }
    const cells = csvCells(line);
    if (i === head) {
      out.push(cells.join('\t'));
      continue;
    }
    if (i > head && /^\d{1,4}$/.test(cells[0] ?? '')) {
      const row = alignRow(cells.slice(0, roles.length), roles, previous);
      previous = row;
      out.push(row.join('\t'));
      continue;
    }
    out.push(cells.filter((c) => c !== '').join(' '));
  }
  return out.join('\n');
}

/** The cells of one CSV line ("…" quoting, "" for a quote). */
export function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}
