// Field types and limits shared by the forms, the writes and the backup check, so a backup can hold
// only what the app itself could have written: real calendar days, timestamps that parse, texts no
// longer than the forms take.
import { z } from 'zod';

/** The longest progress note, evidence or completion basis (and the task list's note): a paragraph or
 * two, so a backup stays small. Counted in characters (code points), as the writes cut them. */
export const NOTE_MAX = 2000;
/** The longest name of who reported (报送单位). */
export const UNIT_MAX = 200;
/** A reporting rule's date words (每月15日前) as printed or written. */
export const RULE_TEXT_MAX = 200;
/** A reporting rule's sentence (who reports what to whom). */
export const RULE_WHAT_MAX = 2000;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (2024-02-29 is, 2023-02-29, 2024-13-45 and
 * 9999-99-99 are not): the day it names comes back unchanged through the calendar (Date.UTC's, by
 * arithmetic: a backup of 100,000 tasks holds as many dates). */
export function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31);
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** True for an ISO 8601 timestamp as the app stores them (2025-03-05T01:00:00.000Z; an offset instead
 * of Z is taken too) naming a real instant: 9999-99-99T99:99:99Z is not one. */
export function isTimestamp(s: string): boolean {
  const m = TIMESTAMP.exec(s);
  if (!m || !isCalendarDate(m[1]!)) return false;
  const within = (v: string | undefined, max: number) => v === undefined || Number(v) <= max;
  return within(m[2], 23) && within(m[3], 59) && within(m[4], 59) && within(m[5], 23) && within(m[6], 59) && Number.isFinite(Date.parse(s));
}

/** Characters as the writes count them (code points: an emoji or a rare character is one), stopping
 * early: a text of 100 million characters is judged without being walked. */
export function fitsChars(s: string, max: number): boolean {
  if (s.length <= max) return true;
  if (s.length > 2 * max) return false; // every character is at most two UTF-16 units
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    if (++n > max) return false;
  }
  return true;
}

export const CalendarDate = z.string().refine(isCalendarDate, '应为真实的日期，写作 YYYY-MM-DD');
export const Timestamp = z.string().refine(isTimestamp, '应为有效的时间（如 2025-03-05T01:00:00.000Z）');
/** A text of at most `max` characters. */
export const boundedText = (max: number) => z.string().refine((s) => fitsChars(s, max), `不能超过 ${max} 字`);
