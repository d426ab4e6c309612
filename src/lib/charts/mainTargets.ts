// 主要预期目标对比: each percentage indicator as a row, one bar per document; a paler extension
// shows the stretch value (8%、力争9%) or the top of a range. Indicators in other units and
// qualitative targets go into the notes under the chart.
import type { BarSeriesOption } from 'echarts/charts';
import { mainTargets, type TargetEntry } from '../analysis/mainTargets';
import { formatValue } from '../analysis/metrics';
import { describeTarget, formatTarget } from '../analysis/targetText';
import type { Scope } from '../analysis/scope';
import { clamp, emptySpec, FIT, ITEM_TOOLTIP, PALETTE, title, type ChartDef, type ChartSpec, type Drill } from './spec';

const ID = 'mainTargets';
const TITLE = '主要预期目标对比';

function build(sc: Scope): ChartSpec {
  const mt = mainTargets(sc);
  const notes = [
    ...mt.other.flatMap((r) => r.entries.map((e) => `${e.docLabel}：${describeTarget(e)}`)),
    ...mt.qualitative.map((e) => `${e.docLabel}：${describeTarget(e)}（定性目标）`),
  ];
  if (mt.docs.length === 0) return emptySpec(ID, TITLE, '所选文件中没有主要预期目标');
  if (mt.percent.length === 0) return emptySpec(ID, TITLE, '所选文件的主要预期目标中没有百分比指标，见下方列表', notes);

  const docs = mt.docs.filter((d) => mt.percent.some((r) => r.entries.some((e) => e.docId === d.id)));
  const tip = (e: TargetEntry) => `${e.docLabel}\n${describeTarget(e)}\n原文：${e.text}`;
  const series: BarSeriesOption[] = [];
  docs.forEach((d, i) => {
    const color = PALETTE[i % PALETTE.length]!;
    const entries = mt.percent.map((r) => r.entries.find((e) => e.docId === d.id) ?? null);
    // In a notice the main targets are tasks: a click lists them; a report's targets have no task.
    const drill: Drill = entries.some((e) => e?.taskId) ? { docIds: [d.id], categories: ['target'] } : { docIds: [d.id] };
    series.push({
      type: 'bar', name: d.label, stack: d.id, itemStyle: { color }, barMaxWidth: 18,
      data: entries.map((e) => e === null || e.value === null ? '-' : {
        value: e.value, drill, drillLabel: `${d.label}的主要预期目标`, tip: tip(e),
        label: { show: true, position: e.upper !== null ? 'insideRight' : 'right', formatter: formatTarget(e, 'label') },
      }),
    });
    if (entries.some((e) => e?.upper != null && e.value !== null)) {
      // Same series name: the legend toggles a document's bars and their stretch together.
      series.push({
        type: 'bar', name: d.label, stack: d.id, itemStyle: { color, opacity: 0.4 }, barMaxWidth: 18,
        data: entries.map((e) => e === null || e.value === null || e.upper === null ? '-' : {
          value: Math.round((e.upper - e.value) * 1000) / 1000, drill, drillLabel: `${d.label}的主要预期目标`,
          tip: tip(e),
          label: { show: true, position: 'right', formatter: e.upperKind === 'range' ? `至${formatValue(e.upper, e.unit)}` : `力争${formatValue(e.upper, e.unit)}` },
        }),
      });
    }
  });
  const rows = mt.percent.length * Math.max(1, docs.length);
  return {
    id: ID, title: TITLE, empty: null, notes, height: clamp(110 + rows * 22, 300, 1200),
    option: {
      title: title(TITLE, '单位：%；浅色延伸为“力争”值或区间上限'),
      legend: { type: 'scroll', top: 48, left: 8, right: 8 },
      tooltip: ITEM_TOOLTIP,
      grid: { ...FIT, top: 84, left: 8, right: 72, bottom: 28 },
      xAxis: { type: 'value', name: '%', axisLabel: { formatter: '{value}%' } },
      yAxis: {
        type: 'category', inverse: true, data: mt.percent.map((r) => r.label),
        axisLabel: { width: 110, overflow: 'break', interval: 0 },
      },
      series,
    },
  };
}

export const mainTargetsChart: ChartDef = { id: ID, title: TITLE, wide: false, build };
