// Reporting rules of a document: read from a notice's reporting deadlines (meta.reportingDeadlines,
// found by parse/reporting.ts), corrected or added by the clerk, merged into the rules in force. Pure.
import type { DocumentMeta, ReportingDeadline, TaskCategory } from '../model/document';
import { DeadlineRule, type ReportingCycle } from '../model/ledger';
import { parseDeadline } from '../parse/deadline';
import { parseNumber } from '../parse/numbers';
import { chineseDate, chineseMonthDay, clampedDate, isValidIsoDate, nthWorkdayAfter } from './dates';

/** Which tasks a reporting sentence is about, from its words; [] = every task of the document. */
export function categoriesOf(what: string): TaskCategory[] {
  const out: TaskCategory[] = [];
  if (/重点工作|重点任务/.test(what)) out.push('target', 'task');
  if (/民生实事|民生项目|民生工程/.test(what)) out.push('livelihood');
  // Naming every category is the same as naming none.
  return out.length === 3 ? [] : out;
}

/**
 * How many days before each reporting date the 责任单位 must report to their lead unit, when the
 * notice's letter says so (要按照上述时间节点要求，提前5天报牵头单位汇总). Working days are not
 * counted as calendar days, so 提前5个工作日 gives null rather than a wrong date.
 */
export function supportLeadDaysIn(letter: string): number | null {
  for (const sentence of letter.split(/[。；\n]/)) {
    if (!/牵头单位|牵头部门/.test(sentence)) continue;
    const m = /提前\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:天|日)/.exec(sentence);
    if (!m) continue;
    const n = parseNumber(m[1] as string);
    if (n !== null && Number.isInteger(n) && n >= 0 && n <= 60) return n;
  }
  return null;
}

/** The letter of a notice: its text before the first task and after the last (where reporting rules are set). */
export function letterOf(text: string, tasks: readonly { span: { start: number; end?: number } }[]): string {
  const first = tasks.reduce((min, t) => Math.min(min, t.span.start), text.length);
  const last = tasks.reduce((max, t) => Math.max(max, t.span.end ?? t.span.start), first);
  return last > first ? `${text.slice(0, first)}\n${text.slice(last)}` : text.slice(0, first);
}

interface RecurringReading {
  cycle: ReportingCycle;
  day: number;
  /** For cycles we express as fixed dates (每半年, 每季度首月): the months. */
  months: number[] | null;
  /** 每季度结束后5个工作日内: the due date is that working day after each period's end (months = the periods' last months). */
  workdaysAfter?: number;
}

/**
 * 每月15日前 → monthly 15; 每季度10日前 → quarterly 10; 每季度首月10日 → months 1,4,7,10; 每半年 → 6, 12;
 * 逢双月5日前 → months 2,4,…,12; 每季度结束后5个工作日内 → the 5th working day after 3/31, 6/30, 9/30, 12/31.
 */
function readRecurring(text: string): RecurringReading | null {
  const after = /每(月|季度?|半年)(?:结束|末)后(\d{1,2})个工作日内/.exec(text);
  if (after) {
    const n = Number(after[2]);
    if (n < 1 || n > 31) return null;
    const months = after[1] === '月' ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : after[1] === '半年' ? [6, 12] : [3, 6, 9, 12];
    return { cycle: 'dates', day: 31, months, workdaysAfter: n };
  }
  // 每月底前 / 每季度末: the last day of each month or quarter (day 31, clamped to the month).
  if (/每月(?:底|末)/.test(text)) return { cycle: 'monthly', day: 31, months: null };
  if (/每季度?(?:底|末)(?!月)/.test(text)) return { cycle: 'quarterly', day: 31, months: null };
  const day = /(\d{1,2})日/.exec(text);
  if (!day) return null;
  const d = Number(day[1]);
  if (d < 1 || d > 31) return null;
  if (/每月/.test(text)) return { cycle: 'monthly', day: d, months: null };
  if (/逢双月/.test(text)) return { cycle: 'dates', day: d, months: [2, 4, 6, 8, 10, 12] };
  if (/逢单月/.test(text)) return { cycle: 'dates', day: d, months: [1, 3, 5, 7, 9, 11] };
  if (/每季度?/.test(text)) {
    if (/首月|第一个月|初/.test(text)) return { cycle: 'dates', day: d, months: [1, 4, 7, 10] };
    if (/第二个月/.test(text)) return { cycle: 'dates', day: d, months: [2, 5, 8, 11] };
    return { cycle: 'quarterly', day: d, months: null };
  }
  if (/每半年/.test(text)) return { cycle: 'dates', day: d, months: [6, 12] };
  return null; // 每周: not a cycle the ledger keeps
}

