// One long, citable table of every target across the documents in view: one row per target, the
// figures as numbers (not text) so a researcher can sort and compute, with the place, its province and
// level, the year, the canonical indicator beside the wording as printed, the document and the sentence.
// As CSV (csv.ts conventions) or .xlsx (targetsLongXlsx.ts).
import { LEVEL_LABELS, levelOf } from '../analysis/levels';
import { normalizeMetric } from '../analysis/metrics';
import { placeOfMeta } from '../analysis/placeIndex';
import { sortDocuments, targetPlace } from '../analysis/places';
import type { JurisdictionLevel } from '../model/document';
import type { Dataset } from '../model/rows';
import { groupedCount } from '../text/count';
import { today } from '../time/clock';
import { toCsv } from './csv';
import { sanitizeFileName, shortPlace } from './fileName';

export const LONG_COLUMNS = ['地区', '所属省份', '层级', '年份', '指标', '原文指标', '数值', '上限', '单位', '限定词', '力争值', '类型', '文件标题', '文号', '原句'] as const;

export type LongCell = string | number | null;
/** In LONG_COLUMNS' order; 年份, 数值, 上限 and 力争值 are numbers (null when absent), the rest text. */
export type LongRow = LongCell[];

export { LEVEL_LABELS };
const SCOPE_LABELS = { main: '主要目标', task: '任务目标' } as const;

interface Placed {
  place: string | null;
  province: string | null;
  level: JurisdictionLevel | null;
}

function placed(meta: Parameters<typeof targetPlace>[0] & { jurisdictionLevel: JurisdictionLevel | null }): Placed {
  const place = targetPlace(meta);
  const level = levelOf(place, meta);
  const province = level === 'country' ? null : placeOfMeta({ jurisdiction: place, jurisdictionLevel: level }).province;
  return { place, province, level };
}

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
        p.level ? LEVEL_LABELS[p.level] : '',
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
  const docs = sortDocuments(ds.documents.filter((d) => withTargets.has(d.id)));
  const kinds = { report: '政府工作报告', 'report-summary': '政府工作报告摘要', notice: '分解通知' } as const;
  const groups = new Map<string, number>();
  for (const d of docs) {
    const level = placed(d.meta).level;
    const key = `${d.meta.year !== null ? `${d.meta.year}年` : '年份不详的'}\u0000${level ? LEVEL_LABELS[level] : ''}${kinds[d.meta.kind]}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  const parts = Array.from(groups, ([key, n]) => {
    const [year, what] = key.split('\u0000');
    return `${year}${groupedCount(n)}份${what}`;
  });
  return `来源：${groupedCount(docs.length)}份文件（${parts.join('、')}），共${groupedCount(ds.targets.length)}条目标`;
}

const cellText = (c: LongCell): string => (c === null ? '' : String(c));

export function longTargetsCsv(rows: readonly LongRow[]): string {
  return toCsv([LONG_COLUMNS, ...rows.map((r) => r.map(cellText))]);
}

/** 随州-2024-全部目标-2026-11-23.csv */
export function longFileName(place: string, year: string, ext: 'csv' | 'xlsx'): string {
  const parts = [place ? shortPlace(place) : '', year, '全部目标', today()].filter(Boolean);
  return `${sanitizeFileName(parts.join('-'), '全部目标')}.${ext}`;
}
