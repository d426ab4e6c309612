// Target ↔ outcome matching: the quantitative targets of year N against the figures a later report
// gives for year N. A pair needs comparable units, the same kind of figure (a growth rate is not a
// ratio; a total is not this year's addition), agreeing verbs, and metrics that name the same thing
// (metric.ts for their structure, similarity.ts for the score). Pairs are taken best-first, each
// conjunct of a target answered at most once.
import type { Achievement, Target } from '../model/document';
import { comparable, isPercent, measureOf } from './measure';
import { conjuncts, metricShape, onlyLevel, levelOf, tidy, verbsAgree, withoutLevel, type MetricShape } from './metric';
import { isEstimate } from './context';
import { bigrams } from './overlap';
import { partSimilarity, type Side } from './similarity';
import { statusOf, worst, type Status } from './status';

export interface TargetInput extends Pick<Target, 'id' | 'metric' | 'verb' | 'value' | 'valueMax' | 'unit' | 'qualifier' | 'stretch' | 'year' | 'text'> {
  /** The sentence around the target (see context.ts): says whose 产值 a bare 产值 is. */
  context?: string;
}

/** `year` is the year the figure was achieved in; `estimate` is set by parsers that recognise 预计 themselves. */
export interface AchievementInput extends Pick<Achievement, 'id' | 'metric' | 'verb' | 'value' | 'unit' | 'qualifier' | 'year' | 'text' | 'estimate'> {
  context?: string;
  /** The sentence up to the figure, where a 预计 governing it would be. */
  lead?: string;
}

export interface MatchOptions {
  /** Whose targets (a notice decomposing the provincial report has the province's). */
  targetPlace?: string | null;
  /** Whose achievements. */
  achievementPlace?: string | null;
  /** Minimum pair score, 0–1 (default 0.55). */
  threshold?: number;
}

export interface OutcomeMatch {
  targetId: string;
  /** One achievement per conjunct reported (基本养老、医保参保率 has two), best first. */
  achievementIds: string[];
  status: Status;
  /** 0–1: how sure the pairing (or, for not-reported, the absence of a pair) is. */
  confidence: number;
  /** Some achieved figure behind the status is an estimate (预计). */
  estimate: boolean;
  /** Why nothing could be paired, in Chinese; null when paired. */
  note: string | null;
}

export const DEFAULT_THRESHOLD = 0.55;

interface Prepared<T> {
  item: T;
  shape: MetricShape;
  /** Only this conjunct may be used (分别: the i-th figure belongs to the i-th conjunct). */
  onlyPart: number | null;
  side: Side[];
}

/** 新增2家国家级、15家省级专精特新企业: the 国家级 figure is about 国家级专精特新企业. */
function repairElidedNouns<T extends { metric: string; text: string }>(items: T[]): Map<T, string> {
  const byText = new Map<string, T[]>();
  for (const it of items) {
    const list = byText.get(it.text) ?? [];
    list.push(it);
    byText.set(it.text, list);
  }
  const metrics = new Map<T, string>();
  for (const it of items) {
    const level = onlyLevel(it.metric);
    const sibling = level ? (byText.get(it.text) ?? []).find((s) => s !== it && onlyLevel(s.metric) === null && levelOf(s.metric) !== null) : undefined;
    metrics.set(it, sibling && level ? level + withoutLevel(sibling.metric) : it.metric);
  }
  return metrics;
}

/** Figures printed together for conjuncts (专汽、农产品加工业产值分别增长8%、6%): the i-th goes with the i-th conjunct. */
function respectiveParts<T extends { metric: string; text: string }>(items: T[], metrics: Map<T, string>): Map<T, number> {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const key = `${it.text}\u0000${tidy(metrics.get(it) ?? it.metric)}`;
    const list = groups.get(key) ?? [];
    list.push(it);
    groups.set(key, list);
  }
  const out = new Map<T, number>();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const first = list[0] as T;
    if (conjuncts(tidy(metrics.get(first) ?? first.metric)).length !== list.length) continue;
    list.forEach((it, i) => out.set(it, i));
  }
  return out;
}

/** 能耗降幅超过3% says what 能耗下降3% says: the fall is the verb, not part of the indicator's name. */
export function fallAsVerb<T extends { metric: string; verb: string | null }>(item: T): T {
  const m = /^(.{2,}?)(?:的)?(?:降幅|下降幅度)$/.exec(item.metric);
  return m && item.verb === null ? { ...item, metric: m[1] as string, verb: '下降' } : item;
}

