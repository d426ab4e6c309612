// Which documents the ledger judges. A research corpus is not a ledger: the tasks of a 政府工作报告 are
// the year's work, not assignments, so they get no pace light, no assumed 完成时限 and no place in the
// leader and unit charts. Only a notice whose tasks name who is responsible (责任领导, 牵头单位 or
// 责任单位) is a ledger; the supervision office's notice keeps everything it had. Pure.
import type { DocumentKind } from '../model/document';

/** What the page says where a researcher would look for lights or responsibility charts. */
export const NO_RESPONSIBILITY = '所选范围内没有分解通知，无责任分工';

interface ResponsibleTask {
  docId: string;
  leaders: readonly string[];
  leadUnits: readonly string[];
  supportUnits: readonly string[];
}

export function carriesResponsibility(t: Omit<ResponsibleTask, 'docId'>): boolean {
  return t.leaders.length > 0 || t.leadUnits.length > 0 || t.supportUnits.length > 0;
}

/** The ids of the documents that are ledgers: notices with at least one task carrying responsibility. */
export function ledgerDocIds(documents: readonly { id: string; meta: { kind: DocumentKind } }[], tasks: readonly ResponsibleTask[]): Set<string> {
  const notices = new Set(documents.filter((d) => d.meta.kind === 'notice').map((d) => d.id));
  const out = new Set<string>();
  for (const t of tasks) if (notices.has(t.docId) && !out.has(t.docId) && carriesResponsibility(t)) out.add(t.docId);
  return out;
}

const known = new WeakMap<object, WeakMap<readonly ResponsibleTask[], Set<string>>>();

/** ledgerDocIds, kept per dataset (its rows do not change in place). */
export function ledgerDocIdsOf(ds: { documents: readonly { id: string; meta: { kind: DocumentKind } }[]; tasks: readonly ResponsibleTask[] }): Set<string> {
  let byTasks = known.get(ds.documents);
  if (!byTasks) known.set(ds.documents, (byTasks = new WeakMap()));
  let ids = byTasks.get(ds.tasks);
  if (!ids) byTasks.set(ds.tasks, (ids = ledgerDocIds(ds.documents, ds.tasks)));
  return ids;
}

/** Whether any of the documents in view is a ledger (a notice with responsibilities). */
export function ledgerInView(sc: { all: Parameters<typeof ledgerDocIdsOf>[0]; docsInView: readonly { id: string }[] }): boolean {
  const ids = ledgerDocIdsOf(sc.all);
  return ids.size > 0 && sc.docsInView.some((d) => ids.has(d.id));
}
