// One long, citable table of every target across the documents in view: one row per target, the
// figures as numbers (not text) so a researcher can sort and compute, with the place, its province and
// level, the year, the canonical indicator beside the wording as printed, the document and the sentence.
// As CSV (csv.ts conventions) or .xlsx (targetsLongXlsx.ts).
import { describeSources, levelLabel, placed } from '../analysis/citation';
import { normalizeMetric } from '../analysis/metrics';
import { sortDocuments } from '../analysis/places';
import type { Dataset } from '../model/rows';
import { groupedCount } from '../text/count';
import { citedCsv } from './csv';
import { datedFileName } from './fileName';

export const LONG_COLUMNS = ['地区', '所属省份', '层级', '年份', '指标', '原文指标', '数值', '上限', '单位', '限定词', '力争值', '类型', '文件标题', '文号', '原句'] as const;

export type LongCell = string | number | null;
/** In LONG_COLUMNS' order; 年份, 数值, 上限 and 力争值 are numbers (null when absent), the rest text. */
export type LongRow = LongCell[];

const SCOPE_LABELS = { main: '主要目标', task: '任务目标' } as const;

/** Every target of `ds`, documents in reading order (year, place), targets in document order. */
export function longTargetRows(ds: Pick<Dataset, 'documents' | 'targets'>): LongRow[] {
  const byDoc = new Map<string, Dataset['targets']>();
  for (const t of ds.targets) {
    const list = byDoc.get(t.docId);
    if (list) list.push(t);
    else byDoc.set(t.docId, [t]);
  }
  const rows: LongRow[] = [];
  for (const d of sortDocuments(ds.documents)) {
    const targets = byDoc.get(d.id);
    if (!targets) continue;
    const p = placed(d.meta);
    for (const t of targets) {
      rows.push([
        p.place ?? '',
        p.province ?? '',
        levelLabel(p),
        d.meta.year,
        normalizeMetric(t.metric),
        t.metric,
        t.value,
        t.valueMax,
        t.unit ?? '',
        t.qualifier ?? '',
        t.stretch,
        SCOPE_LABELS[t.scope],
        d.meta.title,
        d.meta.docNumber ?? '',
        t.text,
      ]);
    }
  }
  return rows;
}

/** 来源：5份文件（2024年1份市级政府工作报告、…），共128条目标 — the documents that have targets, by year, level and kind. */
export function longSourceLine(ds: Pick<Dataset, 'documents' | 'targets'>): string {
  const withTargets = new Set(ds.targets.map((t) => t.docId));
  const docs = ds.documents.filter((d) => withTargets.has(d.id));
  return `来源：${describeSources(docs, { yearInGroups: true }) || '无'}，共${groupedCount(ds.targets.length)}条目标`;
}

/** CSV (csv.ts conventions) with 来源 (longSourceLine) and 导出日期 (YYYY-MM-DD, Beijing) on every row. */
export function longTargetsCsv(rows: readonly LongRow[], source: string, exportedOn: string): string {
  return citedCsv(LONG_COLUMNS, rows, source, exportedOn);
}

/** 随州-2024-全部目标-2026-11-23.csv */
export function longFileName(place: string, year: string, ext: 'csv' | 'xlsx'): string {
  return datedFileName(place, year, '全部目标', ext);
}
