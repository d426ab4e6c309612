// The rules of rounds at each boundary: the due date itself, a minute either side of midnight Beijing
// time, a year end, a task with no rounds, a 销号 task and a joint task reported by two units.
import { describe, expect, it } from 'vitest';
import { calendarStart } from '../../../src/lib/ledger/calendar';
import { defaultRound, fileReports, ROUND_RULES, roundsView, taskRounds, type Round } from '../../../src/lib/ledger/rounds';
import type { ProgressEntry, TaskStatus } from '../../../src/lib/model/ledger';
import { beijingDayOf } from '../../../src/lib/time/clock';
import { seed002 } from './seed';

// 重点工作 of 随政办发〔2024〕2号: the plan by 2/20, then 4/15, 6/15, 10/15, 12/15.
const s = seed002();
const start = calendarStart(s.document.meta, 2024);
const keyRounds = taskRounds(s.task('10'), s.rules, 2024, start);
const monthly = taskRounds(s.task('三', 'livelihood'), s.rules, 2024, start);

let n = 0;
function report(reportedOn: string, o: { period?: string | null; unit?: string; status?: TaskStatus } = {}): ProgressEntry {
  n++;
  const status = o.status ?? '推进中';
  return {
    id: `r${n}`,
    key: 'k',
    docId: 'd',
    taskNo: '10',
    taskText: '',
    period: o.period ?? null,
    reportedOn,
    status,
    note: '进展',
    evidence: '',
    unit: o.unit ?? '',
    completion: status === '已完成' ? { date: reportedOn, basis: '验收' } : null,
    source: 'user',
    createdAt: `${reportedOn}T01:00:${String(n % 60).padStart(2, '0')}.000Z`,
    updatedAt: `${reportedOn}T01:00:${String(n % 60).padStart(2, '0')}.000Z`,
  };
}
const dues = (rs: readonly Round[]) => rs.map((r) => r.due);
const roundOf = (history: ProgressEntry[], rounds = keyRounds) => fileReports(rounds, history).map((f) => [f.round?.due ?? null, f.late]);

describe('a task’s rounds', () => {
  it('come from the rules for its category', () => {
    expect(dues(keyRounds)).toEqual(['2024-02-20', '2024-04-15', '2024-06-15', '2024-10-15', '2024-12-15']);
    expect(monthly).toHaveLength(12);
    expect(monthly[5]).toEqual({ start: '2024-05-16', due: '2024-06-15' });
  });

  it('are none for a task no rule covers', () => {
    expect(taskRounds(s.task('10'), [], 2024, start)).toEqual([]);
    const v = roundsView([], [report('2024-06-01')], '2024-06-20');
    expect(v).toMatchObject({ current: null, currentKind: null, next: null, missed: [] });
    expect(v.filed[0]).toMatchObject({ round: null, late: false });
  });
});

