// The reporting calendar: rules → concrete due dates in the plan year, each task's schedule, the
// reporting period a day falls in, and what is due on each date for which units. Pure.
//
// A reporting period ends on its due date (the due date itself is still on time: 15日前 includes the
// 15th) and starts the day after the previous due date, or on the calendar's first day.
import type { DocumentMeta, TaskCategory } from '../model/document';
import type { DeadlineRule } from '../model/ledger';
import { addDays, clampedDate, daysBetween } from './dates';

/** The plan year: the document's, else the year it was issued, else the clock's. */
export function planYear(meta: Pick<DocumentMeta, 'year' | 'issuedOn'>, today: string): number {
  if (meta.year !== null) return meta.year;
  if (meta.issuedOn) return Number(meta.issuedOn.slice(0, 4));
  return Number(today.slice(0, 4));
}

/**
 * The first day of the reporting calendar: the day the notice was issued when that is in the plan
 * year (a monthly report cannot fall due before the notice existed), else 1 January.
 */
export function calendarStart(meta: Pick<DocumentMeta, 'issuedOn'>, year: number): string {
  const jan1 = `${year}-01-01`;
  return meta.issuedOn && meta.issuedOn.slice(0, 4) === String(year) ? meta.issuedOn : jan1;
}

/** The due dates of one rule: recurring ones inside the plan year from `start` on; printed dates as printed. */
export function ruleDueDates(rule: Pick<DeadlineRule, 'cycle' | 'day' | 'dates'>, year: number, start = `${year}-01-01`): string[] {
  switch (rule.cycle) {
    case 'monthly':
    case 'quarterly': {
      if (rule.day === null) return [];
      const months = rule.cycle === 'monthly' ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [3, 6, 9, 12];
      return months.map((m) => clampedDate(year, m, rule.day as number)).filter((d) => d >= start);
    }
    case 'once':
    case 'dates':
      return [...new Set(rule.dates)].sort();
  }
}

export function ruleApplies(rule: Pick<DeadlineRule, 'categories'>, task: { category: TaskCategory }): boolean {
  return rule.categories.length === 0 || rule.categories.includes(task.category);
}

export interface DueDate {
  date: string;
  /** The rules that fall due on this date for the task. */
  ruleIds: string[];
}

/** A task's due dates from every rule that covers it, in order, one per day. */
export function taskSchedule(task: { category: TaskCategory }, rules: readonly DeadlineRule[], year: number, start: string): DueDate[] {
  const byDate = new Map<string, string[]>();
  for (const rule of rules) {
    if (!ruleApplies(rule, task)) continue;
    for (const d of ruleDueDates(rule, year, start)) {
      const ids = byDate.get(d);
      if (ids) ids.push(rule.id);
      else byDate.set(d, [rule.id]);
    }
  }
  return [...byDate.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([date, ruleIds]) => ({ date, ruleIds }));
}

export interface Period {
  /** First day of the period. */
  start: string;
  /** The due date that closes it: a report for the period is on time up to and including this day. */
  due: string;
}

/** Every period of a schedule, the first starting at `start`. */
export function periodsOf(schedule: readonly DueDate[], start: string): Period[] {
  const out: Period[] = [];
  let from = start;
  for (const d of schedule) {
    out.push({ start: from < d.date ? from : d.date, due: d.date });
    from = addDays(d.date, 1);
  }
  return out;
}

/** The period `date` falls in: the one whose due date is the first on or after `date`; null after the last. */
export function periodAt(schedule: readonly DueDate[], start: string, date: string): Period | null {
  return periodsOf(schedule, start).find((p) => p.due >= date) ?? null;
}

/** The period with this due date, if the schedule has it. */
export function periodOfDue(schedule: readonly DueDate[], start: string, due: string): Period | null {
  return periodsOf(schedule, start).find((p) => p.due === due) ?? null;
}

/** The last period whose due date is before `today` (its report is late from the next day on). */
export function lastClosedPeriod(schedule: readonly DueDate[], start: string, today: string): Period | null {
  const closed = periodsOf(schedule, start).filter((p) => p.due < today);
  return closed[closed.length - 1] ?? null;
}

/** The first due date on or after `today` (today's report is still on time). */
export function nextDue(schedule: readonly DueDate[], today: string): string | null {
  return schedule.find((d) => d.date >= today)?.date ?? null;
}

export interface CalendarTask {
  id: string;
  category: TaskCategory;
  leadUnits: readonly string[];
  supportUnits: readonly string[];
}

