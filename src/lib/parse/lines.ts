// Lines of the normalized text with their offsets, and what each line starts with.
import { BULLET } from './normalize';

export interface Line {
  text: string;
  start: number;
  end: number;
}

/** Non-empty lines, trimmed, with offsets into `text`. */
export function toLines(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    let s = at;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    at = nl + 1;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0d;
}

/** row: a table row copied as tab-separated text, starting with its number (1⇥任务⇥牵头单位…). */
export type MarkerType = 'chapter' | 'paren' | 'arabicComma' | 'arabicDot' | 'arabicParen' | 'row' | 'bullet' | 'none';

export interface Marker {
  type: MarkerType;
  /** The number as printed (一, 十二, 3), null for bullets and plain lines. */
  no: string | null;
  /** Length of the marker (the body starts there). */
  length: number;
}

const CN = '[一二三四五六七八九十百零〇]{1,5}';
/** An item number: up to four digits (notices can list over a thousand items), but not a year (2024.). */
export const ITEM_NO = '\\d{1,3}|(?!19|20)\\d{4}';
const MARKERS: ReadonlyArray<readonly [RegExp, MarkerType]> = [
  [new RegExp(`^(${CN})[、.．]`), 'chapter'],
  [new RegExp(`^[（(](${CN})[）)]`), 'paren'],
  [new RegExp(`^(${ITEM_NO})、`), 'arabicComma'],
  [new RegExp(`^(${ITEM_NO})[.．](?!\\d)`), 'arabicDot'],
  [new RegExp(`^[（(](${ITEM_NO})[）)]`), 'arabicParen'],
  [new RegExp(`^(${ITEM_NO})\t`), 'row'],
];

/** Characters a marker can start with: any other first character means no marker, without trying the patterns. */
const MARKER_START = /^[一二三四五六七八九十百零〇（(\d\-－•·●▪◆■]/;

export function markerOf(line: string): Marker {
  if (!MARKER_START.test(line)) return { type: 'none', no: null, length: 0 };
  for (const [re, type] of MARKERS) {
    const m = re.exec(line);
    if (m) return { type, no: m[1] as string, length: m[0].length };
  }
  const b = BULLET.exec(line);
  // A bullet needs text after it: "-" alone, or "-5%" as a number, is not a bullet.
  if (b && line.length > b[0].length && !/^[-－]\d/.test(line)) return { type: 'bullet', no: null, length: b[0].length };
  return { type: 'none', no: null, length: 0 };
}

const STOPS = /[。！？!?]/;

/** A heading line: short, no sentence stop anywhere (or ending in a colon). */
export function isHeadingLike(line: string): boolean {
  if (line.length > 60) return false;
  if (/[：:]$/.test(line)) return line.length <= 40 && !STOPS.test(line);
  if (STOPS.test(line)) return false;
  if (/[；;，,]$/.test(line)) return false;
  return true;
}

/** The first sentence when it is short enough to be a lead (开展投资提质年活动。), else null. */
export function leadSentence(line: string, maxLength = 20): string | null {
  if (/^[（(〔【[]/.test(line)) return null;
  const stop = line.indexOf('。');
  if (stop < 1 || stop + 1 > maxLength) return null;
  const first = line.slice(0, stop + 1);
  if (/[：:；;]/.test(first)) return null;
  return first;
}

/** 2024年1月23日 standing alone. */
export const DATE_LINE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 三十七 → 37, 一百零五 → 105; arabic passes through; NaN when not a number. */
export function numeralValue(no: string): number {
  if (/^\d+$/.test(no)) return Number(no);
  let total = 0;
  let digit = 0;
  for (const ch of no) {
    if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch in CN_DIGITS) digit = CN_DIGITS[ch] as number;
    else return NaN;
  }
  return total + digit;
}

/** Strips the given characters from both ends (a loop: a regex like /[…]+$/ is quadratic on long runs). */
export function trimChars(s: string, chars: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && chars.includes(s[a] as string)) a++;
  while (b > a && chars.includes(s[b - 1] as string)) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

export const SPACES = ' \t\u3000\u00a0\r\n';