export function parsedRuleId(docId: string, cycle: ReportingCycle, day: number | null, dates: readonly string[]): string {
  return `${docId}#parsed:${cycle}:${cycle === 'monthly' || cycle === 'quarterly' ? day : dates.join(',')}`;
}

export interface ParsedRules {
  rules: DeadlineRule[];
  /** Reporting deadlines the ledger could not turn into a rule (每周…), as printed. */
  skipped: string[];
}

/**
 * The rules a notice sets, one per reporting sentence and cycle: the dates of one sentence
 * (分别于4月15日、6月15日…前) make one rule. Ids depend only on the cycle and dates, so a clerk's
 * correction (`replaces`) still finds its rule after a re-parse.
 */
export function parsedRules(docId: string, meta: Pick<DocumentMeta, 'year' | 'issuedOn' | 'reportingDeadlines'>, letter = '', updatedAt = ''): ParsedRules {
  const deadlines: readonly ReportingDeadline[] = meta.reportingDeadlines ?? [];
  const year = meta.year ?? (meta.issuedOn ? Number(meta.issuedOn.slice(0, 4)) : null);
  const lead = supportLeadDaysIn(letter);
  const skipped: string[] = [];
  const byId = new Map<string, DeadlineRule>();
  const add = (cycle: ReportingCycle, day: number | null, dates: string[], text: string, what: string) => {
    const id = parsedRuleId(docId, cycle, day, dates);
    const categories = categoriesOf(what);
    const seen = byId.get(id);
    if (seen) {
      // Two sentences with the same dates: one rule covering what both name.
      const merged = seen.categories.length === 0 || categories.length === 0 ? [] : [...new Set([...seen.categories, ...categories])];
      byId.set(id, { ...seen, categories: merged, what: seen.what === what ? what : `${seen.what}；${what}` });
      return;
    }
    byId.set(id, {
      id,
      docId,
      cycle,
      day,
      dates,
      categories,
      text,
      what,
      supportLeadDays: lead,
      source: 'parsed',
      replaces: null,
      active: true,
      updatedAt,
    });
  };

  const datedBySentence = new Map<string, ReportingDeadline[]>();
  for (const d of deadlines) {
    if (d.date !== null) {
      const list = datedBySentence.get(d.what);
      if (list) list.push(d);
      else datedBySentence.set(d.what, [d]);
      continue;
    }
    const r = readRecurring(d.text);
    if (!r) {
      skipped.push(d.text);
      continue;
    }
    if (r.months) {
      if (year === null) {
        skipped.push(d.text);
        continue;
      }
      add(
        'dates',
        null,
        r.months.map((m) => (r.workdaysAfter ? nthWorkdayAfter(clampedDate(year, m, 31), r.workdaysAfter) : clampedDate(year, m, r.day))),
        d.text,
        d.what,
      );
    } else {
      add(r.cycle, r.day, [], d.text, d.what);
    }
  }
  for (const [what, list] of datedBySentence) {
    const dates = [...new Set(list.map((d) => d.date as string))].sort();
    const text = list.map((d) => d.text).join('、') + '前';
    add(dates.length === 1 ? 'once' : 'dates', null, dates, text, what);
  }
  return { rules: [...byId.values()], skipped };
}

/**
 * The rules in force: parsed rules not replaced by a user rule, and the active user rules. A user rule
 * with `replaces` and `active: false` removes the parsed rule it names.
 */
