// Deadlines as notices print them: a day (2024年6月30日), a month or quarter end (6月底前, 二季度末,
// 上半年), the year end (年底前), or words with no date (长期坚持, 持续推进). Pure; never throws.
import type { Deadline } from '../model/document';
import { asciiDigits, parseNumber } from './numbers';

const NUM = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function monthEnd(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > monthEnd(y, m)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function isoMonthEnd(y: number, m: number): string | null {
  if (m < 1 || m > 12) return null;
  return isoDate(y, m, monthEnd(y, m));
}

/** Words that promise no date: the deadline is kept as text. */
const UNDATED = /长期坚持|持续推进|长期|持续|常态化|按序时|按时间节点|按计划|按进度|逐年|每年|每季度|每月|按季度|按月|定期|适时/;

const QUARTER: Record<string, number> = { 一: 1, 1: 1, 二: 2, 2: 2, 三: 3, 3: 3, 四: 4, 4: 4 };

/**
 * Reads one deadline phrase. `year` is the plan year used when the words name no year
 * (6月底前 in a 2024 notice is 2024-06-30). Returns null when the words are not a deadline;
 * { text, date: null } when they are one without a date (长期坚持, or 6月底前 with no year known).
 * "M月前" (before month M) is read as the end of the month before M.
 */
export function parseDeadline(text: string, year: number | null): Deadline | null {
  if (typeof text !== 'string') return null;
  const raw = text.trim();
  if (raw === '' || raw.length > 200) return null;
  const s = asciiDigits(raw);
  const keep = (date: string | null): Deadline => ({ text: raw, date });

  // The last year named wins: 2024—2025年 ends in 2025.
  const years = [...s.matchAll(/(\d{4})(?=年|[—–\-至到~～]\d{4}年)/g)].map((m) => Number(m[1]));
  const yearInText = years.length > 0;
  let y: number | null = yearInText ? (years[years.length - 1] as number) : year;
  if (!yearInText && year !== null) {
    if (/次年|明年|翌年/.test(s)) y = year + 1;
  }

  // 2024年6月30日 / 6月30日前
  const day = new RegExp(`(${NUM})月(${NUM})[日号]`).exec(s);
  if (day) {
    const m = parseNumber(day[1] as string);
    const d = parseNumber(day[2] as string);
    if (m === null || d === null) return null;
    if (y === null) return keep(null);
    const iso = isoDate(y, m, d);
    return iso ? keep(iso) : null;
  }

  // 6月底前 / 6月末 / 6月份 / 2025年6月
  const month = new RegExp(`(${NUM})月(底|末|中旬|下旬|上旬|份|前|内)?`).exec(s);
  if (month) {
    const m = parseNumber(month[1] as string);
    if (m === null || m < 1 || m > 12) return null;
    if (y === null) return keep(null);
    const tail = month[2] ?? '';
    if (tail === '前') return keep(m === 1 ? isoMonthEnd(y - 1, 12) : isoMonthEnd(y, m - 1));
    if (tail === '上旬') return keep(isoDate(y, m, 10));
    if (tail === '中旬') return keep(isoDate(y, m, 20));
    return keep(isoMonthEnd(y, m));
  }

  // 一季度 / 二季度末 / 第三季度
  const quarter = /第?([一二三四1-4])季度/.exec(s);
  if (quarter) {
    const q = QUARTER[quarter[1] as string] as number;
    if (y === null) return keep(null);
    return keep(isoMonthEnd(y, q * 3));
  }

  if (/上半年/.test(s)) return keep(y === null ? null : isoMonthEnd(y, 6));
  if (/下半年|年底|年末|年内|全年|今年|年度/.test(s) || (yearInText && /^(?:\d{4}[—–\-至到~～])?\d{4}年(?:前|内|完成)?$/.test(s))) {
    return keep(y === null ? null : isoMonthEnd(y, 12));
  }

  if (UNDATED.test(s)) return keep(null);
  return null;
}

export interface FoundDeadline {
  deadline: Deadline;
  /** Offsets in the searched text of the whole phrase, label or brackets included. */
  start: number;
  end: number;
}

// 完成时限：2024年6月底前 / 时间节点：… — the value runs to the next ；。） or line end.
const LABELLED = /(?:完成时限|完成时间|时间节点|办结时限|时限要求|时限)[：:]\s*([^；;。）)\n]{1,40})/;
// （6月底前完成） / (年底前完成)
const BRACKETED = /[（(]([^（）()\n]{1,30}?前完成)[）)]/;

/** Finds a deadline inside a longer text: a 完成时限：… label or a (…前完成) parenthetical. */
export function findDeadline(text: string, year: number | null = null): FoundDeadline | null {
  if (typeof text !== 'string' || text === '') return null;
  const labelled = LABELLED.exec(text);
  if (labelled) {
    const value = (labelled[1] as string).trim();
    const deadline = parseDeadline(value, year);
    if (deadline) return { deadline, start: labelled.index, end: labelled.index + labelled[0].length };
  }
  const bracketed = BRACKETED.exec(text);
  if (bracketed) {
    const value = (bracketed[1] as string).replace(/完成$/, '');
    const deadline = parseDeadline(value, year);
    if (deadline) return { deadline, start: bracketed.index, end: bracketed.index + bracketed[0].length };
  }
  return null;
}
