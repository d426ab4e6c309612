// The reporting rules in force for one document and what follows from them for one task: its schedule
// and the period a new report is for. Pure; state/ledgerActions.ts uses it to date the task list's quick
// reports, the ledger view to show the calendar.
import type { DocumentMeta } from '../model/document';
import type { DeadlineRule, ProgressEntry } from '../model/ledger';
import { calendarStart, planYear, taskSchedule } from './calendar';
import { defaultPeriod } from './entries';
import { effectiveRules, letterOf, parsedRules } from './rules';

export interface RuleDocument {
  id: string;
  meta: Pick<DocumentMeta, 'year' | 'issuedOn' | 'reportingDeadlines'>;
  /** The normalized text (the letter before the first task holds the rules). */
  text: string;
}

/** Parsed rules of the document (re-read from its text each time: a re-parse updates them) merged
 * with the clerk's own for it. */
export function rulesInForce(doc: RuleDocument, docTasks: readonly { span: { start: number } }[], userRules: readonly DeadlineRule[]): DeadlineRule[] {
  const parsed = parsedRules(doc.id, doc.meta, letterOf(doc.text, docTasks)).rules;
  return effectiveRules(
    parsed,
    userRules.filter((r) => r.docId === doc.id),
  );
}

/** The period a report on `today` for `task` is for (see defaultPeriod). */
export function periodForReport(
  doc: RuleDocument,
  docTasks: readonly { span: { start: number } }[],
  task: { category: Parameters<typeof taskSchedule>[0]['category']; leadUnits?: readonly string[] },
  userRules: readonly DeadlineRule[],
  history: readonly ProgressEntry[],
  today: string,
): string | null {
  const year = planYear(doc.meta, today);
  const start = calendarStart(doc.meta, year);
  return defaultPeriod(taskSchedule(task, rulesInForce(doc, docTasks, userRules), year, start), start, history, today, '', task.leadUnits ?? []);
}
