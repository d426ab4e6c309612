// Where a report lists the plan year's main expected targets, found by content, whatever the section
// titles say: a lead phrase (主要预期目标是 / 预期目标建议为 / 主要预期指标是 / 主要目标：) followed by
// figures, or, with no lead phrase at all, a sentence of the plan that sets this year's growth of
// output among other figures (综合考虑…，今年全市地区生产总值增长6.8%…). The list may run over several
// sentences or lines. Five-year targets (“十X五”时期…年均增长) and the review's figures are not it.
// Linear: one regex pass for the lead phrases, each sentence looked at a bounded number of times.
import { extractQuantities } from './quantity';

export interface TargetBlock {
  /** The list itself, after any lead phrase, in the searched text. */
  start: number;
  end: number;
}

const LEAD_NOUN = '(?:主要预期目标|主要预期指标|主要经济指标|主要调控目标|主要发展目标|主要目标|预期目标|主要指标|主要预期)';
const LEAD = new RegExp(
  `${LEAD_NOUN}(?:建议|初步|拟)?(?:安排|确定|设定|定)?(?:为|是|如下)?[：:]|${LEAD_NOUN}(?:建议|初步|拟)?(?:安排|确定|设定|定)?(?:为|是)|(?:目标|指标)(?:是|为)[：:]|${LEAD_NOUN}(?=[ \t]*\n)`,
  'g',
);
/** A lead naming only 目标 (目标是：) is weaker evidence than 主要预期目标. */
const BARE_LEAD = /^(?:目标|指标)/;
/** A second list right after the first: 高质量发展的目标是：… */
const CONTINUED_LEAD = /^[^，。；：:]{0,16}(?:目标|指标)(?:建议|初步)?(?:安排|确定)?(?:为|是)?[：:]/;

/** Words that put a target beyond this year: a five-year plan, a yearly average, a far year. */
const BEYOND_YEAR = /十[一二三四五六七八九]五|五年|年均|到20\d\d年|20\d\d年前|远景|时期|届内|本届|三年|今后|未来/;
/** Words that report what was done: the review, not the plan. */
const PAST = /完成了|实现了|圆满完成|超额完成|顺利完成|较好完成|未达到|没有完成|未能|预计|初步核算|过去/;
/** Sentences that talk about the targets rather than list them. */
const FRAMING = /^(?:上述|这些|以上|实现|为实现|围绕|确定|提出|今年的|这个|这一|这样|主要是|考虑|需要|同时|但|我们|各位代表|做好|综合|按照|根据|之所以|当然|特别是|对此|为此|为了)/;
/** A clause that sets a target without a figure. */
const QUALITATIVE = /同步|下达|约束性|控制目标|控制在|只增不减|完成|达到|达标|稳中|保稳|提质|基本平衡|保持|持续改善|进一步|稳步|优化|回稳|向好|改善|下降|提高|合理/;
/** Output growth: the figure every year's list starts with. */
const OUTPUT_GROWTH = /(?:生产总值|GDP|经济)(?:增长|增速)[^，。；]{0,8}\d/;

const SENTENCE_STOPS = new Set(['。', '！', '？', '\n']);

interface Sentence {
  start: number;
  end: number;
}

/** The sentence around `pos`: bounded look-back and look-ahead so a run without stops stays linear. */
function sentenceAt(text: string, pos: number, limit = 600): Sentence {
  let s = pos;
  while (s > 0 && pos - s < limit && !SENTENCE_STOPS.has(text[s - 1] as string)) s--;
  let e = pos;
  while (e < text.length && e - pos < limit * 2 && !SENTENCE_STOPS.has(text[e] as string)) e++;
  return { start: s, end: e };
}

/** The next sentence starting at or after `from`, skipping stops and blank space. */
function nextSentence(text: string, from: number): Sentence | null {
  let s = from;
  while (s < text.length && (SENTENCE_STOPS.has(text[s] as string) || /\s/.test(text[s] as string))) s++;
  if (s >= text.length) return null;
  let e = s;
  while (e < text.length && e - s < 1200 && !SENTENCE_STOPS.has(text[e] as string)) e++;
  return { start: s, end: e };
}

const FIGURE = /\d+(?:\.\d+)?\s*(?:%|‰|个百分点|万|亿|人|天|元|吨|斤|年|岁|左右|以上|以内)/;
const ENUMERATOR = /^(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,2}、|[-•·]\s*)/;
const HEADING_MARK = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/;

