// The national figure drawn as a reference line (ECharts markLine) in the comparisons of an indicator:
// one series of its own, so the legend names it (全国) and toggles it, and no place bar is added.
import type { LineSeriesOption } from 'echarts/charts';
import type { NationalFigure } from '../analysis/national';

export const NATIONAL_COLOR = '#8b1a1a';
export const NATIONAL_SERIES = '全国';

const tip = (f: NationalFigure) => `${f.year}年${f.label}\n原文：${f.text}`;
const lineStyle = { color: NATIONAL_COLOR, type: 'dashed', width: 1.5 } as const;
const label = (f: NationalFigure, position: string) => ({ show: true, formatter: f.label, color: NATIONAL_COLOR, position, fontSize: 11 });

/** A line across the whole chart at the figure's value on the value axis (`axis`). */
export function nationalLine(f: NationalFigure, axis: 'xAxis' | 'yAxis'): LineSeriesOption {
  return series([{ [axis]: f.value, name: f.label, tip: tip(f), label: label(f, 'insideEndTop') }]);
}

/**
 * A short line per category band (an indicator row, a year) at that band's national figure: `at` gives
 * the category index and the figure; `axis` is the category axis, of `count` bands. A category axis
 * places a point only at a band's middle, so the segments are drawn on a hidden value axis laid over it
 * (band i spans i ± 0.5): the builder adds `overlay` as its second axis of that direction.
 */
export function nationalSegments(
  at: ReadonlyArray<{ index: number; figure: NationalFigure }>,
  axis: 'xAxis' | 'yAxis',
  count: number,
  inverse = false,
): { series: LineSeriesOption; overlay: { type: 'value'; min: number; max: number; inverse: boolean; show: false } } {
  // on a horizontal chart the label goes under its row's segment, over it on the last row (axis labels below)
  const half = 0.4;
  const point = (i: number, v: number) => (axis === 'yAxis' ? [v, i] : [i, v]);
  const line = series(
    at.map(({ index, figure }) => [
      {
        coord: point(index - half, figure.value),
        name: figure.label,
        tip: tip(figure),
        label: label(figure, axis === 'xAxis' ? 'insideEndTop' : index === count - 1 ? 'start' : 'end'),
      },
      { coord: point(index + half, figure.value) },
    ]),
  );
  return { series: { ...line, [axis === 'yAxis' ? 'yAxisIndex' : 'xAxisIndex']: 1 }, overlay: { type: 'value', min: -0.5, max: count - 0.5, inverse, show: false } };
}

function series(data: unknown[]): LineSeriesOption {
  return {
    type: 'line',
    id: 'national',
    name: NATIONAL_SERIES,
    data: [],
    itemStyle: { color: NATIONAL_COLOR },
    lineStyle,
    markLine: { silent: false, symbol: 'none', lineStyle, data: data as never, tooltip: { show: true } },
  };
}
