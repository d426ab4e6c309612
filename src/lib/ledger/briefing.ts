// The content of a 督查通报 for one reporting period and scope (all tasks, one 责任领导, one 牵头单位),
// as plain data: the printable page and the .docx both render this. Pure.
import { periodAt, periodOfDue, type Period } from './calendar';
import { chineseDate } from './dates';
import { entryFor, isLate } from './entries';
import type { AssessedTask, LedgerDocument } from './assess';
import { REASON_LABELS, type Light, type PaceReason } from './lights';
import { countPaces, percent, summarize, type PaceCounts, type SummaryRow } from './summary';
import { deadlineLabel } from './taskDeadline';

export type BriefingScope = { kind: 'all' } | { kind: 'leader'; name: string } | { kind: 'unit'; name: string };

export interface BriefingItem {
  taskId: string;
  no: string | null;
  /** The task's text, cut to its first clause when long. */
  text: string;
  leaders: string[];
  leadUnits: string[];
  light: Light;
  reason: PaceReason;
  reasonLabel: string;
  deadline: string;
  /** The latest report's status and note ('' when none). */
  status: string;
  note: string;
  reportedOn: string | null;
}

export interface LaggingGroup {
  /** The lead units as printed together (共同牵头 tasks stay one group). */
  unit: string;
  leaders: string[];
  items: BriefingItem[];
}

export interface CompletedItem {
  taskId: string;
  no: string | null;
  text: string;
  leadUnits: string[];
  date: string;
  basis: string;
}

export interface Briefing {
  title: string;
  docNumber: string | null;
  docTitle: string;
  /** 2024年6月15日报送期（2024年4月16日—2024年6月15日） */
  periodLabel: string;
  period: Period | null;
  /** The day the lights were judged on. */
  asOf: string;
  scope: BriefingScope;
  scopeLabel: string;
  totals: PaceCounts;
  /** One line per count for the totals table: label, count, share of the tasks in scope. */
  shares: { key: keyof Omit<PaceCounts, 'tasks' | 'laggingShare' | 'missedReports'>; label: string; count: number; share: string }[];
  /** Reports for the period: due (tasks with a report due in it), received on time, late, missing. */
  reports: { due: number; onTime: number; late: number; missing: number };
  /** Red tasks by lead unit, most items first. */
  lagging: LaggingGroup[];
  /** Yellow tasks: due soon, for the office to remind. */
  dueSoon: BriefingItem[];
  /** The most recently completed tasks, at most COMPLETED_SHOWN; `completedTotal` counts all. */
  completed: CompletedItem[];
  completedTotal: number;
  /** For scope all: where each leader and each lead unit stands. */
  byLeader: SummaryRow[];
  byUnit: SummaryRow[];
  /** Blank lines left for the office's own 下一步要求. */
  nextStepLines: number;
}

export const COMPLETED_SHOWN = 10;
export const NEXT_STEP_LINES = 4;
const SHORT_TEXT = 80;

const COUNT_LABELS: Briefing['shares'][number]['key'][] = ['done', 'onPace', 'dueSoon', 'behind', 'overdue', 'notDue'];
const SHARE_LABELS: Record<Briefing['shares'][number]['key'], string> = {
  done: '已完成（销号）',
  onPace: '正常推进（绿灯）',
  dueSoon: '临近时限（黄灯）',
  behind: '滞后或未按期报送（红灯）',
  overdue: '逾期未完成（红灯）',
  notDue: '未到报送期',
};

/** The first clause of a long task text (up to the first 。；), at most SHORT_TEXT characters. */
export function shortText(text: string): string {
  const first = text.split(/[。；]/)[0] ?? text;
  const chars = Array.from(first.trim());
  return chars.length > SHORT_TEXT ? `${chars.slice(0, SHORT_TEXT).join('')}…` : chars.join('');
}

export function inScope(t: AssessedTask, scope: BriefingScope): boolean {
  if (scope.kind === 'leader') return t.task.leaders.includes(scope.name);
  if (scope.kind === 'unit') return t.task.leadUnits.includes(scope.name);
  return true;
}

export function scopeLabel(scope: BriefingScope): string {
  if (scope.kind === 'leader') return `责任领导：${scope.name}`;
  if (scope.kind === 'unit') return `牵头单位：${scope.name}`;
  return '全部任务';
}