/** Whether each clause of a sentence sets a target (a figure, or a qualitative goal). */
function targetClauses(sentence: string): { targets: number; clauses: number; firstIsTarget: boolean } {
  const clauses = sentence
    .replace(ENUMERATOR, '')
    .split(/[，；;,]/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  let targets = 0;
  let firstIsTarget = false;
  clauses.forEach((c, i) => {
    const isTarget = !BEYOND_YEAR.test(c) && (FIGURE.test(c) || QUALITATIVE.test(c));
    if (isTarget) targets++;
    if (i === 0) firstIsTarget = isTarget;
  });
  return { targets, clauses: clauses.length, firstIsTarget };
}

/** A sentence that goes on with the list: short clauses that each set a target. */
function continuesList(sentence: string): boolean {
  // 控制在6.5%。以内；…: a stop printed by mistake before the qualifier
  const body = sentence.replace(ENUMERATOR, '').replace(/^(?:以内|以上|左右|以下)[；，;,]/, '');
  if (body.length > 400 || FRAMING.test(body) || HEADING_MARK.test(sentence)) return false;
  const lead = CONTINUED_LEAD.exec(body);
  const rest = lead ? body.slice(lead[0].length) : body;
  if (rest.length > 400 || PAST.test(rest)) return false;
  const c = targetClauses(rest);
  return c.clauses > 0 && c.firstIsTarget && c.targets * 2 >= c.clauses;
}

/** The list from `start` to the end of its sentence, then on over the sentences that continue it. */
function extend(text: string, start: number, sentenceEnd: number): TargetBlock {
  let end = sentenceEnd;
  const emptyLead = text.slice(start, sentenceEnd).trim() === '';
  for (let k = 0; k < 24; k++) {
    const next = nextSentence(text, end);
    if (!next) break;
    const s = text.slice(next.start, next.end);
    // After a lead that ends its line (目标是：), the list is the lines below.
    const firstLine = emptyLead && k === 0 && targetClauses(s.replace(ENUMERATOR, '')).targets > 0;
    if (!firstLine && !continuesList(s)) break;
    // A new paragraph goes on with the list only as a numbered item or with a figure in its first
    // clause: a paragraph of plan prose (提高发展质量，…) is not a target however it reads.
    if (!firstLine && text.slice(end, next.start).includes('\n') && !ENUMERATOR.test(s) && !FIGURE.test(s.split(/[，；;,]/)[0] as string)) break;
    end = next.end;
  }
  return { start, end };
}

function figures(text: string, b: TargetBlock): number {
  let n = 0;
  for (const q of extractQuantities(text.slice(b.start, b.end), { normalized: true })) if (q.value !== null && !/年均/.test(q.text)) n++;
  return n;
}

export interface FindOptions {
  /** The plan year, so a lead naming it (2024年…预期目标) is preferred. */
  year: number | null;
  /** Spans of the review of last year: no candidate there. */
  review?: { start: number; end: number }[];
}

/** The year's main-target list, or null when the report has none. A heading (（一）主要预期目标) leads the lines below it. */
export function findMainTargetBlock(text: string, opts: FindOptions): TargetBlock | null {
  const review = opts.review ?? [];
  // Review blocks are in text order: a binary search keeps many candidates in a long review linear-ish.
  const inReview = (pos: number) => {
    let lo = 0;
    let hi = review.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = review[mid] as { start: number; end: number };
      if (pos < r.start) hi = mid - 1;
      else if (pos >= r.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const thisYear = opts.year !== null ? new RegExp(`今年|本年|明年|${opts.year}年`) : /今年|本年|明年/;

  let best: { block: TargetBlock; score: number } | null = null;
  LEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastSentenceEnd = -1;
  while ((m = LEAD.exec(text)) !== null) {
    const sentence = sentenceAt(text, m.index);
    if (sentence.start < lastSentenceEnd) continue; // one candidate per sentence: its first lead
    lastSentenceEnd = sentence.end;
    const before = text.slice(sentence.start, m.index);
    // The lead's own clause decides (今年是“十四五”开局之年，主要预期目标是： is this year's list).
    const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('；'), before.lastIndexOf('：')) + 1);
    const after = text.slice(m.index + m[0].length, Math.min(sentence.end, m.index + m[0].length + 60));
    // A year's list never averages over years or doubles anything: those are five-year goals.
    if (BEYOND_YEAR.test(clause) || PAST.test(clause) || /年均|到20\d\d年/.test(after) || /年均|翻[一两]?番/.test(text.slice(sentence.start, sentence.end))) continue;
    const block = extend(text, m.index + m[0].length, sentence.end);
    lastSentenceEnd = block.end; // leads inside this list are part of it
    const n = figures(text, block);
    const body = text.slice(block.start, block.end);
    if (n === 0 && targetClauses(body).targets === 0) continue;
    let score = BARE_LEAD.test(m[0]) ? n - 0.75 : n;
    if (thisYear.test(before) || thisYear.test(text.slice(Math.max(0, sentence.start - 80), sentence.start))) score += 0.5;
    if (inReview(m.index)) score -= 2;
    if (!best || score > best.score) best = { block, score };
  }
  if (best && best.score > 0) return best.block;

  // No lead phrase: this year's output growth among other figures, outside the review.
  const growth = new RegExp(OUTPUT_GROWTH.source, 'g');
  lastSentenceEnd = -1;
  while ((m = growth.exec(text)) !== null) {
    if (inReview(m.index)) continue;
    const sentence = sentenceAt(text, m.index);
    if (sentence.start < lastSentenceEnd) continue;
    lastSentenceEnd = sentence.end;
    const before = text.slice(sentence.start, m.index);
    const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('；')) + 1);
    if (!thisYear.test(before) || BEYOND_YEAR.test(clause) || PAST.test(clause) || /年均|翻[一两]?番/.test(text.slice(sentence.start, sentence.end))) continue;
    // The list starts at the clause naming output (after 综合考虑…，今年).
    let start = m.index;
    while (start > sentence.start && !'，；,;：:'.includes(text[start - 1] as string)) start--;
    const block = extend(text, start, sentence.end);
    lastSentenceEnd = block.end;
    if (figures(text, block) >= 3) return block;
  }
  return best ? best.block : null;
}
