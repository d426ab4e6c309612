// Promise → outcome: per target document, how many quantitative targets were exceeded, met, missed
// or not reported in the later report (outcomes/attainment.ts). Clicking a bar shows that document.
// More than ATTAINMENT_ROWS documents: per year (or province, or place) instead, clicking shows that group.
import type { BarSeriesOption } from 'echarts/charts';
import { attainmentCounts, computeAttainment, pairsInScope, STATUS_LABELS, STATUSES, type AttainmentCounts } from '../outcomes/attainment';
import { groupDocuments, groupLevel, LEVEL_NAME } from '../analysis/docGroups';
import type { Scope } from '../analysis/scope';
import { clamp, emptySpec, FIT, ITEM_TOOLTIP, title, type ChartDef, type ChartOptions, type ChartSpec, type Drill } from './spec';

/** Documents drawn a bar each; beyond, grouped (at most ATTAINMENT_GROUPS bars). */
export const ATTAINMENT_ROWS = 20;
const ATTAINMENT_GROUPS = 12;

export const ATTAINMENT_ID = 'attainment';
const TITLE = '目标完成情况';
/** exceeded, met, missed, not reported */
export const STATUS_COLORS = ['#1e7b34', '#73c0de', '#d9534f', '#b0b7bf'] as const;

function build(sc: Scope, opts: ChartOptions): ChartSpec {
  // The page computes it once per data change and passes it; scripts and tests may leave it out.
  const at = opts.attainment ?? computeAttainment(sc.all, []);
  if (at.pending) return { ...emptySpec(ATTAINMENT_ID, TITLE, '正在对照目标与完成情况…'), pending: true };
  if (at.documents.length === 0) {
    return emptySpec(ATTAINMENT_ID, TITLE, '没有可对照的成绩：需要同一地区下一年的政府工作报告（其中的往年回顾）');
  }
  const inView = new Set(sc.docsInView.map((d) => d.id));
  const perDoc = attainmentCounts(pairsInScope(at, sc)).filter((r) => inView.has(r.docId));
  if (perDoc.length === 0) return emptySpec(ATTAINMENT_ID, TITLE, '所选范围内没有可对照成绩的量化目标');
  const many = perDoc.length > ATTAINMENT_ROWS;
  const grouped = many ? byGroup(sc, perDoc) : null;
  const rows = grouped?.rows ?? perDoc.map((r) => ({ ...r, name: sc.labels.get(r.docId) ?? r.docId, drill: { docIds: [r.docId] } as Drill | null, docs: 1 }));
  // A segment's number only where it fits (≈ 7 px a digit on an axis of ≈ 480 px): narrower ones would
  // run into their neighbours (41 and 108 read as 4108); the tooltip still says it.
  const widest = Math.max(1, ...rows.map((r) => r.total));
  const fits = (n: number) => n > 0 && n / widest >= (String(n).length * 7 + 6) / 480;
  const series: BarSeriesOption[] = STATUSES.map((status, i) => ({
    type: 'bar',
    id: status,
    name: STATUS_LABELS[status],
    stack: 'status',
    barMaxWidth: 28,
    itemStyle: { color: STATUS_COLORS[i] },
    label: { show: true, position: 'inside', formatter: (p: { value?: unknown }) => (fits(Number(p.value)) ? String(p.value) : '') },
    data: rows.map((r) => ({
      value: r.counts[status],
      ...(r.drill ? { drill: r.drill } : {}),
      tip: `${r.name}${r.docs > 1 ? `（${r.docs}份文件）` : ''}\n${STATUS_LABELS[status]}：${r.counts[status]}个（共${r.total}个量化目标）`,
    })),
  }));
  const estimates = pairsInScope(at, sc).filter((p) => p.estimate).length;
  return {
    id: ATTAINMENT_ID,
    title: TITLE,
    empty: null,
    notes: [...(grouped ? [`共${perDoc.length}份文件可对照成绩，按${LEVEL_NAME[grouped.level]}汇总`] : []), ...(estimates > 0 ? [`其中${estimates}个目标的成绩为预计数`] : [])],
    height: clamp(140 + rows.length * 48, 240, 560),
    option: {
      title: title(TITLE, '量化目标与下一年报告中的成绩对照'),
      legend: { top: 48, left: 8 },
      tooltip: ITEM_TOOLTIP,
      grid: { ...FIT, top: 84, left: 8, right: 24, bottom: 36 },
      xAxis: { type: 'value', name: '目标数（个）', nameLocation: 'middle', nameGap: 24, minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name), axisLabel: { interval: 0, width: 160, overflow: 'truncate' } },
      series,
    },
  };
}

/** The documents' counts summed per year (or province, or place), at most ATTAINMENT_GROUPS groups. */
function byGroup(sc: Scope, perDoc: AttainmentCounts[]) {
  const byDoc = new Map(perDoc.map((r) => [r.docId, r]));
  const docs = sc.docsInView.filter((d) => byDoc.has(d.id));
  const level = groupLevel(docs, sc.all.documents, ['year', 'province', 'place']);
  const rows = groupDocuments(docs, sc.all.documents, level, ATTAINMENT_GROUPS, (id) => byDoc.get(id)?.total ?? 0, sc.labels).map((g) => {
    const counts = { exceeded: 0, met: 0, missed: 0, 'not-reported': 0 };
    let total = 0;
    for (const id of g.docIds) {
      const r = byDoc.get(id)!;
      for (const st of STATUSES) counts[st] += r.counts[st];
      total += r.total;
    }
    return { name: g.name, drill: g.drill, docs: g.docIds.length, counts, total };
  });
  return { level, rows };
}

export const attainmentChart: ChartDef = { id: ATTAINMENT_ID, title: TITLE, wide: false, build };