function item(t: AssessedTask): BriefingItem {
  const latest = t.pace.latest;
  return {
    taskId: t.task.id,
    no: t.task.no,
    text: shortText(t.task.text),
    leaders: [...t.task.leaders],
    leadUnits: [...t.task.leadUnits],
    light: t.pace.light,
    reason: t.pace.reason,
    reasonLabel: REASON_LABELS[t.pace.reason],
    deadline: deadlineLabel(t.deadline),
    status: latest?.status ?? '',
    note: latest?.note ?? '',
    reportedOn: latest?.reportedOn ?? null,
  };
}

/** The period of one task the chosen due date falls in (a key task's period may span several monthly dates). */
function taskPeriod(t: AssessedTask, due: string): Period | null {
  return periodOfDue(t.schedule, t.start, due) ?? periodAt(t.schedule, t.start, due);
}

/**
 * The 通报 for the period closing on `due` (null: no period, lights only), over the tasks of one
 * document in `scope`, with lights as assessed (assessTasks on `asOf`).
 */
export function buildBriefing(p: { document: LedgerDocument; tasks: readonly AssessedTask[]; due: string | null; scope: BriefingScope; asOf: string }): Briefing {
  const tasks = p.tasks.filter((t) => t.task.docId === p.document.id && inScope(t, p.scope));
  const totals = countPaces(tasks);

  const reports = { due: 0, onTime: 0, late: 0, missing: 0 };
  let period: Period | null = null;
  if (p.due !== null) {
    for (const t of tasks) {
      const tp = taskPeriod(t, p.due);
      if (!tp || tp.due !== p.due) continue; // nothing falls due for this task on that date
      period ??= tp;
      reports.due++;
      const e = entryFor(t.history, tp);
      if (!e) reports.missing++;
      else if (isLate(e)) reports.late++;
      else reports.onTime++;
    }
  }

  const groups = new Map<string, LaggingGroup>();
  for (const t of tasks.filter((x) => x.pace.light === 'red')) {
    const unit = t.task.leadUnits.length > 0 ? t.task.leadUnits.join('、') : '（未写明牵头单位）';
    const g = groups.get(unit) ?? { unit, leaders: [], items: [] };
    for (const l of t.task.leaders) if (!g.leaders.includes(l)) g.leaders.push(l);
    g.items.push(item(t));
    groups.set(unit, g);
  }
  const lagging = [...groups.values()].sort((a, b) => b.items.length - a.items.length || a.unit.localeCompare(b.unit, 'zh-CN'));

  const completedAll = tasks
    .filter((t) => t.pace.light === 'done' && t.pace.latest?.completion)
    .map((t) => ({
      taskId: t.task.id,
      no: t.task.no,
      text: shortText(t.task.text),
      leadUnits: [...t.task.leadUnits],
      date: t.pace.latest?.completion?.date as string,
      basis: t.pace.latest?.completion?.basis as string,
    }))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

  const meta = p.document.meta;
  const place = meta.jurisdiction ?? '';
  const year = tasks[0]?.year ?? meta.year;
  const periodLabel = p.due === null ? `截至${chineseDate(p.asOf)}` : `${chineseDate(p.due)}报送期${period ? `（${chineseDate(period.start)}—${chineseDate(period.due)}）` : ''}`;

  return {
    title: `${place}${year ?? ''}年《政府工作报告》重点工作落实情况督查通报`,
    docNumber: meta.docNumber,
    docTitle: meta.title,
    periodLabel,
    period,
    asOf: p.asOf,
    scope: p.scope,
    scopeLabel: scopeLabel(p.scope),
    totals,
    shares: COUNT_LABELS.map((key) => ({
      key,
      label: SHARE_LABELS[key],
      count: totals[key],
      share: percent(totals.tasks === 0 ? 0 : totals[key] / totals.tasks),
    })),
    reports,
    lagging,
    dueSoon: tasks.filter((t) => t.pace.light === 'yellow').map(item),
    completed: completedAll.slice(0, COMPLETED_SHOWN),
    completedTotal: completedAll.length,
    byLeader: p.scope.kind === 'all' ? summarize(tasks, 'leader') : [],
    byUnit: p.scope.kind === 'all' ? summarize(tasks, 'leadUnit') : [],
    nextStepLines: NEXT_STEP_LINES,
  };
}
