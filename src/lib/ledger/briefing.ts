// The content of a 督查通报 for one reporting round of one notice, as plain data: the printable page
// and the .docx both render this (through briefingText.ts). Judged as of the round's deadline by the
// rules of roundJudgement.ts, by single lead unit (a joint task counts for each of its lead units),
// never by the lights of today. Pure.
import { NO_LEAD_UNIT, periodOfDue, type Period } from './calendar';
import { addDays, chineseDate } from './dates';
import type { AssessedTask, LedgerDocument } from './assess';
import { behind, closedBefore, filedReports, onPace, roundReport, roundReportAny, stateAsOf, verdictOf, type UnitName } from './roundJudgement';
import { percent } from './summary';
import type { IssueFields } from './briefingIssue';
import { compareZh } from '../text/collate';

export interface TaskRef {
  taskId: string;
  no: string | null;
  /** The task's text, cut to its first clause when long. */
  text: string;
  leadUnits: string[];
  leaders: string[];
}

/** One lead unit's reports for the round. */
export interface UnitRound {
  unit: string;
  leaders: string[];
  /** Tasks it leads that owe a report for the round. */
  due: number;
  onTime: number;
  late: number;
  missing: number;
  /** Its reports for the round that say 滞后. */
  behind: number;
  lateTasks: (TaskRef & { reportedOn: string })[];
  missingTasks: TaskRef[];
  /** onTime / due */
  onTimeShare: number;
}

export interface BehindItem extends TaskRef {
  /** Who reported 滞后 ('' when the report names no unit) and when, with what note. */
  unit: string;
  reportedOn: string;
  note: string;
}

export interface CompletedItem extends TaskRef {
  date: string;
  basis: string;
  /** Completed within this round's period (else earlier). */
  inRound: boolean;
}

export interface Briefing {
  docId: string;
  /** The notice the tasks come from: 随政办发〔2024〕2号 and its title. */
  noticeNumber: string | null;
  noticeTitle: string;
  place: string;
  year: number | null;
  /** The round: its deadline and, for its longest period, its first day. */
  round: Period;
  /** 2024年6月15日报送期 */
  roundLabel: string;
  /** The clock's day; a round not yet closed is judged so far. */
  today: string;
  open: boolean;
  /** The issue's own fields (文号 prefix and number, 主送, title, 落款, 版记, 下一步要求). */
  issue: IssueFields;
  /** The 通报's own 文号: prefix + 第N期. */
  number: string;
  /** Tasks of the notice; those owing a report for the round; the unit-reports owed (项次). */
  tasks: number;
  tasksDue: number;
  duties: number;
  onTime: number;
  late: number;
  missing: number;
  /** Tasks whose report for the round shows them on pace (按序时进度), and their share of tasksDue. */
  onPace: number;
  onPaceShare: string;
  /** Reports for the round that say 滞后, one per task. */
  behind: BehindItem[];
  /** Tasks 销号 by the round (newest first); how many within the round. */
  completed: CompletedItem[];
  completedInRound: number;
  /** Every lead unit owing a report, best first (on-time share, then fewest missing, late, behind). */
  units: UnitRound[];
  /** A first draft of the 下一步要求, drawn from the findings. */
  draft: string;
}

const SHORT_TEXT = 60;

/** The first clause of a long task text (up to the first 。；), at most SHORT_TEXT characters. */
export function shortText(text: string): string {
  const first = text.split(/[。；]/)[0] ?? text;
  const chars = Array.from(first.trim());
  return chars.length > SHORT_TEXT ? `${chars.slice(0, SHORT_TEXT).join('')}…` : chars.join('');
}

function ref(t: AssessedTask): TaskRef {
  return { taskId: t.task.id, no: t.task.no, text: shortText(t.task.text), leadUnits: [...t.task.leadUnits], leaders: [...t.task.leaders] };
}

/** 第3项 / the first words of a task without a number. */
export const taskLabel = (r: Pick<TaskRef, 'no' | 'text'>) => (r.no ? `第${r.no}项` : `“${Array.from(r.text).slice(0, 12).join('')}”`);

export const issueNumber = (issue: Pick<IssueFields, 'prefix' | 'issueNo'>) => `${issue.prefix.trim()}第${issue.issueNo}期`;

function emptyUnit(unit: string): UnitRound {
  return { unit, leaders: [], due: 0, onTime: 0, late: 0, missing: 0, behind: 0, lateTasks: [], missingTasks: [], onTimeShare: 0 };
}

/** Best first: share on time, then fewest missing, late and behind, then by name. */
export function rankUnits(units: readonly UnitRound[]): UnitRound[] {
  return [...units].sort((a, b) => b.onTimeShare - a.onTimeShare || a.missing - b.missing || a.late - b.late || a.behind - b.behind || b.due - a.due || compareZh(a.unit, b.unit));
}

/**
 * The 通报 for the round closing on `round`, over the tasks of `document` (assessed: schedule, start
 * and history are what is used, not the lights). `nextRound`: the document's next deadline after it,
 * for the draft of 下一步要求. `unitName`: how a report's 报送单位 is matched to the lead units' names.
 */
