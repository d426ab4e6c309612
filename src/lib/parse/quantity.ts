// Quantitative commitments inside report text: 新建城市绿道12公里, 粮食产量保持在29亿斤以上,
// 增长8%、力争9%, 分别完成60亿元、95亿元. Pure, linear-time, never throws.
//
// Unit rule: a 万/亿/万亿 multiplier before a COUNT unit (人, 个, 户, 家, 袋 …) is scaled into the
// value (1.6万人 → 16000 人), because a count has one natural unit. Before a MEASURE unit (元, 吨,
// 亩, 斤, 千瓦 …) the multiplier stays part of the unit as reports print it (140亿元 → 140, 亿元),
// because that is the unit readers and tables use. A bare 万/亿 with no unit is scaled.
import { asciiDigits, multiplierExponent, parseNumber, scaleDecimal } from './numbers';

export interface Quantity {
  /** What is measured: 城市绿道, 粮食产量, 城镇新增就业. */
  metric: string;
  /** The verb between metric and value as printed (增长, 新建, 保持在), null when none. */
  verb: string | null;
  value: number | null;
  /** Upper end of a range: 3—5个 → value 3, valueMax 5. */
  valueMax: number | null;
  unit: string | null;
  /** 以上 / 左右 / 以内 / 余 … printed after the number, else 力争 / 确保 / 突破 / 超过 / 近 … before it. */
  qualifier: string | null;
  /** 增长8%、力争9% → stretch 9. */
  stretch: number | null;
  /** Offsets in the searched text of the words behind the number (metric … unit, qualifier). */
  start: number;
  end: number;
  /** The clause the quantity was read from (between ，；。 boundaries). */
  text: string;
}

const COUNT_UNITS = [
  '人次', '户次', '场次', '架次', '个百分点',
  '人', '个', '户', '家', '袋', '棒', '只', '头', '张', '部', '件', '所', '场', '名', '项', '套', '座',
  '处', '条', '台', '辆', '艘', '栋', '幢', '株', '棵', '种', '宗', '例', '册', '份', '次', '篇', '枚',
  '匹', '羽', '尾', '对', '盏', '根', '眼', '孔',
];
const MEASURE_UNITS = [
  '万吨标准煤', '吨标准煤', '标准煤', '微克/立方米', '毫克/升',
  '平方公里', '平方米', '立方米', '千瓦时', '千瓦', '兆瓦', '公里', '千米', '公顷', '公斤', '千克',
  '美元', '欧元', '标箱', '元', '吨', '斤', '亩', '米', '克',
];
const PERCENT_UNITS = ['%', '‰', '百分点'];

const COUNT_SET = new Set(COUNT_UNITS);
const MEASURE_SET = new Set(MEASURE_UNITS);

function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[%‰]/g, (c) => `\\${c}`)).join('|');
}

const AR = '(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?';
const CN = '[〇零一二两三四五六七八九十百千]+';
const RANGE_SEP = '(?:[—–\\-~～]{1,2}|至|到)';
const UNIT_ALT = alternation([...COUNT_UNITS, ...MEASURE_UNITS, ...PERCENT_UNITS]);
// The number may not start inside another number (after a digit, or after "1," / "1."):
// this also keeps the scan linear on long runs of digits and commas.
const QUANTITY_RE = new RegExp(
  `(?<![\\d.]|\\d,)(${AR}|${CN})(?:(%)?(${RANGE_SEP})(${AR}|${CN}))?(万亿|亿|万)?(余|多)?(${UNIT_ALT})?`,
  'g',
);

const POST_QUALIFIERS = ['及以上', '以上', '左右', '以内', '以下', '上下', '之内'];
// Before the number, nearest first. 过 alone is a comparator only when no 通/经/超/度 precedes it.
const COMPARATORS = ['不低于', '不少于', '不超过', '不高于', '突破', '超过', '高于', '低于', '接近', '约', '近', '逾', '超', '过'];
const LEADING_QUALIFIERS = ['力争', '确保', '争取', '努力'];

