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
  /** The metric was taken over from the figure before (分别增长8%、6%: the 6%). */
  shared?: boolean;
}

export interface ExtractOptions {
  /**
   * Reading a main-target list: a bare figure with a qualifier is a value (居民消费价格指数102.5左右:
   * a price index, no %), and 年 and 岁 are units (受教育年限达10年, 人均预期寿命75.5岁).
   */
  main?: boolean;
  /** The text is the parser's normalized text (digits already ASCII): skip re-reading it for full-width digits. */
  normalized?: boolean;
}

const COUNT_UNITS = [
  '人次',
  '户次',
  '场次',
  '架次',
  '个百分点',
  '人',
  '个',
  '户',
  '家',
  '袋',
  '棒',
  '只',
  '头',
  '张',
  '部',
  '件',
  '所',
  '场',
  '名',
  '项',
  '套',
  '座',
  '处',
  '条',
  '台',
  '辆',
  '艘',
  '栋',
  '幢',
  '株',
  '棵',
  '种',
  '宗',
  '例',
  '册',
  '份',
  '次',
  '篇',
  '枚',
  '匹',
  '羽',
  '尾',
  '对',
  '盏',
  '根',
  '眼',
  '孔',
  '天',
  '岁',
  '年',
];
const MEASURE_UNITS = [
  '万吨标准煤',
  '吨标准煤',
  '标准煤',
  '微克/立方米',
  '毫克/升',
  '平方公里',
  '平方米',
  '立方米',
  '千瓦时',
  '千瓦',
  '兆瓦',
  '公里',
  '千米',
  '公顷',
  '公斤',
  '千克',
  '美元',
  '欧元',
  '标箱',
  '元',
  '吨',
  '斤',
  '亩',
  '米',
  '克',
];
const PERCENT_UNITS = ['%', '‰', '百分点'];

const COUNT_SET = new Set(COUNT_UNITS);
const MEASURE_SET = new Set(MEASURE_UNITS);

function alternation(words: string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[%‰]/g, (c) => `\\${c}`))
    .join('|');
}

const AR = '(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?';
const CN = '[〇零一二两三四五六七八九十百千]+';
const RANGE_SEP = '(?:[—–－\\-~～]{1,2}|至|到)';
const UNIT_ALT = alternation([...COUNT_UNITS, ...MEASURE_UNITS, ...PERCENT_UNITS]);
// The number may not start inside another number (after a digit, or after "1," / "1."):
// this also keeps the scan linear on long runs of digits and commas.
// A Chinese numeral counts only with a unit (三万, 十五 alone are words), so its branch requires one: the
// scan then never stops on the many numeral characters of ordinary words (一批, 千方百计).
const TAIL = (unitRequired: boolean) => `(?:(%)?(${RANGE_SEP})(${AR}|${CN}))?(万亿|亿|万)?(余|多)?(${UNIT_ALT})${unitRequired ? '' : '?'}`;
const QUANTITY_RE = new RegExp(`(?<![\\d.]|\\d,)(?:(${AR})${TAIL(false)}|(${CN})${TAIL(true)})`, 'g');

const POST_QUALIFIERS = ['及以上', '以上', '左右', '以内', '以下', '上下', '之内'];
// Before the number, nearest first. 过 alone is a comparator only when no 通/经/超/度 precedes it.
const COMPARATORS = ['不低于', '不少于', '不超过', '不高于', '突破', '超过', '高于', '低于', '接近', '约', '近', '逾', '超', '过'];
const LEADING_QUALIFIERS = ['力争', '确保', '争取', '努力'];

