// Pace lights at their boundaries: the day of a due date, a late report, the completion deadline, a
// year end. The seed's key tasks report by 4/15, 6/15, 10/15, 12/15 (plus the plan by 2/20).
import { describe, expect, it } from 'vitest';
import { assessTasks, type AssessedTask } from '../../../src/lib/ledger/assess';
import { calendarStart, taskSchedule } from '../../../src/lib/ledger/calendar';
import { LIGHT_RULES, lightWords, pace, WARN_DAYS, type PaceReason } from '../../../src/lib/ledger/lights';
import type { TaskDeadline } from '../../../src/lib/ledger/taskDeadline';
import type { ProgressEntry } from '../../../src/lib/model/ledger';
import { entry, seed002 } from './seed';

const s = seed002();
const keyTask = s.task('10');
const start = calendarStart(s.document.meta, 2024);
const schedule = taskSchedule(keyTask, s.rules, 2024, start);
const yearEnd: TaskDeadline = { text: '年底前', date: '2024-12-31', source: 'plan-year' };
const judged = (today: string, history: ProgressEntry[] = [], deadline = yearEnd) => pace({ schedule, start, deadline, history, today });
const on = (reportedOn: string, extra: Omit<Parameters<typeof entry>[2], 'reportedOn'> = {}) => entry(s, keyTask, { reportedOn, ...extra });
// Every report before June answered on time, so only the June period is in question.
const earlier = [on('2024-02-18', { period: '2024-02-20' }), on('2024-04-12', { period: '2024-04-15' })];

describe('the day of a reporting date', () => {
  it('is still on time: yellow (due today), not red', () => {
    expect(judged('2024-06-15', earlier)).toMatchObject({ light: 'yellow', reason: 'due-soon', nextDue: '2024-06-15' });
  });

  it('turns red the day after without a report for the period', () => {
    expect(judged('2024-06-16', earlier)).toMatchObject({ light: 'red', reason: 'missed', lastDue: '2024-06-15' });
  });

  it(`turns yellow ${WARN_DAYS} days ahead, not ${WARN_DAYS + 1}`, () => {
    expect(judged('2024-06-08', earlier).light).toBe('yellow');
    expect(judged('2024-06-07', earlier)).toMatchObject({ light: 'green', reason: 'reported' });
  });

  it('stays green when the period was reported early', () => {
    const early = [...earlier, on('2024-06-10', { period: '2024-06-15' })];
    expect(judged('2024-06-14', early)).toMatchObject({ light: 'green', late: false });
    expect(judged('2024-06-16', early)).toMatchObject({ light: 'green', late: false });
  });

  it('counts a report without a named period for the period it was made in', () => {
    const unnamed = [...earlier, on('2024-05-30')];
    expect(judged('2024-06-16', unnamed).light).toBe('green');
  });
});

describe('a late report', () => {
  it('turns the task green again and is marked late', () => {
    const late = [...earlier, on('2024-06-20', { period: '2024-06-15' })];
    expect(judged('2024-06-20', late)).toMatchObject({ light: 'green', reason: 'reported', late: true });
  });

  it('for an older period does not cover the latest one', () => {
    const wrongPeriod = [on('2024-06-20', { period: '2024-04-15' })];
    expect(judged('2024-06-20', wrongPeriod)).toMatchObject({ light: 'red', reason: 'missed' });
  });

  it('made after the due date without naming one fills the round it missed, late (issue 22: it used to leave the task red)', () => {
    expect(judged('2024-06-20', [...earlier, on('2024-06-17')])).toMatchObject({ light: 'green', reason: 'reported', late: true, missedCount: 0 });
  });

  it('on 7/16 for the June round fills it and shows 迟报', () => {
    const v = judged('2024-07-16', [...earlier, on('2024-07-16', { period: '2024-06-15' })]);
    expect(v).toMatchObject({ light: 'green', late: true, lastDue: '2024-06-15', nextDue: '2024-10-15', missedCount: 0 });
    expect(v.rounds.lateRounds.map((r) => r.due)).toEqual(['2024-06-15']);
  });
});

describe('the current round decides the light (issue 22)', () => {
  // The plan reported, April missed, June reported early on 6/10.
  const aprilMissed = [on('2024-02-18', { period: '2024-02-20' }), on('2024-06-10', { period: '2024-06-15' })];

  it('on 6/14 a task that answered the open June round is not red for April, and 漏报 1 次 stays visible', () => {
    expect(judged('2024-06-14', aprilMissed)).toMatchObject({ light: 'green', reason: 'reported', missedCount: 1, nextDue: '2024-06-15' });
  });

  it('on 6/16 it is green, April still counted as missed', () => {
    expect(judged('2024-06-16', aprilMissed)).toMatchObject({ light: 'green', missedCount: 1, lastDue: '2024-06-15', nextDue: '2024-10-15' });
  });

  it('on 6/14 without the June report it is red for April', () => {
    expect(judged('2024-06-14', aprilMissed.slice(0, 1))).toMatchObject({ light: 'red', reason: 'missed', missedCount: 1, lastDue: '2024-04-15' });
  });

  it('a 销号 task has no next date', () => {
    const done = [...earlier, on('2024-06-10', { status: '已完成', completion: { date: '2024-06-09', basis: '验收' } })];
    expect(judged('2024-06-14', done)).toMatchObject({ light: 'done', nextDue: null });
  });
});

