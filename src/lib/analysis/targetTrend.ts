// One indicator across years for one place: what was targeted each year and, where a later report
// says so, what was achieved (2024 target 6.5% vs reported 6.5%).
import { HEADLINE_METRICS, metricKey, normalizeMetric } from './metrics';
import { targetPlace } from './places';
import type { Scope } from './scope';
import { compareZh } from '../text/collate';

export interface TrendPoint {
  year: number;
  value: number;
  upper: number | null;
  /** the 力争 value (增长8%、力争9%), null for a range or an achieved figure */
  stretch: number | null;
  qualifier: string | null;
  text: string;
  docId: string;
  /** an achieved figure the report gives as 预计 / 初步核算, not as final */
  estimate?: boolean;
}

export interface TargetTrend {
  place: string;
  key: string;
  label: string;
  unit: string | null;
  /** every year from the first to the last with data, gaps included */
  years: number[];
  targets: Map<number, TrendPoint>;
  achieved: Map<number, TrendPoint>;
  /** targets of the same year from the place's other documents (a summary beside the report, a second import): said, not dropped */
  otherTargets: TrendPoint[];
}

export interface TrendChoice {
  place: string;
  key: string;
  label: string;
  unit: string | null;
  years: number[];
}

/** A requested trend: a place and an indicator key (metricKey: 地区生产总值|%). */
export interface TrendPick {
  place: string;
  key: string;
}

/**
 * The choice a request stands for among those in view: itself when present; else, for a place in
 * view, its indicator with most years (the request may predate a filter change); else the default,
 * the first choice. Null only when nothing is numeric.
 */
export function resolveTrendChoice(choices: readonly TrendChoice[], pick?: TrendPick | null): TrendChoice | null {
  if (pick) {
    const found = choices.find((c) => c.place === pick.place && c.key === pick.key) ?? choices.find((c) => c.place === pick.place);
    if (found) return found;
  }
  return choices[0] ?? null;
}

const choiceLists = new WeakMap<Scope, TrendChoice[]>();

/** Every (place, indicator) with a numeric target or figure, most years first (one list per scope). */
export function trendChoices(sc: Scope): TrendChoice[] {
  let list = choiceLists.get(sc);
  if (!list) choiceLists.set(sc, (list = findTrendChoices(sc)));
  return list;
}

function findTrendChoices(sc: Scope): TrendChoice[] {
  const placeOf = new Map(sc.docsInView.map((d) => [d.id, targetPlace(d.meta)]));
  const found = new Map<string, TrendChoice>();
  const note = (docId: string, metric: string, unit: string | null, year: number | null, value: number | null) => {
    const place = placeOf.get(docId);
    if (!place || year === null || value === null) return;
    const key = metricKey(metric, unit);
    const id = `${place}\u0000${key}`;
    let c = found.get(id);
    if (!c) found.set(id, (c = { place, key, label: normalizeMetric(metric), unit, years: [] }));
    if (!c.years.includes(year)) c.years.push(year);
  };
  const docYear = new Map(sc.docsInView.map((d) => [d.id, d.meta.year]));
  for (const t of sc.ds.targets) if (t.scope === 'main') note(t.docId, t.metric, t.unit, t.year ?? docYear.get(t.docId) ?? null, t.value);
  for (const a of sc.ds.achievements) note(a.docId, a.metric, a.unit, a.achievedYear ?? null, a.value);
  const placeYears = new Map<string, Set<number>>();
  for (const c of found.values()) {
    const s = placeYears.get(c.place) ?? new Set<number>();
    for (const y of c.years) s.add(y);
    placeYears.set(c.place, s);
    c.years.sort((a, b) => a - b);
  }
  const headline = (c: TrendChoice) => {
    const i = HEADLINE_METRICS.indexOf(c.label);
    return (i < 0 ? HEADLINE_METRICS.length : i) + (c.unit === '%' ? 0 : 0.5);
  };
  return Array.from(found.values()).sort(
    (a, b) =>
      placeYears.get(b.place)!.size - placeYears.get(a.place)!.size ||
      b.years.length - a.years.length ||
      headline(a) - headline(b) ||
      compareZh(a.place, b.place) ||
      compareZh(a.key, b.key),
  );
}

/**
 * The trend for one choice (by default the place with most years, and its indicator with most
 * years, the headline indicators first), or null when there is nothing numeric.
 */
export function targetTrend(sc: Scope, pick?: TrendPick): TargetTrend | null {
  const choices = trendChoices(sc);
  const choice = pick ? choices.find((c) => c.place === pick.place && c.key === pick.key) : choices[0];
  if (!choice) return null;
  const docs = new Map(sc.docsInView.filter((d) => targetPlace(d.meta) === choice.place).map((d) => [d.id, d]));
  const targets = new Map<number, TrendPoint>();
  const achieved = new Map<number, TrendPoint>();
  const otherTargets: TrendPoint[] = [];
  for (const t of sc.ds.targets) {
    const doc = docs.get(t.docId);
    const year = t.year ?? doc?.meta.year ?? null;
    if (!doc || t.scope !== 'main' || t.value === null || year === null || metricKey(t.metric, t.unit) !== choice.key) continue;
    const point = { year, value: t.value, upper: t.stretch ?? t.valueMax, stretch: t.stretch, qualifier: t.qualifier, text: t.text, docId: t.docId };
    const drawn = targets.get(year);
    if (!drawn) targets.set(year, point);
    else if (drawn.docId !== t.docId && !otherTargets.some((o) => o.docId === t.docId && o.year === year)) otherTargets.push(point);
  }
  for (const a of sc.ds.achievements) {
    const year = a.achievedYear ?? null;
    if (!docs.has(a.docId) || a.value === null || year === null || metricKey(a.metric, a.unit) !== choice.key) continue;
    if (!achieved.has(year))
      achieved.set(year, { year, value: a.value, upper: null, stretch: null, qualifier: a.qualifier, text: a.text, docId: a.docId, estimate: a.estimate === true });
  }
  const all = Array.from(new Set([...targets.keys(), ...achieved.keys()])).sort((a, b) => a - b);
  const first = all[0]!,
    last = all[all.length - 1]!;
  // Gaps are shown as gaps, unless a stray year would stretch the axis over decades.
  const years = last - first <= 30 ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : all;
  return { place: choice.place, key: choice.key, label: choice.label, unit: choice.unit, years, targets, achieved, otherTargets };
}