/** Verbs of an output counted over the year (新建城市绿道12公里, 引进项目30个): the outcomes side judges these as flows. */
export const OUTPUT_VERBS = [
  '新增',
  '新建',
  '新引进',
  '新培育',
  '新登记',
  '新开工',
  '新改建',
  '改扩建',
  '扩建',
  '改建',
  '改造',
  '新改造',
  '建成',
  '建设',
  '完成',
  '实现',
  '引进',
  '培育',
  '招引',
  '签约',
  '投入',
  '投放',
  '发放',
  '开展',
  '举办',
  '培训',
  '盘活',
  '处置',
  '绿化',
  '接待',
  '实施',
  '创建',
  '打造',
  '设立',
  '成立',
  '组织',
  '资助',
  '兴办',
  '加装',
  '增设',
  '惠及',
  '拉动',
] as const;

// Verbs that relate a metric to its value. Matched at the end of the words before the number
// (粮食产量保持在29亿斤) or at their start (新建城市绿道12公里). Longest first.
const VERBS = [
  '保持在',
  '稳定在',
  '控制在',
  '扩大到',
  '扩大至',
  '提高到',
  '提高至',
  '提升到',
  '提升至',
  '增加到',
  '增加至',
  '增长到',
  '增长至',
  '下降到',
  '下降至',
  '降低到',
  '降低至',
  '减少到',
  '减少至',
  '达到',
  '上升至',
  '上升到',
  '跃上',
  '迈上',
  '跨越',
  '降至',
  '增至',
  '缩小到',
  '缩小至',
  '增长',
  '增加',
  '提高',
  '提升',
  '降低',
  '下降',
  '减少',
  '压减',
  '压降',
  '缩减',
  '节约',
  '减轻',
  '上涨',
  '上升',
  '削减',
  ...OUTPUT_VERBS,
  '争取',
  '入库',
  '入驻',
  '覆盖',
  '推进',
  '种植',
  '出栏',
  '出笼',
  '帮扶',
  '争创',
  '发展到',
  '荣获',
  '获得',
  '获批',
  '设置',
  '办理',
  '发展',
  '安置',
  '吸纳',
  '救助',
  '消化',
  '整治',
  '治理',
  '修复',
  '造林',
  '提档升级',
  '升级',
  '达',
];
const VERB_ALT = alternation(VERBS);
const LEADING_VERB_CHAIN = new RegExp(`^(?:(?:${VERB_ALT})[、和及与]?)+`);
// Verbs that only lead in to another verb's object: 完成居家适老化改造562户.
const LEAD_IN = /^(?:完成|实施|推进|开展|加快|全面|持续|深入|扎实)+/;
/**
 * Finds the words of `words` at the end of a string, as `re.exec` would with /(?:w1|w2…)$/ (or with `+`
 * before the $ when `repeated`), but looking only at the string's end: an anchored-at-end regex is tried
 * at every position, which made these the slowest steps of reading a number.
 */
function suffixMatcher(words: readonly string[], repeated: boolean): (s: string) => { index: number; 0: string } | null {
  const byLast = new Map<string, string[]>();
  for (const w of words) {
    const last = w[w.length - 1] as string;
    const list = byLast.get(last) ?? [];
    list.push(w);
    byLast.set(last, list);
  }
  for (const list of byLast.values()) list.sort((a, b) => b.length - a.length);
  return (s) => {
    let end = s.length;
    for (;;) {
      const list = end > 0 ? byLast.get(s[end - 1] as string) : undefined;
      const w = list?.find((x) => x.length <= end && s.startsWith(x, end - x.length));
      if (!w) break;
      end -= w.length;
      if (!repeated) break;
    }
    return end < s.length ? { index: end, 0: s.slice(end) } : null;
  };
}

const TRAILING_VERB = { exec: suffixMatcher(VERBS, false) };

// Adverbs and scope words trimmed from both ends of a metric.
const TRIM_HEAD =
  /^(?:[、，,和及与或并把将为对让使]|并且|同时|其中|以及|\d{4}年(?:底前|底|内|前|末)?|年底前|年内|全年|今年|明年|预计|推动|累计|共|全[省市区州县盟旗]|[我本][省市区州县])+/;
