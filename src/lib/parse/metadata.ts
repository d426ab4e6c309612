// Layer 5: what the document is — kind, plan year, place, number, date, issuer, title — from its shape.
import type { DocumentKind, DocumentMeta } from '../model/document';
import { isCalendarDate } from '../model/fields';
import { DATE_LINE, isHeadingLike, toLines, type Line } from './lines';
import { findIssuerPlace } from './issuer';
import { inferJurisdiction, selfSuffix, superiorOf, type Place } from './place';
import { readDate, SALUTATION, type Preamble } from './preamble';
import { placeOfReportHead, yearOfReportHead, type ReportHead } from './reportPlace';

const HEAD_CHARS = 1200;

/** notice: a letter decomposing a report (关于…分解落实…, 责任分工) or items carrying responsibility parentheticals. */
export function detectKind(text: string): DocumentKind {
  const head = text.slice(0, HEAD_CHARS);
  // A speech to the congress (各位代表：, ——…在…人民代表大会…上) is a report whatever its review says (落实责任分工):
  // only its own title lines, above the salutation, can make it a notice.
  const speech = /(?:^|\n)[ \t\u3000]*各位代表[：:]/.test(text.slice(0, 4000)) || /\d日在[^\n。]{0,40}?人民代表大会/.test(head);
  if (!speech && /关于[^。\n]{0,40}(?:分解|责任|分工)|责任分解|任务分工|责任分工|分解落实/.test(head)) return 'notice';
  // A title printed over two lines (…关于印发2025年政府工作报告 / 重点工作任务清单的通知), or a sheet's title row.
  const headLines = toLines(head).slice(0, 8);
  const salutation = headLines.findIndex((l) => /^各位代表[：:]/.test(l.text));
  const title = (speech && salutation >= 0 ? headLines.slice(0, salutation) : headLines).map((l) => l.text).join('');
  if (speech && /关于[^。\n]{0,40}(?:分解|责任|分工)|责任分解|任务分工|责任分工|分解落实/.test(title)) return 'notice';
  if (/关于[^。]{0,60}(?:分解|责任|分工|任务清单)|(?:任务|责任|工作)(?:分解表|分工表|清单|台账)/.test(title)) return 'notice';
  // A letter about the report (关于印发…政府工作报告重点工作…的通知 / …的意见 / …方案): the report never calls itself so.
  if (/关于[^。]{0,60}政府工作报告[^。]{0,40}(?:的通知|的意见|实施方案|工作方案)/.test(title)) return 'notice';
  // A task table copied as tab-separated text, its header naming who leads.
  if (/\t[^\n]{0,40}(?:牵头单位|责任单位|责任领导|牵头领导|主办单位)/.test(head)) return 'notice';
  // A speech stays a report even with a responsibility annex.
  const labelled = speech ? null : text.match(/[（(〔【](?:责任领导|牵头领导|牵头单位|主办单位)[】：:]/g);
  if (labelled && labelled.length >= 3) return 'notice';
  const firstLines = toLines(text.slice(0, 400))
    .slice(0, 4)
    .map((l) => l.text)
    .join('');
  if (/摘要/.test(firstLines) || !/各位代表/.test(text)) return 'report-summary';
  return 'report';
}

/** 〔2024〕2号: the bracketed year and number, the anchor of a document number (its prefix is read backwards from it). */
const DOC_NUMBER_TAIL = /[〔［[（(][ \t]?((?:19|20)\d{2})[ \t]?[〕］\]）)][ \t]?(\d{1,4})[ \t]?号/g;

/** 某政办发〔2024〕2号: the document's own number, preferring one standing at a line start. */
export function findDocNumber(text: string): { text: string; year: number; prefix: string } | null {
  DOC_NUMBER_TAIL.lastIndex = 0;
  let first: { at: number; prefix: string; tail: string; year: number } | null = null;
  let m: RegExpExecArray | null;
  let seen = 0;
  while ((m = DOC_NUMBER_TAIL.exec(text)) !== null && seen < 50) {
    // the prefix: up to ten Chinese characters ending in 发 / 函 / 字 / 办 / 政 (某政办发, 某府办, 某政), right before the bracket
    let k = m.index;
    if (text[k - 1] === ' ' || text[k - 1] === '\t') k--;
    if (!/[发函字办政]/.test(text[k - 1] ?? '')) continue;
    let a = k - 1;
    while (a > 0 && k - a < 11 && /[\u4e00-\u9fff]/.test(text[a - 1] as string)) a--;
    if (k - 1 - a < 1) continue;
    seen++;
    const found = { at: a, prefix: text.slice(a, k), tail: m[0], year: Number(m[1]) };
    first ??= found;
    if (a === 0 || text[a - 1] === '\n') {
      first = found;
      break;
    }
  }
  if (!first) return null;
  const number = (first.prefix + first.tail).replace(/[ \t]/g, '');
  return { text: number, year: first.year, prefix: number.slice(0, number.search(/[〔［[（(]/)) };
}

/** A date alone on a line in Chinese numerals: 二〇二三年二月十日 (〇, ○ and 零 all print the zero). */
const CHINESE_DATE_LINE = /^[一二三四五六七八九〇○零]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$/;

/** The first date standing alone on a line (the signature date of a letter), as YYYY-MM-DD. */
export function findIssueDate(lines: Line[]): string | null {
  for (const l of lines) {
    if (CHINESE_DATE_LINE.test(l.text)) {
      const iso = readDate(l.text.replace(/○/g, '〇'));
      if (iso) return iso;
      continue;
    }
    const m = DATE_LINE.exec(l.text);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (isCalendarDate(iso)) return iso; // 2月30日 is a misprint, not a day
  }
  // No signature date: the date of the 印发 line (某市人民政府办公室 2023年2月10日印发).
  for (const l of lines) {
    const m = PRINTED_ON.exec(l.text);
    if (m) return readDate((m[1] as string).replace(/○/g, '〇'));
  }
  return null;
}

const PRINTED_ON = /((?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[一二三四五六七八九〇○零]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)印发$/;

/** A report's delivery date: ——2024年1月10日在…人民代表大会…上. */
export function findSpeechDate(head: string): string | null {
  const m = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日在[^\n。]{0,40}?(?:人民代表大会|人代会)/.exec(head);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}

const PLAN_YEAR = /((?:19|20)\d{2})年(?:[^\n。，；：]{0,8}?)(?:工作安排|总体要求|主要预期目标|预期目标|重点工作|民生项目|民生实事|重点做好|工作任务)/;

/** The plan year: a "YYYY年…工作安排/总体要求/…" phrase, else the document number's year, else the issue date, else the most frequent year. */
export function findYear(text: string, docYear: number | null, issuedOn: string | null): number | null {
  const m = PLAN_YEAR.exec(text);
  if (m) return Number(m[1]);
  if (docYear !== null) return docYear;
  if (issuedOn) return Number(issuedOn.slice(0, 4));
  const counts = new Map<number, number>();
  const re = /((?:19|20)\d{2})年/g;
  let y: RegExpExecArray | null;
  while ((y = re.exec(text)) !== null) counts.set(Number(y[1]), (counts.get(Number(y[1])) ?? 0) + 1);
  let best: number | null = null;
  let n = 0;
  for (const [k, c] of counts) if (c > n || (c === n && best !== null && k > best)) [best, n] = [k, c];
  return best;
}

const ISSUER = /^(.{0,20}?(?:人民政府办公室|人民政府办公厅|政府办公室|政府办公厅|人民政府))(?:关于|$)/;

const YEAR_G = /(?:19|20)\d{2}(?=年)/g;
const REVIEW_HEADING = /回顾|回眸|总结|成效|过去/;
const PLAN_HEADING = /工作|任务|安排|建议|目标|要求|部署|重点/;

/**
 * A report's plan year from its headings: the first heading naming one year and the work ahead
 * (二、2024年工作安排, 扎实做好2016年工作) gives it; else the first review heading (一、2023年工作回顾)
 * gives the year after the one it names. Null when no heading names a year.
 */
export function yearFromHeadings(lines: Line[]): number | null {
  let review: number | null = null;
  for (const l of lines) {
    const t = l.text;
    if (t.length > 40 || !isHeadingLike(t) || !t.includes('年')) continue;
    const years = t.match(YEAR_G);
    if (!years || years.length !== 1 || /十[一二三四五六七八九]五|五年|时期/.test(t)) continue;
    const y = Number(years[0]);
    if (REVIEW_HEADING.test(t)) review ??= y + 1;
    else if (PLAN_HEADING.test(t)) return y;
  }
  return review;
}

/** The place a report of the State Council speaks for. */
export const COUNTRY: Place = { code: '000000', name: '全国', short: '全国', level: 'country' };

export interface MetaInput {
  text: string;
  kind: DocumentKind;
  /** Report title lines found by the outline. */
  titleLines: Line[];
  /** A report's head (delivery date, who speaks), when the outline found one. */
  preamble?: Preamble | null;
  fileName: string | null;
  /** A title carried in front matter above the text (title: …), when the file had one. */
  frontTitle?: string | null;
}

/** What the metadata could not settle from the document's head, said in Chinese for the page. */
export interface MetaDoubts {
  place: string | null;
  year: string | null;
}

/** The head of a report as `placeOfReportHead` reads it: title lines, the lines before 各位代表：, the opening. */
function reportHead(text: string, titleLines: Line[], frontTitle: string | null): ReportHead {
  const lines = toLines(text.slice(0, 3000)).slice(0, 15);
  const salutation = lines.findIndex((l) => SALUTATION.test(l.text));
  const head = salutation >= 0 ? lines.slice(0, Math.min(salutation, 10)) : lines.slice(0, 5);
  const openingAt = salutation >= 0 ? (lines[salutation] as Line).end : 0;
  const titles = titleLines.map((l) => l.text);
  if (frontTitle) titles.push(frontTitle);
  return { titles, lines: head.map((l) => l.text), opening: text.slice(openingAt, openingAt + 600) };
}

export function readMetadata(input: MetaInput): DocumentMeta {
  return readMetadataWithDoubts(input).meta;
}

/** The document's metadata and what of it the head did not settle (a report's place or year read from its body). */
export function readMetadataWithDoubts({ text, kind, titleLines, preamble = null, fileName, frontTitle = null }: MetaInput): {
  meta: DocumentMeta;
  doubts: MetaDoubts;
} {
  const doubts: MetaDoubts = { place: null, year: null };
  const head = kind === 'notice' ? null : reportHead(text, titleLines, frontTitle);
  const lines = toLines(text.slice(0, 20_000));
  const doc = findDocNumber(text.slice(0, 20_000));
  let issuedOn: string | null;
  let year: number | null;
  if (kind === 'notice') {
    issuedOn = findIssueDate(lines);
    year = findYear(text, doc?.year ?? null, issuedOn);
  } else {
    // A report: its delivery date first (a December report plans the next year), then its title; only
    // when the head names no year, its headings and its words (and then the year is unsure).
    issuedOn = preamble?.deliveredOn ?? findSpeechDate(text.slice(0, 2000));
    const fromHead = yearOfReportHead(issuedOn, (head as ReportHead).titles);
    year = fromHead.year;
    doubts.year = fromHead.unsure;
    if (year === null) {
      year = yearFromHeadings(toLines(text.slice(0, 100_000))) ?? findYear(text, doc?.year ?? null, null);
      if (year !== null) doubts.year = `标题和会议行没有写明年份，${year}年是从正文推断的，请核对年份`;
    }
  }
  const issuing = kind === 'notice' ? findIssuerPlace(lines, text) : null;
  let place: Place | null;
  if (issuing) place = issuing.country ? COUNTRY : issuing.place;
  else if (kind !== 'notice' && preamble?.national) place = COUNTRY;
  else {
    const fromHead = head ? placeOfReportHead(head) : { place: null, unsure: null };
    place = fromHead.place;
    doubts.place = fromHead.unsure;
    if (!place) {
      place = inferJurisdiction(text, { suffix: selfSuffix(text), abbreviation: doc ? doc.prefix.slice(0, 1) : null });
      if (place && head) doubts.place = `标题和会议行没有写明地区，“${place.name}”是从正文推断的，请核对地区`;
    }
  }

  let issuer: string | null = null;
  let title: string;
  if (kind === 'notice') {
    const head = lines.slice(0, 12);
    const at = head.findIndex((l) => ISSUER.test(l.text));
    if (at >= 0) {
      issuer = (ISSUER.exec((head[at] as Line).text) as RegExpExecArray)[1] as string;
      const parts: string[] = [];
      for (let i = at; i < head.length && i < at + 4; i++) {
        parts.push((head[i] as Line).text);
        if (/通知$/.test((head[i] as Line).text)) break;
      }
      title = parts.join('');
    } else {
      title = head.find((l) => /通知$/.test(l.text))?.text ?? '';
    }
  } else {
    title = titleLines.map((l) => l.text).join('');
  }
  if (title === '') {
    const what = kind === 'notice' ? '政府工作报告任务分解' : kind === 'report-summary' ? '政府工作报告（摘要）' : '政府工作报告';
    title = `${place?.name ?? ''}${year !== null ? `${year}年` : ''}${what}`;
  }

  let reportOf: string | null = null;
  if (kind === 'notice' && place) {
    const head = text.slice(0, HEAD_CHARS);
    // A 县 or 区 decomposing the 市政府工作报告 works on its city's report; a 市 on the 省政府工作报告, its province's.
    const higher = /省(?:人民)?政府工作报告/.test(head)
      ? 'province'
      : /市(?:人民)?政府工作报告/.test(head) && place.level === 'county' && !place.name.endsWith('市')
        ? 'city'
        : null;
    const sup = higher ? superiorOf(place, higher) : null;
    reportOf = sup ? sup.name : place.name;
  }

  const meta: DocumentMeta = {
    title,
    jurisdiction: place?.name ?? null,
    jurisdictionLevel: place?.level ?? null,
    year,
    kind,
    reportOf,
    docNumber: doc?.text ?? null,
    issuedOn,
    issuer,
    fileName,
  };
  return { meta, doubts };
}
