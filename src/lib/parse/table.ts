// Task tables copied from Word or Excel as tab-separated text: a header row naming the columns
// (序号⇥重点工作⇥责任领导⇥牵头单位⇥责任单位⇥完成时限), then one row per task.
import { fieldOfLabel, type Field } from './responsibility';

/** skip: a column the user chose not to import (columns.ts writes its header as 不导入). */
export type ColumnRole = Field | 'no' | 'text' | 'skip' | 'other';

const NO = /^(?:序号|编号|序|No\.?)$/i;
/** The header word columns.ts writes for a column the user chose not to import. */
export const SKIP_HEADER = '不导入';
const TEXT = /任务|工作|内容|事项|目标|举措|措施|项目/;

/** What a header cell names: 序号, the task's words, or a responsibility field ('other' when none). */
export function cellRole(cell: string): ColumnRole {
  const c = cell.replace(/[\s\u3000]/g, '').replace(/[：:]$/, ''); // 序 号 padded, 牵头单位：
  if (NO.test(c)) return 'no';
  if (c === SKIP_HEADER) return 'skip';
  const field = fieldOfLabel(c);
  if (field) return field;
  if (TEXT.test(c) && c.length <= 12) return 'text';
  return 'other';
}

/** The role of each column, or null when the line is not a task-table header. */
export function readTableHeader(line: string): ColumnRole[] | null {
  if (!line.includes('\t')) return null;
  const roles = line.split('\t').map(cellRole);
  const hasText = roles.includes('text');
  const hasField = roles.some((r) => r === 'leaders' || r === 'leadUnits' || r === 'supportUnits');
  return hasText && hasField ? roles : null;
}

export interface RowCell {
  role: ColumnRole;
  start: number;
  end: number;
}

/** Cells of a row with their offsets relative to the line. */
export function rowCells(line: string, roles: ColumnRole[]): RowCell[] {
  const cells: RowCell[] = [];
  let at = 0;
  line.split('\t').forEach((cell, i) => {
    cells.push({ role: roles[i] ?? 'other', start: at, end: at + cell.length });
    at += cell.length + 1;
  });
  return cells;
}

/** A task-table header line anywhere in the text (the table may sit in an annex after the letter). */
export function hasTaskTableHeader(text: string): boolean {
  let at = text.indexOf('\t');
  while (at >= 0) {
    const start = text.lastIndexOf('\n', at) + 1;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (readTableHeader(text.slice(start, end)) !== null) return true;
    at = text.indexOf('\t', end);
  }
  return false;
}