const TAIL_WORDS = [
  '、',
  '，',
  ',',
  '分别',
  '平均',
  '均',
  '预计',
  '全年',
  '同比',
  '年均',
  '比上年',
  '累计',
  '力争',
  '确保',
  '争取',
  '稳定',
  '持续',
  '要',
  '将',
  '再',
  '基本',
  '总计',
  '共计',
  '共',
  '实际',
  '同口径',
  '可比价',
  '可比',
  '为',
];
const TRIM_TAIL = { exec: suffixMatcher(TAIL_WORDS, true) };
const trimTail = (s: string): string => {
  const t = TRIM_TAIL.exec(s);
  return t ? s.slice(0, t.index) : s;
};
const ENUMERATOR = /^\s*(?:\d{1,3}[.、．]|[（(][一二三四五六七八九十\d]{1,4}[）)]|[一二三四五六七八九十]{1,3}、|[-—•·]\s*)/;

// Where a noun that follows a number ends (10个湖北实验室多出成果 → 湖北实验室).
const NOUN_STOP =
  /全面|提供|建设|落地|开工|投产|竣工|完成|实现|达标|创建|上线|运行|除险|多出|加快|推进|发展|水质|提升|改造|覆盖|获批|建成|稳定|参与|开展|成功|达到|纳入|通过|[的和及与或、]/;

/** 跃上1.4万亿斤新台阶, 突破5000亿元大关: a milestone after the figure, not the thing counted. */
const MILESTONE = /^(?:新台阶|台阶|大关|关口|新高)/;

const MAX_PRE = 60;

const SENTENCE_END = new Set(['。', '！', '？', '；', ';', '!', '?', '\n', '\r', '（', '）', '(', ')', '〔', '〕']);

/** 1: ends a sentence (and a clause); 2: ends a clause only. */
const BOUNDARY = new Uint8Array(65536);
for (const c of ['，', ',', '：', ':']) BOUNDARY[c.charCodeAt(0)] = 2;
for (const c of SENTENCE_END) BOUNDARY[c.charCodeAt(0)] = 1;

/** Positions of the clause and sentence boundaries, in order: one pass, so the caller can walk them linearly. */
function boundaryPositions(text: string): { clauses: number[]; sentences: number[] } {
  const clauses: number[] = [];
  const sentences: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = BOUNDARY[code];
    if (kind === 0) continue;
    if (code === 44 && isThousandsComma(text, i)) continue;
    clauses.push(i);
    if (kind === 1) sentences.push(i);
  }
  return { clauses, sentences };
}

const OPEN_PAREN = 0xff08;
const OPEN_PAREN_ASCII = 0x28;
/** Characters that cannot sit inside a bracket belonging to a name: figures, punctuation, line breaks. */
const NOT_IN_NAME = /[\d，。；：:,;（(、\n%]/;

/**
 * When a figure follows a short bracket that ends a name (居民消费价格指数（市辖区）103左右), where the
 * name starts: the clause start before the bracket; -1 when the bracket is not such a one.
 */
function nameBeforeParen(text: string, close: number): number {
  const c = text.charCodeAt(close);
  if (c !== 0xff09 && c !== 0x29) return -1;
  let open = close - 1;
  while (open > close - 12 && open >= 0 && text.charCodeAt(open) !== OPEN_PAREN && text.charCodeAt(open) !== OPEN_PAREN_ASCII) {
    if (NOT_IN_NAME.test(text[open] as string)) return -1;
    open--;
  }
  if (open < 1 || open === close - 1 || (text.charCodeAt(open) !== OPEN_PAREN && text.charCodeAt(open) !== OPEN_PAREN_ASCII)) return -1;
  const before = text.charCodeAt(open - 1);
  if (!((before >= 0x4e00 && before <= 0x9fff) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122))) return -1;
  let start = open;
  while (start > 0 && open - start < MAX_PRE && BOUNDARY[text.charCodeAt(start - 1)] === 0) start--;
  return start < open ? start : -1;
}

