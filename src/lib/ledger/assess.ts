// Everything the ledger knows about each task of the given documents, in one pass: its key, 完成时限,
// reporting schedule, history and pace light, judged on `today`. Pure; the summaries, the 通报 and
// the 台账 sheet all start from this.
import type { DocumentMeta, ResponsibilityGroup, TaskCategory, Deadline } from '../model/document';
import type { DeadlineRule, ProgressEntry } from '../model/ledger';
import { annotationKeys } from '../model/annotationKeys';
import { calendarStart, planYear, taskSchedule, type DueDate } from './calendar';
import { entriesByTask } from './entries';
import { pace, type Pace } from './lights';
import { taskDeadline, type TaskDeadline } from './taskDeadline';
import { runAll, type Sliced } from '../time/slices';

export interface LedgerTask {
  id: string;
  docId: string;
  no: string | null;
  text: string;
  category: TaskCategory;
  leaders: readonly string[];
  leadUnits: readonly string[];
  supportUnits: readonly string[];
  groups: readonly Pick<ResponsibilityGroup, 'deadline'>[];
  deadline: Deadline | null;
}

export interface LedgerDocument {
  id: string;
  meta: Pick<DocumentMeta, 'year' | 'issuedOn' | 'docNumber' | 'title' | 'jurisdiction'>;
}

export interface AssessedTask {
  task: LedgerTask;
  /** The stable key entries are stored under (annotationKeys). */
  key: string;
  deadline: TaskDeadline;
  schedule: DueDate[];
  /** First day of its document's calendar. */
  start: string;
  year: number;
  /** Oldest first. */
  history: ProgressEntry[];
  pace: Pace;
}

/**
 * Assesses every task of `tasks` (pass all tasks of each document: keys depend on the whole list).
 * `rulesByDoc` holds the rules in force per document (effectiveRules).
 */
export function assessTasks(p: {
  documents: readonly LedgerDocument[];
  tasks: readonly LedgerTask[];
  entries: readonly ProgressEntry[];
  rulesByDoc: ReadonlyMap<string, readonly DeadlineRule[]>;
  today: string;
  warnDays?: number;
}): AssessedTask[] {
  return runAll(assessTasksWork(p));
}

/** assessTasks as work that yields its progress every few hundred tasks (time/slices.ts). */
export function* assessTasksWork(p: Parameters<typeof assessTasks>[0]): Sliced<AssessedTask[]> {
  const docs = new Map(p.documents.map((d) => [d.id, d]));
  const history = entriesByTask(p.tasks, p.entries);
  const keys = new Map<string, string>();
  const byDoc = new Map<string, LedgerTask[]>();
  for (const t of p.tasks) {
    const list = byDoc.get(t.docId);
    if (list) list.push(t);
    else byDoc.set(t.docId, [t]);
  }
  for (const list of byDoc.values()) {
    for (const [id, key] of annotationKeys(list)) keys.set(id, key);
    yield 0;
  }

  const out: AssessedTask[] = [];
  for (const [i, task] of p.tasks.entries()) {
    if (i > 0 && i % 500 === 0) yield i / p.tasks.length;
    const meta = docs.get(task.docId)?.meta ?? { year: null, issuedOn: null };
    const year = planYear(meta, p.today);
    const start = calendarStart(meta, year);
    const schedule = taskSchedule(task, p.rulesByDoc.get(task.docId) ?? [], year, start);
    const deadline = taskDeadline(task, year);
    const h = history.get(task.id) ?? [];
    out.push({
      task,
      key: keys.get(task.id) as string,
      deadline,
      schedule,
      start,
      year,
      history: h,
      pace: pace({ schedule, start, deadline, history: h, today: p.today, warnDays: p.warnDays, leadUnits: task.leadUnits }),
    });
  }
  return out;
}
