// The task list's status filter: which tasks carry which status (from the user's annotations), how
// many of each, and the tasks one chip shows. Pure; the annotations come matched to tasks by
// annotationsByTask (model/annotationKeys.ts).
import { TASK_STATUSES, type AnnotationRow, type TaskStatus } from '../model/annotations';
import { NOTE_MAX } from '../model/fields';

/** 'all' shows every task, 'none' the tasks nobody has given a status yet. */
export type StatusFilter = 'all' | 'none' | TaskStatus;

export const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'none', ...TASK_STATUSES];

export const STATUS_FILTER_LABELS: Record<StatusFilter, string> = {
  all: '全部',
  none: '未标记',
  未开始: '未开始',
  推进中: '推进中',
  已完成: '已完成',
  滞后: '滞后',
};

/** The longest note the list accepts: the one limit of notes (model/fields.ts). */
export { NOTE_MAX };

type ByTask = ReadonlyMap<string, Pick<AnnotationRow, 'status'>>;

export function statusOf(taskId: string, byTask: ByTask): TaskStatus | null {
  return byTask.get(taskId)?.status ?? null;
}

/** How many of `tasks` each chip would show; 'all' is their number. */
export function statusCounts(tasks: readonly { id: string }[], byTask: ByTask): Record<StatusFilter, number> {
  const counts: Record<StatusFilter, number> = { all: tasks.length, none: 0, 未开始: 0, 推进中: 0, 已完成: 0, 滞后: 0 };
  for (const t of tasks) counts[statusOf(t.id, byTask) ?? 'none']++;
  return counts;
}

export function filterByStatus<T extends { id: string }>(tasks: readonly T[], byTask: ByTask, filter: StatusFilter): readonly T[] {
  if (filter === 'all') return tasks;
  return tasks.filter((t) => (statusOf(t.id, byTask) ?? 'none') === filter);
}

/** What is stored from a note field: at most NOTE_MAX characters (by code point, so no emoji or rare
 * character is cut in half), trailing blanks dropped. */
export function cleanNote(text: string): string {
  const chars = Array.from(text.replace(/\s+$/u, ''));
  return chars.length > NOTE_MAX ? chars.slice(0, NOTE_MAX).join('') : chars.join('');
}
