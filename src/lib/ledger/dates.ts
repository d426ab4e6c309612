// Calendar arithmetic on YYYY-MM-DD strings. Dates in the ledger are days, not instants: they are
// compared as strings (ISO dates sort correctly) and counted in UTC so no time zone or daylight-saving
// change can shift a day.

import { isCalendarDate } from '../model/fields';

const pad = (n: number) => String(n).padStart(2, '0');

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function isoDate(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Day `day` of month `m`, or the month's last day when the month is shorter (31 → 4月30日). */
export function clampedDate(y: number, m: number, day: number): string {
  return isoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** True for a real calendar day written YYYY-MM-DD (2024-02-30 is not): the one check, model/fields.ts. */
export const isValidIsoDate = isCalendarDate;

function toUtc(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

const DAY_MS = 86_400_000;

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(toUtc(iso) + days * DAY_MS);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The `n`th working day (Monday to Friday) after `iso`; public holidays are not known here. */
export function nthWorkdayAfter(iso: string, n: number): string {
  let d = iso;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    const wd = new Date(toUtc(d)).getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return d;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** 2024-06-15 → 2024年6月15日 (as prose prints dates). */
export function chineseDate(iso: string): string {
  return `${yearOf(iso)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

/** 2024-06-15 → 6月15日 */
export function chineseMonthDay(iso: string): string {
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}