/** The comma of 1,200: a digit before, exactly three digits after. */
const isDigitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};
function isThousandsComma(text: string, i: number): boolean {
  return isDigitAt(text, i - 1) && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && isDigitAt(text, i + 3) && !isDigitAt(text, i + 4);
}

/** Walks forward through boundaries: the span between the boundaries around each position asked for. */
class SpanCursor {
  private k = 0;
  constructor(
    private readonly bounds: number[],
    private readonly length: number,
  ) {}
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

const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;

function readNumber(s: string, mult: string | undefined, scaleInto: boolean): number | null {
  if (!mult && PLAIN_DECIMAL.test(s)) return Number(s); // the common case: no multiplier, no thousands commas
  if (/^\d/.test(s)) {
    const exp = mult && scaleInto ? (multiplierExponent(mult) ?? 0) : 0;
    return scaleDecimal(s, exp);
  }
  const base = parseNumber(s);
  if (base === null) return null;
  if (mult && scaleInto) return parseNumber(s + mult);
  return base;
}

const isChineseNumeral = (n: string) => !/^\d/.test(n);

/** Finds the number-with-unit tokens; filters out what is not a quantity by its immediate surroundings. */
function scanNumbers(norm: string, opts: ExtractOptions): RawMatch[] {
  const out: RawMatch[] = [];
  QUANTITY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUANTITY_RE.exec(norm)) !== null) {
    const k = m[1] !== undefined ? 1 : 8; // the Arabic branch's groups, or the Chinese branch's
    const whole = m[0];
    const [n1, pct1, , n2, mult, approx, unitRaw] = [m[k], m[k + 1], m[k + 2], m[k + 3], m[k + 4], m[k + 5], m[k + 6]];
    const numStart = m.index;
    if (whole.length === 0) {
      QUANTITY_RE.lastIndex++;
      continue;
    }
    const isChinese = !/^\d/.test(n1 as string);
    let unit = unitRaw ?? null;
    if (pct1 && !unit) continue;
    // 年 counts years only in a target list, and never after a year (2024年) or with a Chinese numeral
    // 岁 is an age (适龄女生14岁) except as a target (人均预期寿命75.5岁)
    if ((unit === '年' || unit === '岁') && (!opts.main || isChineseNumeral(n1 as string) || /^\d{3,}/.test(n1 as string))) unit = null;
    const numEnd = numStart + whole.length - (unitRaw && unit === null ? unitRaw.length : 0);
    // a bare number: a list item, a phone number, a road name; in a target list a bare figure with a
    // qualifier is a value (价格指数102.5左右)
    if (!unit && !mult && !(opts.main && !isChineseNumeral(n1 as string) && !approx && POST_QUALIFIERS.some((q) => norm.startsWith(q, numEnd)))) continue;
    // Chinese numerals count only with a unit, and never as a lone 零 (零部件) or 〇
    if (isChinese && (!unit || /^[零〇]/.test(n1 as string))) continue;
    const before = norm[numStart - 1] ?? '';
    const after = norm[numEnd] ?? '';
    if (after === '级') continue; // 百亿级项目, 3A级: a grade, not an amount
    if (/[A-Za-z]/.test(before) || /[A-Za-z]/.test(after)) continue; // 5G, 4A, PM2.5, G316
    if (before === '第' || (before === '前' && /^[一二三四五六七八九十]/.test(n1 as string))) continue; // ordinals, ranks
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
    let end = numEnd;
    let postQualifier: string | null = approx ?? null;
    for (const q of POST_QUALIFIERS) {
      if (norm.startsWith(q, end)) {
        postQualifier = q;
        end += q.length;
        break;
      }
    }
    out.push({ numStart, unitEnd: numEnd, end, value, valueMax, unit, postQualifier, isChinese });
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
  let s = pre.trimEnd(); // 固定资产投资增长 4.5%
  let head = 0;
  const enumer = ENUMERATOR.exec(s);
  if (enumer) {
    head += enumer[0].length;
    s = s.slice(enumer[0].length);
  }
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
    if (lead) {
      qualifier = qualifier ?? lead;
      s = s.slice(lead.length);
      head += lead.length;
      continue;
    }
    if (trim && trim[0].length > 0) {
      s = s.slice(trim[0].length);
      head += trim[0].length;
      continue;
    }
    break;
  }
  let verb: string | null = null;
  let verbLeads = false;
  const tailTrimmed = trimTail(s);
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
      if (lead && s.length - lead[0].length >= 2) {
        s = s.slice(lead[0].length);
        head += lead[0].length;
      }
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
  const tail = TRIM_TAIL.exec(s);
  if (tail) {
    // 收入力争同口径增长7%: a qualifier between metric and verb
    const q = LEADING_QUALIFIERS.find((w) => tail[0].includes(w));
    if (q && qualifier === null) qualifier = q;
    s = s.slice(0, tail.index);
  }
  s = s.trim();
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
/** 力争达到9%: the verb repeats the first figure's and the second figure is its stretch goal. */
const STRETCH_VERB = /(?:力争|争取)(?:达到|实现|增长)$/;

