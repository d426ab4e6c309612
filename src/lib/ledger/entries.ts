// Progress entries: matched to tasks by their stable key, ordered into a history, checked when the clerk
// writes one, and the annotation a task carried before the ledger turned into its first entry. Pure.
import { annotationKeys, type TaskIdentity } from '../model/annotationKeys';
import { cleanNote } from '../analysis/taskStatus';
import type { AnnotationRow } from '../model/annotations';
import { compareEntries, ProgressEntry, type Completion, type EntrySource, type TaskStatus } from '../model/ledger';
import type { DueDate, Period } from './calendar';
import { isValidIsoDate } from './dates';
import { defaultRound, fileReports, roundsOf } from './rounds';

/**
 * Each task's history (oldest first), by global task id. Pass every task of each document, not a
 * filtered subset: whether a printed number is unique is judged within the list (as for annotations).
 */
export function entriesByTask(tasks: readonly TaskIdentity[], entries: readonly ProgressEntry[]): Map<string, ProgressEntry[]> {
  const byKey = new Map<string, ProgressEntry[]>();
  for (const e of entries) {
    const list = byKey.get(e.key);
    if (list) list.push(e);
    else byKey.set(e.key, [e]);
  }
  const byDoc = new Map<string, TaskIdentity[]>();
  for (const t of tasks) {
    const list = byDoc.get(t.docId);
    if (list) list.push(t);
    else byDoc.set(t.docId, [t]);
  }
  const out = new Map<string, ProgressEntry[]>();
  for (const list of byDoc.values()) {
    for (const [taskId, key] of annotationKeys(list)) {
      const found = byKey.get(key);
      if (found) out.set(taskId, [...found].sort(compareEntries));
    }
  }
  return out;
}

/** The current state of a task is its latest entry. */
export function latestEntry(history: readonly ProgressEntry[] | undefined): ProgressEntry | null {
  if (!history || history.length === 0) return null;
  return history.reduce((a, b) => (compareEntries(a, b) <= 0 ? b : a));
}

/** Whether `entry` reports for `period`: it names that period, or it names none and was made in it. */
export function answers(entry: Pick<ProgressEntry, 'period' | 'reportedOn'>, period: Period): boolean {
  if (entry.period !== null) return entry.period === period.due;
  return entry.reportedOn >= period.start && entry.reportedOn <= period.due;
}

/** The latest entry of `history` that reports for `period`. */
export function entryFor(history: readonly ProgressEntry[] | undefined, period: Period | null): ProgressEntry | null {
  if (!period || !history) return null;
  return latestEntry(history.filter((e) => answers(e, period)));
}

/** A report after its period's due date. */
export function isLate(entry: Pick<ProgressEntry, 'period' | 'reportedOn'>): boolean {
  return entry.period !== null && entry.reportedOn > entry.period;
}

/**
 * The period a new report made on `date` (by `unit`, if known) belongs to by default: rounds.ts
 * defaultRound, given the task's history filed to its rounds; null when the schedule has no round for
 * it. The clerk can always change it.
 */
export function defaultPeriod(
  schedule: readonly DueDate[],
  start: string,
  history: readonly ProgressEntry[],
  date: string,
  unit = '',
  leadUnits: readonly string[] = [],
): string | null {
  const rounds = roundsOf(schedule, start);
  return defaultRound(rounds, fileReports(rounds, history, leadUnits), date, unit)?.due ?? null;
}

/**
 * The time to record as a row's last change: `now`, or a millisecond after `previous` when the clock
 * says otherwise (a clock set back, two saves in one millisecond), so that every change of a row moves
 * its `updatedAt` on and a form can tell the version it opened from any later one.
 */
export function changedAt(previous: string | null | undefined, now: string): string {
  if (!previous || now > previous) return now;
  const t = Date.parse(previous);
  return Number.isNaN(t) ? now : new Date(t + 1).toISOString();
}

export interface EntryInput {
  task: TaskIdentity;
  /** The task's key (see annotationKeys). */
  key: string;
  period: string | null;
  reportedOn: string;
  status: TaskStatus | null;
  note: string;
  evidence?: string;
  unit?: string;
  /** Required with status 已完成 (销号). */
  completion?: Completion | null;
  source: EntrySource;
  /** The returned sheet an imported entry came from (ProgressEntry.sourceHash). */
  sourceHash?: string;
}

export type EntryResult = { ok: true; entry: ProgressEntry } | { ok: false; reason: string };

/** A progress entry from the clerk's form or an imported row. Never throws; reasons in Chinese. */
export function makeEntry(input: EntryInput, o: { id: string; createdAt: string }): EntryResult {
  if (!isValidIsoDate(input.reportedOn)) return { ok: false, reason: '报送日期无效，请写作 YYYY-MM-DD' };
  if (input.period !== null && !isValidIsoDate(input.period)) return { ok: false, reason: '报送期无效' };
  const note = cleanNote(input.note);
  const evidence = cleanNote(input.evidence ?? '');
  if (input.status === null && note === '') return { ok: false, reason: '请选择状态或填写进展' };
  let completion: Completion | null = null;
  if (input.status === '已完成') {
    const c = input.completion;
    if (!c || !isValidIsoDate(c.date)) return { ok: false, reason: '销号须填写完成日期（YYYY-MM-DD）' };
    const basis = cleanNote(c.basis);
    if (basis === '') return { ok: false, reason: '销号须写明完成依据（如验收文件、批复文号）' };
    if (c.date > input.reportedOn) return { ok: false, reason: '完成日期不能晚于报送日期' };
    completion = { date: c.date, basis };
  }
  const parsed = ProgressEntry.safeParse({
    id: o.id,
    key: input.key,
    docId: input.task.docId,
    taskNo: input.task.no,
    taskText: input.task.text,
    period: input.period,
    reportedOn: input.reportedOn,
    status: input.status,
    note,
    evidence,
    unit: (input.unit ?? '').trim(),
    completion,
    source: input.source,
    ...(input.sourceHash === undefined ? {} : { sourceHash: input.sourceHash }),
    createdAt: o.createdAt,
    updatedAt: o.createdAt,
  });
  if (!parsed.success) return { ok: false, reason: parsed.error.issues[0]?.message ?? '进展记录不完整' };
  return { ok: true, entry: parsed.data };
}

/** The task list's view of the ledger: each task's current status and note (its latest entry), one
 * row per task key, shaped like the annotations that held them before the ledger. */
export function currentRows(entries: readonly ProgressEntry[]): AnnotationRow[] {
  const latest = new Map<string, ProgressEntry>();
  for (const e of entries) {
    const had = latest.get(e.key);
    if (!had || compareEntries(had, e) < 0) latest.set(e.key, e);
  }
  return [...latest.values()].map((e) => ({
    key: e.key,
    docId: e.docId,
    taskNo: e.taskNo,
    taskText: e.taskText,
    status: e.status,
    note: e.note,
    updatedAt: e.updatedAt,
  }));
}
