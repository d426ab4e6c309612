// A task table whose header the parser does not know (条目 / 工作要点 / 挂点领导 …): found in the text as it
// arrives (tab or CSV rows, one cell per line, one cell per Word paragraph), shown in the import preview with
// a guess per column, and read with the user's choice. The choice (a ColumnMapping) is an option of the
// parse, never a name the parser learns: applyColumnMappings writes the header words the parser knows
// (序号 / 工作任务 / 责任领导 …) over the cells of a mapped header, so every table reader downstream reads
// the table as it reads a known one. Pure and linear.
import type { ColumnMapping, MappedRole } from '../model/document';
import { looksLikeUnit } from '../units/kind';
import { alignRow, csvCells, looksLikeLeaders } from './cellTable';
import { parseDeadline } from './deadline';
import { cellRole, readTableHeader, SKIP_HEADER, type ColumnRole } from './table';

/** The choices of the preview's select, in the order shown. */
export const MAPPED_ROLES: readonly MappedRole[] = ['text', 'no', 'leaders', 'leadUnits', 'supportUnits', 'deadline', 'skip'];

export const ROLE_LABELS: Record<MappedRole, string> = {
  text: '任务内容',
  no: '序号',
  leaders: '责任领导',
  leadUnits: '牵头单位',
  supportUnits: '责任单位',
  deadline: '完成时限',
  skip: '不导入',
};

/** The header word the parser reads for each role (a table's 责任单位 column is read as its supporting units). */
const HEADER_WORDS: Record<MappedRole, string> = {
  no: '序号',
  text: '工作任务',
  leaders: '责任领导',
  leadUnits: '牵头单位',
  supportUnits: '配合单位',
  deadline: '完成时限',
  skip: SKIP_HEADER,
};

const MIN_COLUMNS = 3;
const MAX_COLUMNS = 12;
const MAX_HEADER_CELL = 16;
/** Rows kept per table: enough to guess a column by its content and to show the user. */
const SAMPLE_ROWS = 5;
/** Tables listed per file: a notice has one or a few. */
const MAX_TABLES = 8;

export interface FoundTable {
  /** The header cells as printed. */
  header: string[];
  /** The first rows as found: a row short of cells lost some to a cell merged from the row above (alignedRows). */
  rows: string[][];
  /** Every header cell names a column the parser knows, and together they make a task table. */
  known: boolean;
  /** What each column looks like it holds: the preview's first choice. */
  guess: ColumnMapping;
}

const squeeze = (cell: string) => cell.replace(/[\s\u3000]/g, '');

/** Header cells compared without spaces (序 号（全角空格） and 序号 are the same header). */
export function headerKey(header: readonly string[]): string {
  return header.map(squeeze).join('|');
}

function isHeaderCell(cell: string): boolean {
  return cell !== '' && cell.length <= MAX_HEADER_CELL && !/^\d/.test(cell) && !/[。；;，,、]/.test(cell) && !/[：:].|\t/.test(cell);
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

/** A line as table cells: tab-separated (a sheet, a PDF row, text copied from Excel) or CSV; null otherwise. */
function splitRow(line: string): { cells: string[]; sep: '\t' | ',' } | null {
  if (line.includes('\t')) return { cells: trimTrailingEmpty(line.split('\t').map((c) => c.trim())), sep: '\t' };
  if (line.includes(',')) return { cells: trimTrailingEmpty(csvCells(line)), sep: ',' };
  return null;
}

function isHeaderRow(cells: string[]): boolean {
  return cells.length >= MIN_COLUMNS && cells.length <= MAX_COLUMNS && cells.every(isHeaderCell);
}

export function isKnownHeader(header: readonly string[]): boolean {
  return header.every((c) => cellRole(c) !== 'other') && readTableHeader(header.join('\t')) !== null;
}

// ---------------------------------------------------------------- finding tables

/** The task tables of a text: a header row followed by rows numbered 1, 2, … . */
export function findTables(text: string): FoundTable[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: FoundTable[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < lines.length && out.length < MAX_TABLES; i++) {
    const line = lines[i] as string;
    const found = line.trim() === '1' ? cellPerLineTable(lines, i) : delimitedTable(lines, i);
    if (found === null) continue;
    const key = headerKey(found.header);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ header: found.header, rows: found.rows, known: isKnownHeader(found.header), guess: guessMapping(found.header, found.rows) });
  }
  return out;
}

interface RawTable {
  header: string[];
  rows: string[][];
}

