// Whether a chart's new option can be merged into the one it shows (setOption with replaceMerge) or
// must be set afresh: a pure decision, apart from the attachment that acts on it.
import type { EChartsOption } from 'echarts';

/**
 * Component types an update replaces rather than merges into: one absent from the new option is
 * removed (a dataZoom the new data does not need), one present is rebuilt unless its id matches, so
 * no stale setting of the previous option survives. Series with an id are merged, and animate. The
 * tooltip is the same for every chart: merged, not rebuilt (a new one costs a forced layout).
 */
export const REPLACED = ['series', 'xAxis', 'yAxis', 'grid', 'legend', 'title', 'visualMap', 'dataZoom', 'graphic'];

/** Component counts and series ids of an option, to tell whether an update can merge. */
export function shape(option: EChartsOption): { counts: number[]; ids: Array<string | undefined> } {
  const list = (v: unknown) => (Array.isArray(v) ? v : v ? [v] : []) as Array<{ id?: unknown }>;
  const o = option as Record<string, unknown>;
  return {
    counts: REPLACED.map((k) => list(o[k]).length),
    ids: list(o.series).map((x) => (typeof x.id === 'string' ? x.id : undefined)),
  };
}

/**
 * Merging may only add or replace: a merge that drops components leaves holes in the chart's option
 * (getOption() then lists null series), so an update that removes a series or component rebuilds.
 */
export function canMerge(before: ReturnType<typeof shape>, after: ReturnType<typeof shape>): boolean {
  return before.counts.every((n, i) => after.counts[i]! >= n) && before.ids.every((id) => id === undefined || after.ids.includes(id));
}
