// Every file name the app gives a download: safe on every OS (most users are on Windows), free of
// characters that make a name look like something else, dated by the one clock.
import { fileDateTime, today } from '../time/clock';

/** Windows-forbidden characters and control characters (C0, DEL, C1). */
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]/g;
/**
 * Invisible characters that change how a name reads: bidi overrides and isolates (U+202E turns
 * 「报告‮txt.exe」 into a name that displays as 「报告exe.txt」), marks, zero-width joiners, BOM and other
 * format characters (Cf), line and paragraph separators, lone surrogates (Cs: what is left of a pair
 * cut in half) and the noncharacters U+FFFE/U+FFFF.
 */
const INVISIBLE = /[\p{Cf}\p{Cs}\p{Zl}\p{Zp}\uFFFE\uFFFF]/gu;
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(?:con|prn|aux|nul|com[\d¹²³]|lpt[\d¹²³])(?:\..*)?$/i;
/** Well under the 255-byte limit of common file systems, leaving room for a suffix and an extension. */
const MAX_CHARS = 80;
const MAX_UTF8_BYTES = 240;

const utf8Bytes = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** The first code points of `s` within both limits; never splits a surrogate pair. */
function truncate(s: string): string {
  let out = '';
  let chars = 0;
  let bytes = 0;
  for (const ch of s) {
    const b = utf8Bytes(ch.codePointAt(0)!);
    if (chars + 1 > MAX_CHARS || bytes + b > MAX_UTF8_BYTES) break;
    out += ch;
    chars++;
    bytes += b;
  }
  return out;
}

const trimEnds = (s: string) => s.replace(/^[. ]+/, '').replace(/[. ]+$/, '');

/** A safe file name (without directories): forbidden and invisible characters dropped, whitespace
 * collapsed, no leading or trailing dot or space, not a device name, at most 80 characters. */
export function sanitizeFileName(name: string, fallback = '图表'): string {
  let s = name.replace(INVISIBLE, '').normalize('NFC').replace(FORBIDDEN, '').replace(/\s+/g, ' ');
  s = trimEnds(truncate(trimEnds(s)));
  if (RESERVED.test(s)) s = `_${s}`;
  return s || fallback;
}

/** 随州市 → 随州, 湖北省 → 湖北: the suffix adds nothing in a file name. */
export function shortPlace(place: string): string {
  const m = /^(.{2,}?)(?:省|市|县|区)$/.exec(place.trim());
  return m ? m[1]! : place.trim();
}

/** 随州-2024-责任领导分工-2026-11-23.png; empty parts are left out. */
export function chartFileName(p: { place?: string | null; year?: string | number | null; chart: string; date: string; ext: 'png' | 'svg' }): string {
  const parts = [p.place ? shortPlace(p.place) : '', p.year == null ? '' : String(p.year), p.chart, p.date]
    .map((s) => sanitizeFileName(s, '').replace(/-+$/, ''))
    .filter((s) => s !== '');
  return `${sanitizeFileName(parts.join('-'))}.${p.ext}`;
}

/** 随州-2024-任务清单-2026-11-23.csv; `what` names another table (地区生产总值目标对照). */
export function csvFileName(place: string, year: string, what = '任务清单'): string {
  return datedFileName(place, year, what, 'csv');
}

/** 随州-2024-{what}-2026-11-23.{ext}: place, year, what, today (Beijing). */
export function datedFileName(place: string, year: string, what: string, ext: string): string {
  const parts = [place ? shortPlace(place) : '', year, what, today()].filter(Boolean);
  return `${sanitizeFileName(parts.join('-'), what)}.${ext}`;
}

/** 政府工作报告看板备份-2025-03-05-0907.json */
export function backupFileName(now: Date): string {
  return `${sanitizeFileName(`政府工作报告看板备份-${fileDateTime(now)}`, '备份')}.json`;
}
