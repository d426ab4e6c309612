// A 督查通报 as the office issued it for one reporting round of one notice: its own 文号 (a prefix
// entered once and the issue number 第N期), 主送, title, 落款, 版记 and the 下一步要求 the clerk wrote.
// A user table (db/userTables.ts): in every backup, removed with its notice, never touched by a re-parse.
import { z } from 'zod';
import { boundedText, CalendarDate, NOTE_MAX, Timestamp } from './fields';

/** The longest 文号 prefix, office or 印发机关 name. */
export const BRIEFING_NAME_MAX = 60;
/** The longest 主送 or 抄送 line, or title. */
export const BRIEFING_LINE_MAX = 300;
/** The longest 下一步要求 (a few numbered paragraphs). */
export const BRIEFING_TEXT_MAX = 2 * NOTE_MAX;
/** The highest issue number. */
export const ISSUE_NO_MAX = 999;

export const BriefingIssue = z.object({
  /** `${docId}#${round}`: one 通报 per notice and round. */
  id: z.string().min(1),
  docId: z.string().min(1),
  /** The due date of the round the 通报 judges. */
  round: CalendarDate,
  /** 随政督通〔2024〕 — the 文号 reads prefix + 第N期. */
  prefix: boundedText(BRIEFING_NAME_MAX),
  issueNo: z.number().int().min(1).max(ISSUE_NO_MAX),
  /** 主送 */
  recipients: boundedText(BRIEFING_LINE_MAX),
  /** '' = the title drawn from the notice. */
  title: boundedText(BRIEFING_LINE_MAX),
  /** 落款: the issuing office and the date. */
  office: boundedText(BRIEFING_NAME_MAX),
  signedOn: CalendarDate,
  /** 版记: 抄送, 印发机关 and 印发日期. */
  copyTo: boundedText(BRIEFING_LINE_MAX),
  printer: boundedText(BRIEFING_NAME_MAX),
  printedOn: CalendarDate,
  /** 下一步要求, one requirement per line. */
  nextSteps: boundedText(BRIEFING_TEXT_MAX),
  updatedAt: Timestamp,
});
export type BriefingIssue = z.infer<typeof BriefingIssue>;

export const briefingIssueId = (docId: string, round: string) => `${docId}#${round}`;
