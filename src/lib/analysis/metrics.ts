// Metric names differ slightly from report to report (规上工业增加值 / 规模以上工业增加值, GDP /
// 地区生产总值). A small synonym map of the statistical vocabulary brings them to one name so the same
// indicator lines up across places and years. Domain vocabulary only, never the wording of one report.

/** canonical name ← variants (after whitespace and scope words are removed) */
const SYNONYMS: Record<string, readonly string[]> = {
  地区生产总值: ['GDP', '生产总值', '地区生产总值(GDP)', '经济增长', '经济增速', '经济', '国内生产总值', '国内生产总值(GDP)'],
  规模以上工业增加值: ['规上工业增加值', '规模工业增加值'],
  固定资产投资: ['全社会固定资产投资', '固投'],
  社会消费品零售总额: ['社会消费品零售额', '社零总额', '社零额', '社消零总额'],
  一般公共预算收入: ['地方一般公共预算收入', '地方财政一般公共预算收入', '财政一般公共预算收入', '地方公共财政预算收入'],
  城镇新增就业: ['新增城镇就业', '城镇新增就业人数', '城镇新增就业人员'],
  居民消费价格涨幅: ['居民消费价格', '居民消费价格指数', 'CPI', '居民消费价格总水平', '居民消费价格涨幅控制', '物价', '物价总水平', '价格总水平', '居民消费价格上涨'],
  外贸进出口总额: ['进出口总额', '外贸进出口', '进出口', '外贸进出口额'],
  单位地区生产总值能耗: ['单位GDP能耗', '单位生产总值能耗', '单位地区生产总值能源消耗', '单位国内生产总值能耗'],
  粮食产量: ['粮食总产量', '粮食产量稳定'],
};

const CANONICAL = new Map<string, string>();
for (const [canonical, variants] of Object.entries(SYNONYMS)) {
  CANONICAL.set(canonical.toUpperCase(), canonical);
  for (const v of variants) CANONICAL.set(v.toUpperCase(), canonical);
}

/** Words that say where or when, not what: 全市地区生产总值 is the 地区生产总值. */
const SCOPE_PREFIX = /^(?:全[省市县区州盟旗]|我[省市县区州]|全年|今年|本年度?)/;
/** 地区生产总值增速 / 增幅 / 增长, CPI涨幅 name the same indicator as its growth target. */
const RATE_SUFFIX = /(?:增速|增幅|涨幅|增长率?)$/;

/** Names already normalized: every chart asks for the same few hundred names, tens of thousands of times. */
const normalized = new Map<string, string>();

/** One name per indicator: whitespace and full-width parentheses tidied, scope words dropped, synonyms merged. */
export function normalizeMetric(name: string): string {
  let known = normalized.get(name);
  if (known === undefined) {
    if (normalized.size >= 20_000) normalized.clear();
    normalized.set(name, (known = normalizeUncached(name)));
  }
  return known;
}

function normalizeUncached(name: string): string {
  let s = name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^[，,、。；;：:]+|[，,、。；;：:]+$/g, '');
  s = s.replace(SCOPE_PREFIX, '');
  const direct = CANONICAL.get(s.toUpperCase());
  if (direct) return direct;
  const bare = s.replace(RATE_SUFFIX, '');
  if (bare && bare !== s) return CANONICAL.get(bare.toUpperCase()) ?? bare;
  return s || name;
}

/** Metrics are compared only within one unit (地区生产总值 in % is not 地区生产总值 in 亿元). */
export function metricKey(name: string, unit: string | null): string {
  return `${normalizeMetric(name)}|${unit ?? ''}`;
}

/** Preference when several metrics tie, most-watched first. */
export const HEADLINE_METRICS: readonly string[] = Object.keys(SYNONYMS);

/** A number as the reports print it: no float noise (6.499999 → 6.5), 70万 for 700000. */
export function formatValue(value: number, unit: string | null): string {
  const round = (v: number) => String(Math.round(v * 1000) / 1000);
  if (unit && unit !== '%' && Math.abs(value) >= 10000 && Number.isInteger(value)) {
    if (value % 100000000 === 0 || Math.abs(value) >= 100000000) return `${round(value / 100000000)}亿${unit}`;
    return `${round(value / 10000)}万${unit}`;
  }
  return `${round(value)}${unit ?? ''}`;
}
