import { describe, expect, it } from 'vitest';
import { cleanNote, filterByStatus, NOTE_MAX, statusCounts, STATUS_FILTERS } from '../../src/lib/analysis/taskStatus';
import type { TaskStatus } from '../../src/lib/model/annotations';

const tasks = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
const byTask = new Map<string, { status: TaskStatus | null }>([
  ['a', { status: '推进中' }],
  ['b', { status: '推进中' }],
  ['c', { status: '滞后' }],
  ['d', { status: null }], // a note without a status counts as unmarked
  ['gone', { status: '已完成' }], // an annotation of a task not in the list counts for nothing
]);

describe('task status filter', () => {
  it('counts each status among the tasks given, unmarked ones included', () => {
    expect(statusCounts(tasks, byTask)).toEqual({ all: 5, none: 2, 未开始: 0, 推进中: 2, 已完成: 0, 滞后: 1 });
  });

  it('counts sum to the whole list', () => {
    const c = statusCounts(tasks, byTask);
    expect(STATUS_FILTERS.filter((f) => f !== 'all').reduce((n, f) => n + c[f], 0)).toBe(c.all);
  });

  it('shows exactly the tasks with the chosen status, in their order', () => {
    expect(filterByStatus(tasks, byTask, '推进中').map((t) => t.id)).toEqual(['a', 'b']);
    expect(filterByStatus(tasks, byTask, 'none').map((t) => t.id)).toEqual(['d', 'e']);
    expect(filterByStatus(tasks, byTask, '已完成')).toEqual([]);
    expect(filterByStatus(tasks, byTask, 'all')).toBe(tasks);
  });
});

describe('note cleaning', () => {
  it('drops trailing blanks but keeps the lines inside', () => {
    expect(cleanNote('已完成招标。\n下一步：开工。  \n')).toBe('已完成招标。\n下一步：开工。');
    expect(cleanNote('   ')).toBe('');
  });

  it('cuts at the limit without splitting a character outside the basic plane', () => {
    const long = '𠀀'.repeat(NOTE_MAX + 5);
    const cut = cleanNote(long);
    expect(Array.from(cut)).toHaveLength(NOTE_MAX);
    expect(cut.endsWith('𠀀')).toBe(true);
    expect(cleanNote('进展'.repeat(NOTE_MAX))).toHaveLength(NOTE_MAX);
  });
});