// Verbs that relate a metric to its value. Matched at the end of the words before the number
// (粮食产量保持在29亿斤) or at their start (新建城市绿道12公里). Longest first.
const VERBS = [
  '保持在', '稳定在', '控制在', '扩大到', '扩大至', '提高到', '提高至', '提升到', '提升至', '增加到', '增加至',
  '增长到', '增长至', '下降到', '下降至', '降低到', '降低至', '减少到', '减少至', '达到', '降至', '增至', '缩小到', '缩小至',
  '增长', '增加', '提高', '提升', '降低', '下降', '减少', '压减', '压降', '缩减', '节约', '减轻',
  '新增', '新建', '新引进', '新培育', '新登记', '新开工', '新改建', '改扩建', '扩建', '改建', '改造', '新改造',
  '建成', '建设', '完成', '实现', '引进', '培育', '招引', '签约', '投入', '投放', '发放', '开展', '举办',
  '培训', '盘活', '处置', '绿化', '接待', '实施', '创建', '打造', '设立', '成立', '组织', '资助', '兴办',
  '加装', '增设', '惠及', '拉动', '争取', '入库', '入驻', '覆盖', '推进', '种植', '出栏', '出笼',
  '帮扶', '争创', '发展到', '荣获', '获得', '获批', '设置', '办理', '发展', '安置', '吸纳', '救助', '消化', '整治', '治理', '修复', '造林', '提档升级', '升级', '达',
];
const VERB_ALT = alternation(VERBS);
const LEADING_VERB_CHAIN = new RegExp(`^(?:(?:${VERB_ALT})[、和及与]?)+`);
// Verbs that only lead in to another verb's object: 完成居家适老化改造562户.
const LEAD_IN = /^(?:完成|实施|推进|开展|加快|全面|持续|深入|扎实)+/;
const TRAILING_VERB = new RegExp(`(?:${VERB_ALT})$`);

// Adverbs and scope words trimmed from both ends of a metric.
const TRIM_HEAD = /^(?:[、，,和及与或并把将为对让使]|并且|同时|其中|以及|\d{4}年(?:底前|底|内|前|末)?|年底前|年内|全年|今年|明年|预计|推动|累计|共)+/;
const TRIM_TAIL = /(?:[、，,]|分别|均|预计|全年|同比|年均|比上年|累计|力争|确保|争取|稳定|持续|要|将|再|基本|总计|共计|共|累计)+$/;
const ENUMERATOR = /^\s*(?:\d{1,3}[.、．]|[（(][一二三四五六七八九十\d]{1,4}[）)]|[一二三四五六七八九十]{1,3}、|[-—•·]\s*)/;

// Where a noun that follows a number ends (10个湖北实验室多出成果 → 湖北实验室).
const NOUN_STOP = /全面|提供|建设|落地|开工|投产|竣工|完成|实现|达标|创建|上线|运行|除险|多出|加快|推进|发展|水质|提升|改造|覆盖|获批|建成|稳定|参与|开展|成功|达到|纳入|通过|[的和及与或、]/;

const MAX_PRE = 60;

const SENTENCE_END = new Set(['。', '！', '？', '；', ';', '!', '?', '\n', '\r', '（', '）', '(', ')', '〔', '〕']);
const CLAUSE_END = new Set([...SENTENCE_END, '，', ',', '：', ':']);

/** Positions of the boundary characters, in order: one pass, so the caller can walk them linearly. */
function boundaryPositions(text: string, set: Set<string>): number[] {
  const codes = new Set([...set].map((c) => c.charCodeAt(0)));
  const comma = 44;
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!codes.has(code)) continue;
    if (code === comma && isThousandsComma(text, i)) continue;
    out.push(i);
  }
  return out;
}

/** The comma of 1,200: a digit before, exactly three digits after. */
function isThousandsComma(text: string, i: number): boolean {
  return /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5));
}

/** Walks forward through boundaries: the span between the boundaries around each position asked for. */
class SpanCursor {
  private k = 0;
  constructor(private readonly bounds: number[], private readonly length: number) {}
  at(pos: number): { start: number; end: number } {
    while (this.k < this.bounds.length && (this.bounds[this.k] as number) < pos) this.k++;
    const start = this.k > 0 ? (this.bounds[this.k - 1] as number) + 1 : 0;
    const end = this.k < this.bounds.length ? (this.bounds[this.k] as number) : this.length;
    return { start, end };
  }
}

