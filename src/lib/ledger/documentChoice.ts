// Which document the ledger works on when the filter leaves several: the calendar, the 台账 sheet and
// the 通报 each belong to one notice. Pure.
import type { DocumentInfo } from '../model/rows';

/** The candidates: ledger documents in view (`ledgerIds`: notices with responsibilities, accountable.ts)
 * that have tasks. */
export function ledgerDocuments(docsInView: readonly DocumentInfo[], tasks: readonly { docId: string }[], ledgerIds: ReadonlySet<string>): DocumentInfo[] {
  const withTasks = new Set(tasks.map((t) => t.docId));
  return docsInView.filter((d) => withTasks.has(d.id) && ledgerIds.has(d.id));
}

/** The chosen one if it is a candidate; else a notice with reporting deadlines, newest plan year,
 * most tasks; null when there is none. */
export function pickLedgerDocument(candidates: readonly DocumentInfo[], chosen: string | null): DocumentInfo | null {
  const picked = candidates.find((d) => d.id === chosen);
  if (picked) return picked;
  const score = (d: DocumentInfo) => [(d.meta.reportingDeadlines?.length ?? 0) > 0 ? 1 : 0, d.meta.kind === 'notice' ? 1 : 0, d.meta.year ?? 0, d.counts.tasks];
  return (
    [...candidates].sort((a, b) => {
      const x = score(a),
        y = score(b);
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (y[i] as number) - (x[i] as number);
      return a.id.localeCompare(b.id);
    })[0] ?? null
  );
}