export function effectiveRules(parsed: readonly DeadlineRule[], user: readonly DeadlineRule[]): DeadlineRule[] {
  const replaced = new Set(user.map((r) => r.replaces).filter((id): id is string => id !== null));
  return [...parsed.filter((r) => !replaced.has(r.id)), ...user.filter((r) => r.active)];
}

/** The rule in words: 每月15日前, 每季度末月15日前, 4月15日、6月15日前, 2024年2月20日前. */
export function describeRule(rule: Pick<DeadlineRule, 'cycle' | 'day' | 'dates'>): string {
  switch (rule.cycle) {
    case 'monthly':
      return rule.day === 31 ? '每月月底前' : `每月${rule.day}日前`;
    case 'quarterly':
      return rule.day === 31 ? '每季度末前' : `每季度末月${rule.day}日前`;
    case 'once':
      return rule.dates[0] ? `${chineseDate(rule.dates[0])}前` : '';
    case 'dates': {
      const sameYear = rule.dates.every((d) => d.slice(0, 4) === rule.dates[0]?.slice(0, 4));
      return rule.dates.map((d) => (sameYear ? chineseMonthDay(d) : chineseDate(d))).join('、') + '前';
    }
  }
}

/** 4月15日、6月15日 / 2024-04-15, 2024-06-15 / 10月底 → ISO dates in `year`; unreadable pieces listed. */
export function parseDateList(text: string, year: number | null): { dates: string[]; unreadable: string[] } {
  const dates: string[] = [];
  const unreadable: string[] = [];
  for (const piece of text
    .split(/[、，,；;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (isValidIsoDate(piece)) {
      dates.push(piece);
      continue;
    }
    const d = parseDeadline(piece, year);
    if (d?.date) dates.push(d.date);
    else unreadable.push(piece);
  }
  return { dates: [...new Set(dates)].sort(), unreadable };
}

export interface RuleInput {
  cycle: ReportingCycle;
  /** monthly / quarterly */
  day?: number | null;
  /** once / dates: ISO dates */
  dates?: readonly string[];
  categories?: readonly TaskCategory[];
  text?: string;
  what?: string;
  supportLeadDays?: number | null;
  active?: boolean;
}

export type RuleResult = { ok: true; rule: DeadlineRule } | { ok: false; reason: string };

/** A user rule from the clerk's form. Never throws; the reason is in Chinese. */
export function userRule(input: RuleInput, o: { id: string; docId: string; replaces?: string | null; updatedAt: string }): RuleResult {
  const dates = [...new Set(input.dates ?? [])].sort();
  const bad = dates.find((d) => !isValidIsoDate(d));
  if (bad) return { ok: false, reason: `日期“${bad}”不是有效的日期，请写作 YYYY-MM-DD` };
  const isRecurring = input.cycle === 'monthly' || input.cycle === 'quarterly';
  const day = isRecurring ? (input.day ?? null) : null;
  if (isRecurring && (day === null || !Number.isInteger(day) || day < 1 || day > 31)) {
    return { ok: false, reason: '请填写每期报送的日期（1—31日，31表示月底）' };
  }
  const base = { cycle: input.cycle, day, dates: isRecurring ? [] : dates };
  const candidate = {
    id: o.id,
    docId: o.docId,
    ...base,
    categories: [...new Set(input.categories ?? [])],
    text: (input.text ?? '').trim() || describeRule(base),
    what: (input.what ?? '').trim(),
    supportLeadDays: input.supportLeadDays ?? null,
    source: 'user' as const,
    replaces: o.replaces ?? null,
    active: input.active ?? true,
    updatedAt: o.updatedAt,
  };
  const parsed = DeadlineRule.safeParse(candidate);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues[0]?.message ?? '报送规则不完整' };
  return { ok: true, rule: parsed.data };
}

export const CATEGORY_NAMES: Record<TaskCategory, string> = { target: '主要目标', task: '重点任务', livelihood: '民生实事' };

/** 民生实事 / 主要目标、重点任务 / 全部任务 */
export function categoriesLabel(categories: readonly TaskCategory[]): string {
  return categories.length === 0 ? '全部任务' : categories.map((c) => CATEGORY_NAMES[c]).join('、');
}