function prepare<T extends { metric: string; verb: string | null; unit: string | null; text: string; context?: string }>(items: T[]): Prepared<T>[] {
  const metrics = repairElidedNouns(items);
  const respective = respectiveParts(items, metrics);
  return items.map((item) => {
    const shape = metricShape({ metric: metrics.get(item) ?? item.metric, verb: item.verb, unit: item.unit, text: item.text });
    // The sentence without the metric itself: a modifier "mentioned" there must come from elsewhere.
    const around = item.context ?? item.text;
    const context = bigrams([item.metric, metrics.get(item) ?? ''].filter((m) => m.length > 0).reduce((s, m) => s.split(m).join('，'), around));
    return {
      item,
      shape,
      onlyPart: respective.get(item) ?? null,
      side: shape.parts.map((p) => ({ part: p, context, verb: item.verb })),
    };
  });
}

function dimensionKey(unit: string | null): string {
  const m = measureOf(unit);
  return m ? (m.dimension === 'count' ? `count:${m.family}` : m.dimension) : '';
}

interface Candidate {
  t: number;
  a: number;
  part: number;
  score: number;
  factor: number;
}

function partsOf<T>(p: Prepared<T>): number[] {
  return p.onlyPart !== null ? [p.onlyPart] : p.shape.parts.map((_, i) => i);
}

/**
 * Pairs every quantitative target (value not null) with the achievements that report it. Targets
 * without a value are left out; the result follows the order of `targets`.
 */
