// Rounds (报送期): every rule of which reports a task owes and which report answers which round, in one
// pure module. The lights, the calendar, the sheet, the 通报 and the forms all ask here.
//
// A round ends on its due date (the due date itself is still on time) and starts the day after the
// previous one (calendar.ts periodsOf). All dates are Beijing calendar days (YYYY-MM-DD): a report at
// 23:59 Beijing time on the due date is on time, one at 00:01 the next day is late — the caller turns
// an instant into a day with time/clock.ts beijingDayOf before asking.
import type { DeadlineRule, ProgressEntry } from '../model/ledger';
import type { TaskCategory } from '../model/document';
import { compareEntries } from '../model/ledger';
import { periodsOf, taskSchedule, type DueDate, type Period } from './calendar';
import { daysBetween } from './dates';
import { jointStatus } from './returnRules';

/** One round: reports for it are on time from `start` up to and including `due`. */
export type Round = Period;

/** The rules as the legend prints them, in the order they are applied. */
export const ROUND_RULES: readonly string[] = [
  '报送期：每项任务的报送期来自适用于其任务类别的报送规则（如民生实事每月、重点工作按通知列明的日期，以及自行添加的规则）；每期截至报送节点当天（含当天），日期按北京时间计。',
  '归属：每次报送属于一个报送期，可以查看和更改。填报时写明报送期的，归入该期；未写明的，归入报送当天所在的一期（节点当天及以前报送的为按期）；但刚过节点的一期没有报送、且报送日离该期节点比离下一期节点近（一样近也算）时，补入刚错过的一期，标注“迟报”。',
  '联合牵头：一项任务有多个牵头单位时，任一单位报送即视为该期已报；某单位补报时，只看该单位（或未注明单位的报送）是否已报上一期。',
  '当前一期：灯只看当前一期——上一期已过且未报、下一期也未报时，当前一期是未报的上一期（红灯）；否则是正在进行的一期。',
  '漏报：已过报送节点、至今没有任何报送的期次记为“漏报”，在任务和汇总中显示“漏报N次”，但不会让已报送当前一期的任务亮红灯；补报后改记“迟报”。',
  '销号：报送“已完成”后（联合牵头的任务须每个牵头单位最近一次报送都是“已完成”），该报送所属一期之后不再有报送期；之后又报送其他状态（重新打开）的，从那天起恢复报送期，其间的期次不算漏报。',
];

/** A task's rounds from the rules that cover its category (taskSchedule), the first starting at `start`. */
export function taskRounds(task: { category: TaskCategory }, rules: readonly DeadlineRule[], year: number, start: string): Round[] {
  return periodsOf(taskSchedule(task, rules, year, start), start);
}

/** The rounds of a schedule (the same as taskRounds when the schedule is already built). */
export function roundsOf(schedule: readonly DueDate[], start: string): Round[] {
  return periodsOf(schedule, start);
}

/** The round open on `date`: the first whose due date is on or after it; null after the last. */
export function openRound(rounds: readonly Round[], date: string): Round | null {
  return rounds.find((r) => r.due >= date) ?? null;
}

/** The last round whose due date is before `date` (a report for it on `date` is late). */
export function closedRound(rounds: readonly Round[], date: string): Round | null {
  let last: Round | null = null;
  for (const r of rounds) if (r.due < date) last = r;
  return last;
}

/** The round a named date stands for: the round due that day, else the round whose window holds the
 * date (a rule changed after the report was made); null after the last round. */
export function roundNamed(rounds: readonly Round[], named: string): Round | null {
  return rounds.find((r) => r.due === named) ?? openRound(rounds, named);
}

/** A report counts for a unit's own rounds when it is that unit's or names no unit. */
function byUnit(e: Pick<ProgressEntry, 'unit'>, unit: string): boolean {
  return unit === '' || e.unit === '' || e.unit === unit;
}

