// Where each 责任领导 and each 牵头单位 stands: tasks, done, on pace, behind, overdue, share lagging,
// and the rounds its tasks missed (漏报).
// A task with two leaders (or lead units) counts for each. Pure.
import type { Light, PaceReason } from './lights';

export type SummaryBy = 'leader' | 'leadUnit';

/** Used for tasks that name no leader / no lead unit, so the rows still add up to the list. */
export const NONE_LABEL: Record<SummaryBy, string> = { leader: '（未写明责任领导）', leadUnit: '（未写明牵头单位）' };

export interface PaceCounts {
  tasks: number;
  /** 已销号 */
  done: number;
  /** 绿灯 */
  onPace: number;
  /** 黄灯 */
  dueSoon: number;
  /** 红灯: reported 滞后 or a missed report */
  behind: number;
  /** 红灯: past its 完成时限 */
  overdue: number;
  /** 未到期 */
  notDue: number;
  /** (behind + overdue) / tasks; 0 for no tasks. */
  laggingShare: number;
  /** 漏报: closed rounds with no report, summed over the tasks (they do not decide a light). */
  missedReports: number;
}

export interface SummaryRow extends PaceCounts {
  name: string;
  taskIds: string[];
}

export interface PacedTask {
  task: { id: string; leaders: readonly string[]; leadUnits: readonly string[] };
  pace: { light: Light; reason: PaceReason; missedCount?: number };
}

/** Which count a task adds to. */
export function countKey(p: { light: Light; reason: PaceReason }): Exclude<keyof PaceCounts, 'tasks' | 'laggingShare' | 'missedReports'> {
  switch (p.light) {
    case 'done':
      return 'done';
    case 'green':
      return 'onPace';
    case 'yellow':
      return 'dueSoon';
    case 'pending':
      return 'notDue';
    case 'red':
      return p.reason === 'overdue' ? 'overdue' : 'behind';
  }
}

export function countPaces(tasks: readonly PacedTask[]): PaceCounts {
  const c: PaceCounts = { tasks: 0, done: 0, onPace: 0, dueSoon: 0, behind: 0, overdue: 0, notDue: 0, laggingShare: 0, missedReports: 0 };
  for (const t of tasks) {
    c.tasks++;
    c[countKey(t.pace)]++;
    c.missedReports += t.pace.missedCount ?? 0;
  }
  c.laggingShare = c.tasks === 0 ? 0 : (c.behind + c.overdue) / c.tasks;
  return c;
}

/** One row per leader or lead unit, most lagging first (then most tasks, then name). */
export function summarize(tasks: readonly PacedTask[], by: SummaryBy): SummaryRow[] {
  const groups = new Map<string, PacedTask[]>();
  for (const t of tasks) {
    const names = by === 'leader' ? t.task.leaders : t.task.leadUnits;
    for (const name of names.length > 0 ? names : [NONE_LABEL[by]]) {
      const list = groups.get(name);
      if (list) list.push(t);
      else groups.set(name, [t]);
    }
  }
  const rows = [...groups.entries()].map(([name, list]) => ({ name, taskIds: list.map((t) => t.task.id), ...countPaces(list) }));
  return sortSummary(rows, 'laggingShare', 'desc');
}

export type SummaryKey = 'name' | keyof PaceCounts;

/** A new array sorted by `key`; ties by lagging share, task count, then name, so the order is stable. */
export function sortSummary(rows: readonly SummaryRow[], key: SummaryKey, dir: 'asc' | 'desc'): SummaryRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const byName = (a: SummaryRow, b: SummaryRow) => a.name.localeCompare(b.name, 'zh-CN');
  return [...rows].sort((a, b) => {
    const primary = key === 'name' ? byName(a, b) : a[key] - b[key];
    if (primary !== 0) return sign * primary;
    return b.laggingShare - a.laggingShare || b.tasks - a.tasks || byName(a, b);
  });
}

/** 0.254 → 25.4% */
export function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}
