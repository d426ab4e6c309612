// When the units must report back, read from a notice's letter: 于2024年2月20日前报市政府督查室,
// 每月15日前…报送, 分别于4月15日、6月15日…前报送. The supervision office tracks these dates.
import type { ReportingDeadline } from '../model/document';
import { parseDeadline } from './deadline';

const REPORTING = /报送|上报|报市|报县|报省|报区|报牵头单位|报经|(?<!工作)报告/;
/** A day (2月20日), a month's end (6月底, 12月底前) or the year's (年底前): a single date in the plan year. */
const DATE = /(?:((?:19|20)\d{2})年)?(?:\d{1,2}月(?:\d{1,2}日|底)|年底)|((?:19|20)\d{2})年底/g;
/**
 * Recurring or relative rules: 每月10日前, 每季度末月25日前, 每月底前, 每季度末, 逢双月5日前, 每季度结束后5个工作日内,
 * 提前5个工作日 (before a date the letter gives elsewhere).
 */
const RECURRING =
  /每(?:月|季度|季|半年|周)[^，。；、]{0,6}?\d{1,2}日(?:前)?|每(?:月|季度|季)(?:底|末)(?!月)(?:前)?|逢[单双]月\d{1,2}日(?:前)?|每(?:月|季度|季|半年|年)(?:结束|末)后\d{1,2}个工作日内|提前\d{1,2}个工作日/g;

/**
 * Where a sentence stops: 。；！？, or a line break after punctuation. A line cut mid-sentence (a hard
 * wrap: …将进展 / 情况报市政府督查室) runs on into the next line.
 */
const MIN_WRAPPED = 16;

function sentenceEnd(letter: string, from: number): number {
  for (let i = from; i < letter.length; i++) {
    const c = letter[i] as string;
    if (c === '。' || c === '；' || c === '！' || c === '？') return i + 1;
    if (c !== '\n') continue;
    const before = letter[i - 1] ?? '';
    // Blank lines between (a page break, a page number blanked out) do not end a cut sentence.
    let k = i + 1;
    while (k < letter.length && k - i < 200 && /[\s\u3000]/.test(letter[k] as string)) k++;
    const after = letter[k] ?? '';
    if (!/[\u4e00-\u9fff\d]/.test(before) || !/[\u4e00-\u9fff]/.test(after)) return i + 1;
    // Only a full line is cut by a wrap: a short one (a date, a heading) ends where it ends.
    const lineStart = letter.lastIndexOf('\n', i - 1) + 1;
    if (i - lineStart < MIN_WRAPPED) return i + 1;
  }
  return letter.length;
}

/** Reporting deadlines in `letter` (offsets relative to it), in order. Never throws. */
export function findReportingDeadlines(letter: string, year: number | null): ReportingDeadline[] {
  const out: ReportingDeadline[] = [];
  let from = 0;
  while (from < letter.length) {
    const to = sentenceEnd(letter, from);
    const sentence = letter.slice(from, to);
    if (REPORTING.test(sentence)) {
      const what = sentence
        .replace(/[。；！？\n]$/, '')
        .replace(/\n/g, '')
        .trim();
      for (const m of sentence.matchAll(RECURRING)) out.push({ text: m[0], date: null, what, span: { start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length } });
      for (const m of sentence.matchAll(DATE)) {
        const at = m.index ?? 0;
        if (/每(?!年)|逢/.test(sentence.slice(Math.max(0, at - 6), at))) continue; // already read as recurring (每年年底 is one date)
        const printed = m[1] ?? m[2];
        const deadline = parseDeadline(m[0], printed ? Number(printed) : year);
        if (deadline) out.push({ text: m[0], date: deadline.date, what, span: { start: from + at, end: from + at + m[0].length } });
      }
    }
    from = to;
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