/** A report filed to its round. */
export interface Filed {
  entry: ProgressEntry;
  /** null: the task has no round the report can belong to (no rules, or after the year's last). */
  round: Round | null;
  /** Reported after its round's due date. */
  late: boolean;
  /** The task stands 销号 after this report: it says 已完成 and, on a joint task, so does every lead unit's latest. */
  closes: boolean;
}

/**
 * The round a new report made on `date` by `unit` belongs to by default: the round open on `date` —
 * unless the round just closed has no report (from this unit; from anyone when no unit is given) and
 * `date` is nearer its due date than the open round's (a tie goes to the closed one): then the report
 * fills that round, late. So a report on 6/10 answers 6/15 even with April missed, and one on 7/16
 * fills a missed 6/15 rather than answering 10/15. Null with no rounds, or after the last one when it
 * is answered.
 */
export function defaultRound(rounds: readonly Round[], filed: readonly Pick<Filed, 'entry' | 'round'>[], date: string, unit = ''): Round | null {
  const closed = closedRound(rounds, date);
  const open = openRound(rounds, date);
  const unanswered = closed !== null && !filed.some((f) => f.round?.due === closed.due && byUnit(f.entry, unit));
  if (closed && unanswered && (!open || daysBetween(closed.due, date) <= daysBetween(date, open.due))) return closed;
  return open;
}

/** A stretch when the task stood 销号: rounds due after `after` and before `until` are not owed. */
interface Gap {
  after: string;
  until: string | null;
}

/** Moves the 销号 stretches on by one filed report. */
function step(gaps: Gap[], f: Pick<Filed, 'entry' | 'round' | 'closes'>): void {
  const gap = gaps[gaps.length - 1];
  const open = gap !== undefined && gap.until === null;
  if (f.closes && !open) gaps.push({ after: f.round?.due ?? f.entry.reportedOn, until: null });
  else if (!f.closes && open) gap.until = f.entry.reportedOn;
}

const skippedBy = (gaps: readonly Gap[]) => (r: Round) => gaps.some((g) => r.due > g.after && (g.until === null || r.due < g.until));

/** Every report of `history` filed to its round, oldest first: the round it names, else its default
 * round given the reports before it (rounds skipped while the task stood 销号 left out). A joint task
 * (two or more `leadUnits`) stands 销号 only while every lead unit's latest report says 已完成. */
export function fileReports(rounds: readonly Round[], history: readonly ProgressEntry[], leadUnits: readonly string[] = []): Filed[] {
  const out: Filed[] = [];
  const gaps: Gap[] = [];
  const seen: ProgressEntry[] = [];
  for (const entry of [...history].sort(compareEntries)) {
    seen.push(entry);
    const closes = entry.status === '已完成' && (leadUnits.length < 2 || jointStatus(seen, leadUnits).status === '已完成');
    let round: Round | null;
    if (entry.period !== null) round = roundNamed(rounds, entry.period);
    else {
      // a report that reopens a 销号 task is filed among the rounds owed from its day on
      const last = gaps[gaps.length - 1];
      const reopens = !closes && last !== undefined && last.until === null;
      const skipped = skippedBy(reopens ? [...gaps.slice(0, -1), { after: last.after, until: entry.reportedOn }] : gaps);
      round = defaultRound(
        rounds.filter((r) => !skipped(r)),
        out,
        entry.reportedOn,
        entry.unit,
      );
    }
    const filed = { entry, round, late: round !== null && entry.reportedOn > round.due, closes };
    step(gaps, filed);
    out.push(filed);
  }
  return out;
}

/** The 销号 report that ends the task's rounds: the latest report, when it is 已完成. */
function doneReport(filed: readonly Filed[]): Filed | null {
  const last = filed[filed.length - 1];
  return last && last.closes ? last : null;
}

/**
 * The rounds a task owes: all of them but those that fell due while it stood 销号 — after the round of
 * a 已完成 report (its day, when it has no round) and before the day a later report reopened it. A
 * round some report was filed to is always kept.
 */
