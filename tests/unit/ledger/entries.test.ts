import { describe, expect, it } from 'vitest';
import { NOTE_MAX } from '../../../src/lib/analysis/taskStatus';
import type { AnnotationRow } from '../../../src/lib/model/annotations';
import { calendarStart, taskSchedule } from '../../../src/lib/ledger/calendar';
import { defaultPeriod, entriesByTask, isLate, latestEntry, makeEntry, type EntryInput } from '../../../src/lib/ledger/entries';
import { entryFromAnnotation } from '../../../src/lib/db/legacy';
import { deadlineLabel, taskDeadline } from '../../../src/lib/ledger/taskDeadline';
import { ENTRY_TEXT_MAX, ProgressEntry } from '../../../src/lib/model/ledger';
import { DOC_ID, entry, seed002 } from './seed';

const s = seed002();
const task = s.task('10');
const base = (over: Partial<EntryInput> = {}): EntryInput => ({
  task,
  key: s.keyOf(task.id),
  period: '2024-06-15',
  reportedOn: '2024-06-14',
  status: '推进中',
  note: '完成年度投资40%',
  source: 'user',
  ...over,
});
const made = (over: Partial<EntryInput> = {}) => makeEntry(base(over), { id: 'x', createdAt: '2024-06-14T02:00:00.000Z' });

