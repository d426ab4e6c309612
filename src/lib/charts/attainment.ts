// Promise → outcome: per target document, how many quantitative targets were exceeded, met, missed
// or not reported in the later report (analysis/attainment.ts). Clicking a bar shows that document.
import type { BarSeriesOption } from 'echarts/charts';
import { attainmentCounts, computeAttainment, pairsInScope, STATUS_LABELS, STATUSES } from '../analysis/attainment';
import type { Scope } from '../analysis/scope';
import { clamp, emptySpec, FIT, ITEM_TOOLTIP, title, type ChartDef, type ChartOptions, type ChartSpec, type Drill } from './spec';

export const ATTAINMENT_ID = 'attainment';
const TITLE = '目标完成情况';
/** exceeded, met, missed, not reported */
export const STATUS_COLORS = ['#1e7b34', '#73c0de', '#d9534f', '#b0b7bf'] as const;

function build(sc: Scope, opts: ChartOptions): ChartSpec {
  // The page computes it once per data change and passes it; scripts and tests may leave it out.
  const at = opts.attainment ?? computeAttainment(sc.all, []);
  if (at.documents.length === 0) {
    return emptySpec(ATTAINMENT_ID, TITLE, '没有可对照的成绩：需要同一地区下一年的政府工作报告（其中的往年回顾）');
  }
  const rows = attainmentCounts(pairsInScope(at, sc)).filter((r) => sc.docsInView.some((d) => d.id === r.docId));
  if (rows.length === 0) return emptySpec(ATTAINMENT_ID, TITLE, '所选范围内没有可对照成绩的量化目标');
  const label = (id: string) => sc.labels.get(id) ?? id;
  const series: BarSeriesOption[] = STATUSES.map((status, i) => ({
    type: 'bar', name: STATUS_LABELS[status], stack: 'status', barMaxWidth: 28, itemStyle: { color: STATUS_COLORS[i] },
    label: { show: true, position: 'inside', formatter: (p: { value?: unknown }) => (Number(p.value) > 0 ? String(p.value) : '') },
    data: rows.map((r) => ({
      value: r.counts[status],
      drill: { docIds: [r.docId] } satisfies Drill,
      tip: `${label(r.docId)}\n${STATUS_LABELS[status]}：${r.counts[status]}个（共${r.total}个量化目标）`,
    })),
  }));
  const estimates = pairsInScope(at, sc).filter((p) => p.estimate).length;
  return {
    id: ATTAINMENT_ID, title: TITLE, empty: null,
    notes: estimates > 0 ? [`其中${estimates}个目标的成绩为预计数`] : [],
    height: clamp(140 + rows.length * 48, 240, 560),
    option: {
      title: title(TITLE, '量化目标与下一年报告中的成绩对照'),
      legend: { top: 48, left: 8 },
      tooltip: ITEM_TOOLTIP,
      grid: { ...FIT, top: 84, left: 8, right: 24, bottom: 36 },
      xAxis: { type: 'value', name: '目标数（个）', nameLocation: 'middle', nameGap: 24, minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => label(r.docId)), axisLabel: { width: 160, overflow: 'truncate' } },
      series,
    },
  };
}

export const attainmentChart: ChartDef = { id: ATTAINMENT_ID, title: TITLE, wide: false, build };
