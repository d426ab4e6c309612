// The structure of a metric as the parser read it: which thing is measured (its core, split into
// conjuncts with a shared head distributed), at which administrative level, whether it is a stock
// (总数, 达到) or a flow over the year (新增, 建成), a growth rate or a ratio. Built from the shape
// of the words — verbs, scope prefixes, measure heads — never from the wording of one report.
import { normalizeMetric } from '../analysis/metrics';
import { OUTPUT_VERBS } from '../parse/quantity';
import { isPercent } from './measure';

/** Where or when, not what: 全市地区生产总值 is the 地区生产总值. */
const SCOPE_PREFIX = /^(?:全[省市县区州盟旗域]|我[省市县区州]|本[省市县区]|全年|今年|当年|年内|全社会)+/;

/** Modal and action words that can lead a metric as printed: 力争新增…, 确保完成…. */
const LEADING_WORDS = [
  '力争',
  '确保',
  '争取',
  '努力',
  '累计',
  '全年',
  '新增培育',
  '新建和改造提升',
  '新建和改扩建',
  '改造提升',
  '新建',
  '新增',
  '改扩建',
  '改造',
  '建成',
  '建设',
  '完成',
  '实现',
  '培育',
  '创建',
  '打造',
  '开展',
  '举办',
  '实施',
  '引进',
  '招引',
  '签约',
  '投入',
  '投放',
  '发放',
  '资助',
  '培训',
  '增设',
  '加装',
  '提档升级',
  '兴办',
  '绿化',
  '成立',
  '设立',
  '达到',
  '保持在',
  '稳定在',
  '推动',
  '推进',
  '支持',
  '加快',
  '荣获',
  '获得',
  '入驻',
  '谋划',
  '储备',
].sort((a, b) => b.length - a.length);
const LEADING = new RegExp(`^(?:${LEADING_WORDS.join('|')})`);

/**
 * Action verbs that, deep inside a long metric, start its object: 见缝插绿建设口袋公园 → 口袋公园,
 * 因地制宜改造农村厕所 → 农村厕所. Cut only after a lead-in of three or more characters, so a
 * modifier such as 重点实施项目 stays whole.
 */
const INNER_VERB = /(?:建设|新建|改造|增设|加装|创建|培育|打造|新增|建成|开展|举办|资助)/g;

/** Restatements of counting that do not change what is measured: 新登记企业户数 is 新登记企业. */
const COUNT_SUFFIX = /(?:户数|个数|家数|人数|数量|总数|总量|存量)$/;
const STOCK_SUFFIX = /(?:总数|总量|存量|累计|余额)$/;

/** Threshold phrases name a size class, not the thing: 亿元以上正式合同项目 is about 正式合同项目. */
const SIZE_CLASS = /[\d.]*[十百千万亿]*元(?:及)?以[上下]/g;

/** Administrative level of the thing measured; a bare leading 国家 (国家高新技术企业) is 国家级. */
// Grades count as levels too: 3A级景区村庄 is a part of the A级 ones, 五星级 not 三星级.
const LEVEL = /(国家级|省级|市级|县级|区级|县市级|乡镇级|镇级|村级|^国家(?!级)|[1-5]A级|A{1,5}级|[一二三四五]星级)/;

/**
 * Measure heads that conjuncts can share: 基本养老、医保参保率 are two 参保率. Longest first so
 * 参保率 wins over 率.
 */
const SHARED_HEAD = /(参保率|覆盖率|普及率|治理率|利用率|转化率|处置率|消化率|渗透率|配套率|达标率|增加值|产值|收入|总额|产量|面积|增速|增幅|率)$/;
const ANY_HEAD = /(?:率|值|收入|总额|总量|产量|面积|规模|增速|增幅|数|额|量)$/;

/** Phrase-level abbreviations of the statistical vocabulary (whole-name synonyms live in analysis/metrics). */
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/规上/g, '规模以上'],
  [/市场主体/g, '经营主体'],
  [/新能源车(?!辆)/g, '新能源汽车'],
  [/高企/g, '高新技术企业'],
  [/家庭适老化/g, '居家适老化'],
];

/**
 * Heads too general to identify a metric on their own: 投资, 产值, 项目 — whose? The words around
 * the figure have to say (专汽之都建设…产值增长6%).
 */
