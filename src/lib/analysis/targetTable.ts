// The main targets side by side: one row per indicator, one column per document (place and year), the
// value as printed (增长6.5%左右, 增长8%、力争9%); qualitative targets listed apart, never dropped.
import type { Dataset, TargetRow } from '../model/rows';
import { formatValue, metricKey, normalizeMetric } from './metrics';
import { docLabels, sortDocuments } from './places';

export interface TargetTable {
  columns: { docId: string; label: string }[];
  rows: { key: string; metric: string; cells: ({ text: string; full: string } | null)[] }[];
  qualitative: { id: string; docLabel: string; text: string }[];
}

/** Qualifiers that govern the whole clause, printed before the verb (力争达到7%). */
const CLAUSE_QUALIFIERS = ['力争', '确保'];
/** Qualifiers printed right before the number (超过50%); the others follow it (5%左右, 1200万人以上). */
const PREFIX_QUALIFIERS = ['突破', '超过', '不低于', '不超过', '控制在'];

/** 增长6.5%左右 / 达到146万吨 / 增长8%、力争9% / 3—5个 */
export function formatTarget(t: Pick<TargetRow, 'verb' | 'value' | 'valueMax' | 'unit' | 'qualifier' | 'stretch' | 'text'>): string {
  if (t.value === null) return t.text;
  const q = t.qualifier ?? '';
  const lead = CLAUSE_QUALIFIERS.includes(q) ? q : '';
  const pre = PREFIX_QUALIFIERS.includes(q) ? q : '';
  const post = lead || pre ? '' : q;
  const value = t.valueMax !== null
    ? `${formatValue(t.value, null)}—${formatValue(t.valueMax, t.unit)}`
    : formatValue(t.value, t.unit);
  const stretch = t.stretch !== null ? `、力争${formatValue(t.stretch, t.unit)}` : '';
  return `${lead}${t.verb ?? ''}${pre}${value}${post}${stretch}`;
}

export function buildTargetTable(ds: Pick<Dataset, 'documents' | 'targets'>): TargetTable {
  const main = ds.targets.filter((t) => t.scope === 'main');
  const docIds = new Set(main.map((t) => t.docId));
  const docs = sortDocuments(ds.documents.filter((d) => docIds.has(d.id)));
  const labels = docLabels(docs);
  const col = new Map(docs.map((d, i) => [d.id, i]));
  const rows = new Map<string, TargetTable['rows'][number]>();
  const qualitative: TargetTable['qualitative'] = [];
  for (const t of main) {
    const i = col.get(t.docId);
    if (i === undefined) continue;
    if (t.value === null) {
      qualitative.push({ id: t.id, docLabel: labels.get(t.docId) ?? '', text: t.text });
      continue;
    }
    const key = metricKey(t.metric, t.unit);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key, metric: normalizeMetric(t.metric), cells: docs.map(() => null) }));
    if (row.cells[i] === null) row.cells[i] = { text: formatTarget(t), full: t.text };
  }
  // Indicators that several documents share first, so the comparison reads at the top.
  const filled = (r: TargetTable['rows'][number]) => r.cells.filter(Boolean).length;
  const sorted = Array.from(rows.values()).sort((a, b) => filled(b) - filled(a));
  return { columns: docs.map((d) => ({ docId: d.id, label: labels.get(d.id) ?? d.meta.title })), rows: sorted, qualitative };
}