interface RawMatch {
  numStart: number;
  /** End of number, multiplier and unit. */
  unitEnd: number;
  /** End including a following qualifier (以上, 左右). */
  end: number;
  value: number;
  valueMax: number | null;
  unit: string | null;
  postQualifier: string | null;
  isChinese: boolean;
}

function readNumber(s: string, mult: string | undefined, scaleInto: boolean): number | null {
  if (/^\d/.test(s)) {
    const exp = mult && scaleInto ? (multiplierExponent(mult) ?? 0) : 0;
    return scaleDecimal(s, exp);
  }
  const base = parseNumber(s);
  if (base === null) return null;
  if (mult && scaleInto) return parseNumber(s + mult);
  return base;
}

/** Finds the number-with-unit tokens; filters out what is not a quantity by its immediate surroundings. */
function scanNumbers(norm: string): RawMatch[] {
  const out: RawMatch[] = [];
  QUANTITY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUANTITY_RE.exec(norm)) !== null) {
    const [whole, n1, pct1, , n2, mult, approx, unitRaw] = m;
    const numStart = m.index;
    if (whole.length === 0) { QUANTITY_RE.lastIndex++; continue; }
    const isChinese = !/^\d/.test(n1 as string);
    let unit = unitRaw ?? null;
    if (pct1 && !unit) continue;
    if (!unit && !mult) continue; // a bare number: a list item, a phone number, a road name
    // Chinese numerals count only with a unit, and never as a lone 零 (零部件) or 〇
    if (isChinese && (!unit || /^[零〇]/.test(n1 as string))) continue;
    const before = norm[numStart - 1] ?? '';
    const after = norm[numStart + whole.length] ?? '';
    if (after === '级') continue; // 百亿级项目, 3A级: a grade, not an amount
    if (/[A-Za-z]/.test(before) || /[A-Za-z]/.test(after)) continue; // 5G, 4A, PM2.5, G316
    if (before === '第' || before === '前' && /^[一二三四五六七八九十]/.test(n1 as string)) continue; // ordinals, ranks
    if (unit === '次' && isChinese) continue; // 二十届二中全会, 第五次: Chinese 次 is mostly an ordinal
    if (unit === '对' && isChinese) continue;
    const isCount = unit !== null && (COUNT_SET.has(unit) || unit === '个百分点');
    const isMeasure = unit !== null && MEASURE_SET.has(unit);
    const scaleInto = !isMeasure; // see the unit rule at the top
    const value = readNumber(n1 as string, mult, scaleInto);
    if (value === null) continue;
    let valueMax: number | null = null;
    if (n2) {
      valueMax = readNumber(n2, mult, scaleInto);
      if (valueMax === null || valueMax < value) continue;
    }
    if (isMeasure && mult) unit = mult + unit;
    else if (!isCount && !isMeasure && unit === null) unit = null;
    let end = numStart + whole.length;
    let postQualifier: string | null = approx ?? null;
    for (const q of POST_QUALIFIERS) {
      if (norm.startsWith(q, end)) { postQualifier = q; end += q.length; break; }
    }
    out.push({ numStart, unitEnd: numStart + whole.length, end, value, valueMax, unit, postQualifier, isChinese });
  }
  return out;
}

interface Split {
  verb: string | null;
  /** True when the verb came before the metric (新建城市绿道): such a verb reaches over a 、 list. */
  verbLeads: boolean;
  metric: string;
  qualifier: string | null;
  metricStart: number;
}