export function extractQuantities(text: string, opts: ExtractOptions = {}): Quantity[] {
  if (typeof text !== 'string' || text === '') return [];
  try {
    return extract(text, opts);
  } catch {
    return []; // never throw on user input; a bug here must not lose the document
  }
}

function extract(text: string, opts: ExtractOptions): Quantity[] {
  const norm = opts.normalized ? text : asciiDigits(text);
  const raws = scanNumbers(norm, opts);
  const out: Quantity[] = [];
  if (raws.length === 0) return out;
  const bounds = boundaryPositions(norm);
  const clauses = new SpanCursor(bounds.clauses, norm.length);
  const sentences = new SpanCursor(bounds.sentences, norm.length);
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
    const followedByNoun = post.length > 0 && !/^[、和及与或的]/.test(post) && !MILESTONE.test(post);

    if (followedByNoun && raw.isChinese) continue; // 八个方面, 十件民生实事: counts that name things
    consumedEnd = raw.end + (MILESTONE.exec(post)?.[0].length ?? 0);
    if (followedByNoun) {
      const classifies = raw.postQualifier === '以上' || raw.postQualifier === '以下' || raw.postQualifier === '及以上';
      if (classifies || (nextInClause && !/[、，,和及与]/.test(post))) {
        // 10亿元以上项目 / 超2万袋规模化制棒基地10个: the number describes the thing counted next
        if (nextInClause && !/[、，,]/.test(post)) carryStart = preStart;
        continue;
      }
    }

    let split = splitPre(pre, preStart);
    if (split.metric === '' && preStart === clause.start) {
      // 居民消费价格指数（市辖区）103左右: the name runs on before the bracket
      const from = nameBeforeParen(norm, clause.start - 1);
      if (from >= 0) split = splitPre(norm.slice(from, raw.numStart), from);
    }
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
      if (noun !== '') {
        metric = noun;
        end = raw.end + 1 + noun.length;
        start = raw.numStart;
        consumedEnd = end;
      }
    }

    // 增长8%、力争9% (or 争取9%, 力争达到9%): the second figure is the stretch goal of the first
    const stretchOf = prevInClause ?? prevInSentence;
    if (
      metric === '' &&
      (!verb || STRETCH_VERB.test(pre.trim())) &&
      stretchOf &&
      stretchOf.q.stretch === null &&
      stretchOf.q.unit === raw.unit &&
      raw.valueMax === null &&
      /^[、，,]?\s*(?:力争|争取)(?:达到|实现|增长)?$/.test(pre.trim())
    ) {
      stretchOf.q.stretch = raw.value;
      if (stretchOf === prevInClause) stretchOf.q.end = raw.end;
      continue;
    }
    // 增长5.5%（力争6%以上）: a stretch goal in brackets right after the figure
    if (
      metric === '' &&
      !verb &&
      prev &&
      prev.q.stretch === null &&
      prev.q.unit === raw.unit &&
      raw.valueMax === null &&
      /^[（(]\s*(?:力争|争取)$/.test(norm.slice(prev.q.end, raw.numStart))
    ) {
      prev.q.stretch = raw.value;
      continue;
    }

    if (metric !== '' && !verb && prevInClause?.verbLeads && /^[、和及]/.test(pre)) {
      // 新增国家级企业技术中心1家、专精特新“小巨人”2家: a leading verb reaches over the list
      verb = prevInClause.q.verb;
      verbLeads = true;
    }
    let shared = false;
    if (metric === '') {
      if (prevInSentence) {
        // 分别增长8%、6% / 分别完成60亿元，95亿元 / …，增长15%: the metric before is shared
        const from: Prev = prevInSentence;
        metric = from.q.metric;
        shared = from.clauseStart === clause.start;
        if (!verb) {
          verb = from.q.verb;
          verbLeads = from.verbLeads;
        }
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
      ...(shared ? { shared } : {}),
    };
    out.push(q);
    prev = { q, verbLeads, sentenceStart, clauseStart: clause.start };
  }
  return out;
}