const GENERIC = new Set([
  '项目',
  '企业',
  '投资',
  '总投资',
  '产值',
  '收入',
  '资金',
  '金额',
  '总额',
  '规模',
  '面积',
  '数量',
  '产量',
  '主体',
  '单位',
  '工程',
  '活动',
  '平台',
  '基地',
  '园区',
  '中心',
  '设施',
  '业务量',
  '覆盖率',
  '比例',
  '比重',
  '增速',
  '增长',
  '销售额',
  '营业收入',
  '交易额',
  '成交额',
  '产业',
  '服务',
  '任务',
  '工作',
  '指标',
  '目标',
  '成本',
  '效益',
  '总量',
  '就业',
  '建设',
  '发展',
  '床位',
  '资产',
  '经济',
]);

const GENERIC_WORDS = [...GENERIC].sort((a, b) => b.length - a.length);

/** Is the phrase only generic words (项目, 项目总投资, 产值)? */
export function isGeneric(core: string): boolean {
  if (core.length <= 1 || GENERIC.has(core)) return true;
  let rest = core;
  while (rest.length > 0) {
    const w = GENERIC_WORDS.find((g) => rest.endsWith(g));
    if (!w) return false;
    rest = rest.slice(0, rest.length - w.length);
  }
  return true;
}

export type Aggregate = 'stock' | 'flow';
export type RateKind = 'growth' | 'ratio';

export interface MetricPart {
  /** The comparable words of one conjunct, level word removed. */
  body: string;
  level: string | null;
}

export interface MetricShape {
  /** The metric as printed, tidied. */
  printed: string;
  parts: MetricPart[];
  aggregate: Aggregate | null;
  rate: RateKind | null;
  /** 均 / 分别 / 都: every conjunct carries the value; otherwise counts of conjuncts add up to it. */
  each: boolean;
}

