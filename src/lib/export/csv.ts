// The filtered task list as CSV for Excel: UTF-8 with a BOM (without it Excel on Windows reads the
// Chinese as GBK), CRLF line ends, every field quoted when it needs to be.
import type { AnnotationRow } from '../model/annotations';
import type { Dataset, TaskRow } from '../model/rows';

export const CSV_COLUMNS = ['文件', '年份', '地区', '编号', '章节', '任务', '责任领导', '牵头单位', '责任单位', '完成时限'] as const;
/** Appended when the user's annotations are passed: the status (empty when unmarked) and the note. */
export const ANNOTATION_COLUMNS = ['进展', '备注'] as const;

/** Quotes a field when it holds a quote, comma or line break; defuses spreadsheet formulas (=, +, -, @). */
export function csvField(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A cell of a citable table: text, a number, or null (empty). */
export type TableCell = string | number | null;

/** What a citable CSV adds after its own columns, the same on every row (the .xlsx has them on its 说明 sheet). */
export const CITE_COLUMNS = ['来源', '导出日期'] as const;

/**
 * A citable table as CSV: its columns, then 来源 and 导出日期 (YYYY-MM-DD, Beijing) on every row. Not a
 * comment or title line above the header, which breaks every CSV reader (R, Stata, pandas, Excel's
 * import), and not a second file, which gets separated from the first.
 */
export function citedCsv(columns: readonly string[], rows: readonly (readonly TableCell[])[], source: string, exportedOn: string): string {
  return toCsv([[...columns, ...CITE_COLUMNS], ...rows.map((r) => [...r.map((c) => (c === null ? '' : String(c))), source, exportedOn])]);
}

/** One row per task, in the order given; 章节 is the path from the chapter down (一、… / （二）…).
 * With `annotations` (by task id, from annotationsByTask) the rows end with 进展 and 备注. */
export function tasksCsv(
  tasks: readonly TaskRow[],
  ds: Pick<Dataset, 'documents' | 'sections'>,
  annotations?: ReadonlyMap<string, Pick<AnnotationRow, 'status' | 'note'>>,
): string {
  const docs = new Map(ds.documents.map((d) => [d.id, d]));
  const sections = new Map(ds.sections.map((s) => [s.id, s]));
  const sectionPath = (id: string | null): string => {
    const names: string[] = [];
    for (let s = id ? sections.get(id) : undefined; s && names.length < 20; s = s.parentId ? sections.get(s.parentId) : undefined) {
      names.unshift(s.title);
    }
    return names.join(' / ');
  };
  const rows = tasks.map((t) => {
    const d = docs.get(t.docId);
    const row = [
      d ? (d.meta.docNumber ? `${d.meta.docNumber} ${d.meta.title}` : d.meta.title) : '',
      t.year === null ? '' : String(t.year),
      t.jurisdiction ?? '',
      t.no ?? '',
      sectionPath(t.sectionId),
      t.text,
      t.leaders.join('、'),
      t.leadUnits.join('、'),
      t.supportUnits.join('、'),
      t.deadline?.text ?? '',
    ];
    if (!annotations) return row;
    const a = annotations.get(t.id);
    return [...row, a?.status ?? '', a?.note ?? ''];
  });
  return toCsv([annotations ? [...CSV_COLUMNS, ...ANNOTATION_COLUMNS] : CSV_COLUMNS, ...rows]);
}
