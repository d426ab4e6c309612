// Main targets (主要预期目标) side by side across documents: one row per indicator, one entry per
// document. Percentage indicators can share an axis; the others (万吨, 万人 …) and qualitative
// targets (与经济增长同步) are listed, never dropped. The one pivot behind the chart and the table.
import type { DocumentInfo, TargetRow } from '../model/rows';
import { metricKey, normalizeMetric } from './metrics';
import type { Scope } from './scope';
import type { TargetFigure } from './targetText';

export interface TargetEntry extends TargetFigure {
  id: string;
  docId: string;
  docLabel: string;
  metric: string;
  /** the higher end the document reaches for: 力争 stretch, or the top of a range */
  upper: number | null;
  upperKind: 'stretch' | 'range' | null;
  /** the task stating it (main targets of a notice are tasks), null in a report */
  taskId: string | null;
}

export interface MetricRow {
  key: string;
  label: string;
  unit: string | null;
  entries: TargetEntry[];
}

export interface MainTargets {
  docs: Array<{ id: string; label: string }>;
  /** every indicator with a number, most widely stated first */
  metrics: MetricRow[];
  /** indicators in %, most widely stated first */
  percent: MetricRow[];
  /** indicators in other units */
  other: MetricRow[];
  /** targets without a number */
  qualitative: TargetEntry[];
}

function entry(t: TargetRow, docLabel: string): TargetEntry {
  const upperKind = t.stretch !== null ? 'stretch' : t.valueMax !== null ? 'range' : null;
  return {
    id: t.id,
    docId: t.docId,
    docLabel,
    metric: t.metric,
    verb: t.verb,
    value: t.value,
    valueMax: t.valueMax,
    stretch: t.stretch,
    upper: t.stretch ?? t.valueMax,
    upperKind,
    unit: t.unit,
    qualifier: t.qualifier,
    text: t.text,
    taskId: t.taskId,
  };
}

/** The main targets of `docs` (in the order given) among `targets`, one entry per document and indicator. */
export function pivotMainTargets(docs: readonly DocumentInfo[], targets: readonly TargetRow[], labels: ReadonlyMap<string, string>): MainTargets {
  // One pass over the targets, then lookups: linear in documents + targets (1,000 documents hold ≈ 70,000).
  const withMain = new Set<string>();
  for (const t of targets) if (t.scope === 'main') withMain.add(t.docId);
  const withTargets = docs.filter((d) => withMain.has(d.id));
  const order = new Map(withTargets.map((d, i) => [d.id, i]));
  const rows = new Map<string, MetricRow>();
  const seen = new Map<string, Set<string>>();
  const qualitative: TargetEntry[] = [];
  const main = targets.filter((t) => t.scope === 'main' && order.has(t.docId)).sort((a, b) => order.get(a.docId)! - order.get(b.docId)! || a.span.start - b.span.start);
  const keys = new Map<string, string>();
  for (const t of main) {
    const e = entry(t, labels.get(t.docId) ?? t.docId);
    if (t.value === null) {
      qualitative.push(e);
      continue;
    }
    const raw = `${t.metric}\u0000${t.unit ?? ''}`;
    let key = keys.get(raw);
    if (key === undefined) keys.set(raw, (key = metricKey(t.metric, t.unit)));
    let row = rows.get(key);
    if (!row) {
      rows.set(key, (row = { key, label: normalizeMetric(t.metric), unit: t.unit, entries: [] }));
      seen.set(key, new Set());
    }
    // One entry per document and indicator: the first statement counts.
    const docs = seen.get(key)!;
    if (!docs.has(t.docId)) {
      docs.add(t.docId);
      row.entries.push(e);
    }
  }
  const metrics = Array.from(rows.values()).sort((a, b) => b.entries.length - a.entries.length);
  return {
    docs: withTargets.map((d) => ({ id: d.id, label: labels.get(d.id) ?? d.id })),
    metrics,
    percent: metrics.filter((r) => r.unit === '%'),
    other: metrics.filter((r) => r.unit !== '%'),
    qualitative,
  };
}

const pivots = new WeakMap<Scope, MainTargets>();

/** The pivot of the scope's main targets; the chart, its picker and the table share one per scope. */
export function mainTargets(sc: Scope): MainTargets {
  let p = pivots.get(sc);
  if (!p) pivots.set(sc, (p = pivotMainTargets(sc.docsInView, sc.ds.targets, sc.labels)));
  return p;
}