/** NFKC, no whitespace, no quotes or title marks, no punctuation at either end. */
export function tidy(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/["'“”‘’「」『』《》〈〉*#]/g, '')
    .replace(/^[，,、。；;：:（）()]+|[，,、。；;：:（(]+$/g, '');
}

const FLOW_VERBS = new Set<string>([
  ...OUTPUT_VERBS,
  '出栏',
  '出笼',
  '新增培育',
  '提档升级',
  '荣获',
  '获得',
  '获批',
  '争创',
  '办理',
  '安置',
  '吸纳',
  '救助',
  '消化',
  '整治',
  '治理',
  '造林',
  '新建和改造提升',
]);
const STOCK_VERBS = new Set([
  '达到',
  '达',
  '跃上',
  '迈上',
  '跨越',
  '上升至',
  '上升到',
  '保持在',
  '稳定在',
  '扩大到',
  '扩大至',
  '提高到',
  '提高至',
  '提升到',
  '提升至',
  '增加到',
  '增加至',
  '发展到',
]);
const CHANGE_VERBS = new Set(['增长', '增加', '提高', '提升', '上涨', '上升', '降低', '下降', '减少', '压减', '压降', '缩减']);

function aggregateOf(printed: string, verb: string | null): Aggregate | null {
  if (STOCK_SUFFIX.test(printed) || /累计/.test(printed)) return 'stock';
  if (/^(?:力争|确保)?(?:新增|新建|新登记)/.test(printed)) return 'flow';
  if (verb && STOCK_VERBS.has(verb)) return 'stock';
  if (verb && FLOW_VERBS.has(verb)) return 'flow';
  return null;
}

function rateOf(printed: string, verb: string | null, unit: string | null): RateKind | null {
  if (!isPercent(unit)) return null;
  if (verb && CHANGE_VERBS.has(verb)) return 'growth';
  if (/(?:增速|增幅|增长率?|涨幅)$/.test(printed)) return 'growth';
  return 'ratio';
}

function cleanPart(part: string): MetricPart {
  let s = part.replace(SCOPE_PREFIX, '');
  const named = normalizeMetric(s);
  if (named !== s && !named.includes(s)) s = named; // 新增城镇就业 is 城镇新增就业 before 新增 is taken away
  for (let guard = 0; guard < 6; guard++) {
    const m = LEADING.exec(s);
    if (!m || s.length - m[0].length < 2) break;
    s = s.slice(m[0].length).replace(/^[和及与、]/, '');
  }
  let cut = -1;
  for (const m of s.matchAll(INNER_VERB)) {
    const at = (m.index ?? 0) + m[0].length;
    if ((m.index ?? 0) >= 3 && s.length - at >= 2) cut = at;
  }
  if (cut > 0) s = s.slice(cut);
  s = s.replace(SIZE_CLASS, '');
  if (s.length > 2) s = s.replace(COUNT_SUFFIX, '') || s;
  for (const [re, to] of ABBREVIATIONS) s = s.replace(re, to);
  s = normalizeMetric(s);
  const level = LEVEL.exec(s);
  const body = level ? s.replace(LEVEL, '').replace(/^[和及与、]/, '') : s;
  const name = level?.[1] === '国家' ? '国家级' : (level?.[1] ?? null);
  return { body: body || s, level: name };
}

/**
 * Conjuncts of a metric, a shared measure head distributed: 专汽、农产品加工业产值 → 专汽产值,
 * 农产品加工业产值; 市场主体总量、新登记企业户数 keep their own heads.
 */
export function conjuncts(metric: string): string[] {
  const raw = metric.split(/[、，,]/).filter((p) => p.length > 0);
  if (raw.length < 2) return raw.length === 1 ? raw : [metric];
  const last = raw[raw.length - 1] as string;
  const head = SHARED_HEAD.exec(last)?.[1];
  return raw.map((p, i) => (i < raw.length - 1 && head && !ANY_HEAD.test(p) ? p + head : p));
}

/** 均增长 / 分别达到 / 都…: not the 均 of 人均, 年均, 均衡. */
const EACH = /分别|(?<![人年平亩户生日月周])均(?![衡匀等值])|都(?=[增达稳保超完实下提在为有突控])/;

export interface MetricSource {
  metric: string;
  verb: string | null;
  unit: string | null;
  text: string;
}

export function metricShape(src: MetricSource): MetricShape {
  const printed = tidy(src.metric).replace(SCOPE_PREFIX, '');
  const parts = conjuncts(printed).map(cleanPart);
  return {
    printed,
    parts,
    aggregate: aggregateOf(printed, src.verb),
    rate: rateOf(printed, src.verb, src.unit),
    each: EACH.test(src.text),
  };
}

/** A metric that is only a level word (新增2家国家级、15家省级专精特新企业 → 国家级) borrows its sibling's noun. */
export function onlyLevel(metric: string): string | null {
  const t = tidy(metric);
  const m = LEVEL.exec(t);
  return m && m[0] === t ? (t === '国家' ? '国家级' : t) : null;
}

export function withoutLevel(metric: string): string {
  return tidy(metric).replace(LEVEL, '');
}

/** Words after a metric that name its measure rather than another thing: 教联体义务教育学校覆盖率. */
export const MEASURE_TAIL = /^(?:覆盖率|普及率|达标率|参保率|比例|比重|占比|率|总量|总数|数量|规模|面积|产量|增加值|产值|收入|总额|额|量|增速|增幅)$/;

export function levelOf(metric: string): string | null {
  const l = LEVEL.exec(tidy(metric))?.[1] ?? null;
  return l === '国家' ? '国家级' : l;
}

/** Verb families whose figures answer different questions: disposing of bad loans is not lending. */
const VERB_FAMILY: Record<string, string> = {};
for (const v of ['处置', '消化', '盘活', '压减', '压降', '化解', '清理']) VERB_FAMILY[v] = 'dispose';
for (const v of ['投入', '投放', '发放', '资助', '拉动', '减轻', '节约']) VERB_FAMILY[v] = 'spend';
for (const v of ['培训']) VERB_FAMILY[v] = 'train';
for (const v of ['接待', '惠及', '服务']) VERB_FAMILY[v] = 'serve';
for (const v of ['签约']) VERB_FAMILY[v] = 'contract';
for (const v of ['荣获', '获得', '获批']) VERB_FAMILY[v] = 'award';
for (const v of CHANGE_VERBS) VERB_FAMILY[v] = 'change';
for (const v of STOCK_VERBS) VERB_FAMILY[v] = 'level';

/** 完成 / 实现 / 达成 say only that something happened: they agree with any verb. */
const NEUTRAL_VERBS = new Set(['完成', '实现', '达成']);

/** Do two verbs describe the same kind of act? Unknown or neutral verbs agree with everything. */
export function verbsAgree(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b || NEUTRAL_VERBS.has(a) || NEUTRAL_VERBS.has(b)) return true;
  const fa = VERB_FAMILY[a] ?? 'make';
  const fb = VERB_FAMILY[b] ?? 'make';
  if (fa === 'level' || fb === 'level') return true; // stock against flow is judged by the aggregate
  return fa === fb;
}
