// The head of a report before its body: title lines, the session's document number, the delivery line
// (——2031年1月9日在…人民代表大会…上), the speaker (市长 某某), the salutation (各位代表：). These are
// metadata: never sections, never tasks. The delivery date also dates the plan (see `planYearOfDelivery`).
import { DATE_LINE, isHeadingLike, type Line } from './lines';
import { parseNumber } from './numbers';
import { isCalendarDate } from '../model/fields';

export interface Preamble {
  /** Number of lines at the top that are metadata (the body starts at this index). */
  bodyStart: number;
  /** The lines naming the document (政府工作报告, …报告摘要), in order. */
  titleLines: Line[];
  /** The delivery date as YYYY-MM-DD, when the head prints one. */
  deliveredOn: string | null;
  /** The State Council's report to the National People's Congress. */
  national: boolean;
}

export const SALUTATION = /^各位代表[：:，,！!]?$/;
const TITLE_WORDS = /报告|摘要/;
const SESSION = /人民代表大会|人大|会议/;
const SPEAKER = /(?:省长|市长|州长|盟长|县长|区长|主席|总理|旗长)/;
const MAX_HEAD_LINES = 25;

/** A line that carries a date of the session: ——2024年1月10日在…上, （2010年1月18日）. */
function isDeliveryLine(t: string): boolean {
  if (!readDate(t)) return false;
  return SESSION.test(t) || /^[—－\-（(]/.test(t) || DATE_LINE.test(t) || t.length <= 30;
}

function isMetaLine(t: string): boolean {
  if (t.length > 80) return false;
  if (isDeliveryLine(t)) return true;
  if (/^[—－-]{1,3}/.test(t) && SESSION.test(t)) return true;
  if (TITLE_WORDS.test(t) && isHeadingLike(t)) return true;
  if (/会议文件|大会文件/.test(t)) return true;
  // The speaker: 市长 某某, 某某市人民政府代市长 某某, or a bare name under the delivery line.
  if (t.length <= 30 && SPEAKER.test(t) && !/[。，；：:]/.test(t)) return true;
  if (/^第[一二三四五六七八九十\d]+次会议上$/.test(t)) return true;
  return false;
}

export function readPreamble(lines: Line[]): Preamble {
  const head = lines.slice(0, MAX_HEAD_LINES);
  let bodyStart = 0;
  const salutation = head.findIndex((l) => SALUTATION.test(l.text));
  const chapter = head.findIndex((l) => /^[一二三四五六七八九十]{1,3}[、.．]/.test(l.text));
  if (salutation >= 0 && (chapter < 0 || salutation < chapter)) bodyStart = salutation + 1;
  else {
    // No salutation (a summary, an abridged text): the run of metadata-like lines at the top.
    while (bodyStart < head.length && isMetaLine((head[bodyStart] as Line).text)) {
      // A bare name under the delivery line is the speaker.
      bodyStart++;
      const next = head[bodyStart];
      if (next && next.text.length <= 6 && /^[\u4e00-\u9fff\s]+$/.test(next.text) && isDeliveryLine((head[bodyStart - 1] as Line).text)) bodyStart++;
    }
  }
  const meta = lines.slice(0, bodyStart);
  const titleLines = meta.filter((l) => TITLE_WORDS.test(l.text) && isHeadingLike(l.text) && !isDeliveryLine(l.text) && l.text.length <= 40);
  let deliveredOn: string | null = null;
  for (const l of meta) {
    if (!isDeliveryLine(l.text) && !(SESSION.test(l.text) && readDate(l.text))) continue;
    deliveredOn = readDate(l.text);
    if (deliveredOn) break;
  }
  const national = meta.some((l) => /全国人民代表大会/.test(l.text) || /国务院总理/.test(l.text));
  return { bodyStart, titleLines, deliveredOn, national };
}

const ARABIC_DATE = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/;
const CHINESE_DATE = /([一二三四五六七八九〇零]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/;

/** The first date in a line, Arabic (2024年1月10日) or Chinese (二〇一二年一月八日), as YYYY-MM-DD. */
export function readDate(t: string): string | null {
  let y: number | null;
  let mo: number | null;
  let d: number | null;
  const a = ARABIC_DATE.exec(t);
  if (a) [y, mo, d] = [Number(a[1]), Number(a[2]), Number(a[3])];
  else {
    const c = CHINESE_DATE.exec(t);
    if (!c) return null;
    [y, mo, d] = [parseNumber(c[1] as string), parseNumber(c[2] as string), parseNumber(c[3] as string)];
  }
  if (y === null || mo === null || d === null) return null;
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null; // 2月30日 is a misprint, not a day
}

/** A report delivered in December plans the next year; one delivered in January–November, its own. */
export function planYearOfDelivery(date: string): number {
  const y = Number(date.slice(0, 4));
  return date.slice(5, 7) === '12' ? y + 1 : y;
}