/** Splits the words before a number into qualifier, metric and verb. `offset` is where `pre` starts. */
function splitPre(pre: string, offset: number): Split {
  let s = pre;
  let head = 0;
  const enumer = ENUMERATOR.exec(s);
  if (enumer) { head += enumer[0].length; s = s.slice(enumer[0].length); }
  let qualifier: string | null = null;
  for (const c of COMPARATORS) {
    if (!s.endsWith(c)) continue;
    if (c === '过' && /[通经超度]过$/.test(s)) continue;
    qualifier = c;
    s = s.slice(0, s.length - c.length);
    break;
  }
  // leading qualifier (力争 / 确保) and adverbs
  for (;;) {
    const lead = LEADING_QUALIFIERS.find((q) => s.startsWith(q));
    const trim = TRIM_HEAD.exec(s);
    if (lead) { qualifier = qualifier ?? lead; s = s.slice(lead.length); head += lead.length; continue; }
    if (trim && trim[0].length > 0) { s = s.slice(trim[0].length); head += trim[0].length; continue; }
    break;
  }
  let verb: string | null = null;
  let verbLeads = false;
  const tailTrimmed = s.replace(TRIM_TAIL, '');
  const trailing = TRAILING_VERB.exec(tailTrimmed);
  if (trailing && trailing.index > 0) {
    verb = trailing[0];
    s = tailTrimmed.slice(0, trailing.index);
    const chain = LEADING_VERB_CHAIN.exec(s);
    if (chain && chain[0].length === s.length) {
      // 新增造林10万亩: two verbs in a row; the second names what is counted
      // (完成造林绿化1万亩: with three, the last two do)
      const inner = TRAILING_VERB.exec(s);
      const split = inner && inner.index > 0 && !/[、和及与]$/.test(s) ? inner.index : s.length;
      verb = s.slice(0, split).replace(/[、和及与]$/, '');
      verbLeads = true;
      head += split;
      s = s.slice(split) + trailing[0];
    } else {
      // 完成居家适老化改造562户: a leading verb before the object of the trailing one goes too
      const lead = LEAD_IN.exec(s);
      if (lead && s.length - lead[0].length >= 2) { s = s.slice(lead[0].length); head += lead[0].length; }
    }
  } else if (trailing && trailing.index === 0) {
    verb = trailing[0];
    s = '';
  } else {
    const lead = LEADING_VERB_CHAIN.exec(s);
    if (lead && lead[0].length < s.length) {
      let chain = lead[0];
      const last = TRAILING_VERB.exec(chain);
      if (s.length - chain.length <= 2 && last && last.index > 0 && !/[、和及与]$/.test(chain)) {
        chain = chain.slice(0, last.index); // 新增绿化面积: 绿化面积 is the metric, 新增 the verb
      }
      verb = chain.replace(/[、和及与]$/, '');
      verbLeads = true;
      s = s.slice(chain.length);
      head += chain.length;
    } else s = tailTrimmed;
  }
  const before = s.length;
  s = s.replace(TRIM_HEAD, '');
  head += before - s.length;
  s = s.replace(TRIM_TAIL, '').trim();
  return { verb, verbLeads, metric: s, qualifier, metricStart: offset + head };
}

/** The noun right after a number (624个项目落地开工 → 项目), empty when none. */
function nounAfter(norm: string, from: number, limit: number): string {
  const span = norm.slice(from, Math.min(limit, from + 24));
  const stop = NOUN_STOP.exec(span);
  const noun = stop ? span.slice(0, stop.index) : span;
  return noun.length > 16 || noun.length < 2 ? '' : noun;
}

/**
 * Every quantitative commitment in `text`, in order. Skips years and dates (no unit), ordinals
 * (第五次), names with Latin letters (5G, 4A, PM2.5), numbers in names (十四五, 五大特色产业),
 * counts that only classify the next noun (10亿元以上项目 in 10亿元以上项目12个).
 */
export function extractQuantities(text: string): Quantity[] {
  if (typeof text !== 'string' || text === '') return [];
  try {
    return extract(text);
  } catch {
    return []; // never throw on user input; a bug here must not lose the document
  }
}

