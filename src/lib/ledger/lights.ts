// Pace lights (红黄绿灯): the one place their rules live. The legend the page shows is built from the
// same list, so what the clerk reads is what the code does. Pure: today comes from the caller (the
// injectable clock), never from `new Date()`.
import type { ProgressEntry } from '../model/ledger';
import type { DueDate } from './calendar';
import { daysBetween } from './dates';
import { latestEntry } from './entries';
import { roundsOf, roundsView, type RoundsView } from './rounds';
import type { TaskDeadline } from './taskDeadline';
import { jointStatus } from './returnRules';

export type Light = 'red' | 'yellow' | 'green' | 'done' | 'pending';
/** In the order the page lists them. */
export const LIGHTS: readonly Light[] = ['red', 'yellow', 'green', 'done', 'pending'];

/** Why a task has its light; the first rule that holds, in LIGHT_RULES order, decides. */
export type PaceReason = 'done' | 'overdue' | 'behind' | 'missed' | 'deadline-soon' | 'due-soon' | 'reported' | 'not-due';

/** Days ahead in which a coming due date or 完成时限 turns a task yellow. */
export const WARN_DAYS = 7;

export const LIGHT_LABELS: Record<Light, string> = {
  red: '红灯',
  yellow: '黄灯',
  green: '绿灯',
  done: '已销号',
  pending: '未到期',
};

export interface LightRule {
  reason: PaceReason;
  light: Light;
  label: string;
  /** The rule in one sentence, for the legend. */
  rule: string;
}

/** In the order they are tried. */
export const LIGHT_RULES: readonly LightRule[] = [
  { reason: 'done', light: 'done', label: '已销号', rule: '最新一次报送为“已完成”，并写明完成日期和依据（多个牵头单位的，各单位都报“已完成”）。' },
  { reason: 'overdue', light: 'red', label: '逾期未完成', rule: '已过完成时限（时限当天仍算按期），尚未销号。' },
  { reason: 'behind', light: 'red', label: '进度滞后', rule: '最新一次报送的状态为“滞后”。' },
  {
    reason: 'missed',
    light: 'red',
    label: '未按期报送',
    rule: '当前一期未报：最近一个报送节点已过（节点当天仍算按期）、该期没有报送，正在进行的一期也还没有报送。更早漏报的期次只记“漏报N次”，不让已报送当前一期的任务亮红灯。',
  },
  { reason: 'deadline-soon', light: 'yellow', label: '临近完成时限', rule: `距完成时限不足${WARN_DAYS}天（含当天），尚未销号。` },
  { reason: 'due-soon', light: 'yellow', label: '临近报送节点', rule: `距正在进行的一期的报送节点不足${WARN_DAYS}天（含当天），该期尚未报送。` },
  {
    reason: 'reported',
    light: 'green',
    label: '正常推进',
    rule: '当前一期已报送（提前报送的也算），或上一期已报送、下一期还未临近，未见滞后；补报的也算已报送，标注“迟报”。',
  },
  { reason: 'not-due', light: 'pending', label: '未到报送期', rule: '尚无报送，也还没有到期的报送节点。' },
];

export const REASON_LABELS = Object.fromEntries(LIGHT_RULES.map((r) => [r.reason, r.label])) as Record<PaceReason, string>;

export interface PaceInput {
  /** The task's due dates (taskSchedule) and the calendar's first day. */
  schedule: readonly DueDate[];
  start: string;
  deadline: TaskDeadline;
  /** The task's history, any order. */
  history: readonly ProgressEntry[];
  /** YYYY-MM-DD from the clock. */
  today: string;
  warnDays?: number;
  /** The task's lead units: with two or more, its status follows the joint rule (returnRules.ts). */
  leadUnits?: readonly string[];
}

export interface Pace {
  light: Light;
  reason: PaceReason;
  /** The latest entry: the task's current status. */
  latest: ProgressEntry | null;
  /** The last due date before today and the entry that answers it (null: none yet). */
  lastDue: string | null;
  lastDueEntry: ProgressEntry | null;
  /** The next due date (today included) and whether it is already answered. */
  nextDue: string | null;
  nextDueEntry: ProgressEntry | null;
  /** Days to the 完成时限 (negative: past), null when it has no date. */
  daysToDeadline: number | null;
  /** The entry that keeps the task green was a late report. */
  late: boolean;
  /** The task round by round (rounds.ts): the current round, every report filed to its round. */
  rounds: RoundsView;
  /** Closed rounds with no report at all (漏报N次); they do not decide the light. */
  missedCount: number;
}

export function pace(p: PaceInput): Pace {
  const warn = p.warnDays ?? WARN_DAYS;
  const latest = latestEntry(p.history);
  // the task's status: its latest report's, or for a joint task the rule's (every unit's latest counts)
  const status = jointStatus(p.history, p.leadUnits ?? []).status;
  const view = roundsView(roundsOf(p.schedule, p.start), p.history, p.today, p.leadUnits ?? []);
  const { lastClosed, next } = view;
  const daysToDeadline = p.deadline.date === null ? null : daysBetween(p.today, p.deadline.date);
  const base = {
    latest,
    lastDue: lastClosed?.round.due ?? null,
    lastDueEntry: lastClosed?.latest?.entry ?? null,
    nextDue: next?.round.due ?? null,
    nextDueEntry: next?.latest?.entry ?? null,
    daysToDeadline,
    rounds: view,
    missedCount: view.missed.length,
  };
  const result = (reason: PaceReason, late = false): Pace => {
    const rule = LIGHT_RULES.find((r) => r.reason === reason) as LightRule;
    return { ...base, light: rule.light, reason, late };
  };

  if (status === '已完成') return result('done');
  if (daysToDeadline !== null && daysToDeadline < 0) return result('overdue');
  if (status === '滞后') return result('behind');
  if (view.currentKind === 'missed') return result('missed');
  if (daysToDeadline !== null && daysToDeadline <= warn) return result('deadline-soon');
  if (next && !next.answered && daysBetween(p.today, next.round.due) <= warn) return result('due-soon');
  if (latest) {
    const keeping = next?.latest ?? lastClosed?.latest ?? view.filed.find((f) => f.entry === latest);
    return result('reported', keeping?.late ?? false);
  }
  return result('not-due');
}

/** A light in words for print and export: 红灯（未按期报送）、漏报1次 — never the colour alone. */
export function lightWords(p: Pick<Pace, 'light' | 'reason' | 'late' | 'missedCount'>): string {
  const reason = REASON_LABELS[p.reason];
  const head = p.light === 'done' || p.light === 'pending' ? LIGHT_LABELS[p.light] : `${LIGHT_LABELS[p.light]}（${reason}${p.late ? '，迟报' : ''}）`;
  return p.missedCount > 0 ? `${head}、漏报${p.missedCount}次` : head;
}
