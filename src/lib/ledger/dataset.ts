// The ledger over the dashboard's data: every task of every ledger document (a notice with
// responsibilities, accountable.ts) assessed once per change of data, ledger rows or day. A report's
// tasks are not judged: no light, no assumed 完成时限. Pure; App derives it and hands it down.
import type { DeadlineRule, ProgressEntry } from '../model/ledger';
import type { Dataset } from '../model/rows';
import { assessTasksWork, type AssessedTask } from './assess';
import { runAll, type Sliced } from '../time/slices';
import type { Light } from './lights';
import { rulesInForce } from './rulesInForce';
import { ledgerDocIds } from './accountable';

export interface LedgerData {
  /** The tasks of the ledger documents only. */
  tasks: AssessedTask[];
  /** The documents judged (ledgerDocIds). */
  docIds: Set<string>;
  byId: Map<string, AssessedTask>;
  lightOf: Map<string, Light>;
  /** The rules in force per document (parsed and the clerk's). */
  rulesByDoc: Map<string, DeadlineRule[]>;
  today: string;
}

export function assessDataset(all: Dataset, rows: { entries: readonly ProgressEntry[]; rules: readonly DeadlineRule[] }, today: string): LedgerData {
  return runAll(assessDatasetWork(all, rows, today));
}

/** assessDataset as work that pauses between pieces (time/slices.ts): ≈ 0.5 s at 1,000 documents. */
export function* assessDatasetWork(all: Dataset, rows: { entries: readonly ProgressEntry[]; rules: readonly DeadlineRule[] }, today: string): Sliced<LedgerData> {
  const docIds = ledgerDocIds(all.documents, all.tasks);
  const documents = all.documents.filter((d) => docIds.has(d.id));
  const ledgerTasks = all.tasks.filter((t) => docIds.has(t.docId));
  const tasksByDoc = new Map<string, Dataset['tasks']>();
  for (const t of ledgerTasks) {
    const list = tasksByDoc.get(t.docId);
    if (list) list.push(t);
    else tasksByDoc.set(t.docId, [t]);
  }
  const rulesByDoc = new Map(documents.map((d) => [d.id, rulesInForce(d, tasksByDoc.get(d.id) ?? [], rows.rules)]));
  const tasks = yield* assessTasksWork({ documents, tasks: ledgerTasks, entries: rows.entries, rulesByDoc, today });
  return {
    tasks,
    docIds,
    byId: new Map(tasks.map((t) => [t.task.id, t])),
    lightOf: new Map(tasks.map((t) => [t.task.id, t.pace.light])),
    rulesByDoc,
    today,
  };
}
