// A sheet per lead unit: the units that lead any of a document's tasks, each with the rows it leads
// and those it assists (buildSheet marks them 配合). Pure; export/unitSheetsZip.ts writes them.
import type { AssessedTask, LedgerDocument } from './assess';
import { buildSheet, type LedgerSheet } from './sheet';

/** Every lead unit of the document's tasks, most tasks first, then by name. */
export function leadUnits(tasks: readonly AssessedTask[], docId: string): string[] {
  const counts = new Map<string, number>();
  for (const t of tasks) if (t.task.docId === docId) for (const u of t.task.leadUnits) counts.set(u, (counts.get(u) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN')).map(([u]) => u);
}

/** One sheet per lead unit, as of `asOf`. */
export function unitSheets(p: { document: LedgerDocument; tasks: readonly AssessedTask[]; asOf: string }): LedgerSheet[] {
  return leadUnits(p.tasks, p.document.id).map((unit) => buildSheet({ document: p.document, tasks: p.tasks, asOf: p.asOf, unit }));
}
