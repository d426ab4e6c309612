import { describe, expect, it } from 'vitest';
import { assessTasks } from '../../../src/lib/ledger/assess';
import { buildCalendar, calendarStart } from '../../../src/lib/ledger/calendar';
import { dayReports, relativeDay, unitState } from '../../../src/lib/ledger/calendarView';
import { entry, seed002 } from './seed';

const s = seed002();
const today = '2024-06-20';
const entries = [
  entry(s, s.task('10'), { reportedOn: '2024-06-14', period: '2024-06-15' }),
  entry(s, s.task('11'), { reportedOn: '2024-06-18', period: '2024-06-15' }),
  entry(s, s.task('一', 'livelihood'), { reportedOn: '2024-05-15', period: '2024-05-15' }),
];
const assessed = assessTasks({ documents: [s.document], tasks: s.tasks, entries, rulesByDoc: new Map([[s.document.id, s.rules]]), today });
const byId = new Map(assessed.map((t) => [t.task.id, t]));
const calendar = buildCalendar({ tasks: s.tasks, rules: s.rules, year: 2024, start: calendarStart(s.document.meta, 2024), today });

describe('reports on a due date', () => {
  it('counts the tasks due, reported (late ones too) and missing', () => {
    const june = calendar.find((d) => d.date === '2024-06-15')!;
    expect(dayReports(june.date, june.taskIds, byId)).toMatchObject({ due: s.tasks.length, reported: 2, late: 1, missing: s.tasks.length - 2 });
    const may = calendar.find((d) => d.date === '2024-05-15')!;
    expect(dayReports(may.date, may.taskIds, byId)).toMatchObject({ due: 5, reported: 1, late: 0, missing: 4 });
  });

  it('lists every lead unit with its state, however many there are', () => {
    const june = calendar.find((d) => d.date === '2024-06-15')!;
    const r = dayReports(june.date, june.taskIds, byId);
    expect(r.units.map((u) => u.unit).sort()).toEqual(june.leadUnits.map((u) => u.unit).sort());
    expect(r.units.length).toBeGreaterThan(8);
    for (const u of r.units) expect(u.reported + u.missing).toBe(u.due);
    const t10 = s.task('10');
    const u10 = r.units.find((u) => u.unit === t10.leadUnits[0]);
    expect(u10?.reported).toBeGreaterThan(0);
    expect([
      unitState({ due: 2, reported: 2, late: 0, missing: 0 }),
      unitState({ due: 2, reported: 2, late: 1, missing: 0 }),
      unitState({ due: 3, reported: 1, late: 0, missing: 2 }),
      unitState({ due: 2, reported: 0, late: 0, missing: 2 }),
    ]).toEqual(['已报齐', '已报齐（迟报 1）', '未报 2 项', '未报']);
  });

  it('counts reports made early for a date still ahead', () => {
    const early = assessTasks({ documents: [s.document], tasks: s.tasks, entries: entries.slice(0, 1), rulesByDoc: new Map([[s.document.id, s.rules]]), today: '2024-06-14' });
    const june = calendar.find((d) => d.date === '2024-06-15')!;
    expect(dayReports(june.date, june.taskIds, new Map(early.map((t) => [t.task.id, t])))).toMatchObject({ reported: 1, missing: s.tasks.length - 1 });
  });

  it('does not count a 销号 task for a later date', () => {
    const done = entry(s, s.task('12'), { reportedOn: '2024-06-14', period: '2024-06-15', status: '已完成', completion: { date: '2024-06-01', basis: '验收' } });
    const later = assessTasks({ documents: [s.document], tasks: s.tasks, entries: [done], rulesByDoc: new Map([[s.document.id, s.rules]]), today });
    const october = calendar.find((d) => d.date === '2024-10-15')!;
    const r = dayReports(october.date, october.taskIds, new Map(later.map((t) => [t.task.id, t])));
    expect(r.due).toBe(october.taskIds.length - 1);
    expect(later.find((t) => t.task.id === s.task('12').id)?.pace.nextDue).toBeNull();
  });

  it('says how far a day is', () => {
    expect([relativeDay(0), relativeDay(3), relativeDay(-5)]).toEqual(['今天', '3天后', '已过5天']);
  });
});
