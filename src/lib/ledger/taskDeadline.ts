// A task's 完成时限: from its responsibility groups or its own deadline (the parser's), else from
// deadline words in its text (6月底前, 年底前, 三季度末), else the end of the plan year — the tasks of a
// 政府工作报告 are the year's work — marked as such so the page can say it was assumed. Pure.
import type { Deadline, ResponsibilityGroup } from '../model/document';
import { findDeadline, parseDeadline } from '../parse/deadline';

/** group: a responsibility group's deadline; task: the task's; text: words in the task text;
 * plan-year: assumed end of the plan year; none: no year known either. */
export type DeadlineSource = 'group' | 'task' | 'text' | 'plan-year' | 'none';

export interface TaskDeadline {
  /** As printed (6月底前), or 年底前 when assumed. */
  text: string;
  /** YYYY-MM-DD, null for words without a date (长期坚持). */
  date: string | null;
  source: DeadlineSource;
}

export interface DeadlineTask {
  text: string;
  deadline: Deadline | null;
  groups: readonly Pick<ResponsibilityGroup, 'deadline'>[];
}

// Dated deadline words inside running text. Only phrases that end a period (底/末/前, quarters, half
// years) count: 持续推进 or 长期 inside a sentence are verbs, not deadlines.
const IN_TEXT =
  /(?:(?:19|20)\d{2}年?)?(?:(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:底|末)前?|(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日前|年底前?|年末前?|上半年|下半年|(?:第)?[一二三四1-4]季度末?前?)/g;

/** The latest dated deadline among `list`; if none has a date, the first. */
function latest(list: readonly Deadline[]): Deadline | null {
  const dated = list.filter((d) => d.date !== null).sort((a, b) => ((a.date as string) < (b.date as string) ? 1 : -1));
  return dated[0] ?? list[0] ?? null;
}

/** The task's 完成时限 in plan year `year` (null when no year is known). */
export function taskDeadline(task: DeadlineTask, year: number | null): TaskDeadline {
  // A task with several groups is complete when its last part is.
  const fromGroups = latest(task.groups.map((g) => g.deadline).filter((d): d is Deadline => d !== null));
  if (fromGroups) return { ...fromGroups, source: 'group' };
  if (task.deadline) return { ...task.deadline, source: 'task' };

  const labelled = findDeadline(task.text, year);
  if (labelled) return { ...labelled.deadline, source: 'text' };
  const found: Deadline[] = [];
  for (const m of task.text.matchAll(IN_TEXT)) {
    const d = parseDeadline(m[0], year);
    if (d?.date) found.push(d);
  }
  const inText = latest(found);
  if (inText) return { ...inText, source: 'text' };

  if (year === null) return { text: '', date: null, source: 'none' };
  return { text: '年底前', date: `${year}-12-31`, source: 'plan-year' };
}

/** The deadline as a table shows it: 6月底前 (2024-06-30); assumed ones say so. */
export function deadlineLabel(d: TaskDeadline): string {
  if (d.source === 'none') return '';
  if (d.source === 'plan-year') return `${d.text}（按年度任务）`;
  return d.date ? `${d.text}（${d.date}）` : d.text;
}
