// Main targets (主要预期目标) side by side across documents: one row per indicator, one entry per
// document. Percentage indicators can share an axis; the others (万吨, 万人 …) and qualitative
// targets (与经济增长同步) are listed, never dropped.
import type { TargetRow } from '../model/rows';
import { formatValue, metricKey, normalizeMetric } from './metrics';
import type { Scope } from './scope';

export interface TargetEntry {
  docId: string;
  docLabel: string;
  metric: string;
  value: number | null;
  /** the higher end the document reaches for: 力争 stretch, or the top of a range */
  upper: number | null;
  upperKind: 'stretch' | 'range' | null;
  unit: string | null;
  qualifier: string | null;
  verb: string | null;
  /** the words the target was read from */
  text: string;
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
    docId: t.docId, docLabel, metric: t.metric, value: t.value,
    upper: t.stretch ?? t.valueMax, upperKind, unit: t.unit, qualifier: t.qualifier, verb: t.verb, text: t.text, taskId: t.taskId,
  };
}

export function mainTargets(sc: Scope): MainTargets {
  const docs = sc.docsInView.filter((d) => sc.ds.targets.some((t) => t.docId === d.id && t.scope === 'main'));
  const order = new Map(docs.map((d, i) => [d.id, i]));
  const rows = new Map<string, MetricRow>();
  const qualitative: TargetEntry[] = [];
  const targets = sc.ds.targets.filter((t) => t.scope === 'main' && order.has(t.docId))
    .sort((a, b) => order.get(a.docId)! - order.get(b.docId)! || a.span.start - b.span.start);
  for (const t of targets) {
    const e = entry(t, sc.labels.get(t.docId) ?? t.docId);
    if (t.value === null) { qualitative.push(e); continue; }
    const key = metricKey(t.metric, t.unit);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key, label: normalizeMetric(t.metric), unit: t.unit, entries: [] }));
    // One entry per document and indicator: the first statement counts.
    if (!row.entries.some((x) => x.docId === t.docId)) row.entries.push(e);
  }
  const sorted = Array.from(rows.values()).sort((a, b) => b.entries.length - a.entries.length);
  return {
    docs: docs.map((d) => ({ id: d.id, label: sc.labels.get(d.id) ?? d.id })),
    percent: sorted.filter((r) => r.unit === '%'),
    other: sorted.filter((r) => r.unit !== '%'),
    qualitative,
  };
}

/** A target as one readable line: 地区生产总值 增长8%（力争9%）. */
export function describeTarget(e: TargetEntry): string {
  if (e.value === null) return e.text || e.metric;
  const q = e.qualifier && e.qualifier !== '力争' ? e.qualifier : '';
  const main = `${formatValue(e.value, e.unit)}${q}`;
  const upper = e.upper === null ? '' : e.upperKind === 'range' ? `—${formatValue(e.upper, e.unit)}` : `（力争${formatValue(e.upper, e.unit)}）`;
  return `${normalizeMetric(e.metric)} ${e.verb ?? ''}${main}${upper}`.replace(/\s+$/, '');
}