export function matchOutcomes(targets: TargetInput[], achievements: AchievementInput[], options: MatchOptions = {}): OutcomeMatch[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const quantitative = targets.filter((t) => t.value !== null);
  const placeDiffers = !!options.targetPlace && !!options.achievementPlace && options.targetPlace !== options.achievementPlace;
  if (placeDiffers) {
    const note = `目标属于${options.targetPlace}，成绩属于${options.achievementPlace}，地区不同`;
    return quantitative.map((t) => ({ targetId: t.id, achievementIds: [], status: 'not-reported', confidence: 0.95, estimate: false, note }));
  }
  const T = prepare(quantitative.map(fallAsVerb));
  const A = prepare(achievements.filter((a) => a.value !== null).map(fallAsVerb));

  // How often each (conjunct, dimension) occurs on each side: a generic metric printed once on each
  // side (完成投资 … 亿元) is more likely the same figure.
  const count = (list: Prepared<{ unit: string | null }>[]) => {
    const m = new Map<string, number>();
    for (const p of list)
      for (const part of p.shape.parts) {
        const k = `${part.level ?? ''}${part.body}|${dimensionKey(p.item.unit)}`;
        m.set(k, (m.get(k) ?? 0) + 1);
      }
    return m;
  };
  const tCount = count(T);
  const aCount = count(A);

  const years = new Set(A.map((a) => a.item.year).filter((y): y is number => y !== null));
  const candidates: Candidate[] = [];
  const bestFor = new Array<number>(T.length).fill(0);
  // Units repeat: compare each pair of units once.
  const comparisons = new Map<string, ReturnType<typeof comparable>>();
  const compare = (x: string | null, y: string | null) => {
    const key = `${x ?? ''}\u0000${y ?? ''}`;
    let c = comparisons.get(key);
    if (c === undefined) {
      c = comparable(x, y);
      comparisons.set(key, c);
    }
    return c;
  };
  const uniqueT = T.map((tp) => tp.shape.parts.map((part) => tCount.get(`${part.level ?? ''}${part.body}|${dimensionKey(tp.item.unit)}`) === 1));
  const uniqueA = A.map((ap) => ap.shape.parts.map((part) => aCount.get(`${part.level ?? ''}${part.body}|${dimensionKey(ap.item.unit)}`) === 1));
  T.forEach((tp, ti) => {
    const t = tp.item;
    A.forEach((ap, ai) => {
      const a = ap.item;
      if (t.year !== null && a.year !== null && t.year !== a.year) return;
      const comp = compare(t.unit, a.unit);
      if (!comp) return;
      if (tp.shape.rate && ap.shape.rate && tp.shape.rate !== ap.shape.rate) return;
      for (const i of partsOf(tp)) {
        for (const j of partsOf(ap)) {
          const ts = tp.side[i];
          const as = ap.side[j];
          if (!ts || !as) continue;
          const unique = (uniqueT[ti]?.[i] ?? false) && (uniqueA[ai]?.[j] ?? false);
          let score = partSimilarity(ts, as, unique);
          if (!comp.exact && score < 0.8) continue;
          if (!comp.exact) score *= 0.95;
          if (tp.shape.aggregate && ap.shape.aggregate && tp.shape.aggregate !== ap.shape.aggregate) score *= 0.5;
          if (!verbsAgree(t.verb, a.verb)) score *= 0.6;
          else if (t.verb && t.verb === a.verb) score = Math.min(1, score + 0.03);
          const percent = isPercent(t.unit);
          // A count ten times the target, or a tenth of it, is more likely a total than this year's figure.
          if (!percent && t.value !== null && a.value !== null && t.value > 0) {
            const ratio = (a.value * comp.factor) / t.value;
            if (ratio > 10 || ratio < 0.1) score *= 0.8;
          }
          if (tp.onlyPart === null && tp.shape.parts.length > 1 && !tp.shape.each && !percent) score *= 0.9;
          if (ap.onlyPart === null && ap.shape.parts.length > 1 && tp.shape.parts.length === 1 && !ap.shape.each && !percent) score *= 0.7;
          bestFor[ti] = Math.max(bestFor[ti] ?? 0, score);
          if (score >= threshold) candidates.push({ t: ti, a: ai, part: i, score, factor: comp.factor });
        }
      }
    });
  });

  candidates.sort((x, y) => y.score - x.score || x.t - y.t || x.a - y.a);
  const taken = new Map<number, Map<number, Candidate>>();
  // An achievement answers one target, unless another target states the very same figure
  // (a main target repeated as a task).
  const usedBy = new Map<number, string>();
  const targetKey = (ti: number) => {
    const t = T[ti]!.item;
    return `${T[ti]!.shape.parts.map((p) => (p.level ?? '') + p.body).join('、')}|${t.value}|${t.unit}`;
  };
  for (const c of candidates) {
    const parts = taken.get(c.t) ?? new Map<number, Candidate>();
    if (parts.has(c.part)) continue;
    if ([...parts.values()].some((p) => p.a === c.a)) continue;
    const owner = usedBy.get(c.a);
    if (owner !== undefined && owner !== targetKey(c.t)) continue;
    parts.set(c.part, c);
    taken.set(c.t, parts);
    usedBy.set(c.a, targetKey(c.t));
  }

  return T.map((tp, ti) => {
    const t = tp.item;
    const pairs = [...(taken.get(ti)?.values() ?? [])].sort((x, y) => x.part - y.part);
    if (pairs.length === 0) {
      let note: string | null = null;
      if (A.length === 0) note = '成绩文件中没有往年成绩数字';
      else if (t.year !== null && !years.has(t.year)) note = `成绩文件中没有${t.year}年的成绩（只有${[...years].sort().join('、')}年）`;
      return { targetId: t.id, achievementIds: [], status: 'not-reported', confidence: round(Math.max(0.05, 1 - (bestFor[ti] ?? 0))), estimate: false, note };
    }
    const figure = { metric: tp.shape.printed, verb: t.verb, value: t.value as number, valueMax: t.valueMax, stretch: t.stretch, qualifier: t.qualifier };
    const percent = isPercent(t.unit);
    const achievedOf = (c: Candidate) => (A[c.a]!.item.value as number) * c.factor;
    let status: Exclude<Status, 'not-reported'>;
    if (tp.shape.each || percent || pairs.length === 1 || tp.onlyPart !== null) {
      status = worst(pairs.map((c) => statusOf(figure, achievedOf(c), A[c.a]!.item.verb, percent)));
    } else {
      // 口袋公园、社区公园10处: the conjuncts' figures add up to the one target.
      status = statusOf(
        figure,
        pairs.reduce((s, c) => s + achievedOf(c), 0),
        null,
        percent,
      );
    }
    const partsNeeded = tp.onlyPart !== null ? 1 : tp.shape.parts.length;
    const mean = pairs.reduce((s, c) => s + c.score, 0) / pairs.length;
    const coverage = pairs.length / partsNeeded;
    const confidence = round(Math.min(0.99, mean * (0.7 + 0.3 * coverage)));
    const estimate = pairs.some((c) => isEstimate(A[c.a]!.item, A[c.a]!.item.lead));
    const ranked = [...pairs].sort((x, y) => y.score - x.score);
    return { targetId: t.id, achievementIds: ranked.map((c) => A[c.a]!.item.id), status, confidence, estimate, note: null };
  });
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * The status of a pair the user chose (confirm / correct): the target against the achievement's
 * figure in comparable units, or null when the units cannot be compared (亿元 against %).
 */
export function judgePair(
  t: Pick<TargetInput, 'metric' | 'verb' | 'value' | 'valueMax' | 'unit' | 'qualifier' | 'stretch'>,
  a: Pick<AchievementInput, 'value' | 'unit' | 'verb'>,
): Exclude<Status, 'not-reported'> | null {
  if (t.value === null || a.value === null) return null;
  const comp = comparable(t.unit, a.unit);
  if (!comp) return null;
  return statusOf(
    { metric: t.metric, verb: t.verb, value: t.value, valueMax: t.valueMax, stretch: t.stretch, qualifier: t.qualifier },
    a.value * comp.factor,
    a.verb,
    isPercent(t.unit),
  );
}