describe('which round a report belongs to', () => {
  it('the one it names, even when it names an earlier one', () => {
    expect(roundOf([report('2024-07-16', { period: '2024-04-15' })])).toEqual([['2024-04-15', true]]);
  });

  it('the round due that day when made on the due date itself (on time)', () => {
    expect(roundOf([report('2024-04-15'), report('2024-06-15')])).toEqual([
      ['2024-04-15', false],
      ['2024-06-15', false],
    ]);
  });

  it('the open round when made early (6/10 answers 6/15)', () => {
    expect(roundOf([report('2024-04-12'), report('2024-06-10')])).toEqual([
      ['2024-04-15', false],
      ['2024-06-15', false],
    ]);
  });

  it('a minute before midnight Beijing on the due date is on time, a minute after is late', () => {
    const before = beijingDayOf('2024-06-15T15:59:00.000Z');
    const after = beijingDayOf('2024-06-15T16:01:00.000Z');
    expect([before, after]).toEqual(['2024-06-15', '2024-06-16']);
    expect(roundOf([report('2024-04-12'), report(before)])).toEqual([
      ['2024-04-15', false],
      ['2024-06-15', false],
    ]);
    expect(roundOf([report('2024-04-12'), report(after)])).toEqual([
      ['2024-04-15', false],
      ['2024-06-15', true],
    ]);
  });

  it('after a due date it fills the round it missed, late; if that round has a report, the next open one', () => {
    expect(roundOf([report('2024-04-12'), report('2024-07-16')])).toEqual([
      ['2024-04-15', false],
      ['2024-06-15', true],
    ]);
    expect(roundOf([report('2024-04-12'), report('2024-06-14'), report('2024-07-16')])).toEqual([
      ['2024-04-15', false],
      ['2024-06-15', false],
      ['2024-10-15', false],
    ]);
  });

  it('answers the open round when nearer its due date, even with the round just closed missed', () => {
    // April missed: 6/10 is 56 days after 4/15 and 5 before 6/15
    expect(roundOf([report('2024-02-18'), report('2024-06-10')])).toEqual([
      ['2024-02-20', false],
      ['2024-06-15', false],
    ]);
    // June missed: halfway to 10/15 (8/15) still fills June, the day after answers October
    expect(roundOf([report('2024-04-12'), report('2024-08-15')])[1]).toEqual(['2024-06-15', true]);
    expect(roundOf([report('2024-04-12'), report('2024-08-16')])[1]).toEqual(['2024-10-15', false]);
  });

  it('fills only the round just missed, never an older one', () => {
    // April was missed and June too: a report on 7/16 fills June, April stays missed.
    const v = roundsView(keyRounds, [report('2024-02-18'), report('2024-07-16')], '2024-07-16');
    expect(v.filed.map((f) => f.round?.due)).toEqual(['2024-02-20', '2024-06-15']);
    expect(dues(v.missed)).toEqual(['2024-04-15']);
  });

  it('at the year end: a report on 1/2 next year fills a missed 12/31 round, late', () => {
    const yearEnd: Round[] = [
      { start: '2024-01-01', due: '2024-06-30' },
      { start: '2024-07-01', due: '2024-12-31' },
    ];
    expect(roundOf([report('2024-06-30'), report('2024-12-31')], yearEnd)).toEqual([
      ['2024-06-30', false],
      ['2024-12-31', false],
    ]);
    expect(roundOf([report('2024-06-30'), report('2025-01-02')], yearEnd)).toEqual([
      ['2024-06-30', false],
      ['2024-12-31', true],
    ]);
    // the 12/31 round answered: a report on 1/2 has no round left this year
    expect(roundOf([report('2024-06-30'), report('2024-12-30'), report('2025-01-02')], yearEnd)[2]).toEqual([null, false]);
    const v = roundsView(yearEnd, [report('2024-06-30')], '2025-01-02');
    expect(v).toMatchObject({ currentKind: 'missed', next: null });
    expect(v.current?.round.due).toBe('2024-12-31');
  });
});

describe('the current round', () => {
  const h = [report('2024-02-18'), report('2024-06-10')]; // April missed, June reported early

  it('is the open round once it is answered, even with an earlier round missed', () => {
    const v = roundsView(keyRounds, h, '2024-06-14');
    expect(v).toMatchObject({ currentKind: 'open' });
    expect(v.current).toMatchObject({ round: { due: '2024-06-15' }, answered: true, late: false });
    expect(dues(v.missed)).toEqual(['2024-04-15']);
  });

  it('moves on to the next round the day after the due date', () => {
    const v = roundsView(keyRounds, h, '2024-06-16');
    expect(v.current?.round.due).toBe('2024-10-15');
    expect(v.lastClosed).toMatchObject({ round: { due: '2024-06-15' }, answered: true });
    expect(dues(v.missed)).toEqual(['2024-04-15']);
  });

  it('is the missed round while neither it nor the open one has a report', () => {
    const v = roundsView(keyRounds, [report('2024-02-18')], '2024-06-14');
    expect(v).toMatchObject({ currentKind: 'missed', current: { round: { due: '2024-04-15' }, answered: false } });
    // on the due date itself the June round is still open, April is what is missing
    expect(roundsView(keyRounds, [report('2024-02-18'), report('2024-04-15')], '2024-06-15').currentKind).toBe('open');
  });

  it('a late report fills the missed round and is counted as 迟报, not 漏报', () => {
    const v = roundsView(keyRounds, [report('2024-02-18'), report('2024-04-12'), report('2024-07-16', { period: '2024-06-15' })], '2024-07-16');
    expect(v.missed).toEqual([]);
    expect(dues(v.lateRounds)).toEqual(['2024-06-15']);
    expect(v).toMatchObject({ currentKind: 'open', current: { round: { due: '2024-10-15' } } });
  });
});