export function buildBriefing(p: {
  document: LedgerDocument;
  tasks: readonly AssessedTask[];
  round: string;
  nextRound: string | null;
  issue: IssueFields;
  today: string;
  unitName?: UnitName;
}): Briefing {
  const tasks = p.tasks.filter((t) => t.task.docId === p.document.id);
  const units = new Map<string, UnitRound>();
  const behindItems: BehindItem[] = [];
  const completed: CompletedItem[] = [];
  let start = p.round;
  let tasksDue = 0;
  let onPaceCount = 0;

  for (const t of tasks) {
    const period = periodOfDue(t.schedule, t.start, p.round);
    const asOfRound: Period = period ?? { start: p.round, due: p.round };
    const filed = filedReports(t, t.task.leadUnits);
    const state = stateAsOf(filed, asOfRound);
    if (state?.status === '已完成' && state.completion) {
      completed.push({ ...ref(t), date: state.completion.date, basis: state.completion.basis, inRound: period !== null && state.completion.date >= period.start });
    }
    if (!period || closedBefore(filed, period)) continue;
    if (period.start < start) start = period.start;
    tasksDue++;
    const any = roundReportAny(filed, period);
    if (onPace(any)) onPaceCount++;
    if (any && behind(any)) behindItems.push({ ...ref(t), unit: any.unit, reportedOn: any.reportedOn, note: any.note });
    for (const unit of t.task.leadUnits.length > 0 ? t.task.leadUnits : [NO_LEAD_UNIT]) {
      const u = units.get(unit) ?? emptyUnit(unit);
      units.set(unit, u);
      for (const l of t.task.leaders) if (!u.leaders.includes(l)) u.leaders.push(l);
      u.due++;
      const report = roundReport(filed, period, unit, p.unitName);
      const verdict = verdictOf(report, period);
      if (verdict === 'on-time') u.onTime++;
      else if (verdict === 'late') {
        u.late++;
        u.lateTasks.push({ ...ref(t), reportedOn: (report as { reportedOn: string }).reportedOn });
      } else {
        u.missing++;
        u.missingTasks.push(ref(t));
      }
      if (behind(report)) u.behind++;
    }
  }
  for (const u of units.values()) u.onTimeShare = u.due === 0 ? 0 : u.onTime / u.due;
  const ranked = rankUnits([...units.values()]);
  const sum = (k: 'due' | 'onTime' | 'late' | 'missing') => ranked.reduce((n, u) => n + u[k], 0);
  completed.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : compareZh(a.no ?? '', b.no ?? '')));

  const meta = p.document.meta;
  const briefing: Briefing = {
    docId: p.document.id,
    noticeNumber: meta.docNumber,
    noticeTitle: meta.title,
    place: meta.jurisdiction ?? '',
    year: tasks[0]?.year ?? meta.year,
    round: { start, due: p.round },
    roundLabel: `${chineseDate(p.round)}报送期`,
    today: p.today,
    open: p.today <= p.round,
    issue: p.issue,
    number: issueNumber(p.issue),
    tasks: tasks.length,
    tasksDue,
    duties: sum('due'),
    onTime: sum('onTime'),
    late: sum('late'),
    missing: sum('missing'),
    onPace: onPaceCount,
    onPaceShare: percent(tasksDue === 0 ? 0 : onPaceCount / tasksDue),
    behind: behindItems,
    completed,
    completedInRound: completed.filter((c) => c.inRound).length,
    units: ranked,
    draft: '',
  };
  briefing.draft = draftNextSteps(briefing, p.nextRound);
  return briefing;
}

/** More units than this are named by count in the 下一步要求 (the 报送情况 lists them all). */
const MANY_UNITS = 8;
const joinUnits = (names: readonly string[]) => names.join('、');

/**
 * 下一步要求 drawn from the findings, one requirement per line: who must make up the missing report by
 * when, who must answer for 滞后 items, when the next round is due.
 */
export function draftNextSteps(b: Briefing, nextRound: string | null): string {
  const lines: string[] = [];
  const by = addDays(b.open ? b.round.due : b.today > b.round.due ? b.today : b.round.due, 5);
  const missing = b.units.filter((u) => u.missing > 0).map((u) => u.unit);
  const late = b.units.filter((u) => u.late > 0 && u.missing === 0).map((u) => u.unit);
  const behindUnits = [...new Set(b.behind.flatMap((i) => (i.unit ? [i.unit] : i.leadUnits)))];
  if (missing.length > 0)
    lines.push(
      `请${missing.length > MANY_UNITS ? `未报送的${missing.length}个牵头单位（名单见第二部分）` : joinUnits(missing)}于${chineseDate(by)}前补报${b.roundLabel}工作进展，并书面说明未按期报送的原因。`,
    );
  if (late.length > 0) lines.push(`${joinUnits(late)}本期迟报，请严格按照报送节点报送，确保按时报送。`);
  if (behindUnits.length > 0)
    lines.push(`请${joinUnits(behindUnits)}针对进度滞后事项，分析原因，制定整改措施，明确完成时限，于${chineseDate(by)}前将整改情况报送${b.issue.office.trim() || '督查室'}。`);
  if (nextRound) lines.push(`各牵头单位请于${chineseDate(nextRound)}前报送下一期工作进展情况，责任单位提前向牵头单位报送。`);
  lines.push('各责任领导要加强统筹调度，各牵头单位要对照任务清单和时间节点，确保各项重点工作按序时进度推进。');
  return lines.join('\n');
}
