// What an export cites: each document's place, province and level, the documents named by count, year,
// level and kind (「2024年31份省级政府工作报告」, never a list of identical titles), and the places in
// scope that have no value for what is shown. Shared by the tables' exports and the chart images.
import type { DocumentMeta, JurisdictionLevel } from '../model/document';
import type { DocumentInfo } from '../model/rows';
import { compareZh } from '../text/collate';
import { groupedCount } from '../text/count';
import { LEVEL_LABELS, levelOf } from './levels';
import { placeOfMeta } from './placeIndex';
import { sortDocuments, targetPlace } from './places';

const LEVEL_ORDER: Record<JurisdictionLevel, number> = { country: 0, province: 1, city: 2, county: 3 };
export const KIND_LABELS: Record<DocumentMeta['kind'], string> = { report: '政府工作报告', 'report-summary': '政府工作报告摘要', notice: '分解通知' };
const KIND_ORDER: Record<DocumentMeta['kind'], number> = { report: 0, 'report-summary': 1, notice: 2 };

type PlaceMeta = Pick<DocumentMeta, 'kind' | 'reportOf' | 'jurisdiction' | 'jurisdictionLevel'>;

export interface Placed {
  /** whose figures the document states (targetPlace) */
  place: string | null;
  province: string | null;
  level: JurisdictionLevel | null;
}

/** Whose figures a document states, the province that place lies in (itself for a province) and its level. */
export function placed(meta: PlaceMeta): Placed {
  const place = targetPlace(meta);
  const level = levelOf(place, meta);
  const province = level === 'country' ? null : placeOfMeta({ jurisdiction: place, jurisdictionLevel: level }).province;
  return { place, province, level };
}

/** 省级 / 市级 …, '' when unknown. */
export const levelLabel = (p: Placed): string => (p.level ? LEVEL_LABELS[p.level] : '');

/** 2024年, 2023—2025年, or '' when no year is known. */
function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const lo = Math.min(...years),
    hi = Math.max(...years);
  return lo === hi ? `${lo}年` : `${lo}—${hi}年`;
}

/** Distinct places named after a lone group of up to this many. */
const NAMED_PLACES = 3;

/**
 * The documents by count, year, level and kind: 「2024年31份省级政府工作报告」 (one kind),
 * 「2023—2025年5份文件（3份市级政府工作报告、2份分解通知）」, or with `yearInGroups` (a table's
 * documents of many years) 「5份文件（2024年1份市级政府工作报告、2025年…）」. A lone group of at most
 * three places names them: 「2024年1份市级政府工作报告（随州市）」. '' for no documents.
 */
export function describeSources(docs: readonly DocumentInfo[], opts: { yearInGroups?: boolean } = {}): string {
  if (docs.length === 0) return '';
  const byYear = opts.yearInGroups === true;
  const groups = new Map<string, { year: number | null; level: JurisdictionLevel | null; kind: DocumentMeta['kind']; n: number; places: Set<string> }>();
  for (const d of sortDocuments(docs)) {
    // the issuer's level: a city's notice of the provincial report is a 市级分解通知
    const level = levelOf(d.meta.jurisdiction, d.meta);
    const year = byYear ? d.meta.year : null;
    const key = `${year ?? ''}|${level ?? ''}|${d.meta.kind}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { year, level, kind: d.meta.kind, n: 0, places: new Set() }));
    g.n++;
    if (d.meta.jurisdiction) g.places.add(d.meta.jurisdiction);
  }
  const list = [...groups.values()].sort(
    (a, b) => (a.year ?? Infinity) - (b.year ?? Infinity) || (a.level ? LEVEL_ORDER[a.level] : 9) - (b.level ? LEVEL_ORDER[b.level] : 9) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
  const part = (g: (typeof list)[number]) =>
    `${byYear ? (g.year !== null ? `${g.year}年` : '年份不详的') : ''}${groupedCount(g.n)}份${g.level ? LEVEL_LABELS[g.level] : ''}${KIND_LABELS[g.kind]}`;
  const years = docs.map((d) => d.meta.year).filter((y): y is number => y !== null);
  const span = byYear ? '' : yearSpan(years) || '年份不详的';
  if (list.length === 1) {
    const g = list[0]!;
    const names = g.places.size > 0 && g.places.size <= NAMED_PLACES ? `（${[...g.places].sort(compareZh).join('、')}）` : '';
    return `${span}${part(g)}${names}`;
  }
  return `${span}${groupedCount(docs.length)}份文件（${list.map(part).join('、')}）`;
}

/** Names listed in a no-value line before 等N地. */
export const NO_VALUE_NAMES = 8;

/** 「无此指标：甲市、乙县」, or past NO_VALUE_NAMES 「无此指标：甲市、…、辛区等12地」; '' when none. */
export function noValueLine(places: readonly string[], what = '无此指标'): string {
  if (places.length === 0) return '';
  const sorted = [...new Set(places)].sort(compareZh);
  if (sorted.length <= NO_VALUE_NAMES) return `${what}：${sorted.join('、')}`;
  return `${what}：${sorted.slice(0, NO_VALUE_NAMES).join('、')}等${groupedCount(sorted.length)}地`;
}