export function roundsOwed(rounds: readonly Round[], filed: readonly Filed[]): Round[] {
  const gaps: Gap[] = [];
  for (const f of filed) step(gaps, f);
  const skipped = skippedBy(gaps);
  return rounds.filter((r) => !skipped(r) || filed.some((f) => f.round?.due === r.due));
}

export interface RoundState {
  round: Round;
  /** Every report filed to it, oldest first (several on a joint task or after a correction). */
  reports: Filed[];
  /** The latest report filed to it; null when none. */
  latest: Filed | null;
  answered: boolean;
  /** Answered, but only after the due date (迟报). */
  late: boolean;
  /** The reporting units named by its reports (a joint task's lead units that answered). */
  units: string[];
}

/** Each owed round with the reports filed to it. */
export function roundStates(rounds: readonly Round[], filed: readonly Filed[]): RoundState[] {
  return roundsOwed(rounds, filed).map((round) => {
    const reports = filed.filter((f) => f.round?.due === round.due);
    const latest = reports[reports.length - 1] ?? null;
    return {
      round,
      reports,
      latest,
      answered: reports.length > 0,
      late: reports.length > 0 && reports.every((f) => f.late),
      units: [...new Set(reports.map((f) => f.entry.unit).filter((u) => u !== ''))],
    };
  });
}

export type CurrentKind =
  /** The round just closed has no report and the open one none either: the task is behind on it. */
  | 'missed'
  /** The round now open (answered or not). */
  | 'open'
  /** After the last owed round, or after a 销号 (then the round its report belongs to). */
  | 'last';

export interface RoundsView {
  rounds: Round[];
  filed: Filed[];
  /** Owed rounds only (a 销号 ends them). */
  states: RoundState[];
  /** The round the light judges on `today`; null when the task has no owed round. */
  current: RoundState | null;
  currentKind: CurrentKind | null;
  /** The open round (due on or after today); null after the last owed round and after a 销号. */
  next: RoundState | null;
  /** The last owed round due before today. */
  lastClosed: RoundState | null;
  /** Closed owed rounds with no report at all (漏报), oldest first. */
  missed: Round[];
  /** Closed rounds answered only late (迟报). */
  lateRounds: Round[];
}

/** Where a task stands on `today` round by round. */
export function roundsView(rounds: readonly Round[], history: readonly ProgressEntry[], today: string, leadUnits: readonly string[] = []): RoundsView {
  const filed = fileReports(rounds, history, leadUnits);
  const states = roundStates(rounds, filed);
  const closed = states.filter((s) => s.round.due < today);
  const lastClosed = closed[closed.length - 1] ?? null;
  const done = doneReport(filed);
  // after a 销号 nothing more is owed: no next round, not even the one its report answered
  const next = done ? null : (states.find((s) => s.round.due >= today) ?? null);
  let current: RoundState | null;
  let currentKind: CurrentKind | null;
  if (done) {
    const own = states.find((s) => s.round.due === done.round?.due) ?? lastClosed;
    [current, currentKind] = own ? [own, 'last'] : [null, null];
  } else if (lastClosed && !lastClosed.answered && !next?.answered) [current, currentKind] = [lastClosed, 'missed'];
  else if (next) [current, currentKind] = [next, 'open'];
  else if (lastClosed) [current, currentKind] = [lastClosed, 'last'];
  else [current, currentKind] = [null, null];
  return {
    rounds: [...rounds],
    filed,
    states,
    current,
    currentKind,
    next,
    lastClosed,
    missed: closed.filter((s) => !s.answered).map((s) => s.round),
    lateRounds: closed.filter((s) => s.late).map((s) => s.round),
  };
}

/** The round an entry was filed to (by id) in a view; null when it has none. */
export function roundOfEntry(view: Pick<RoundsView, 'filed'>, entryId: string): Filed | null {
  return view.filed.find((f) => f.entry.id === entryId) ?? null;
}

/** The state of the round due on `due` in a view (null when the task does not owe it). */
export function stateAt(view: Pick<RoundsView, 'states'>, due: string): RoundState | null {
  return view.states.find((s) => s.round.due === due) ?? null;
}
