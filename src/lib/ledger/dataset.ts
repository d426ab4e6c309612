// The ledger over the dashboard's data: every task of every visible document assessed once per change
// of data, ledger rows or day. Pure; App derives it and hands it down.
import type { DeadlineRule, ProgressEntry } from '../model/ledger';
import type { Dataset } from '../model/rows';
import { assessTasksWork, type AssessedTask } from './assess';
import { runAll, type Sliced } from '../time/slices';
import type { Light } from './lights';
import { rulesInForce } from './rulesInForce';

export interface LedgerData {
  tasks: AssessedTask[];
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
  const tasksByDoc = new Map<string, Dataset['tasks']>();
  for (const t of all.tasks) {
    const list = tasksByDoc.get(t.docId);
    if (list) list.push(t);
    else tasksByDoc.set(t.docId, [t]);
  }
  const rulesByDoc = new Map(all.documents.map((d) => [d.id, rulesInForce(d, tasksByDoc.get(d.id) ?? [], rows.rules)]));
  const tasks = yield* assessTasksWork({ documents: all.documents, tasks: all.tasks, entries: rows.entries, rulesByDoc, today });
  return {
    tasks,
    byId: new Map(tasks.map((t) => [t.task.id, t])),
    lightOf: new Map(tasks.map((t) => [t.task.id, t.pace.light])),
    rulesByDoc,
    today,
  };
}
