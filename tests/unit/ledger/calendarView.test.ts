import { describe, expect, it } from 'vitest';
import { assessTasks } from '../../../src/lib/ledger/assess';
import { buildCalendar, calendarStart } from '../../../src/lib/ledger/calendar';
import { dayReports, relativeDay } from '../../../src/lib/ledger/calendarView';
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
    expect(dayReports(june.date, june.taskIds, byId)).toEqual({ due: s.tasks.length, reported: 2, late: 1, missing: s.tasks.length - 2 });
    const may = calendar.find((d) => d.date === '2024-05-15')!;
    expect(dayReports(may.date, may.taskIds, byId)).toEqual({ due: 5, reported: 1, late: 0, missing: 4 });
  });

  it('says how far a day is', () => {
    expect([relativeDay(0), relativeDay(3), relativeDay(-5)]).toEqual(['今天', '3天后', '已过5天']);
  });
});