function delimitedTable(lines: string[], at: number): RawTable | null {
  const split = splitRow(lines[at] as string);
  if (split === null || !isHeaderRow(split.cells)) return null;
  const rows: string[][] = [];
  for (let i = at + 1; i < lines.length && rows.length < SAMPLE_ROWS; i++) {
    if ((lines[i] as string).trim() === '') {
      if (rows.length === 0) continue;
      break;
    }
    const cells = splitRow(lines[i] as string)?.cells ?? [];
    if (cells[0] !== String(rows.length + 1) || cells.length < 2) break;
    rows.push(cells.slice(0, split.cells.length));
  }
  return rows.length > 0 ? { header: split.cells, rows } : null;
}

/**
 * A table one cell per line (copied from a web page or PDF: an empty cell an empty line) or one per Word
 * paragraph (a blank line between paragraphs), its first row at line `at` ("1"). The header is the run of
 * short cells right above; the widest row between two numbers says how many of them are the header's.
 */
function cellPerLineTable(lines: string[], at: number): RawTable | null {
  const step: 1 | 2 = at > 0 && (lines[at - 1] as string).trim() === '' ? 2 : 1;
  const header: string[] = [];
  for (let j = at - step; j >= 0 && header.length < MAX_COLUMNS; j -= step) {
    if (step === 2 && (lines[j + 1] as string).trim() !== '') break;
    const c = (lines[j] as string).trim();
    if (!isHeaderCell(c)) break;
    header.unshift(c);
  }
  if (header.length < MIN_COLUMNS) return null;
  const count = Math.floor((lines.length - at + step - 1) / step);
  const cell = (k: number) => (lines[at + k * step] as string).trim();
  const readRows = (width: number) => {
    const rows: string[][] = [];
    let widest = 0;
    let p = 0;
    for (let n = 1; p < count && cell(p) === String(n) && rows.length < SAMPLE_ROWS + 1; n++) {
      let q = p + 1;
      const limit = Math.min(count, p + width);
      while (q < limit && cell(q) !== String(n + 1)) q++;
      if (q < count && cell(q) === String(n + 1)) widest = Math.max(widest, q - p);
      const row: string[] = [];
      for (let k = p; k < q; k++) row.push(cell(k));
      rows.push(trimTrailingEmpty(row));
      p = q;
    }
    return { rows: rows.slice(0, SAMPLE_ROWS), widest };
  };
  const first = readRows(header.length);
  if (first.rows.length < 2 || first.widest < MIN_COLUMNS) return null;
  if (first.widest >= header.length) return { header, rows: first.rows };
  // A short line above the header (附件, a sheet's caption) is not a column.
  const trimmed = header.slice(header.length - first.widest);
  return { header: trimmed, rows: readRows(trimmed.length).rows };
}

/** The rows under the columns as `roles` say (the preview shows them so while the user chooses). */
export function alignedRows(rows: readonly string[][], roles: readonly MappedRole[]): string[][] {
  let previous: string[] | null = null;
  return rows.map((r) => (previous = alignRow(r, roles as ColumnRole[], previous)));
}

// ---------------------------------------------------------------- guessing and checking a mapping

function contentRole(values: string[], taken: Set<MappedRole>): MappedRole {
  const free = (r: MappedRole) => !taken.has(r);
  if (values.length === 0) return 'skip';
  if (values.every((v) => parseDeadline(v, 2000) !== null) && free('deadline')) return 'deadline';
  if (values.every(looksLikeLeaders) && free('leaders')) return 'leaders';
  if (values.every((v) => v.split(/[、，,；;]/).every((u) => looksLikeUnit(u.trim())))) {
    if (free('leadUnits')) return 'leadUnits';
    if (free('supportUnits')) return 'supportUnits';
  }
  const mean = values.reduce((n, v) => n + v.length, 0) / values.length;
  if (mean >= 8 && free('text')) return 'text';
  return 'skip';
}

/**
 * The preview's first choice for each column: the first column numbers the rows; a header word the parser
 * knows says its column; any other column is guessed from its cells (dates, people's names, units, long text).
 */
