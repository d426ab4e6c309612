// One indicator across places for one year: every place's target (with its stretch or range top) and,
// where a later report gives it, the outcome — ranked, so hundreds of documents compare in one chart.
// Two reports of one place and year are both rows, marked. Many places are summarised by the province
// (or city) they lie in: the province's own report stays a row of its own (本级), and the places inside
// it are one row labelled as theirs (湖北省·下辖3地), never under the province's bare name.
import { compareZh } from '../text/collate';
import { mainTargets, type TargetEntry } from './mainTargets';
import { metricKey } from './metrics';
import { docPlaces } from './placeIndex';
import { targetPlace } from './places';
import type { Scope } from './scope';

/** The indicator (metricKey: 地区生产总值|%) and year picked for the chart and the table; null year = the default. */
export interface IndicatorPick {
  key: string;
  year: number | null;
}

export interface IndicatorChoice {
  key: string;
  label: string;
  unit: string | null;
  /** documents stating it */
  docs: number;
  /** years it is stated in, ascending */
  years: number[];
}

export interface PlaceFigure {
  /** whose target it is (targetPlace: a notice of the provincial report states the province's) */
  place: string;
  /** the row's name: the place, or when it has several documents that year, the place, which one and how many */
  label: string;
  /** documents of this place stating the indicator that year (2 or more: each is a row, marked) */
  sameYear: number;
  province: string | null;
  city: string | null;
  docId: string;
  docLabel: string;
  entry: TargetEntry;
  /** what a later report says was achieved that year, when one does */
  outcome: { value: number; text: string; docId: string } | null;
}

export interface IndicatorAcross {
  key: string;
  label: string;
  unit: string | null;
  year: number;
  /** years the indicator is stated in (for the picker) */
  years: number[];
  /** one per document stating it (a place with two reports that year has two, marked), highest target first */
  rows: PlaceFigure[];
  /** places with a document of that year in view that states no figure for it, in document order */
  missing: string[];
}

const choiceLists = new WeakMap<Scope, IndicatorChoice[]>();

/** Every indicator with a number among the main targets in view: percentages first, then by documents stating it. */
export function indicatorChoices(sc: Scope): IndicatorChoice[] {
  const hit = choiceLists.get(sc);
  if (hit) return hit;
  const yearOf = new Map(sc.docsInView.map((d) => [d.id, d.meta.year]));
  const list = mainTargets(sc)
    .metrics.map((m) => {
      const years = new Set<number>();
      for (const e of m.entries) {
        const y = yearOf.get(e.docId);
        if (y != null) years.add(y);
      }
      return { key: m.key, label: m.label, unit: m.unit, docs: m.entries.length, years: Array.from(years).sort((a, b) => a - b) };
    })
    .sort((a, b) => Number(b.unit === '%') - Number(a.unit === '%') || b.docs - a.docs || compareZh(a.key, b.key));
  choiceLists.set(sc, list);
  return list;
}

/**
 * The indicator and year to show: the pick when it is in view (its year when stated that year),
 * else the most widely stated percentage; by default the latest year stated by at least half as many
 * documents as the busiest year (a lone early report does not make the default).
 */
export function resolveIndicator(
  choices: readonly IndicatorChoice[],
  pick: IndicatorPick | null | undefined,
  counts: (c: IndicatorChoice) => Map<number, number>,
): { choice: IndicatorChoice; year: number } | null {
  const choice = (pick && choices.find((c) => c.key === pick.key)) || choices[0];
  if (!choice || choice.years.length === 0) return null;
  if (pick && pick.key === choice.key && pick.year !== null && choice.years.includes(pick.year)) return { choice, year: pick.year };
  const n = counts(choice);
  const most = Math.max(...n.values());
  const year = [...choice.years].reverse().find((y) => (n.get(y) ?? 0) * 2 >= most) ?? choice.years[choice.years.length - 1]!;
  return { choice, year };
}

const results = new WeakMap<Scope, Map<string, IndicatorAcross | null>>();

/** The indicator across places for the picked (or default) year, ranked; null when no indicator has a number. One per scope and pick. */
export function indicatorAcross(sc: Scope, pick?: IndicatorPick | null): IndicatorAcross | null {
  let m = results.get(sc);
  if (!m) results.set(sc, (m = new Map()));
  const k = pick ? `${pick.key}\u0000${pick.year ?? ''}` : '';
  if (!m.has(k)) m.set(k, findIndicatorAcross(sc, pick));
  return m.get(k)!;
}

