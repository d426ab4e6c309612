// Was a target kept? The direction of a target decides: most targets are floors (增长6.5%, 新建12公里,
// 95%以上), some are caps (控制在3%以内, 降至…), some promise a reduction by an amount (降低10%), and
// 左右 asks for about the value. Figures arrive in the target's unit (see measure.ts).

export type Status = 'exceeded' | 'met' | 'missed' | 'not-reported';

export const STATUS_LABELS: Record<Status, string> = {
  exceeded: '超额完成',
  met: '完成',
  missed: '未完成',
  'not-reported': '未报告',
};

export type Direction = 'floor' | 'cap' | 'reduce' | 'about';

const CAP_VERBS = /^(?:控制在|下降到|下降至|降低到|降低至|降至|减少到|减少至|压减到|压减至|缩小到|缩小至)$/;
const CAP_QUALIFIERS = /^(?:以内|以下|之内|不超过|不高于|低于)$/;
const REDUCE_VERBS = /^(?:下降|降低|减少|压减|压降|缩减|节约|减轻)$/;
/** Indicators where less is better: for them 左右 is a ceiling, not a band. */
const LOWER_IS_BETTER = /失业率|价格|涨幅|能耗|排放|浓度|事故|死亡|发案|负债率|不良贷款率|不良率|PM2\.?5/i;

export interface TargetFigure {
  metric: string;
  verb: string | null;
  value: number;
  valueMax: number | null;
  stretch: number | null;
  qualifier: string | null;
}

export function directionOf(t: Pick<TargetFigure, 'metric' | 'verb' | 'qualifier'>): Direction {
  if ((t.verb && CAP_VERBS.test(t.verb)) || (t.qualifier && CAP_QUALIFIERS.test(t.qualifier))) return 'cap';
  if (t.verb && REDUCE_VERBS.test(t.verb)) return 'reduce';
  if (t.qualifier === '左右' || t.qualifier === '上下') return LOWER_IS_BETTER.test(t.metric) ? 'cap' : 'about';
  return 'floor';
}

/** A figure printed as a fall (下降4%) is a negative change. */
export function signedChange(value: number, verb: string | null): number {
  return verb && REDUCE_VERBS.test(verb) ? -value : value;
}

/** How close counts as "about": a fifth of a point for percentages, 3% of the value otherwise. */
export function aboutTolerance(value: number, percent: boolean): number {
  return percent ? 0.2 : Math.abs(value) * 0.03;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The status of a target given the achieved figure, already in the target's unit. `achievedVerb`
 * tells a fall from a rise for change targets (增长 against 下降).
 */
export function statusOf(target: TargetFigure, achieved: number, achievedVerb: string | null, percent: boolean): Exclude<Status, 'not-reported'> {
  const dir = directionOf(target);
  const t = target.value;
  if (dir === 'reduce') {
    // 降低10%: the achievement must report a fall of at least 10 (a rise misses).
    const fall = -signedChange(achieved, achievedVerb);
    if (same(fall, t)) return 'met';
    return fall > t ? 'exceeded' : 'missed';
  }
  const a = signedChange(achieved, achievedVerb);
  if (dir === 'cap') {
    const limit = target.qualifier === '左右' || target.qualifier === '上下' ? t + aboutTolerance(t, percent) : t;
    return a <= limit || same(a, limit) ? 'met' : 'missed';
  }
  if (dir === 'about') {
    const tol = aboutTolerance(t, percent);
    if (Math.abs(a - t) <= tol + 1e-9) return 'met';
    return a > t ? 'exceeded' : 'missed';
  }
  if (target.valueMax !== null && target.valueMax > t) {
    if (a > target.valueMax && !same(a, target.valueMax)) return 'exceeded';
    return a >= t || same(a, t) ? 'met' : 'missed';
  }
  if (target.stretch !== null && target.stretch > t) {
    if (a >= target.stretch || same(a, target.stretch)) return 'exceeded';
    return a >= t || same(a, t) ? 'met' : 'missed';
  }
  if (same(a, t)) return 'met';
  return a > t ? 'exceeded' : 'missed';
}

/** The worst of several statuses (missed < met < exceeded): a target over two conjuncts is as kept as its weaker half. */
export function worst(statuses: Exclude<Status, 'not-reported'>[]): Exclude<Status, 'not-reported'> {
  if (statuses.includes('missed')) return 'missed';
  if (statuses.includes('met')) return 'met';
  return 'exceeded';
}
