// The national figure as a reference: when the State Council's report (jurisdictionLevel 'country') of a
// year is loaded, an indicator compared across the places below the country is read against the
// national target of that year (地区生产总值 ≡ 国内生产总值, metrics.ts) — a reference line in the
// comparisons, not one more place. Taken from the whole dataset: a filter on some provinces still
// compares them with the country. Pure.
import type { Dataset, DocumentInfo } from '../model/rows';
import { metricKey } from './metrics';
import type { Scope } from './scope';
import { formatTarget } from './targetText';

export interface NationalFigure {
  docId: string;
  year: number;
  /** metricKey (地区生产总值|%) */
  key: string;
  value: number;
  /** the 力争 value or the top of a range, null when none */
  upper: number | null;
  /** the sentence stating it */
  text: string;
  /** as the reference line is labelled: 全国：增长5%左右 (the report's own wording) */
  label: string;
}

/** A report of the country (not a notice that splits it into tasks). */
export function isNational(d: Pick<DocumentInfo, 'meta'>): boolean {
  return d.meta.jurisdictionLevel === 'country' && d.meta.kind !== 'notice';
}

const figureKey = (year: number, key: string) => `${year}\u0000${key}`;
const known = new WeakMap<Dataset, Map<string, NationalFigure>>();

/** Every national main target with a number, by year and indicator (the first one stated counts). */
export function nationalFigures(all: Dataset): Map<string, NationalFigure> {
  let m = known.get(all);
  if (m) return m;
  m = new Map();
  known.set(all, m);
  const national = new Map(all.documents.filter(isNational).map((d) => [d.id, d]));
  if (national.size === 0) return m;
  const targets = all.targets.filter((t) => t.scope === 'main' && t.value !== null && national.has(t.docId)).sort((a, b) => a.span.start - b.span.start);
  for (const t of targets) {
    const year = t.year ?? national.get(t.docId)?.meta.year ?? null;
    if (year === null) continue;
    const key = metricKey(t.metric, t.unit);
    const k = figureKey(year, key);
    if (m.has(k)) continue;
    m.set(k, { docId: t.docId, year, key, value: t.value as number, upper: t.stretch ?? t.valueMax, text: t.text, label: `全国：${formatTarget(t, 'table')}` });
  }
  return m;
}

/** Whether the documents in view include a place below the country (something to compare with it). */
export function placesBelowCountry(sc: Pick<Scope, 'docsInView'>): boolean {
  return sc.docsInView.some((d) => !isNational(d));
}

/**
 * The national figure to draw as a reference for indicator `key` in `year`: when the scope holds places
 * below the country and the national report of that year is loaded and states the indicator; else null.
 */
export function nationalReference(sc: Pick<Scope, 'all' | 'docsInView'>, key: string, year: number): NationalFigure | null {
  if (!placesBelowCountry(sc)) return null;
  return nationalFigures(sc.all).get(figureKey(year, key)) ?? null;
}
