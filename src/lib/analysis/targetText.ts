// How a target reads, in one place for the table, the task list, the chart tooltips, notes and bar
// labels: 力争达到7%, 增长8%、力争9%, 超过50%, 增长5.5%左右, 3—5个. Where a qualifier stands follows the
// parser's three kinds: 力争/确保 govern the clause (before the verb), 左右/以上 follow the number,
// every other one (超过, 不低于, 突破 …) stands right before the number.
import type { TargetRow } from '../model/rows';
import { formatValue, normalizeMetric } from './metrics';

/** What a formatted target is made of (a TargetRow, or an entry carrying the same fields). */
export type TargetFigure = Pick<TargetRow, 'verb' | 'value' | 'valueMax' | 'unit' | 'qualifier' | 'stretch' | 'text'>;

/**
 * - `table`: the whole clause as printed, 增长8%、力争9% (table cells, the task list)
 * - `sentence`: the stretch aside, 增长8%（力争9%） (after the metric in tooltips and notes)
 * - `label`: the number and the qualifiers of it, no verb, no range top and no stretch (bar and point
 *   labels, where the chart draws the upper value itself): 确保7%, 超过50%, 6%左右
 */
export type TargetStyle = 'table' | 'sentence' | 'label';

const CLAUSE_QUALIFIERS: readonly string[] = ['力争', '确保', '争取', '努力'];
const POST_QUALIFIERS: readonly string[] = ['及以上', '以上', '左右', '以内', '以下', '上下', '之内'];

/** A target as one readable phrase; a qualitative target (no number) is its own words. */
export function formatTarget(t: TargetFigure, style: TargetStyle = 'table'): string {
  if (t.value === null) return t.text;
  const q = t.qualifier ?? '';
  // 增长8%、力争9%: the 力争 belongs to the stretch, which prints it itself.
  const lead = CLAUSE_QUALIFIERS.includes(q) && !(q === '力争' && t.stretch !== null) ? q : '';
  const post = POST_QUALIFIERS.includes(q) ? q : '';
  const pre = q && !CLAUSE_QUALIFIERS.includes(q) && !post ? q : '';
  if (style === 'label') return `${lead}${pre}${formatValue(t.value, t.unit)}${post}`;
  const value = t.valueMax !== null ? `${formatValue(t.value, null)}—${formatValue(t.valueMax, t.unit)}` : formatValue(t.value, t.unit);
  const stretchValue = t.stretch === null ? '' : `力争${formatValue(t.stretch, t.unit)}`;
  const stretch = !stretchValue ? '' : style === 'sentence' ? `（${stretchValue}）` : `、${stretchValue}`;
  return `${lead}${t.verb ?? ''}${pre}${value}${post}${stretch}`;
}

/** The indicator and its target: 地区生产总值 增长8%（力争9%）. */
export function describeTarget(t: TargetFigure & Pick<TargetRow, 'metric'>): string {
  if (t.value === null) return t.text || t.metric;
  return `${normalizeMetric(t.metric)} ${formatTarget(t, 'sentence')}`;
}
