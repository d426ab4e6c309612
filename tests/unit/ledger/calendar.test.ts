// The reporting calendar of 随政办发〔2024〕2号, as its letter sets it (read from the notice text):
// 实施方案表 by 2024年2月20日; 民生实事 progress 每月15日前; 重点工作 by 4月15日、6月15日、10月15日、
// 12月15日; 责任单位 report to the lead unit 提前5天.
import { describe, expect, it } from 'vitest';
import { buildCalendar, calendarStart, nextDue, periodAt, periodsOf, planYear, ruleDueDates, ruleTimeline, taskSchedule, upcoming } from '../../../src/lib/ledger/calendar';
import { categoriesOf, describeRule, effectiveRules, parseDateList, parsedRules, supportLeadDaysIn, userRule } from '../../../src/lib/ledger/rules';
import type { DeadlineRule } from '../../../src/lib/model/ledger';
import { DOC_ID, seed002 } from './seed';

const s = seed002();
const year = planYear(s.document.meta, '2024-06-20');
const start = calendarStart(s.document.meta, year);

const rule = (cycle: DeadlineRule['cycle']) => {
  const r = s.rules.find((x) => x.cycle === cycle);
  if (!r) throw new Error(`no ${cycle} rule`);
  return r;
};

describe('rules read from the notice', () => {
  it('turns the six printed deadlines into three rules: the plan, the monthly 民生实事 and the key-task dates', () => {
    expect(s.rules).toHaveLength(3);
    expect(rule('once')).toMatchObject({ dates: ['2024-02-20'], categories: [], source: 'parsed', text: '2024年2月20日前' });
    expect(rule('monthly')).toMatchObject({ day: 15, categories: ['livelihood'], text: '每月15日前' });
    expect(rule('dates')).toMatchObject({ dates: ['2024-04-15', '2024-06-15', '2024-10-15', '2024-12-15'], categories: ['target', 'task'] });
    expect(rule('dates').what).toContain('重点工作牵头单位');
  });

  it('reads the 责任单位 lead time from the letter', () => {
    for (const r of s.rules) expect(r.supportLeadDays).toBe(5);
    expect(supportLeadDaysIn('各责任单位要提前5个工作日报牵头单位。')).toBeNull();
    expect(supportLeadDaysIn('各责任单位提前三天报牵头单位汇总。')).toBe(3);
    expect(supportLeadDaysIn('提前5天报送督查室。')).toBeNull(); // not about the lead unit
  });

  it('gives parsed rules ids that depend only on their dates, so a re-parse finds them again', () => {
    const again = parsedRules(DOC_ID, s.parsed.document)
      .rules.map((r) => r.id)
      .sort();
    expect(again).toEqual(s.rules.map((r) => r.id).sort());
    expect(new Set(again).size).toBe(3);
  });

  it('reads which tasks a sentence is about', () => {
    expect(categoriesOf('民生实事牵头单位于每月15日前')).toEqual(['livelihood']);
    expect(categoriesOf('重点工作牵头单位分别于')).toEqual(['target', 'task']);
    expect(categoriesOf('重点工作和民生实事')).toEqual([]);
    expect(categoriesOf('实施方案表报市政府督查室')).toEqual([]);
  });

  it('reads other recurring cycles and skips weekly ones', () => {
    const deadline = (text: string) => ({ text, date: null, what: `各牵头单位${text}报送进展`, span: { start: 0, end: 1 } });
    const r = parsedRules('d', {
      year: 2025,
      issuedOn: null,
      reportingDeadlines: [deadline('每季度10日前'), deadline('每半年25日前'), deadline('每季度首月5日前'), deadline('每周五日前')],
    });
    expect(r.rules.map((x) => [x.cycle, x.day, x.dates])).toEqual([
      ['quarterly', 10, []],
      ['dates', null, ['2025-06-25', '2025-12-25']],
      ['dates', null, ['2025-01-05', '2025-04-05', '2025-07-05', '2025-10-05']],
    ]);
    expect(r.skipped).toEqual(['每周五日前']);
  });

  it('a notice without reporting deadlines has no rules', () => {
    expect(parsedRules('d', { year: 2024, issuedOn: null }).rules).toEqual([]);
  });
});

