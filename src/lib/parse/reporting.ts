// When the units must report back, read from a notice's letter: 于2024年2月20日前报市政府督查室,
// 每月15日前…报送, 分别于4月15日、6月15日…前报送. The supervision office tracks these dates.
import type { ReportingDeadline } from '../model/document';
import { parseDeadline } from './deadline';

const REPORTING = /报送|上报|报市|报县|报省|报区|报牵头单位|报经|报告/;
const DATE = /(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日/g;
const RECURRING = /每(?:月|季度|季|半年|周)[^，。；、]{0,6}?\d{1,2}日(?:前)?/g;

/** Reporting deadlines in `letter` (offsets relative to it), in order. Never throws. */
export function findReportingDeadlines(letter: string, year: number | null): ReportingDeadline[] {
  const out: ReportingDeadline[] = [];
  let from = 0;
  const stop = /[。；\n]/g;
  while (from < letter.length) {
    stop.lastIndex = from;
    const m = stop.exec(letter);
    const to = m ? m.index + 1 : letter.length;
    const sentence = letter.slice(from, to);
    if (REPORTING.test(sentence)) {
      const what = sentence.replace(/[。；\n]$/, '').trim();
      for (const m of sentence.matchAll(RECURRING)) out.push({ text: m[0], date: null, what, span: { start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length } });
      for (const m of sentence.matchAll(DATE)) {
        const at = m.index ?? 0;
        if (sentence.slice(Math.max(0, at - 6), at).includes('每')) continue; // already read as recurring
        const deadline = parseDeadline(m[0], m[1] ? Number(m[1]) : year);
        if (deadline) out.push({ text: m[0], date: deadline.date, what, span: { start: from + at, end: from + at + m[0].length } });
      }
    }
    from = to;
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