export function guessMapping(header: readonly string[], rows: readonly (readonly string[])[]): ColumnMapping {
  const roles: (MappedRole | null)[] = header.map((h, c) => {
    if (c === 0) return 'no';
    const r = cellRole(h);
    return r === 'other' ? null : r;
  });
  const taken = new Set<MappedRole>();
  roles.forEach((r, c) => {
    if (r === null || r === 'skip') return;
    if (taken.has(r)) roles[c] = 'skip';
    else taken.add(r);
  });
  // Rows with every cell: a row short of cells lost some to a merge, and its cells are not in their columns.
  const full = rows.filter((r) => r.length >= header.length);
  const sample = full.length > 0 ? full : rows;
  const done = roles.map((r, c) => {
    if (r !== null) return r;
    const role = contentRole(
      sample.map((row) => row[c] ?? '').filter((v) => v !== ''),
      taken,
    );
    if (role !== 'skip') taken.add(role);
    return role;
  });
  return { header: [...header], roles: done };
}

/** Why the user's mapping cannot be read, in Chinese; null when it can. */
export function mappingProblem(m: ColumnMapping): string | null {
  if (m.roles.length !== m.header.length) return '每一列都要选择对应内容';
  if (m.roles[0] !== 'no') return '第一列是各行的编号，应选「序号」';
  for (const role of MAPPED_ROLES) {
    if (role !== 'skip' && m.roles.filter((r) => r === role).length > 1) return `「${ROLE_LABELS[role]}」只能对应一列`;
  }
  if (!m.roles.includes('text')) return '请指定哪一列是「任务内容」';
  if (!m.roles.some((r) => r === 'leaders' || r === 'leadUnits' || r === 'supportUnits')) return '请至少指定一列「责任领导」「牵头单位」或「责任单位」';
  return null;
}

// ---------------------------------------------------------------- reading with a mapping

export interface MappedText {
  text: string;
  /** The mappings whose header was found in the text, in the order given. */
  applied: ColumnMapping[];
}

/**
 * The text with each mapped header written in the words the parser knows; tab rows under it aligned as a
 * sheet's rows are (a leader cell merged over several rows repeated). Text without a mapped header, or an
 * invalid mapping, comes back unchanged.
 */
export function applyColumnMappings(text: string, mappings: readonly ColumnMapping[]): MappedText {
  const valid = mappings.filter((m) => mappingProblem(m) === null);
  if (valid.length === 0) return { text, applied: [] };
  const byKey = new Map(valid.map((m) => [headerKey(m.header), m]));
  const firstCells = new Set(valid.map((m) => squeeze(m.header[0] as string)));
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const used = new Set<ColumnMapping>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const split = splitRow(line);
    const m = split ? byKey.get(headerKey(split.cells)) : undefined;
    if (split && m) {
      lines[i] = m.roles.map((r) => HEADER_WORDS[r]).join(split.sep);
      used.add(m);
      if (split.sep === '\t') i = alignTabRows(lines, i + 1, m.roles as ColumnRole[]) - 1;
      continue;
    }
    if (!firstCells.has(squeeze(line))) continue;
    for (const mapping of valid) {
      const step = cellPerLineHeader(lines, i, mapping.header);
      if (step === null) continue;
      mapping.roles.forEach((r, k) => (lines[i + k * step] = HEADER_WORDS[r]));
      used.add(mapping);
      i += (mapping.header.length - 1) * step;
      break;
    }
  }
  if (used.size === 0) return { text, applied: [] };
  return { text: lines.join('\n'), applied: valid.filter((m) => used.has(m)) };
}

/** The step (1: one cell per line, 2: one per paragraph) at which `header` starts at line `at`, or null. */
function cellPerLineHeader(lines: string[], at: number, header: readonly string[]): 1 | 2 | null {
  for (const step of [1, 2] as const) {
    let ok = true;
    for (let k = 0; k < header.length && ok; k++) {
      const line = lines[at + k * step];
      ok = line !== undefined && squeeze(line) === squeeze(header[k] as string) && (step === 1 || k === 0 || (lines[at + k * step - 1] as string).trim() === '');
    }
    if (ok) return step;
  }
  return null;
}

/** Numbered tab rows from line `from` aligned to the header's columns; returns the first line after them. */
function alignTabRows(lines: string[], from: number, roles: ColumnRole[]): number {
  let previous: string[] | null = null;
  let i = from;
  for (; i < lines.length; i++) {
    const cells = (lines[i] as string).split('\t');
    if (!/^\d{1,4}$/.test((cells[0] as string).trim())) break;
    const padded = Array.from({ length: roles.length }, (_, c) => cells[c] ?? '');
    const row = alignRow(padded, roles, previous);
    previous = row;
    lines[i] = trimTrailingEmpty([...row, ...cells.slice(roles.length)]).join('\t');
  }
  return i;
}
