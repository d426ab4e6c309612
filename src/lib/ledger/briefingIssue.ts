// The fields of a 督查通报 the office fills in (model/briefing.ts): for a round already issued, as
// stored; for a new one, carried over from the notice's latest issue (the 文号 prefix, 主送, 落款 and
// 版记 are entered once) with the next issue number, else sensible defaults drawn from the notice. Pure.
import type { BriefingIssue } from '../model/briefing';
import { briefingIssueId, ISSUE_NO_MAX } from '../model/briefing';
import { isCalendarDate } from '../model/fields';
import type { LedgerDocument } from './assess';

export type IssueFields = Pick<BriefingIssue, 'prefix' | 'issueNo' | 'recipients' | 'title' | 'office' | 'signedOn' | 'copyTo' | 'printer' | 'printedOn' | 'nextSteps'>;

export const DEFAULT_RECIPIENTS = '各县（市、区）人民政府，市政府各部门';
export const DEFAULT_COPY_TO = '市委办公室，市人大常委会办公室，市政协办公室';

/** 随政办发〔2024〕2号 → 随政督通〔2024〕: the place's one-character short name of the notice's 文号. */
export function defaultPrefix(docNumber: string | null, year: number): string {
  const m = docNumber ? /^(\p{Script=Han}{1,2}?)政/u.exec(docNumber.trim()) : null;
  return m ? `${m[1]}政督通〔${year}〕` : `督查通报〔${year}〕`;
}

/** 关于2024年《政府工作报告》重点工作任务推进情况的通报 */
export function defaultTitle(year: number | null): string {
  return `关于${year ?? ''}年《政府工作报告》重点工作任务推进情况的通报`;
}

export function defaultOffice(place: string): string {
  return `${place || '市'}人民政府督查室`;
}

export interface IssueChoice {
  fields: IssueFields;
  /** The stored row of this round, if any (its updatedAt guards a save against another window's). */
  stored: BriefingIssue | null;
}

/** The fields for `round`: stored, or carried over from the notice's latest issue, or defaults. */
export function issueFor(p: { document: LedgerDocument; year: number; round: string; issues: readonly BriefingIssue[]; today: string }): IssueChoice {
  const mine = p.issues.filter((i) => i.docId === p.document.id);
  const stored = mine.find((i) => i.id === briefingIssueId(p.document.id, p.round)) ?? null;
  if (stored) return { stored, fields: pick(stored) };
  const latest = [...mine].sort((a, b) => b.issueNo - a.issueNo || (a.updatedAt < b.updatedAt ? 1 : -1))[0];
  const place = p.document.meta.jurisdiction ?? '';
  const office = latest?.office ?? defaultOffice(place);
  return {
    stored: null,
    fields: {
      prefix: latest?.prefix ?? defaultPrefix(p.document.meta.docNumber, p.year),
      issueNo: latest ? Math.min(latest.issueNo + 1, 999) : 1,
      recipients: latest?.recipients ?? DEFAULT_RECIPIENTS,
      title: '',
      office,
      signedOn: p.today,
      copyTo: latest?.copyTo ?? DEFAULT_COPY_TO,
      printer: latest?.printer ?? office,
      printedOn: p.today,
      nextSteps: '',
    },
  };
}

function pick(i: BriefingIssue): IssueFields {
  return {
    prefix: i.prefix,
    issueNo: i.issueNo,
    recipients: i.recipients,
    title: i.title,
    office: i.office,
    signedOn: i.signedOn,
    copyTo: i.copyTo,
    printer: i.printer,
    printedOn: i.printedOn,
    nextSteps: i.nextSteps,
  };
}

/** The row to store for `round` with these fields. */
export function issueRow(docId: string, round: string, f: IssueFields): Omit<BriefingIssue, 'updatedAt'> {
  return { id: briefingIssueId(docId, round), docId, round, ...f };
}

/** What is wrong with the fields as the clerk filled them, in words; null when they can be issued. */
export function issueProblem(f: IssueFields): string | null {
  if (f.prefix.trim() === '') return '请填写文号前缀（如 随政督通〔2024〕）。';
  if (!Number.isInteger(f.issueNo) || f.issueNo < 1 || f.issueNo > ISSUE_NO_MAX) return `期号应为 1 至 ${ISSUE_NO_MAX} 的整数。`;
  if (f.recipients.trim() === '') return '请填写主送机关。';
  if (f.office.trim() === '') return '请填写落款单位。';
  if (!isCalendarDate(f.signedOn)) return '成文日期无效，请选择日期。';
  if (!isCalendarDate(f.printedOn)) return '印发日期无效，请选择日期。';
  if (f.printedOn < f.signedOn) return '印发日期不能早于成文日期。';
  return null;
}
