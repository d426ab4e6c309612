// Every file name the app gives a download: free of what Windows forbids (most users are on Windows),
// dated by the one clock.
import { fileDateTime, today } from '../time/clock';

const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/i;

/** A safe file name (without directories): forbidden characters dropped, no trailing dot or space. */
export function sanitizeFileName(name: string, fallback = '图表'): string {
  let s = name.normalize('NFC').replace(FORBIDDEN, '').replace(/\s+/g, ' ').trim();
  s = s.replace(/[. ]+$/, '');
  if (RESERVED.test(s)) s = `_${s}`;
  // Keep well under the 255-byte limit of common file systems (a CJK character is 3 bytes in UTF-8).
  if (s.length > 80) s = s.slice(0, 80).replace(/[. ]+$/, '');
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
  const parts = [place ? shortPlace(place) : '', year, what, today()].filter(Boolean);
  return `${sanitizeFileName(parts.join('-'), what)}.csv`;
}

/** 政府工作报告看板备份-2025-03-05-0907.json */
export function backupFileName(now: Date): string {
  return `${sanitizeFileName(`政府工作报告看板备份-${fileDateTime(now)}`, '备份')}.json`;
}
