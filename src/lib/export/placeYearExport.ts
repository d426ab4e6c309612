// The place × year table of one indicator as a citable file. Long, not wide: one row per place × year
// (every year of the table for every place, so a year without a target is an explicit row with empty
// figures; a place with two documents that year, e.g. a report and its summary, has a row for each), the figures in numeric columns named as in the long table of every target (targetsLong.ts:
// 数值, 上限, 单位, 限定词, 力争值). R (read.csv / readxl), Stata (import delimited, xtset 地区 年份) and
// pandas load it as panel data without reshaping, and each column holds one type; a wide table would
// need value_2023, unit_2023, … columns per year.
// The CSV carries 来源 and 导出日期 as its last two columns, the same on every row: a comment or title
// line above the header would break every CSV reader, and a second file would get separated from the
// first. The .xlsx keeps them on its 说明 sheet instead.
import { describeSources, levelLabel, placed, type Placed } from '../analysis/citation';
import type { PlaceYearRow, PlaceYearTable } from '../analysis/targetTable';
import type { Dataset } from '../model/rows';
import { groupedCount } from '../text/count';
import { citedCsv, type TableCell } from './csv';
import { datedFileName } from './fileName';
import { writeTableXlsx } from './tableXlsx';

export const PLACE_YEAR_COLUMNS = ['地区', '所属省份', '层级', '年份', '指标', '目标', '数值', '上限', '单位', '限定词', '力争值', '原文指标', '文件标题', '文号', '原句'] as const;

const WIDTHS: Record<(typeof PLACE_YEAR_COLUMNS)[number], number> = {
  地区: 12,
  所属省份: 10,
  层级: 6,
  年份: 6,
  指标: 16,
  目标: 18,
  数值: 9,
  上限: 7,
  单位: 7,
  限定词: 7,
  力争值: 7,
  原文指标: 18,
  文件标题: 28,
  文号: 18,
  原句: 48,
};

export interface PlaceYearExport {
  /** in PLACE_YEAR_COLUMNS' order; 年份, 数值, 上限, 力争值 are numbers (null when absent) */
  rows: TableCell[][];
  /** 来源：… (the documents whose targets fill the table), 共N地 */
  source: string;
}

/** The table's rows in the order given (as shown), each place once per year of the table. */
export function placeYearExport(t: PlaceYearTable, ds: Pick<Dataset, 'documents' | 'targets'>, rows: readonly PlaceYearRow[] = t.rows): PlaceYearExport {
  const targets = new Map(ds.targets.map((x) => [x.id, x]));
  const docs = new Map(ds.documents.map((d) => [d.id, d]));
  const used = new Map<string, Dataset['documents'][number]>();
  const out: TableCell[][] = [];
  for (const r of rows) {
    const found = r.cells.map((c) => (c ? targets.get(c.id) : undefined));
    const first = found.find((x) => x !== undefined);
    const firstDoc = first ? docs.get(first.docId) : undefined;
    const where: Placed = firstDoc ? placed(firstDoc.meta) : { place: r.place, province: r.province, level: null };
    t.years.forEach((year, i) => {
      const c = r.cells[i];
      // the cell's figure, then those of the place's other documents that year: one row per document
      const figures: { x: Dataset['targets'][number] | undefined; text: string; full: string }[] = c
        ? [{ x: found[i], text: c.text, full: c.full }, ...c.also.map((a) => ({ x: targets.get(a.id), text: a.text, full: a.full }))]
        : [{ x: undefined, text: '', full: '' }];
      for (const { x, text, full } of figures) {
        const d = x ? docs.get(x.docId) : undefined;
        if (d) used.set(d.id, d);
        out.push([
          r.place,
          r.province ?? where.province ?? '',
          levelLabel(where),
          year,
          t.metric,
          text,
          x?.value ?? null,
          x?.valueMax ?? null,
          x ? (x.unit ?? t.unit ?? '') : '',
          x?.qualifier ?? '',
          x?.stretch ?? null,
          x?.metric ?? '',
          d?.meta.title ?? '',
          d?.meta.docNumber ?? '',
          x?.text ?? full,
        ]);
      }
    });
  }
  const from = describeSources([...used.values()], { yearInGroups: true }) || '无';
  return { rows: out, source: `来源：${from}，共${groupedCount(rows.length)}地` };
}

/** CSV (csv.ts conventions) with 来源 and 导出日期 (YYYY-MM-DD, Beijing) on every row. */
export function placeYearCsv(e: PlaceYearExport, exportedOn: string): string {
  return citedCsv(PLACE_YEAR_COLUMNS, e.rows, e.source, exportedOn);
}

export function placeYearXlsx(e: PlaceYearExport, metric: string, exportedOn: string): Promise<Blob> {
  return writeTableXlsx({
    sheet: '地区年份目标',
    columns: PLACE_YEAR_COLUMNS.map((name) => ({ name, width: WIDTHS[name] })),
    rows: e.rows,
    title: `${metric}目标：地区 × 年份`,
    lines: [
      `导出日期：${exportedOn}`,
      e.source,
      `每行一个地区的一个年份（同一地区同年有两份文件的，各占一行，见“文件标题”），共${groupedCount(e.rows.length)}行；该年无此指标时数值为空。数值、上限、力争值为数字，单位见“单位”列；“目标”为报告表述，原句为报告原文。`,
    ],
  });
}

/** 随州-2024-地区生产总值目标对照-2026-11-23.csv */
export function placeYearFileName(place: string, year: string, metric: string, ext: 'csv' | 'xlsx'): string {
  return datedFileName(place, year, `${metric}目标对照`, ext);
}
