// What the calendar shows about a due date: how many tasks owe a report for it (a 销号 task no longer
// does), how many answered (on time or late, rounds.ts) and how many not yet, in all and per lead unit.
// Pure.
import type { AssessedTask } from './assess';
import { NO_LEAD_UNIT } from './calendar';
import { stateAt } from './rounds';

export interface ReportCounts {
  /** 应报: tasks that owe a report for the round due that day */
  due: number;
  /** 已报: answered by any of the task's lead units (late ones included) */
  reported: number;
  /** of those, answered only after the due date (迟报) */
  late: number;
  /** 未报 */
  missing: number;
}

export interface UnitReports extends ReportCounts {
  unit: string;
}

export interface DayReports extends ReportCounts {
  /** Every lead unit with tasks due that day, those with reports missing first. */
  units: UnitReports[];
}

const zero = (): ReportCounts => ({ due: 0, reported: 0, late: 0, missing: 0 });

function add(c: ReportCounts, answered: boolean, late: boolean): void {
  c.due++;
  if (!answered) c.missing++;
  else {
    c.reported++;
    if (late) c.late++;
  }
}

export function dayReports(date: string, taskIds: readonly string[], byId: ReadonlyMap<string, AssessedTask>): DayReports {
  const out: DayReports = { ...zero(), units: [] };
  const units = new Map<string, UnitReports>();
  for (const id of taskIds) {
    const t = byId.get(id);
    const state = t ? stateAt(t.pace.rounds, date) : null;
    if (!t || !state) continue;
    add(out, state.answered, state.late);
    for (const unit of t.task.leadUnits.length > 0 ? t.task.leadUnits : [NO_LEAD_UNIT]) {
      let u = units.get(unit);
      if (!u) units.set(unit, (u = { unit, ...zero() }));
      add(u, state.answered, state.late);
    }
  }
  out.units = [...units.values()].sort((a, b) => b.missing - a.missing || b.due - a.due || a.unit.localeCompare(b.unit, 'zh-CN'));
  return out;
}

/** A unit's state on one date, in words: 未报 once the date has passed, 尚未报送 before. */
export function unitState(u: ReportCounts, past = true): string {
  if (u.missing === 0) return u.late > 0 ? `已报齐（迟报 ${u.late}）` : '已报齐';
  const word = past ? '未报' : '尚未报送';
  return u.reported === 0 ? word : `${word} ${u.missing} 项`;
}

/** 今天 / 3天后 / 已过5天 */
export function relativeDay(days: number): string {
  if (days === 0) return '今天';
  return days > 0 ? `${days}天后` : `已过${-days}天`;
}