function findIndicatorAcross(sc: Scope, pick?: IndicatorPick | null): IndicatorAcross | null {
  const choices = indicatorChoices(sc);
  const metric = (key: string) => mainTargets(sc).metrics.find((m) => m.key === key);
  const docs = new Map(sc.docsInView.map((d) => [d.id, d]));
  const counts = (c: IndicatorChoice) => {
    const m = new Map<number, number>();
    for (const e of metric(c.key)?.entries ?? []) {
      const y = docs.get(e.docId)?.meta.year;
      if (y != null) m.set(y, (m.get(y) ?? 0) + 1);
    }
    return m;
  };
  const resolved = resolveIndicator(choices, pick, counts);
  if (!resolved) return null;
  const { choice, year } = resolved;
  const places = docPlaces(sc.all.documents);
  // Outcomes: what reports in view say was achieved in that year, by the place they speak for.
  const outcomes = new Map<string, PlaceFigure['outcome']>();
  for (const a of sc.ds.achievements) {
    if (a.value === null || a.achievedYear !== year || metricKey(a.metric, a.unit) !== choice.key) continue;
    const d = docs.get(a.docId);
    const place = d && targetPlace(d.meta);
    if (place && !outcomes.has(place)) outcomes.set(place, { value: a.value, text: a.text, docId: a.docId });
  }
  const rows: PlaceFigure[] = [];
  const stated = (metric(choice.key)?.entries ?? []).filter((e) => docs.get(e.docId)?.meta.year === year && e.value !== null);
  const placeOf = (e: (typeof stated)[number]) => targetPlace(docs.get(e.docId)!.meta) ?? e.docLabel;
  const perPlace = new Map<string, number>();
  for (const e of stated) perPlace.set(placeOf(e), (perPlace.get(placeOf(e)) ?? 0) + 1);
  for (const e of stated) {
    const d = docs.get(e.docId)!;
    const place = placeOf(e);
    // Every document counts: a second report of a place that year is a row too, marked as one of two.
    const sameYear = perPlace.get(place)!;
    const p = places.get(d.id);
    // A notice of the provincial report speaks for the province, wherever it was issued.
    const own = place === d.meta.jurisdiction;
    rows.push({
      place,
      label: sameYear > 1 ? `${place}${whichOne(e.docLabel, place, year)}·同年${sameYear}份` : place,
      sameYear,
      province: own ? (p?.province ?? null) : place,
      city: own ? (p?.city ?? null) : null,
      docId: d.id,
      docLabel: e.docLabel,
      entry: e,
      outcome: outcomes.get(place) ?? null,
    });
  }
  rows.sort((a, b) => b.entry.value! - a.entry.value! || compareZh(a.label, b.label));
  const missing = new Set<string>();
  for (const d of sc.docsInView) {
    const place = d.meta.year === year ? targetPlace(d.meta) : null;
    if (place && !perPlace.has(place)) missing.add(place);
  }
  return { key: choice.key, label: choice.label, unit: choice.unit, year, years: choice.years, rows, missing: [...missing] };
}

/** What tells one of a place's documents of a year from the others: its label less the place and year (（报告摘要）, （浙政发〔2024〕1号）). */
function whichOne(docLabel: string, place: string, year: number): string {
  const base = `${place}${year}年`;
  const rest = docLabel.startsWith(base) ? docLabel.slice(base.length) : `（${docLabel}）`;
  return rest || '';
}

export interface FigureStats {
  count: number;
  min: number;
  median: number;
  max: number;
}

export interface FigureGroup {
  /** a province or city name, or the label for places of no known province */
  name: string;
  /** the row's name, saying whose figures it holds: 湖北省（本级）, 湖北省·下辖3地, 湖北省·本级与下辖3地, 其他地区（2地） */
  label: string;
  /** the place filter that selects the group, null when it cannot be selected */
  place: string | null;
  /** the province's (city's) own target(s): its own report, never mixed with the places inside it */
  own: FigureStats | null;
  /** the places inside it (for unknown provinces: every place), summarised */
  inside: FigureStats | null;
  /** what the row is ranked by: the own figure's median, else the places' */
  rank: number;
}

function stats(values: number[]): FigureStats | null {
  if (values.length === 0) return null;
  const v = values.slice().sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
  return { count: v.length, min: v[0]!, median: Math.round(median * 1000) / 1000, max: v[v.length - 1]! };
}

/**
 * Figures summarised by the provinces they lie in, or by cities when all lie in one province; null
 * when they all lie in one city (nothing to group by). A province's (city's) own figure is never
 * mixed with those of the places inside it: the row keeps the two apart and its label says which it
 * holds.
 */
export function groupFigures(rows: readonly PlaceFigure[], unknown = '其他地区'): { level: 'province' | 'city'; groups: FigureGroup[] } | null {
  const provinces = new Set(rows.map((r) => r.province));
  const cities = new Set(rows.map((r) => r.city ?? r.place));
  const level = provinces.size > 1 ? 'province' : cities.size > 1 ? 'city' : null;
  if (!level) return null;
  const by = new Map<string | null, { own: number[]; inside: number[] }>();
  for (const r of rows) {
    const k = level === 'province' ? r.province : (r.city ?? r.place);
    const g = by.get(k) ?? { own: [], inside: [] };
    by.set(k, g);
    (k !== null && r.place === k ? g.own : g.inside).push(r.entry.value!);
  }
  const groups = Array.from(by, ([place, v]): FigureGroup => {
    const own = stats(v.own);
    const inside = stats(v.inside);
    const name = place ?? unknown;
    const n = inside?.count ?? 0;
    const ownPart = own && own.count > 1 ? `本级${own.count}份` : '本级';
    const label = place === null ? `${name}（${n}地）` : !inside ? `${name}（${ownPart}）` : own ? `${name}·${ownPart}与下辖${n}地` : `${name}·下辖${n}地`;
    return { name, label, place, own, inside, rank: (own ?? inside)!.median };
  }).sort((a, b) => Number(a.place === null) - Number(b.place === null) || b.rank - a.rank || compareZh(a.label, b.label));
  return { level, groups };
}
