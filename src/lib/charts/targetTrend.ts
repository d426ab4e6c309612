// 目标与实际: one indicator across years for one place — the target set each year and the figure a
// later report gives for it; where the State Council's report of a year is loaded, its target for the
// indicator is a short dashed reference line on that year (全国：增长5%左右).
import type { LineSeriesOption } from 'echarts/charts';
import { formatValue } from '../analysis/metrics';
import { formatTarget } from '../analysis/targetText';
import { isNational, nationalReference } from '../analysis/national';
import { targetPlace } from '../analysis/places';
import { nationalSegments } from './reference';
import type { Scope } from '../analysis/scope';
import { resolveTrendChoice, targetTrend, trendChoices, type TrendPoint } from '../analysis/targetTrend';
import { emptySpec, FIT, ITEM_TOOLTIP, PALETTE, title, type ChartDef, type ChartOptions, type ChartSpec } from './spec';

const ID = 'targetTrend';
const TITLE = '指标历年目标与实际';

/** The picked place and indicator (by default the place with most years and its indicator with most
 * years); a pick that is not in view (an old bookmark, a changed filter) falls back as resolveTrendChoice says. */
function build(sc: Scope, opts: ChartOptions): ChartSpec {
  const choice = resolveTrendChoice(trendChoices(sc), opts.trend);
  const tr = choice && targetTrend(sc, choice);
  if (!tr) return emptySpec(ID, TITLE, '所选文件中没有可比较的数值指标');
  const heading = `${tr.place}${tr.label}：历年目标与实际`;
  const withData = tr.years.filter((y) => tr.targets.has(y) || tr.achieved.has(y));
  if (withData.length < 2) {
    return emptySpec(ID, heading, `${tr.place}只有${withData[0]}年的数据，无法显示趋势；请选择多个年份`);
  }
  const unit = tr.unit;
  const fmt = (v: number) => formatValue(v, unit);
  const pointLabel = (p: TrendPoint) => formatTarget({ ...p, verb: null, valueMax: null, unit }, 'label');
  const targetSeries: LineSeriesOption = {
    type: 'line',
    id: 'target',
    name: '目标',
    connectNulls: true,
    symbolSize: 9,
    itemStyle: { color: PALETTE[0] },
    label: { show: true, position: 'top' },
    data: tr.years.map((y) => {
      const p = tr.targets.get(y);
      if (!p) return '-';
      return {
        value: p.value,
        drill: { docIds: [p.docId] },
        label: { formatter: pointLabel(p) },
        tip: `${y}年目标：${pointLabel(p)}${p.upper !== null ? `（上限/力争 ${fmt(p.upper)}）` : ''}\n原文：${p.text}`,
      };
    }),
  };
  const achievedSeries: LineSeriesOption = {
    // an estimate (预计) is never called 实际完成
    type: 'line',
    id: 'achieved',
    name: [...tr.achieved.values()].some((p) => p.estimate) ? '实际/预计' : '实际完成',
    connectNulls: true,
    symbol: 'diamond',
    symbolSize: 10,
    itemStyle: { color: PALETTE[3] },
    lineStyle: { type: 'dashed' },
    label: { show: true, position: 'bottom' },
    data: tr.years.map((y) => {
      const p = tr.achieved.get(y);
      if (!p) return '-';
      const target = tr.targets.get(y);
      const gap = target && unit === '%' ? `，较目标${p.value >= target.value ? '高' : '低'}${Math.round(Math.abs(p.value - target.value) * 100) / 100}个百分点` : '';
      const kind = p.estimate ? '预计' : '实际';
      return {
        value: p.value,
        drill: { docIds: [p.docId] },
        label: { formatter: p.estimate ? `预计${fmt(p.value)}` : fmt(p.value) },
        tip: `${y}年${kind}：${fmt(p.value)}${gap}\n原文：${p.text}`,
      };
    }),
  };
  const series: LineSeriesOption[] = [targetSeries, achievedSeries];
  // The country's own trend has no national reference.
  const nationalPlaces = new Set(sc.all.documents.filter(isNational).map((d) => targetPlace(d.meta)));
  const national = nationalPlaces.has(tr.place)
    ? []
    : tr.years.flatMap((y, index) => {
        const figure = nationalReference(sc, tr.key, y);
        return figure ? [{ index, figure }] : [];
      });
  const allPositive = [...tr.targets.values(), ...tr.achieved.values(), ...national.map((n) => n.figure)].every((p) => p.value >= 0);
  if ([...tr.targets.values()].some((p) => p.upper !== null)) {
    series.push({
      // markers only: a line series without its line (no scatter chart in the bundle for this)
      type: 'line',
      id: 'upper',
      name: '力争/上限',
      symbol: 'triangle',
      symbolSize: 11,
      itemStyle: { color: PALETTE[0], opacity: 0.5 },
      lineStyle: { width: 0 },
      connectNulls: false,
      data: tr.years.map((y) => {
        const p = tr.targets.get(y);
        return p && p.upper !== null ? { value: p.upper, drill: { docIds: [p.docId] }, tip: `${y}年力争/上限：${fmt(p.upper)}\n原文：${p.text}` } : '-';
      }),
    });
  }
  const dataTop = Math.max(...[...tr.targets.values(), ...tr.achieved.values()].map((p) => p.upper ?? p.value));
  const nationalTop = Math.max(-Infinity, ...national.map((n) => n.figure.value));
  const segments = national.length ? nationalSegments(national, 'xAxis', tr.years.length) : null;
  if (segments) series.push(segments.series);
  const yearsAxis = { type: 'category' as const, data: tr.years.map((y) => `${y}年`), boundaryGap: true };
  return {
    id: ID,
    title: heading,
    empty: null,
    notes: [
      ...(national.length ? [`虚线为当年全国目标（${national.map((n) => `${n.figure.year}年${n.figure.label.replace(/^全国：/, '')}`).join('，')}）`] : []),
      // two documents of the place that year: the line takes the first, the others are said
      ...tr.otherTargets.map(
        (p) => `${p.year}年另有一份文件（${sc.labels.get(p.docId) ?? ''}）：${p.text}，图中为${sc.labels.get(tr.targets.get(p.year)?.docId ?? '') ?? '第一份'}的目标`,
      ),
    ],
    height: 320,
    option: {
      title: title(heading),
      legend: { top: 30, right: 8 },
      tooltip: ITEM_TOOLTIP,
      grid: { ...FIT, top: 70, left: 8, right: 24, bottom: 12 },
      xAxis: segments ? [yearsAxis, segments.overlay] : yearsAxis,
      // From zero when nothing is negative: a 6.5% vs 7% gap is not drawn as a cliff.
      yAxis: {
        type: 'value',
        name: unit ? `${tr.label}（${unit}）` : tr.label,
        min: allPositive ? 0 : undefined,
        max: nationalTop > dataTop ? Math.ceil(nationalTop) : undefined,
        // kept at the left, not at the zero of the national overlay axis
        ...(segments ? { axisLine: { show: false, onZero: false } } : {}),
        scale: !allPositive,
        nameTextStyle: { align: 'left' },
      },
      series,
    },
  };
}

export const targetTrendChart: ChartDef = { id: ID, title: TITLE, wide: false, build };