function extract(text: string): Quantity[] {
  const norm = asciiDigits(text);
  const raws = scanNumbers(norm);
  const out: Quantity[] = [];
  const clauses = new SpanCursor(boundaryPositions(norm, CLAUSE_END), norm.length);
  const sentences = new SpanCursor(boundaryPositions(norm, SENTENCE_END), norm.length);
  type Prev = { q: Quantity; verbLeads: boolean; sentenceStart: number; clauseStart: number };
  let prev: Prev | null = null;
  // Where the words of the next number may begin: after the last number read in the same clause.
  let consumedEnd = 0;
  // A skipped classifying count (10亿元以上 in 10亿元以上项目12个) hands its start to the next quantity.
  let carryStart: number | null = null;

  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i] as RawMatch;
    const next = raws[i + 1];
    const clause = clauses.at(raw.numStart);
    const nextInClause = next !== undefined && next.numStart < clause.end;
    const sentenceStart = sentences.at(raw.numStart).start;
    const prevInClause: Prev | null = prev && prev.clauseStart === clause.start ? prev : null;
    const prevInSentence: Prev | null = prev && prev.sentenceStart === sentenceStart ? prev : null;

    // Only the last words before a number can be its metric: a cap that keeps the work per number bounded.
    const naturalStart = Math.max(clause.start, consumedEnd);
    const carried = carryStart !== null && carryStart >= clause.start ? carryStart : null;
    const preStart = Math.max(carried ?? naturalStart, raw.numStart - MAX_PRE);
    carryStart = null;
    const pre = norm.slice(preStart, raw.numStart);
    const post = norm.slice(raw.end, nextInClause ? (next as RawMatch).numStart : clause.end);
    const followedByNoun = post.length > 0 && !/^[、和及与或的]/.test(post);

    if (followedByNoun && raw.isChinese) continue; // 八个方面, 十件民生实事: counts that name things
    consumedEnd = raw.end;
    if (followedByNoun) {
      const classifies = raw.postQualifier === '以上' || raw.postQualifier === '以下' || raw.postQualifier === '及以上';
      if (classifies || (nextInClause && !/[、，,和及与]/.test(post))) {
        // 10亿元以上项目 / 超2万袋规模化制棒基地10个: the number describes the thing counted next
        if (nextInClause && !/[、，,]/.test(post)) carryStart = preStart;
        continue;
      }
    }

    const split = splitPre(pre, preStart);
    let { metric, verb } = split;
    let verbLeads = split.verbLeads;
    const qualifier = raw.postQualifier ?? split.qualifier;
    let start = split.metric ? split.metricStart : raw.numStart;
    let end = raw.end;

    if (followedByNoun) {
      const noun = nounAfter(norm, raw.end, clause.end);
      if (noun === '' && metric === '') continue;
      if (noun !== '') {
        // 投放1400万元消费券 → metric 消费券; 推动10个湖北实验室 → metric 湖北实验室
        const onlyVerbs = split.verb !== null && split.metric !== '' && LEADING_VERB_CHAIN.exec(split.metric)?.[0] === split.metric;
        if (onlyVerbs) verb = split.verbLeads ? `${split.verb}${split.metric}` : `${split.metric}${split.verb}`; // 改造提升7个基地
        metric = noun;
        end = raw.end + noun.length;
        consumedEnd = end;
        start = raw.numStart;
        if (!verb && split.metric === '' && prevInSentence?.verbLeads) verb = prevInSentence.q.verb;
      }
    } else if (post.startsWith('的') && verb === null) {
      // 把全市70%以上的义务教育学校…: the share is of the noun after 的
      const noun = nounAfter(norm, raw.end + 1, clause.end);
      if (noun !== '') { metric = noun; end = raw.end + 1 + noun.length; start = raw.numStart; consumedEnd = end; }
    }

    // 增长8%、力争9% (or 争取9%): the second figure is the stretch goal of the first
    const stretchOf = prevInClause ?? prevInSentence;
    if (
      metric === '' && !verb && stretchOf && stretchOf.q.stretch === null && stretchOf.q.unit === raw.unit &&
      raw.valueMax === null && /^[、，,]?\s*(?:力争|争取)$/.test(pre.trim())
    ) {
      stretchOf.q.stretch = raw.value;
      if (stretchOf === prevInClause) stretchOf.q.end = raw.end;
      continue;
    }

    if (metric !== '' && !verb && prevInClause?.verbLeads && /^[、和及]/.test(pre)) {
      // 新增国家级企业技术中心1家、专精特新“小巨人”2家: a leading verb reaches over the list
      verb = prevInClause.q.verb;
      verbLeads = true;
    }
    if (metric === '') {
      if (prevInSentence) {
        // 分别增长8%、6% / 分别完成60亿元，95亿元 / …，增长15%: the metric before is shared
        const shared: Prev = prevInSentence;
        metric = shared.q.metric;
        if (!verb) { verb = shared.q.verb; verbLeads = shared.verbLeads; }
      } else if (verb && raw.unit !== '%' && raw.unit !== '个百分点') {
        metric = verb; // 今年投入82亿元: the verb names what is counted
      } else continue;
      start = raw.numStart;
    }
    if (metric.length > 40) metric = metric.slice(-40);

    const q: Quantity = {
      metric,
      verb,
      value: raw.value,
      valueMax: raw.valueMax,
      unit: raw.unit,
      qualifier,
      stretch: null,
      start: Math.max(0, Math.min(start, raw.numStart)),
      end,
      text: text.slice(clause.start, clause.end),
    };
    out.push(q);
    prev = { q, verbLeads, sentenceStart, clauseStart: clause.start };
  }
  return out;
}

