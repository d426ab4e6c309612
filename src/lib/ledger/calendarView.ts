// What the calendar shows about a due date once reports come in: how many tasks were due, how many
// answered (on time or late). Pure.
import type { AssessedTask } from './assess';
import { periodOfDue } from './calendar';
import { entryFor, isLate } from './entries';

export interface DayReports {
  due: number;
  reported: number;
  late: number;
  missing: number;
}

export function dayReports(date: string, taskIds: readonly string[], byId: ReadonlyMap<string, AssessedTask>): DayReports {
  const out: DayReports = { due: 0, reported: 0, late: 0, missing: 0 };
  for (const id of taskIds) {
    const t = byId.get(id);
    if (!t) continue;
    const p = periodOfDue(t.schedule, t.start, date);
    if (!p) continue;
    out.due++;
    const e = entryFor(t.history, p);
    if (!e) out.missing++;
    else {
      out.reported++;
      if (isLate(e)) out.late++;
    }
  }
  return out;
}

/** 今天 / 3天后 / 已过5天 */
export function relativeDay(days: number): string {
  if (days === 0) return '今天';
  return days > 0 ? `${days}天后` : `已过${-days}天`;
}
