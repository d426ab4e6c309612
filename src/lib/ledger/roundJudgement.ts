// How a 督查通报 judges one reporting round, as of that round's deadline (never as of today): which
// lead unit reported for it on time, late or not at all, which reports said 滞后, which tasks were on
// pace, which were done. Every rule of that judgement is here, so the 通报 and its tests read one
// place. Pure.
//
// A report belongs to the round rounds.ts files it to (the round it names; else the round open on its
// day, or the missed round just closed when its day is nearer that one's deadline). It is on time up to
// and including the deadline day, late from the day after. A joint task (共同牵头) owes a report from
// each lead unit: a report naming its unit counts for that unit only; a report naming no unit counts
// for every lead unit of the task.
import type { ProgressEntry } from '../model/ledger';
import type { Period } from './calendar';
import { latestEntry } from './entries';
import { fileReports, roundsOf, type Filed } from './rounds';
import type { DueDate } from './calendar';

export type RoundVerdict = 'on-time' | 'late' | 'missing';

/** A unit's name as the lead units are named (the canonical name: 市经信局 → 市经济和信息化局). */
export type UnitName = (written: string) => string;
const same: UnitName = (u) => u;

/** A task's reports, each filed to its round (rounds.ts: the one place that decides). */
export function filedReports(t: { schedule: readonly DueDate[]; start: string; history: readonly ProgressEntry[] }, leadUnits: readonly string[] = []): Filed[] {
  return fileReports(roundsOf(t.schedule, t.start), t.history, leadUnits);
}

/** The units a report names: 市发改委、市财政局 (the form's default for a joint task) names both. */
export function reportingUnits(entry: Pick<ProgressEntry, 'unit'>, canon: UnitName = same): string[] {
  return entry.unit
    .split(/[、，,；;\s]+/)
    .map((u) => u.trim())
    .filter(Boolean)
    .map(canon);
}

/** Whether a report counts for `unit` (a report naming no unit counts for every lead unit). */
export function reportsFor(entry: Pick<ProgressEntry, 'unit'>, unit: string, canon: UnitName = same): boolean {
  const by = reportingUnits(entry, canon);
  return by.length === 0 || by.includes(unit);
}

const inRound = (f: Filed, period: Period) => f.round?.due === period.due;

/** The report of `unit` for the round `period` closes: the latest filed to it, by that unit. */
export function roundReport(filed: readonly Filed[], period: Period, unit: string, canon: UnitName = same): ProgressEntry | null {
  return latestEntry(filed.filter((f) => inRound(f, period) && reportsFor(f.entry, unit, canon)).map((f) => f.entry));
}

/** The latest report for the round by any unit (what the task's status for the round is). */
export function roundReportAny(filed: readonly Filed[], period: Period): ProgressEntry | null {
  return latestEntry(filed.filter((f) => inRound(f, period)).map((f) => f.entry));
}

/** On time up to and including the deadline day; late from the day after; missing without a report. */
export function verdictOf(report: Pick<ProgressEntry, 'reportedOn'> | null, period: Period): RoundVerdict {
  if (!report) return 'missing';
  return report.reportedOn <= period.due ? 'on-time' : 'late';
}

/** The round a report counts for when ordering a task's state: its round, else its day. */
const roundOf = (f: Filed) => f.round?.due ?? f.entry.reportedOn;

/**
 * The task's state as of the round: its latest report among those for this round or an earlier one
 * (a late report for this round included; reports for later rounds not).
 */
export function stateAsOf(filed: readonly Filed[], period: Period): ProgressEntry | null {
  return latestEntry(filed.filter((f) => roundOf(f) <= period.due).map((f) => f.entry));
}

/** A task 销号 in an earlier round owes no report for this one. */
export function closedBefore(filed: readonly Filed[], period: Period): boolean {
  return latestEntry(filed.filter((f) => roundOf(f) < period.start).map((f) => f.entry))?.status === '已完成';
}

/** 按序时进度: the round's report says the work goes on (推进中) or is done, not 滞后 or 未开始. */
export function onPace(report: Pick<ProgressEntry, 'status'> | null): boolean {
  return report !== null && (report.status === '推进中' || report.status === '已完成');
}

/** 滞后: the round's report says so. Apart from not reporting: a unit can report on time and be behind. */
export function behind(report: Pick<ProgressEntry, 'status'> | null): boolean {
  return report?.status === '滞后';
}

/** The rules above in words, for the 通报 page's 统计口径. */
export const BRIEFING_RULES: readonly string[] = [
  '一份进展属于它所报送的报送期（与台账相同：写明报送期的按所写；未写明的按报送日期，刚错过的一期未报且报送日离该期更近的，补入该期）。',
  '截止日当天（含）报送为按时报送，截止日之后补报为迟报，至今没有报送为未报送。',
  '共同牵头的任务，每个牵头单位各计一次：写明报送单位的进展只算所写的单位，未写明的算全部牵头单位。',
  '报送的状态为“滞后”的计为进度滞后，与是否按时报送分开统计。',
  '按序时进度：本期报送的状态为“推进中”或“已完成”。此前已销号的任务本期不再要求报送。',
];
