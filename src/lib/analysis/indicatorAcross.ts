// One indicator across places for one year: every place's target (with its stretch or range top) and,
// where a later report gives it, the outcome — ranked, so hundreds of documents compare in one chart.
// Many places are summarised by the province (or city) they lie in: lowest, median, highest.
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
  /** one per place, highest target first */
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
  const seen = new Set<string>();
  for (const e of metric(choice.key)?.entries ?? []) {
    const d = docs.get(e.docId);
    if (!d || d.meta.year !== year || e.value === null) continue;
    const place = targetPlace(d.meta) ?? e.docLabel;
    // One row per place: the first document stating it (reading order) counts.
    if (seen.has(place)) continue;
    seen.add(place);
    const p = places.get(d.id);
    // A notice of the provincial report speaks for the province, wherever it was issued.
    const own = place === d.meta.jurisdiction;
    rows.push({
      place,
      province: own ? (p?.province ?? null) : place,
      city: own ? (p?.city ?? null) : null,
      docId: d.id,
      docLabel: e.docLabel,
      entry: e,
      outcome: outcomes.get(place) ?? null,
    });
  }
  rows.sort((a, b) => b.entry.value! - a.entry.value! || compareZh(a.place, b.place));
  const missing = new Set<string>();
  for (const d of sc.docsInView) {
    const place = d.meta.year === year ? targetPlace(d.meta) : null;
    if (place && !seen.has(place)) missing.add(place);
  }
  return { key: choice.key, label: choice.label, unit: choice.unit, year, years: choice.years, rows, missing: [...missing] };
}

export interface FigureGroup {
  /** a province or city name, or the label for places of no known province */
  name: string;
  /** the place filter that selects the group, null when it cannot be selected */
  place: string | null;
  count: number;
  min: number;
  median: number;
  max: number;
}

/**
 * Figures summarised by the provinces they lie in, or by cities when all lie in one province; null
 * when they all lie in one city (nothing to group by).
 */
export function groupFigures(rows: readonly PlaceFigure[], unknown = '其他地区'): { level: 'province' | 'city'; groups: FigureGroup[] } | null {
  const provinces = new Set(rows.map((r) => r.province));
  const cities = new Set(rows.map((r) => r.city ?? r.place));
  const level = provinces.size > 1 ? 'province' : cities.size > 1 ? 'city' : null;
  if (!level) return null;
  const by = new Map<string | null, number[]>();
  for (const r of rows) {
    const k = level === 'province' ? r.province : (r.city ?? r.place);
    by.set(k, [...(by.get(k) ?? []), r.entry.value!]);
  }
  const groups = Array.from(by, ([k, values]) => {
    const v = values.sort((a, b) => a - b);
    const mid = Math.floor(v.length / 2);
    const median = v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
    return { name: k ?? unknown, place: k, count: v.length, min: v[0]!, median: Math.round(median * 1000) / 1000, max: v[v.length - 1]! };
  }).sort((a, b) => Number(a.place === null) - Number(b.place === null) || b.median - a.median || compareZh(a.name, b.name));
  return { level, groups };
}