// Where the subject of a target without a number ends: 居民收入|与经济增长同步, 生态环保|完成省定目标.
const PREDICATE = /与|和|同步|完成|实现|达到|保持|控制|符合|稳定|基本|持续|确保|不低于|不超过/;
const PREDICATE_VERBS = new Set(['完成', '实现', '达到', '保持', '控制', '符合', '稳定']);
const TARGET_CLAUSE_END = new Set(['；', ';', '，', ',', '。', '\n']);

/**
 * Splits a main-target sentence (主要预期目标) into its targets, in order: one per figure
 * (增长8%、力争9% stays one target with a stretch value), and one with value null for each clause
 * without a figure (居民收入与经济增长同步), its metric the subject and its text the whole clause.
 * A lead-in up to a colon that mentions 目标 is skipped, and so is anything after the first 。.
 * Offsets are relative to `sentence`.
 */
export function splitMainTargets(sentence: string): Quantity[] {
  if (typeof sentence !== 'string' || sentence === '') return [];
  try {
    return splitTargets(sentence);
  } catch {
    return [];
  }
}

function splitTargets(sentence: string): Quantity[] {
  let bodyStart = 0;
  const colon = /[：:]/.exec(sentence.slice(0, 200));
  if (colon && sentence.slice(0, colon.index).includes('目标')) bodyStart = colon.index + 1;
  const stop = sentence.indexOf('。', bodyStart);
  const bodyEnd = stop === -1 ? sentence.length : stop;
  const body = sentence.slice(bodyStart, bodyEnd);

  const numeric = extractQuantities(body).map((q) => ({ ...q, start: q.start + bodyStart, end: q.end + bodyStart }));
  const out: Quantity[] = [...numeric];

  let clauseStart = bodyStart;
  let k = 0;
  for (let i = bodyStart; i <= bodyEnd; i++) {
    if (i < bodyEnd && !TARGET_CLAUSE_END.has(sentence[i] as string)) continue;
    const raw = sentence.slice(clauseStart, i);
    const lead = raw.length - raw.trimStart().length;
    const clause = raw.trim().replace(ENUMERATOR, '');
    const start = clauseStart + lead + (raw.trim().length - clause.length);
    const end = clauseStart + raw.trimEnd().length;
    clauseStart = i + 1;
    // numeric is in order of position: skip those wholly before this clause, then test for overlap
    while (k < numeric.length && (numeric[k] as Quantity).end <= start) k++;
    const overlaps = k < numeric.length && (numeric[k] as Quantity).start < end;
    if (clause === '' || overlaps) continue;
    // a figure we could not read is not a qualitative target (the 2.5 of PM2.5 is a name, not a figure)
    if (/\d/.test(asciiDigits(clause).replace(/[A-Za-z]+[\d.]+|[\d.]+[A-Za-z]+/g, ''))) continue;
    const cut = PREDICATE.exec(clause);
    let metric = cut && cut.index > 0 ? clause.slice(0, cut.index) : clause;
    metric = metric.replace(/(?:增长|增速|水平)$/, '') || metric;
    const verb = cut && PREDICATE_VERBS.has(cut[0]) ? cut[0] : null;
    out.push({ metric, verb, value: null, valueMax: null, unit: null, qualifier: null, stretch: null, start, end, text: clause });
  }
  return out.sort((a, b) => a.start - b.start);
}