describe('a 销号 task', () => {
  it('has no round after the one its 销号 report belongs to', () => {
    const v = roundsView(keyRounds, [report('2024-02-18'), report('2024-04-12'), report('2024-06-10', { status: '已完成' })], '2024-07-01');
    expect(dues(v.states.map((x) => x.round))).toEqual(['2024-02-20', '2024-04-15', '2024-06-15']);
    expect(v.next).toBeNull();
    expect(v).toMatchObject({ currentKind: 'last', current: { round: { due: '2024-06-15' } }, missed: [] });
    // before its round's due date too: no next date once 销号
    expect(roundsView(keyRounds, [report('2024-06-10', { status: '已完成' })], '2024-06-12')).toMatchObject({ next: null, currentKind: 'last' });
  });

  it('reopened, owes the rounds from the day it was reopened, not those while it stood 销号', () => {
    const h = [report('2024-02-18', { status: '已完成' }), report('2024-07-01')];
    const v = roundsView(keyRounds, h, '2024-10-20');
    expect(dues(v.states.map((x) => x.round))).toEqual(['2024-02-20', '2024-10-15', '2024-12-15']);
    expect(v.filed[1]?.round?.due).toBe('2024-10-15');
    expect(v.missed).toEqual([]);
  });

  it('keeps the rounds it missed before the 销号', () => {
    const v = roundsView(keyRounds, [report('2024-06-10', { status: '已完成' })], '2024-12-20');
    expect(dues(v.missed)).toEqual(['2024-02-20', '2024-04-15']);
  });
});

describe('a joint task (two lead units)', () => {
  it('a round is answered when either unit answered it; both reports are kept', () => {
    const v = roundsView(keyRounds, [report('2024-06-10', { unit: '市发改委' }), report('2024-06-12', { unit: '市财政局' })], '2024-06-16');
    const june = v.states.find((x) => x.round.due === '2024-06-15');
    expect(june).toMatchObject({ answered: true, units: ['市发改委', '市财政局'] });
    expect(june?.reports).toHaveLength(2);
    expect(roundsView(keyRounds, [report('2024-06-10', { unit: '市发改委' })], '2024-06-16').lastClosed?.answered).toBe(true);
  });

  it('a unit reporting late fills its own missed round even when the other unit answered it', () => {
    const h = [report('2024-06-10', { unit: '市发改委' }), report('2024-06-20', { unit: '市财政局' })];
    expect(roundOf(h).map((r) => r[0])).toEqual(['2024-06-15', '2024-06-15']);
    // the same unit reporting again after the due date goes on to the next round
    const again = [...h, report('2024-06-21', { unit: '市财政局' })];
    expect(roundOf(again)[2]).toEqual(['2024-10-15', false]);
    // with no unit given, any report counts
    expect(defaultRound(keyRounds, fileReports(keyRounds, [h[0] as ProgressEntry]), '2024-06-20')?.due).toBe('2024-10-15');
  });
});

describe('a joint task and 销号 (every lead unit must say 已完成)', () => {
  const leads = ['市发改委', '市财政局'];

  it('owes rounds while only one of its lead units has said 已完成', () => {
    const h = [report('2024-06-10', { unit: '市发改委', status: '已完成' }), report('2024-06-12', { unit: '市财政局' })];
    const v = roundsView(keyRounds, h, '2024-10-10', leads);
    expect(v.next).not.toBeNull();
    expect(dues(v.states.map((x) => x.round))).toContain('2024-10-15');
    expect(v).toMatchObject({ currentKind: 'open', current: { round: { due: '2024-10-15' } } });
  });

  it('stands 销号 once the last lead unit says 已完成 too', () => {
    const h = [report('2024-06-10', { unit: '市发改委', status: '已完成' }), report('2024-06-12', { unit: '市财政局', status: '已完成' })];
    const v = roundsView(keyRounds, h, '2024-10-20', leads);
    expect(v.next).toBeNull();
    expect(v).toMatchObject({ currentKind: 'last', current: { round: { due: '2024-06-15' } } });
    expect(dues(v.states.map((x) => x.round))).not.toContain('2024-10-15');
  });

  it('with one lead unit, its 已完成 alone closes the task (as before)', () => {
    const v = roundsView(keyRounds, [report('2024-06-10', { unit: '市发改委', status: '已完成' })], '2024-10-20', ['市发改委']);
    expect(v.next).toBeNull();
  });
});

describe('the rules as written', () => {
  it('name each rule the code applies', () => {
    const text = ROUND_RULES.join('');
    for (const w of ['含当天', '北京时间', '迟报', '漏报', '任一单位', '销号', '下一期']) expect(text).toContain(w);
  });
});
