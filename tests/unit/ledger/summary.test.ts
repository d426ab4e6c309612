import { describe, expect, it } from 'vitest';
import { assessTasks, type AssessedTask } from '../../../src/lib/ledger/assess';
import { countPaces, NONE_LABEL, percent, sortSummary, summarize } from '../../../src/lib/ledger/summary';
import type { ProgressEntry } from '../../../src/lib/model/ledger';
import { entry, seed002 } from './seed';

const s = seed002();
const today = '2024-06-20';
const assess = (entries: ProgressEntry[], on = today): AssessedTask[] =>
  assessTasks({ documents: [s.document], tasks: s.tasks, entries, rulesByDoc: new Map([[s.document.id, s.rules]]), today: on });

// A June picture: tasks 10–19 reported on time, 20–22 reported 滞后, 23–24 done, task 25 reported late.
const june: ProgressEntry[] = [
  ...['10', '11', '12', '13', '14', '15', '16', '17', '18', '19'].map((no) => entry(s, s.task(no), { reportedOn: '2024-06-12', period: '2024-06-15' })),
  ...['20', '21', '22'].map((no) => entry(s, s.task(no), { reportedOn: '2024-06-13', period: '2024-06-15', status: '滞后', note: '征地拆迁未完成' })),
  ...['23', '24'].map((no) => entry(s, s.task(no), { reportedOn: '2024-06-14', period: '2024-06-15', status: '已完成', completion: { date: '2024-06-01', basis: '通过验收' } })),
  entry(s, s.task('25'), { reportedOn: '2024-06-19', period: '2024-06-15' }),
];
const assessed = assess(june);

describe('summary per 责任领导', () => {
  const rows = summarize(assessed, 'leader');

  it('counts for 黄继军 exactly the tasks whose leaders include 黄继军', () => {
    const row = rows.find((r) => r.name === '黄继军');
    const his = assessed.filter((t) => t.task.leaders.includes('黄继军'));
    expect(his.length).toBeGreaterThan(10);
    expect(row?.tasks).toBe(his.length);
    expect(row?.taskIds.sort()).toEqual(his.map((t) => t.task.id).sort());
    expect(row).toMatchObject(countPaces(his));
    const lights = (l: string) => his.filter((t) => t.pace.light === l).length;
    expect(row?.done).toBe(lights('done'));
    expect(row?.onPace).toBe(lights('green'));
    expect(row?.behind).toBe(lights('red'));
    expect(row?.overdue).toBe(0); // nothing is past 年底前 in June
    expect(row?.laggingShare).toBeCloseTo(lights('red') / his.length, 10);
  });

  it('counts of each row add up to its tasks', () => {
    for (const r of rows) expect(r.done + r.onPace + r.dueSoon + r.behind + r.overdue + r.notDue).toBe(r.tasks);
  });

  it('counts a task with two leaders for each, and tasks without one under a label', () => {
    const two = assessed.find((t) => t.task.leaders.length > 1);
    expect(two).toBeDefined();
    for (const name of two?.task.leaders ?? []) expect(rows.find((r) => r.name === name)?.taskIds).toContain(two?.task.id);
    const orphan = summarize([{ task: { id: 'x', leaders: [], leadUnits: [] }, pace: { light: 'green', reason: 'reported' } }], 'leader');
    expect(orphan).toMatchObject([{ name: NONE_LABEL.leader, tasks: 1, onPace: 1 }]);
  });

  it('sums the rounds each name’s tasks missed (漏报) without turning answered tasks red', () => {
    // April went unreported everywhere; tasks 10–19 answered June early, so on 6/14 they are not red.
    const early = ['10', '11'].map((no) => entry(s, s.task(no), { reportedOn: '2024-06-10', period: '2024-06-15' }));
    const plan = ['10', '11'].map((no) => entry(s, s.task(no), { reportedOn: '2024-02-18', period: '2024-02-20' }));
    const on614 = assess([...plan, ...early], '2024-06-14');
    const two = on614.filter((t) => t.task.no === '10' || t.task.no === '11');
    expect(countPaces(two)).toMatchObject({ tasks: 2, onPace: 2, behind: 0, missedReports: 2 });
    const r = summarize(on614, 'leader').find((x) => x.taskIds.includes(two[0]?.task.id as string));
    expect(r?.missedReports).toBe(on614.filter((t) => t.task.leaders.includes(r?.name as string)).reduce((n, t) => n + t.pace.missedCount, 0));
    expect(r?.onPace).toBeGreaterThan(0);
  });

  it('puts the most lagging first and sorts by any column', () => {
    const shares = rows.map((r) => r.laggingShare);
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
    const byTasks = sortSummary(rows, 'tasks', 'asc').map((r) => r.tasks);
    expect([...byTasks].sort((a, b) => a - b)).toEqual(byTasks);
    const byName = sortSummary(rows, 'name', 'asc').map((r) => r.name);
    expect([...byName].sort((a, b) => a.localeCompare(b, 'zh-CN'))).toEqual(byName);
  });
});

describe('summary per 牵头单位', () => {
  it('counts the tasks each unit leads, 共同牵头 tasks for each', () => {
    const rows = summarize(assessed, 'leadUnit');
    for (const r of rows.filter((x) => x.name !== NONE_LABEL.leadUnit)) {
      expect(r.tasks).toBe(assessed.filter((t) => t.task.leadUnits.includes(r.name)).length);
    }
    expect(rows.find((r) => r.name === '市经信局')?.tasks).toBe(s.tasks.filter((t) => t.leadUnits.includes('市经信局')).length);
  });

  it('prints shares as percentages with one decimal', () => {
    expect(percent(1 / 3)).toBe('33.3%');
    expect(percent(0)).toBe('0.0%');
    expect(percent(1)).toBe('100.0%');
  });
});