// Where the subject of a target without a number ends: 居民收入|与经济增长同步, 生态环保|完成省定目标.
const PREDICATE = /与|和经济|同步|完成|实现|达到|保持|控制|符合|稳定|基本|持续|继续|确保|不低于|不超过|进一步|稳步|稳中|保稳|稳量|回稳|只增不减|下降(?!率)|提高(?!率)|优化|改善/;
const PREDICATE_VERBS = [
  '全面完成',
  '确保完成',
  '力争完成',
  '完成',
  '实现',
  '达到',
  '保持',
  '控制在',
  '控制',
  '符合',
  '稳定在',
  '持续改善',
  '继续下降',
  '进一步提升',
  '进一步提高',
  '稳步提高',
  '持续优化',
  '下降',
  '降低',
  '提高',
];
/** A clause of a target list that sets a target without a figure must say what happens to its subject. */
const TARGET_PREDICATE =
  /同步|下达|约束性|控制目标|控制在|只增不减|完成|实现|正增长|达到|达标|稳中|保稳|稳量|提质|基本平衡|保持|持续改善|改善|进一步|稳步|优化|回稳|向好|下降|降低|提高|合理水平|省定|国定/;
/** Remarks between the targets, not targets: 在实际工作中争取更好结果, 尽最大努力. */
const REMARK = /更好|更高质量|尽最大努力|尽可能|实际工作中|努力争取|力争在|奋力|积极|主动|确保实现|力争实现/;
/** Verbs a qualitative target can start with: 完成省下达的节能减排任务, 确保粮食产量只增不减. */
const LEADING_PREDICATE = /^(?:确保|力争|努力)?(?:全面|圆满)?(?:完成|实现|达到)/;
const TARGET_CLAUSE_END = new Set(['；', ';', '，', ',', '。', '\n', '！', '？']);
const LIST_SENTENCE_END = /[。！？\n]/g;
const LIST_LEAD = /^[^。]{0,60}?(?:目标|指标)[^。：:]{0,12}[：:]/;

/**
 * Splits a main-target list (主要预期目标, one or several sentences) into its targets, in order: one
 * per figure (增长8%、力争9% stays one target with a stretch value; 增长5.5%（力争6%以上） too), one per
 * metric of a shared figure (城镇和农村居民人均可支配收入分别增长6%和7% → two; 城乡居民收入均增长6.5% →
 * two), and one with value null for each clause without a figure that sets a target (居民收入与经济增长
 * 同步; 节能减排完成省下达任务), its metric the subject and its text the whole clause. A lead-in up to a
 * colon that mentions 目标 is skipped; so are remarks (在实际工作中争取更好结果) and five-year figures.
 * Offsets are relative to `list`.
 */
