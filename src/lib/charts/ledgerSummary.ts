// Where each 责任领导 or 牵头单位 stands (督查台账): a stacked bar per name — done, on pace, due soon,
// behind, overdue, not yet due — most lagging first. Clicking a bar lists that name's tasks.
import type { BarSeriesOption } from 'echarts/charts';
import type { PaceCounts, SummaryBy, SummaryRow } from '../ledger/summary';
import { percent } from '../ledger/summary';
import { clamp, COUNT_AXIS, emptySpec, FIT, ITEM_TOOLTIP as tooltip, title, type ChartSpec, type Drill } from './spec';

/** The light colours, shared with the page's legend (red, amber, green as 督查 practice uses them). */
export const PACE_COLORS = { done: '#5470c6', onPace: '#3ba272', dueSoon: '#f0a020', behind: '#d9534f', overdue: '#8b1a1a', notDue: '#a0a7b4' } as const;

const PARTS: { key: keyof typeof PACE_COLORS; name: string }[] = [
  { key: 'overdue', name: '逾期未完成' },
  { key: 'behind', name: '滞后或未按期报送' },
  { key: 'dueSoon', name: '临近时限' },
  { key: 'onPace', name: '正常推进' },
  { key: 'done', name: '已完成' },
  { key: 'notDue', name: '未到报送期' },
];

export const SUMMARY_TOP_N = 20;

export function ledgerSummaryChart(rows: readonly SummaryRow[], by: SummaryBy): ChartSpec {
  const id = by === 'leader' ? 'ledgerByLeader' : 'ledgerByUnit';
  const who = by === 'leader' ? '责任领导' : '牵头单位';
  const heading = `${who}推进情况`;
  if (rows.length === 0) return emptySpec(id, heading, '所选范围内没有任务');
  const shown = rows.slice(0, SUMMARY_TOP_N);
  const drill = (name: string): Drill => (by === 'leader' ? { leaders: [name] } : { units: [name] });
  const tip = (r: SummaryRow) =>
    `${r.name}\n任务${r.tasks}项：已完成${r.done}、正常推进${r.onPace}、临近时限${r.dueSoon}、滞后${r.behind}、逾期${r.overdue}、未到期${r.notDue}\n滞后占比 ${percent(r.laggingShare)}`;
  const series: BarSeriesOption[] = PARTS.map((p) => ({
    type: 'bar',
    name: p.name,
    stack: 'pace',
    barMaxWidth: 20,
    itemStyle: { color: PACE_COLORS[p.key] },
    label: { show: true, formatter: (x: { value: unknown }) => (typeof x.value === 'number' && x.value > 0 ? String(x.value) : '') },
    data: shown.map((r) => {
      const n = r[p.key as keyof PaceCounts] as number;
      return n === 0 ? '-' : { value: n, drill: drill(r.name), drillLabel: `${r.name}（${r.tasks}项）`, tip: tip(r) };
    }),
  }));
  const notes = rows.length > shown.length ? [`另有${rows.length - shown.length}个${who}未列入图中（见下表）`] : [];
  return {
    id,
    title: heading,
    empty: null,
    notes,
    height: clamp(120 + shown.length * 26, 240, 760),
    option: {
      title: title(heading, '按滞后占比排序；点击条形查看其任务'),
      legend: { top: 48, left: 8 },
      tooltip,
      grid: { ...FIT, top: 84, left: 8, right: 24, bottom: 40 },
      xAxis: COUNT_AXIS,
      yAxis: { type: 'category', inverse: true, data: shown.map((r) => r.name), axisLabel: { interval: 0, width: 140, overflow: 'truncate' } },
      series,
    },
  };
}
