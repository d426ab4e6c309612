// The supervision office's ledger (督查台账): dated progress entries per task and reporting period,
// 销号 (completion with its date and basis), and the reporting rules of each document (when units must
// report, for which categories of tasks). All of it is user data: a re-parse never touches it.
//
// Entries are keyed like annotations (model/annotationKeys.ts): by document and printed task
// number when that number is unique in its document, otherwise by a hash of the task's text, so an
// entry finds its task again after the document is re-parsed.
import { z } from 'zod';
import { TaskCategory } from './document';
import { TaskStatus } from './annotations';
import { boundedText, CalendarDate, NOTE_MAX, RULE_TEXT_MAX, RULE_WHAT_MAX, Timestamp, UNIT_MAX } from './fields';

/** The one status vocabulary of the app (also the task list's status filter). */
export { TaskStatus };

/** A real calendar day, YYYY-MM-DD (model/fields.ts). */
export const IsoDate = CalendarDate;

/** The longest progress note, evidence or completion basis the forms accept (model/fields.ts). The
 * writes cut a longer one to it (analysis/taskStatus.ts cleanNote), so no stored entry is longer. */
export const ENTRY_TEXT_MAX = NOTE_MAX;
const EntryText = boundedText(ENTRY_TEXT_MAX);

/** 销号: the day the task was completed and what shows it (验收文件, 批复, 现场核查 …). */
export const Completion = z.object({
  date: IsoDate,
  basis: EntryText,
});
export type Completion = z.infer<typeof Completion>;

/** user: written in the ledger; import: from a returned 台账 sheet; annotation: the status and note a
 * task carried before the ledger existed (the upgrade turns each into the first entry of its history). */
export const EntrySource = z.enum(['user', 'import', 'annotation']);
export type EntrySource = z.infer<typeof EntrySource>;

export const ProgressEntryFields = z.object({
  id: z.string().min(1),
  /** The task's key (annotationKeys): `${docId}#no:${no}` or `${docId}#text:${hash}`. */
  key: z.string().min(1),
  docId: z.string().min(1),
  taskNo: z.string().nullable(),
  /** The task's text when the entry was written: shows what it was about even if the task is gone. */
  taskText: z.string(),
  /** The due date of the reporting period this entry answers (YYYY-MM-DD); null when the task has no
   * reporting calendar, then the entry counts for the period its `reportedOn` falls in. */
  period: IsoDate.nullable(),
  /** The day the unit reported (may be after `period`: a late report). */
  reportedOn: IsoDate,
  /** null only for entries carried over from a note that had no status. */
  status: TaskStatus.nullable(),
  note: EntryText,
  /** A reference to the evidence: a document name, a file number or a link, as text (never opened). */
  evidence: EntryText,
  /** Who reported (usually the lead unit); '' when not known. */
  unit: z.string().max(UNIT_MAX),
  /** Required when status is 已完成. */
  completion: Completion.nullable(),
  source: EntrySource,
  /** Entries from a returned 台账: the hash of the sheet's content (ledger/sheetImport.ts sheetHash), so
   * the same file applied again (in this window or another) is recognised and written once. */
  sourceHash: z.string().optional(),
  /** ISO timestamps: written, and last changed (a same-day correction from the task list). */
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const ProgressEntry = ProgressEntryFields.refine((e) => e.status !== '已完成' || e.completion !== null, {
  message: '标为已完成（销号）时须写明完成日期和依据',
  path: ['completion'],
});
export type ProgressEntry = z.infer<typeof ProgressEntry>;

/** A task's history order, oldest first: by the day reported, then by when it was written. */
export function compareEntries(a: ProgressEntry, b: ProgressEntry): number {
  if (a.reportedOn !== b.reportedOn) return a.reportedOn < b.reportedOn ? -1 : 1;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

/** monthly: day `day` of every month; quarterly: day `day` of the last month of each quarter (3, 6, 9,
 * 12月); once: the one date in `dates`; dates: every date in `dates` (4月15日、6月15日…). */
export const ReportingCycle = z.enum(['monthly', 'quarterly', 'once', 'dates']);
export type ReportingCycle = z.infer<typeof ReportingCycle>;

export const CYCLE_LABELS: Record<ReportingCycle, string> = {
  monthly: '每月',
  quarterly: '每季度',
  once: '一次性',
  dates: '指定日期',
};

export const RuleSource = z.enum(['parsed', 'user']);
export type RuleSource = z.infer<typeof RuleSource>;

export const DeadlineRuleFields = z.object({
  /** parsed: `${docId}#parsed:…` (stable across re-parses of the same text); user: any unique id. */
  id: z.string().min(1),
  docId: z.string().min(1),
  cycle: ReportingCycle,
  /** Day of the month for monthly and quarterly rules (31 means the month's last day); null otherwise. */
  day: z.number().int().min(1).max(31).nullable(),
  /** YYYY-MM-DD for once (exactly one) and dates (one or more) rules; [] otherwise. */
  dates: z.array(IsoDate),
  /** The task categories the rule covers; [] covers every task of the document. */
  categories: z.array(TaskCategory),
  /** The date words as printed (每月15日前) or as the clerk wrote them. */
  text: z.string().max(RULE_TEXT_MAX),
  /** Who reports what to whom (the sentence that sets the rule, or the clerk's words). */
  what: z.string().max(RULE_WHAT_MAX),
  /** Days before the due date by which the 责任单位 report to the lead unit (提前5天报牵头单位); null: not set. */
  supportLeadDays: z.number().int().min(0).max(60).nullable(),
  source: RuleSource,
  /** A user rule that corrects a parsed one names it here; the parsed rule is then not used. */
  replaces: z.string().nullable(),
  /** false switches the rule off (a user rule with `replaces` and active false removes a parsed rule). */
  active: z.boolean(),
  /** ISO timestamp */
  updatedAt: Timestamp,
});

export const DeadlineRule = DeadlineRuleFields.superRefine((r, ctx) => {
  if ((r.cycle === 'monthly' || r.cycle === 'quarterly') && r.day === null) {
    ctx.addIssue({ code: 'custom', path: ['day'], message: '按月或按季度报送须写明每期的日期（几日前）' });
  }
  if (r.cycle === 'once' && r.dates.length !== 1) {
    ctx.addIssue({ code: 'custom', path: ['dates'], message: '一次性报送须有且只有一个日期' });
  }
  if (r.cycle === 'dates' && r.dates.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['dates'], message: '指定日期报送须至少有一个日期' });
  }
});
export type DeadlineRule = z.infer<typeof DeadlineRule>;