describe('writing an entry', () => {
  it('keeps what the clerk wrote, trailing blanks dropped', () => {
    const r = made({ note: '完成年度投资40%。\n  ', evidence: '市经信局2024年6月进展报告', unit: ' 市经信局 ' });
    expect(r.ok && r.entry).toMatchObject({
      key: `${DOC_ID}#no:10`,
      taskNo: '10',
      note: '完成年度投资40%。',
      evidence: '市经信局2024年6月进展报告',
      unit: '市经信局',
      completion: null,
    });
  });

  it.each([
    [{ reportedOn: '2024-6-14' }, '报送日期无效'],
    [{ period: '2024-13-01' }, '报送期无效'],
    [{ status: null, note: '  ' }, '请选择状态或填写进展'],
    [{ status: '已完成' as const }, '销号须填写完成日期'],
    [{ status: '已完成' as const, completion: { date: '2024-06-10', basis: ' ' } }, '销号须写明完成依据'],
    [{ status: '已完成' as const, completion: { date: '2024-06-20', basis: '验收' } }, '完成日期不能晚于报送日期'],
  ])('refuses %j', (over, reason) => {
    const r = made(over);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  it('records 销号 with its date and basis', () => {
    const r = made({ status: '已完成', completion: { date: '2024-06-10', basis: '项目通过竣工验收（随经信验〔2024〕3号）' } });
    expect(r.ok && r.entry.completion).toEqual({ date: '2024-06-10', basis: '项目通过竣工验收（随经信验〔2024〕3号）' });
  });

  it('the schema itself refuses 已完成 without 销号, so no stored row can lack it', () => {
    const r = made();
    if (!r.ok) throw new Error(r.reason);
    expect(ProgressEntry.safeParse({ ...r.entry, status: '已完成' }).success).toBe(false);
  });

  it('allows as much text as a task note', () => {
    expect(ENTRY_TEXT_MAX).toBe(NOTE_MAX);
  });
});

describe('history', () => {
  it("finds a task's entries again after a re-parse gives the task another local id", () => {
    const e1 = entry(s, task, { reportedOn: '2024-04-10', period: '2024-04-15' });
    const e2 = entry(s, task, { reportedOn: '2024-06-14', period: '2024-06-15', status: '滞后' });
    const reparsed = s.tasks.map((t) => ({ ...t, id: `${DOC_ID}/new-${t.id}` }));
    const byTask = entriesByTask(reparsed, [e2, e1]);
    const found = byTask.get(`${DOC_ID}/new-${task.id}`);
    expect(found?.map((e) => e.id)).toEqual([e1.id, e2.id]);
    expect(latestEntry(found)?.status).toBe('滞后');
    expect(byTask.size).toBe(1);
  });

  it('orders two entries of one day by when they were written', () => {
    const a = { ...entry(s, task, { reportedOn: '2024-06-14' }), createdAt: '2024-06-14T10:00:00.000Z', note: '下午' };
    const b = { ...entry(s, task, { reportedOn: '2024-06-14' }), createdAt: '2024-06-14T01:00:00.000Z', note: '上午' };
    expect(latestEntry([a, b])?.note).toBe('下午');
    expect(latestEntry([])).toBeNull();
  });

  it('a report after its period is late', () => {
    expect(isLate({ period: '2024-06-15', reportedOn: '2024-06-16' })).toBe(true);
    expect(isLate({ period: '2024-06-15', reportedOn: '2024-06-15' })).toBe(false);
    expect(isLate({ period: null, reportedOn: '2024-06-16' })).toBe(false);
  });
});

describe('the period a new report is for', () => {
  const start = calendarStart(s.document.meta, 2024);
  const schedule = taskSchedule(task, s.rules, 2024, start);

  it('is the closed period when it has no report yet (a late report)', () => {
    expect(defaultPeriod(schedule, start, [], '2024-06-20')).toBe('2024-06-15');
  });

  it('is the open period once the closed one is answered', () => {
    const june = entry(s, task, { reportedOn: '2024-06-14', period: '2024-06-15' });
    expect(defaultPeriod(schedule, start, [june], '2024-06-20')).toBe('2024-10-15');
    expect(defaultPeriod(schedule, start, [june], '2024-06-15')).toBe('2024-06-15');
  });

  it('is the open period when its date is nearer than the unanswered closed one', () => {
    // April is unanswered, but on 6/10 the June date is 5 days away and April's 56 days past.
    expect(defaultPeriod(schedule, start, [], '2024-06-10')).toBe('2024-06-15');
    expect(defaultPeriod(schedule, start, [], '2024-05-14')).toBe('2024-04-15'); // 29 days past vs 32 ahead
  });

  it('is none after the last date of the year once it is answered, or without a calendar', () => {
    const december = entry(s, task, { reportedOn: '2024-12-15', period: '2024-12-15' });
    expect(defaultPeriod(schedule, start, [december], '2024-12-20')).toBeNull();
    expect(defaultPeriod([], start, [], '2024-06-20')).toBeNull();
  });
});

describe('an annotation from before the ledger', () => {
  const annotation: AnnotationRow = {
    key: `${DOC_ID}#no:10`,
    docId: DOC_ID,
    taskNo: '10',
    taskText: task.text,
    status: '推进中',
    note: '已完成招标',
    updatedAt: '2024-05-06T03:04:05.000Z',
  };

  it('becomes the first entry with the same status and note, dated the day it was written', () => {
    expect(entryFromAnnotation(annotation)).toMatchObject({
      key: annotation.key,
      docId: DOC_ID,
      taskNo: '10',
      taskText: task.text,
      status: '推进中',
      note: '已完成招标',
      reportedOn: '2024-05-06',
      period: null,
      source: 'annotation',
      createdAt: annotation.updatedAt,
      updatedAt: annotation.updatedAt,
      id: `annotation:${annotation.key}`,
    });
  });

  it('marked 已完成 becomes 销号 on that day with its note as the basis', () => {
    expect(entryFromAnnotation({ ...annotation, status: '已完成' })?.completion).toEqual({ date: '2024-05-06', basis: '已完成招标' });
    expect(entryFromAnnotation({ ...annotation, status: '已完成', note: '' })?.completion?.basis).toBe('升级前已标为已完成');
  });

  it('with a note and no status keeps the note', () => {
    expect(entryFromAnnotation({ ...annotation, status: null })).toMatchObject({ status: null, note: '已完成招标' });
  });

  it('never cuts a note: one longer than the form ever allowed (the task list cut notes at 2,000 from the start) is not converted, so the upgrade leaves it where it is', () => {
    const long = '进'.repeat(3000);
    expect(entryFromAnnotation({ ...annotation, note: long })).toBeNull();
    const most = '进'.repeat(2000);
    expect(entryFromAnnotation({ ...annotation, note: most })?.note).toBe(most);
  });

  it('with neither is nothing to carry over', () => {
    expect(entryFromAnnotation({ ...annotation, status: null, note: '' })).toBeNull();
  });
});

describe('完成时限', () => {
  const plain = { text: '推进产业升级。', deadline: null, groups: [] };

  it('takes the latest dated deadline of the responsibility groups', () => {
    const groups = [{ deadline: { text: '6月底前', date: '2024-06-30' } }, { deadline: { text: '年底前', date: '2024-12-31' } }, { deadline: null }];
    expect(taskDeadline({ ...plain, groups }, 2024)).toEqual({ text: '年底前', date: '2024-12-31', source: 'group' });
    expect(taskDeadline({ ...plain, groups: [{ deadline: { text: '长期坚持', date: null } }] }, 2024)).toEqual({ text: '长期坚持', date: null, source: 'group' });
  });

  it("then the task's own deadline", () => {
    expect(taskDeadline({ ...plain, deadline: { text: '9月底前', date: '2024-09-30' } }, 2024).source).toBe('task');
  });

  it.each([
    ['完成老旧小区改造（6月底前完成）。', '2024-06-30'],
    ['新建城市绿道20公里，完成时限：2024年10月底前。', '2024-10-31'],
    ['三季度末前建成投产，年底前全面达效。', '2024-12-31'],
    ['上半年完成招标。', '2024-06-30'],
    ['到2025年底建成区域医疗中心。', '2025-12-31'],
    ['确保9月30日前开学投用。', '2024-09-30'],
  ])('reads %s from the text', (text, date) => {
    expect(taskDeadline({ ...plain, text }, 2024)).toMatchObject({ date, source: 'text' });
  });

  it('does not read 持续推进 inside a sentence as a deadline', () => {
    expect(taskDeadline({ ...plain, text: '持续推进营商环境改革。' }, 2024)).toEqual({ text: '年底前', date: '2024-12-31', source: 'plan-year' });
  });

  it('has none without a year', () => {
    expect(taskDeadline(plain, null)).toEqual({ text: '', date: null, source: 'none' });
  });

  it('labels assumed deadlines as such', () => {
    expect(deadlineLabel({ text: '年底前', date: '2024-12-31', source: 'plan-year' })).toBe('年底前（按年度任务）');
    expect(deadlineLabel({ text: '6月底前', date: '2024-06-30', source: 'text' })).toBe('6月底前（2024-06-30）');
    expect(deadlineLabel({ text: '长期坚持', date: null, source: 'group' })).toBe('长期坚持');
  });
});
