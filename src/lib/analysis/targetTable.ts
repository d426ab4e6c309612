// The main targets side by side: one row per indicator, one column per document (place and year), the
// value as printed (增长6.5%左右, 增长8%、力争9%); qualitative targets listed apart, never dropped.
// A view of the same pivot the 主要预期目标对比 chart draws (mainTargets.ts).
import type { Dataset } from '../model/rows';
import { compareZh } from '../text/collate';
import { pivotMainTargets, type TargetEntry } from './mainTargets';
import { docPlaces, UNKNOWN_PLACE } from './placeIndex';
import { docLabels, sortDocuments, targetPlace } from './places';
import { formatTarget } from './targetText';

export interface TargetTable {
  columns: { docId: string; label: string }[];
  rows: { key: string; metric: string; cells: ({ id: string; text: string; full: string } | null)[] }[];
  qualitative: { id: string; docLabel: string; text: string }[];
}

export function buildTargetTable(ds: Pick<Dataset, 'documents' | 'targets'>): TargetTable {
  const docIds = new Set(ds.targets.filter((t) => t.scope === 'main').map((t) => t.docId));
  const docs = sortDocuments(ds.documents.filter((d) => docIds.has(d.id)));
  const labels = docLabels(docs);
  const pivot = pivotMainTargets(docs, ds.targets, labels);
  return {
    columns: pivot.docs.map((d) => ({ docId: d.id, label: d.label })),
    rows: pivot.metrics.map((r) => {
      const byDoc = new Map(r.entries.map((e) => [e.docId, e]));
      return {
        key: r.key,
        metric: r.label,
        cells: pivot.docs.map((d) => {
          const e = byDoc.get(d.id);
          return e ? { id: e.id, text: formatTarget(e), full: e.text } : null;
        }),
      };
    }),
    qualitative: pivot.qualitative.map((e) => ({ id: e.id, docLabel: e.docLabel, text: e.text })),
  };
}

/** A place × year table of one indicator's targets, for many documents (the metric × document table would have a column each). */
export interface PlaceYearTable {
  key: string;
  metric: string;
  unit: string | null;
  years: number[];
  rows: PlaceYearRow[];
}

export interface PlaceYearFigure {
  /** the target row's id */
  id: string;
  text: string;
  full: string;
  value: number | null;
  /** the document's label (随州市2024年（报告摘要）), telling two reports of a place and year apart */
  docLabel: string;
}

export interface PlaceYearCell extends PlaceYearFigure {
  /** the figures of the place's other documents of that year (a summary beside the report, a second import), reading order */
  also: PlaceYearFigure[];
}

export interface PlaceYearRow {
  place: string;
  /** the province it lies in (itself for a province), for the default order */
  province: string | null;
  /** one per year of `years` */
  cells: (PlaceYearCell | null)[];
}

/** The targets of indicator `key` (metricKey) by place and year; null when no document in `ds` states it. */
export function buildPlaceYearTable(ds: Pick<Dataset, 'documents' | 'targets'>, key: string): PlaceYearTable | null {
  const docIds = new Set(ds.targets.filter((t) => t.scope === 'main').map((t) => t.docId));
  const docs = sortDocuments(ds.documents.filter((d) => docIds.has(d.id)));
  const pivot = pivotMainTargets(docs, ds.targets, docLabels(docs));
  const metric = pivot.metrics.find((m) => m.key === key);
  if (!metric) return null;
  const byId = new Map(docs.map((d) => [d.id, d]));
  const places = docPlaces(ds.documents);
  const found = new Map<string, { province: string | null; byYear: Map<number, TargetEntry[]> }>();
  for (const e of metric.entries) {
    const d = byId.get(e.docId)!;
    if (d.meta.year === null) continue;
    const place = targetPlace(d.meta) ?? UNKNOWN_PLACE;
    const own = place === d.meta.jurisdiction;
    let row = found.get(place);
    if (!row) found.set(place, (row = { province: own ? (places.get(d.id)?.province ?? null) : place, byYear: new Map() }));
    // Every document of the place and year is kept: the first (reading order) heads the cell, the others follow it, marked.
    const list = row.byYear.get(d.meta.year) ?? [];
    if (!list.some((x) => x.docId === e.docId)) list.push(e);
    row.byYear.set(d.meta.year, list);
  }
  const years = Array.from(new Set(Array.from(found.values()).flatMap((r) => [...r.byYear.keys()]))).sort((a, b) => a - b);
  const rows = Array.from(found, ([place, r]) => ({
    place,
    province: r.province,
    cells: years.map((y) => {
      const [first, ...others] = r.byYear.get(y) ?? [];
      return first ? { ...figureOf(first), also: others.map(figureOf) } : null;
    }),
  }));
  return { key, metric: metric.label, unit: metric.unit, years, rows: sortPlaceYearRows(rows, years, { by: 'place' }) };
}

function figureOf(e: TargetEntry): PlaceYearFigure {
  return { id: e.id, text: formatTarget(e), full: e.text, value: e.value, docLabel: e.docLabel };
}

export type PlaceYearSort = { by: 'place' } | { by: 'year'; year: number; descending: boolean };

/** Rows by province then place (the default), or by one year's figure (places without one last). */
export function sortPlaceYearRows(rows: readonly PlaceYearRow[], years: readonly number[], sort: PlaceYearSort): PlaceYearRow[] {
  if (sort.by === 'place') {
    return rows
      .slice()
      .sort(
        (a, b) =>
          Number(a.province === null) - Number(b.province === null) ||
          compareZh(a.province ?? '', b.province ?? '') ||
          Number(b.place === b.province) - Number(a.place === a.province) ||
          compareZh(a.place, b.place),
      );
  }
  const i = years.indexOf(sort.year);
  const v = (r: PlaceYearRow) => r.cells[i]?.value ?? null;
  return rows.slice().sort((a, b) => {
    const x = v(a),
      y = v(b);
    if (x === null || y === null) return Number(x === null) - Number(y === null) || compareZh(a.place, b.place);
    return (sort.descending ? y - x : x - y) || compareZh(a.place, b.place);
  });
}