describe('status reported', () => {
  it('滞后 is red even when reported on time', () => {
    expect(judged('2024-06-20', [...earlier, on('2024-06-14', { period: '2024-06-15', status: '滞后' })])).toMatchObject({ light: 'red', reason: 'behind' });
  });

  it('已完成 with its date and basis is done, after the deadline too', () => {
    const done = [on('2024-05-20', { status: '已完成', completion: { date: '2024-05-18', basis: '已通过竣工验收' } })];
    expect(judged('2024-06-20', done).light).toBe('done');
    expect(judged('2025-03-01', done).light).toBe('done');
  });

  it('the latest entry decides: a later 推进中 reopens a task marked done', () => {
    const reopened = [on('2024-05-20', { status: '已完成', completion: { date: '2024-05-18', basis: '验收' } }), on('2024-06-14', { period: '2024-06-15', status: '推进中' })];
    expect(judged('2024-06-20', [...earlier, ...reopened]).light).toBe('green');
  });
});

describe('the completion deadline and the year end', () => {
  const allReported = [...earlier, on('2024-06-14', { period: '2024-06-15' }), on('2024-10-14', { period: '2024-10-15' }), on('2024-12-14', { period: '2024-12-15' })];

  it('on 31 December the task is due: yellow', () => {
    expect(judged('2024-12-31', allReported)).toMatchObject({ light: 'yellow', reason: 'deadline-soon', daysToDeadline: 0 });
  });

  it('on 1 January it is overdue: red', () => {
    expect(judged('2025-01-01', allReported)).toMatchObject({ light: 'red', reason: 'overdue', daysToDeadline: -1 });
  });

  it(`a dated deadline turns yellow ${WARN_DAYS} days before`, () => {
    const june30: TaskDeadline = { text: '6月底前', date: '2024-06-30', source: 'text' };
    const reported = [...earlier, on('2024-06-14', { period: '2024-06-15' })];
    expect(judged('2024-06-22', reported, june30).light).toBe('green');
    expect(judged('2024-06-23', reported, june30).reason).toBe('deadline-soon');
    expect(judged('2024-07-01', reported, june30).reason).toBe('overdue');
  });

  it('an undated deadline (长期坚持) never makes a task overdue', () => {
    const ongoing: TaskDeadline = { text: '长期坚持', date: null, source: 'group' };
    expect(judged('2025-06-01', allReported, ongoing)).toMatchObject({ light: 'green', daysToDeadline: null });
  });
});

describe('nothing due yet', () => {
  it('a task with no report and no date passed is pending', () => {
    expect(judged('2024-01-30')).toMatchObject({ light: 'pending', reason: 'not-due' });
    expect(judged('2024-02-14').light).toBe('yellow'); // the plan is due on 2/20
  });

  it('a task with no reporting rule is green once reported, pending before', () => {
    const none = (today: string, history: ProgressEntry[]) => pace({ schedule: [], start, deadline: yearEnd, history, today });
    expect(none('2024-06-20', []).light).toBe('pending');
    expect(none('2024-06-20', [on('2024-05-01')]).light).toBe('green');
  });
});

describe('a light in words (print)', () => {
  it('names the light, its reason, a late report and the rounds missed', () => {
    expect(lightWords({ light: 'red', reason: 'missed', late: false, missedCount: 2 })).toBe('红灯（未按期报送）、漏报2次');
    expect(lightWords({ light: 'green', reason: 'reported', late: true, missedCount: 0 })).toBe('绿灯（正常推进，迟报）');
    expect(lightWords({ light: 'done', reason: 'done', late: false, missedCount: 0 })).toBe('已销号');
    expect(lightWords({ light: 'yellow', reason: 'due-soon', late: false, missedCount: 0 })).toBe('黄灯（临近报送节点）');
  });
});

describe('the legend', () => {
  it('has one rule per reason, each light named', () => {
    const reasons: PaceReason[] = ['done', 'overdue', 'behind', 'missed', 'deadline-soon', 'due-soon', 'reported', 'not-due'];
    expect(LIGHT_RULES.map((r) => r.reason)).toEqual(reasons);
    for (const r of LIGHT_RULES) expect(r.rule.length).toBeGreaterThan(8);
  });
});

describe('随政办发〔2024〕2号 on 2024-06-20', () => {
  const today = '2024-06-20';
  const assess = (entries: ProgressEntry[]): AssessedTask[] =>
    assessTasks({ documents: [s.document], tasks: s.tasks, entries, rulesByDoc: new Map([[s.document.id, s.rules]]), today });

  it('every task without a report for the June period is red', () => {
    const all = assess([]);
    expect(all).toHaveLength(s.tasks.length);
    for (const t of all) expect(t.pace).toMatchObject({ light: 'red', reason: 'missed', lastDue: '2024-06-15' });
  });

  it('after an entry for the June period that task is green, and only that task', () => {
    const livelihood = s.task('三', 'livelihood');
    const e = entry(s, livelihood, { reportedOn: today, period: '2024-06-15', note: '一期工程完成主体施工' });
    const after = assess([e]);
    const byId = new Map(after.map((t) => [t.task.id, t]));
    expect(byId.get(livelihood.id)?.pace).toMatchObject({ light: 'green', late: true, nextDue: '2024-07-15' });
    expect(after.filter((t) => t.pace.light === 'green')).toHaveLength(1);
  });

  it('every task gets the plan year end as its 完成时限 (the notice prints none)', () => {
    for (const t of assess([])) expect(t.deadline).toMatchObject({ date: '2024-12-31', source: 'plan-year' });
  });
});
