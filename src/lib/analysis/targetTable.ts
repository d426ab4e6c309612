// The main targets side by side: one row per indicator, one column per document (place and year), the
// value as printed (增长6.5%左右, 增长8%、力争9%); qualitative targets listed apart, never dropped.
// A view of the same pivot the 主要预期目标对比 chart draws (mainTargets.ts).
import type { Dataset } from '../model/rows';
import { pivotMainTargets } from './mainTargets';
import { docLabels, sortDocuments } from './places';
import { formatTarget } from './targetText';

export interface TargetTable {
  columns: { docId: string; label: string }[];
  rows: { key: string; metric: string; cells: ({ text: string; full: string } | null)[] }[];
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
          return e ? { text: formatTarget(e), full: e.text } : null;
        }),
      };
    }),
    qualitative: pivot.qualitative.map((e) => ({ id: e.id, docLabel: e.docLabel, text: e.text })),
  };
}