describe('due dates in the plan year', () => {
  it('starts the calendar the day the notice was issued, so no monthly report falls due before it', () => {
    expect(year).toBe(2024);
    expect(start).toBe('2024-01-23');
    expect(ruleDueDates(rule('monthly'), year, start)).toEqual(['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2024-${m}-15`));
    expect(calendarStart({ issuedOn: '2023-12-28' }, 2024)).toBe('2024-01-01');
    expect(planYear({ year: null, issuedOn: '2025-02-01' }, '2026-01-01')).toBe(2025);
    expect(planYear({ year: null, issuedOn: null }, '2026-03-01')).toBe(2026);
  });

  it('puts day 31 on the last day of shorter months and quarters on their last month', () => {
    expect(ruleDueDates({ cycle: 'monthly', day: 31, dates: [] }, 2024).slice(0, 4)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30']);
    expect(ruleDueDates({ cycle: 'quarterly', day: 31, dates: [] }, 2023)).toEqual(['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31']);
  });

  it('gives a key task its dates and a 民生实事 item the monthly ones, both with the plan date', () => {
    const key = taskSchedule(s.task('10'), s.rules, year, start).map((d) => d.date);
    expect(key).toEqual(['2024-02-20', '2024-04-15', '2024-06-15', '2024-10-15', '2024-12-15']);
    const livelihood = taskSchedule(s.task('一', 'livelihood'), s.rules, year, start);
    expect(livelihood.map((d) => d.date)).toEqual([
      '2024-02-15',
      '2024-02-20',
      '2024-03-15',
      '2024-04-15',
      '2024-05-15',
      '2024-06-15',
      '2024-07-15',
      '2024-08-15',
      '2024-09-15',
      '2024-10-15',
      '2024-11-15',
      '2024-12-15',
    ]);
  });

  it('knows the period a day falls in: the due date closes it, the next day opens the next', () => {
    const schedule = taskSchedule(s.task('10'), s.rules, year, start);
    expect(periodAt(schedule, start, '2024-06-15')).toEqual({ start: '2024-04-16', due: '2024-06-15' });
    expect(periodAt(schedule, start, '2024-06-16')).toEqual({ start: '2024-06-16', due: '2024-10-15' });
    expect(periodAt(schedule, start, '2024-01-23')).toEqual({ start: '2024-01-23', due: '2024-02-20' });
    expect(periodAt(schedule, start, '2024-12-16')).toBeNull();
    expect(periodsOf(schedule, start)).toHaveLength(5);
    expect(nextDue(schedule, '2024-06-15')).toBe('2024-06-15');
    expect(nextDue(schedule, '2024-12-16')).toBeNull();
  });
});

describe('the calendar on 2024-06-20', () => {
  const today = '2024-06-20';
  const calendar = buildCalendar({ tasks: s.tasks, rules: s.rules, year, start, today });

  it('shows the 6/15 report as past, and the next monthly (7/15) and key-task (10/15) dates', () => {
    const june = calendar.find((d) => d.date === '2024-06-15');
    expect(june?.past).toBe(true);
    expect(june?.daysFromToday).toBe(-5);
    const timeline = ruleTimeline(s.rules, year, start, today);
    const of = (cycle: string) => timeline.find((t) => t.rule.cycle === cycle);
    expect(of('monthly')).toMatchObject({ previous: '2024-06-15', next: '2024-07-15' });
    expect(of('dates')).toMatchObject({ previous: '2024-06-15', next: '2024-10-15' });
    expect(of('once')).toMatchObject({ previous: '2024-02-20', next: null });
    const future = calendar.filter((d) => !d.past).map((d) => d.date);
    expect(future.slice(0, 4)).toEqual(['2024-07-15', '2024-08-15', '2024-09-15', '2024-10-15']);
  });

  it('says what is due on a date and for which units', () => {
    const july = calendar.find((d) => d.date === '2024-07-15');
    // Only the five 民生实事 items report monthly.
    expect(july?.taskIds).toHaveLength(5);
    expect(july?.rules.map((r) => r.cycle)).toEqual(['monthly']);
    const units = july?.leadUnits.map((u) => u.unit) ?? [];
    for (const t of s.tasks.filter((x) => x.category === 'livelihood')) {
      for (const u of t.leadUnits) expect(units).toContain(u);
    }
    // 提前5天报牵头单位
    expect(july?.supportDate).toBe('2024-07-10');

    const october = calendar.find((d) => d.date === '2024-10-15');
    expect(october?.taskIds).toHaveLength(s.tasks.length); // key tasks and 民生实事 both fall due
    const economy = october?.leadUnits.find((u) => u.unit === '市经信局');
    expect(economy?.taskIds.length).toBe(s.tasks.filter((t) => t.leadUnits.includes('市经信局')).length);
    // Units with the most tasks first.
    const counts = october?.leadUnits.map((u) => u.taskIds.length) ?? [];
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('lists the days due within a window', () => {
    expect(upcoming(calendar, 30).map((d) => d.date)).toEqual(['2024-07-15']);
    expect(upcoming(buildCalendar({ tasks: s.tasks, rules: s.rules, year, start, today: '2024-06-15' }), 0).map((d) => d.date)).toEqual(['2024-06-15']);
  });
});

describe('rules the clerk adds or corrects', () => {
  const at = { id: 'u1', docId: DOC_ID, updatedAt: '2024-06-20T08:00:00.000Z' };

  it('replaces a parsed rule and keeps the others', () => {
    const corrected = userRule(
      { cycle: 'dates', dates: ['2024-04-15', '2024-07-15', '2024-10-15', '2024-12-15'], categories: ['target', 'task'] },
      { ...at, replaces: rule('dates').id },
    );
    expect(corrected.ok).toBe(true);
    if (!corrected.ok) return;
    expect(corrected.rule.text).toBe('4月15日、7月15日、10月15日、12月15日前');
    const inForce = effectiveRules(s.rules, [corrected.rule]);
    expect(inForce).toHaveLength(3);
    expect(inForce.map((r) => r.id)).not.toContain(rule('dates').id);
    const key = taskSchedule(s.task('10'), inForce, year, start).map((d) => d.date);
    expect(key).toContain('2024-07-15');
    expect(key).not.toContain('2024-06-15');
  });

  it('switches a parsed rule off with an inactive replacement', () => {
    const off = userRule({ cycle: 'once', dates: ['2024-02-20'], active: false }, { ...at, replaces: rule('once').id });
    expect(
      off.ok &&
        effectiveRules(s.rules, [off.rule])
          .map((r) => r.cycle)
          .sort(),
    ).toEqual(['dates', 'monthly']);
  });

  it('adds a quarterly rule for a document that had none', () => {
    const r = userRule({ cycle: 'quarterly', day: 10, what: '各牵头单位报送季度进展' }, at);
    expect(r.ok && r.rule).toMatchObject({ cycle: 'quarterly', day: 10, dates: [], text: '每季度末月10日前', source: 'user', active: true });
  });

  it.each([
    [{ cycle: 'monthly' as const }, '请填写每期报送的日期'],
    [{ cycle: 'monthly' as const, day: 32 }, '请填写每期报送的日期'],
    [{ cycle: 'once' as const, dates: [] }, '一次性报送须有且只有一个日期'],
    [{ cycle: 'once' as const, dates: ['2024-03-01', '2024-04-01'] }, '一次性报送须有且只有一个日期'],
    [{ cycle: 'dates' as const, dates: ['2024-02-30'] }, '不是有效的日期'],
    [{ cycle: 'dates' as const, dates: [] }, '至少有一个日期'],
  ])('refuses %j with a reason in Chinese', (input, reason) => {
    const r = userRule(input, at);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  it('reads dates typed as the notice prints them', () => {
    expect(parseDateList('4月15日、6月15日，2024-10-15 12月底', 2024)).toEqual({ dates: ['2024-04-15', '2024-06-15', '2024-10-15', '2024-12-31'], unreadable: [] });
    expect(parseDateList('下周 4月15日', 2024)).toEqual({ dates: ['2024-04-15'], unreadable: ['下周'] });
  });

  it('describes rules in words', () => {
    expect(describeRule({ cycle: 'monthly', day: 31, dates: [] })).toBe('每月月底前');
    expect(describeRule({ cycle: 'dates', day: null, dates: ['2024-12-15', '2025-01-10'] })).toBe('2024年12月15日、2025年1月10日前');
  });
});