export function splitMainTargets(list: string): Quantity[] {
  if (typeof list !== 'string' || list === '') return [];
  try {
    const out: Quantity[] = [];
    let from = 0;
    LIST_SENTENCE_END.lastIndex = 0;
    for (;;) {
      const m = LIST_SENTENCE_END.exec(list);
      const end = m ? m.index : list.length;
      if (end > from) out.push(...splitSentence(list, from, end));
      if (!m) break;
      from = end + 1;
    }
    return out;
  } catch {
    return [];
  }
}

function splitSentence(list: string, from: number, to: number): Quantity[] {
  let bodyStart = from;
  const raw = list.slice(from, to);
  const lead = LIST_LEAD.exec(raw);
  if (lead) bodyStart = from + lead[0].length;
  const enumer = ENUMERATOR.exec(list.slice(bodyStart, to));
  if (enumer) bodyStart += enumer[0].length;
  const body = list.slice(bodyStart, to);

  const numeric = spread(
    extractQuantities(body, { main: true })
      .filter((q) => q.value !== null && !/年均|到20\d\d年/.test(q.text))
      .map((q) => ({ ...q, start: q.start + bodyStart, end: q.end + bodyStart })),
  );
  const out: Quantity[] = [...numeric];

  let clauseStart = bodyStart;
  let k = 0;
  for (let i = bodyStart; i <= to; i++) {
    if (i < to && !TARGET_CLAUSE_END.has(list[i] as string)) continue;
    const rawClause = list.slice(clauseStart, i);
    const lead = rawClause.length - rawClause.trimStart().length;
    const clause = rawClause.trim().replace(ENUMERATOR, '');
    const start = clauseStart + lead + (rawClause.trim().length - clause.length);
    const end = clauseStart + rawClause.trimEnd().length;
    clauseStart = i + 1;
    // numeric is in order of position: skip those wholly before this clause, then test for overlap
    while (k < numeric.length && (numeric[k] as Quantity).end <= start) k++;
    const overlaps = k < numeric.length && (numeric[k] as Quantity).start < end;
    if (clause === '' || overlaps) continue;
    out.push(...qualitative(clause, start, end));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Targets without a figure in one clause: 居民收入与经济增长同步; 完成省下达的节能减排和环境保护目标任务. */
function qualitative(clause: string, start: number, end: number): Quantity[] {
  const plain = asciiDigits(clause);
  // A ratio (三次产业比重为3.4∶47.1∶49.5) is a target with no single value; another figure we could not
  // read is not a qualitative target (the 2.5 of PM2.5 is a name, not a figure).
  const ratio = /\d[∶:]\d/.test(plain);
  if (!ratio && /\d/.test(plain.replace(/[A-Za-z]+[\d.]+|[\d.]+[A-Za-z]+/g, ''))) return [];
  if (!ratio && (!TARGET_PREDICATE.test(clause) || REMARK.test(clause))) return [];
  if (/年均|五年|十[一二三四五六七八九]五/.test(clause)) return [];
  let qualifier: string | null = null;
  let verb: string | null = null;
  let subject: string;
  const leading = LEADING_PREDICATE.exec(clause);
  if (leading && leading[0].length < clause.length) {
    // 确保完成省下达的节能减排任务: the object after the verb is what is measured
    const q = /^(确保|力争|努力)/.exec(leading[0]);
    qualifier = q ? (q[1] as string) : null;
    verb = leading[0].slice(q ? q[0].length : 0);
    subject = clause.slice(leading[0].length).replace(/^[^的]{0,12}下达的|^年度/, '');
    const tail = /(?:只增不减|下降目标|提升目标)$/.exec(subject);
    if (tail) subject = subject.slice(0, tail.index);
  } else {
    const q = /^(确保|力争|努力)/.exec(clause);
    const rest = q ? clause.slice(q[0].length) : clause;
    qualifier = q ? (q[1] as string) : null;
    const cut = ratio ? /为|[\d]/.exec(rest) : PREDICATE.exec(rest);
    subject = cut && cut.index > 0 ? rest.slice(0, cut.index) : rest;
    const after = cut ? rest.slice(cut.index) : '';
    verb = PREDICATE_VERBS.find((v) => after.startsWith(v)) ?? (ratio && after.startsWith('为') ? '为' : null);
    // 各项约束性指标确保完成…: the qualifier comes after the subject
    const late = /^(确保|力争)/.exec(after);
    if (late && qualifier === null) qualifier = late[1] as string;
    subject = subject.replace(/(?:增长|增速|水平)$/, '') || subject;
  }
  subject = subject.replace(/^(?:其中|全年|今年|各项|各类)/, '').replace(/(?:全面|圆满|继续|进一步|基本|稳步|持续|确保|力争|要|均)+$/, '');
  if (subject === '') return [];
  return splitSubjects(subject, false).map((metric) => ({
    metric,
    verb,
    value: null,
    valueMax: null,
    unit: null,
    qualifier,
    stretch: null,
    start,
    end,
    text: clause,
  }));
}

/**
 * The metrics a shared subject names: 城乡居民收入 (with a figure) → 城镇居民收入, 农村居民收入;
 * 城镇和农村居民人均可支配收入 → 城镇居民人均可支配收入, 农村居民人均可支配收入; 一产、二产、三产增加值 →
 * three; 安全生产、节能减排 → two. A list ending in 等指标 stays one subject, and so do short pairs
 * (货物和服务贸易). `numeric`: the subject carries a figure (城乡 then always means two).
 */
function splitSubjects(subject: string, numeric: boolean): string[] {
  if (numeric && /^城乡居民/.test(subject)) return [`城镇${subject.slice(2)}`, `农村${subject.slice(2)}`];
  if (/等(?:[^、和及]{0,6})?(?:指标|目标|任务)$/.test(subject)) return [subject];
  const byComma = subject.split('、').filter((p) => p !== '');
  const parts: string[] = [];
  for (const p of byComma) {
    const pair = /^(.{2,}?)[和及](.{2,})$/.exec(p);
    // 节能减排和环境质量改善: two; 货物和服务贸易, 水和大气环境: one (a short side qualifies the other)
    if (pair && (pair[1] as string).length >= 4 && (pair[2] as string).length >= 4) parts.push(pair[1] as string, pair[2] as string);
    else if (pair && numeric && (pair[1] as string).length <= 3) parts.push(pair[1] as string, pair[2] as string);
    else parts.push(p);
  }
  if (parts.length < 2) return [subject];
  // 城镇、农村居民人均可支配收入 / 一产、二产、三产增加值: short heads share the last one's tail
  const last = parts[parts.length - 1] as string;
  const heads = parts.slice(0, -1);
  const headLength = (heads[0] as string).length;
  if (heads.every((h) => h.length <= 3 && h.length === headLength) && last.length > headLength + 1) {
    const tail = last.slice(headLength);
    return [...heads.map((h) => h + tail), last];
  }
  return parts;
}

/**
 * A figure shared by several metrics becomes one target per metric: 分别增长8%和10% over two metrics
 * (in order), 均增长6.5% (the same figure for each).
 */
function spread(qs: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  while (i < qs.length) {
    const first = qs[i] as Quantity;
    let j = i + 1;
    while (j < qs.length && (qs[j] as Quantity).shared && (qs[j] as Quantity).metric === first.metric) j++;
    const group = qs.slice(i, j);
    i = j;
    // 地区生产总值、规上工业增加值、固定资产投资增长5%左右: one figure for each metric of the list
    const hint = /分别|均/.test(first.text) || group.length > 1 || /^城乡居民/.test(first.metric) || first.metric.includes('、');
    const metrics = hint ? splitSubjects(first.metric, true) : [first.metric];
    if (metrics.length > 1 && metrics.length === group.length) group.forEach((q, k) => out.push({ ...q, metric: metrics[k] as string }));
    else if (metrics.length > 1 && group.length === 1) for (const metric of metrics) out.push({ ...first, metric });
    else out.push(...group);
  }
  return out;
}