export interface UnitDue {
  unit: string;
  taskIds: string[];
}

export interface CalendarDay {
  date: string;
  /** Days from today (negative: past). */
  daysFromToday: number;
  past: boolean;
  rules: DeadlineRule[];
  taskIds: string[];
  /** Lead units reporting on this date, each with its tasks, most tasks first. */
  leadUnits: UnitDue[];
  /** When the 责任单位 must report to their lead unit (the rules' supportLeadDays before), if set. */
  supportDate: string | null;
  supportUnits: UnitDue[];
}

/** Used for tasks that name no lead unit. */
export const NO_LEAD_UNIT = '（未写明牵头单位）';

function unitsOf(tasks: readonly CalendarTask[], pick: (t: CalendarTask) => readonly string[], fallback: string | null): UnitDue[] {
  const byUnit = new Map<string, string[]>();
  for (const t of tasks) {
    const units = pick(t).length > 0 ? pick(t) : fallback === null ? [] : [fallback];
    for (const u of units) {
      const list = byUnit.get(u);
      if (list) list.push(t.id);
      else byUnit.set(u, [t.id]);
    }
  }
  return [...byUnit.entries()].map(([unit, taskIds]) => ({ unit, taskIds })).sort((a, b) => b.taskIds.length - a.taskIds.length || a.unit.localeCompare(b.unit, 'zh-CN'));
}

/** Every due date of a document's rules with what falls due on it, for which tasks and units. */
export function buildCalendar(p: { tasks: readonly CalendarTask[]; rules: readonly DeadlineRule[]; year: number; start: string; today: string }): CalendarDay[] {
  const byDate = new Map<string, DeadlineRule[]>();
  for (const rule of p.rules) {
    for (const d of ruleDueDates(rule, p.year, p.start)) {
      const list = byDate.get(d);
      if (list) list.push(rule);
      else byDate.set(d, [rule]);
    }
  }
  return [...byDate.keys()].sort().map((date) => {
    const rules = byDate.get(date) as DeadlineRule[];
    const tasks = p.tasks.filter((t) => rules.some((r) => ruleApplies(r, t)));
    const leads = rules.map((r) => r.supportLeadDays).filter((n): n is number => n !== null);
    const supportDate = leads.length > 0 ? addDays(date, -Math.max(...leads)) : null;
    const days = daysBetween(p.today, date);
    return {
      date,
      daysFromToday: days,
      past: days < 0,
      rules,
      taskIds: tasks.map((t) => t.id),
      leadUnits: unitsOf(tasks, (t) => t.leadUnits, NO_LEAD_UNIT),
      supportDate,
      supportUnits: supportDate === null ? [] : unitsOf(tasks, (t) => t.supportUnits, null),
    };
  });
}

export interface RuleDates {
  rule: DeadlineRule;
  dates: string[];
  /** The last due date before today; null when none has passed. */
  previous: string | null;
  /** The first due date on or after today; null when the rule has no more this year. */
  next: string | null;
}

/** For each rule: its dates, the last one passed and the next one (the monthly and the quarterly report). */
export function ruleTimeline(rules: readonly DeadlineRule[], year: number, start: string, today: string): RuleDates[] {
  return rules.map((rule) => {
    const dates = ruleDueDates(rule, year, start);
    const passed = dates.filter((d) => d < today);
    return { rule, dates, previous: passed[passed.length - 1] ?? null, next: dates.find((d) => d >= today) ?? null };
  });
}

/** Calendar days from `today` up to `days` ahead (today included). */
export function upcoming(calendar: readonly CalendarDay[], days: number): CalendarDay[] {
  return calendar.filter((d) => d.daysFromToday >= 0 && d.daysFromToday <= days);
}

/** Every due date of a document's rules, in order. */
export function documentDueDates(rules: readonly DeadlineRule[], year: number, start: string): string[] {
  return [...new Set(rules.flatMap((r) => ruleDueDates(r, year, start)))].sort();
}

/**
 * The period the office is collecting now: the last due date before today (its reports are what a
 * 台账 or 通报 of today is about), else the first one coming; null without rules.
 */
export function currentDue(rules: readonly DeadlineRule[], year: number, start: string, today: string): string | null {
  const dates = documentDueDates(rules, year, start);
  return dates.filter((d) => d < today).pop() ?? dates.find((d) => d >= today) ?? null;
}
