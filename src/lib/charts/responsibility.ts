// Who carries the tasks: 责任领导分工 (sole vs shared), lead and supporting units (top N, collective
// placeholders apart), the leader → lead unit Sankey and the leader × sector heatmap.
import type { BarSeriesOption } from 'echarts/charts';
import { leaderLoad, leaderSector, leaderUnitFlows, OTHER_UNITS, unitLoad } from '../analysis/responsibility';
import { leaderEmptyReason, taskEmptyReason, type Scope } from '../analysis/scope';
import { clamp, COUNT_AXIS, emptySpec, FIT, guardedChart, ITEM_TOOLTIP as tooltip, PALETTE, shorten, title, type ChartDef, type ChartSpec, type Drill } from './spec';

const LEADERS_ID = 'leaderLoad';
const LEADERS_TITLE = '责任领导分工';
/** Leaders drawn in the load chart and the heatmap; the others are counted in a note. */
export const LEADERS_TOP_N = 20;

/** The note for leaders left out of a chart, or none. */
function leadersLeftOut(all: number, shown: number, tasks: number): string[] {
  return all > shown ? [`另有${all - shown}位责任领导（共${tasks}项任务）未列入图中，可在上方“责任领导”中选择查看`] : [];
}

function buildLeaderLoad(sc: Scope): ChartSpec {
  const everyone = leaderLoad(sc);
  const rows = everyone.slice(0, LEADERS_TOP_N);
  const notes = leadersLeftOut(
    everyone.length,
    rows.length,
    everyone.slice(LEADERS_TOP_N).reduce((n, r) => n + r.total, 0),
  );
  const item = (r: (typeof rows)[number], n: number, what: string) =>
    n === 0
      ? '-'
      : {
          value: n,
          drill: { leaders: [r.name] } satisfies Drill,
          drillLabel: `${r.name}（${r.total}项）`,
          tip: `${r.name}\n${what}：${n}项\n合计：${r.total}项（单独负责${r.sole}项，与其他领导共同负责${r.shared}项）`,
        };
  const series: BarSeriesOption[] = [
    {
      type: 'bar',
      id: 'sole',
      name: '单独负责',
      stack: 'load',
      itemStyle: { color: PALETTE[0] },
      barMaxWidth: 22,
      label: { show: true },
      data: rows.map((r) => item(r, r.sole, '单独负责')),
    },
    {
      type: 'bar',
      id: 'shared',
      name: '与其他领导共同负责',
      stack: 'load',
      itemStyle: { color: PALETTE[2] },
      barMaxWidth: 22,
      label: { show: true },
      data: rows.map((r) => item(r, r.shared, '共同负责')),
    },
  ];
  return {
    id: LEADERS_ID,
    title: rows.length < everyone.length ? `${LEADERS_TITLE}（前${LEADERS_TOP_N}位）` : LEADERS_TITLE,
    empty: null,
    notes,
    height: clamp(110 + rows.length * 28, 260, 800),
    option: {
      title: title(rows.length < everyone.length ? `${LEADERS_TITLE}（前${LEADERS_TOP_N}位）` : LEADERS_TITLE, '每位责任领导负责的任务数；点击条形查看任务'),
      legend: { top: 48, left: 8 },
      tooltip,
      grid: { ...FIT, top: 80, left: 8, right: 24, bottom: 40 },
      xAxis: COUNT_AXIS,
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name), axisLabel: { interval: 0, width: 120, overflow: 'truncate' } },
      series,
    },
  };
}

const LEAD_UNITS_ID = 'leadUnits';
const SUPPORT_UNITS_ID = 'supportUnits';
export const UNITS_TOP_N = 15;

function buildUnitLoad(sc: Scope, role: 'lead' | 'support'): ChartSpec {
  const id = role === 'lead' ? LEAD_UNITS_ID : SUPPORT_UNITS_ID;
  const name = role === 'lead' ? '牵头单位' : '责任单位（配合）';
  const heading = `${name}任务数（前${UNITS_TOP_N}）`;
  const load = unitLoad(sc, role, UNITS_TOP_N);
  if (load.top.length === 0 && load.collective.length === 0) return emptySpec(id, heading, `所选任务未列明${name}`);
  const collective = load.collective.slice(0, 5);
  const item = (u: { name: string; count: number }, extra: string) => ({
    value: u.count,
    drill: { units: [u.name] } satisfies Drill,
    tip: `${u.name}\n作为${name}：${u.count}项${extra}`,
  });
  // Collective placeholders get a grid and an axis of their own: 各县市区政府及管委会 can carry ten
  // times the tasks of any one department and would otherwise squash every named unit's bar.
  const ROW = 24;
  const topH = load.top.length * ROW;
  const collTop = 80 + topH + (load.top.length > 0 ? 60 : 0);
  const collH = collective.length * ROW;
  const grids = [
    { ...FIT, top: 80, left: 8, right: 40, height: Math.max(topH, 1) },
    { ...FIT, top: collTop, left: 8, right: 40, height: Math.max(collH, 1) },
  ];
  const series: BarSeriesOption[] = [
    {
      type: 'bar',
      id: 'named',
      name: '具体单位',
      xAxisIndex: 0,
      yAxisIndex: 0,
      itemStyle: { color: PALETTE[role === 'lead' ? 0 : 4] },
      barMaxWidth: 18,
      label: { show: true, position: 'right' },
      data: load.top.map((u) => item(u, '')),
    },
    {
      type: 'bar',
      id: 'collective',
      name: '泛指（各地、各部门等，单独计数）',
      xAxisIndex: 1,
      yAxisIndex: 1,
      itemStyle: { color: '#a0a7b4' },
      barMaxWidth: 18,
      label: { show: true, position: 'right' },
      data: collective.map((u) => item(u, '\n（泛指多家单位，单独计数）')),
    },
  ];
  const notes: string[] = [];
  if (load.restUnits > 0) notes.push(`另有${load.restUnits}个${name}任务较少，未列入图中`);
  if (load.collective.length > collective.length) notes.push(`另有${load.collective.length - collective.length}种泛指表述未列入图中`);
  const yAxis = (data: string[], gridIndex: number) => ({
    type: 'category' as const,
    gridIndex,
    inverse: true,
    data,
    axisLabel: { interval: 0, width: 150, overflow: 'truncate' as const },
  });
  const xAxis = (gridIndex: number, show: boolean) => ({
    ...COUNT_AXIS,
    gridIndex,
    name: show ? COUNT_AXIS.name : '',
    show,
  });
  return {
    id,
    title: heading,
    empty: null,
    notes,
    height: collTop + collH + 48,
    option: {
      title: title(heading, '泛指表述（如“各县市区政府”）单独计数；点击条形查看任务'),
      legend: { top: 48, left: 8 },
      tooltip,
      grid: grids,
      xAxis: [xAxis(0, load.top.length > 0), xAxis(1, collective.length > 0)],
      yAxis: [
        yAxis(
          load.top.map((u) => u.name),
          0,
        ),
        yAxis(
          collective.map((u) => u.name),
          1,
        ),
      ],
      series,
    },
  };
}

const SANKEY_ID = 'leaderSankey';
const SANKEY_TITLE = '责任领导与牵头单位';
export const SANKEY_TOP_UNITS = 20;
export const SANKEY_TOP_LEADERS = 15;

function buildLeaderSankey(sc: Scope): ChartSpec {
  const flows = leaderUnitFlows(sc, SANKEY_TOP_UNITS, SANKEY_TOP_LEADERS);
  if (flows.links.length === 0) return emptySpec(SANKEY_ID, SANKEY_TITLE, '所选任务未同时列明责任领导和牵头单位');
  // Node names must be unique across both sides; a unit that happens to share a leader's name gets a mark.
  const leaderSet = new Set(flows.leaders);
  const unitNode = (u: string) => (leaderSet.has(u) ? `${u}（单位）` : u);
  const nodes = [
    ...flows.leaders.map((l, i) => ({ name: l, drill: { leaders: [l] } satisfies Drill, tip: `责任领导：${l}`, itemStyle: { color: PALETTE[i % PALETTE.length] }, depth: 0 })),
    ...flows.units.map((u) =>
      u === OTHER_UNITS
        ? { name: unitNode(u), tip: `前${SANKEY_TOP_UNITS}名以外的牵头单位`, itemStyle: { color: '#a0a7b4' }, depth: 1 }
        : { name: unitNode(u), drill: { units: [u] } satisfies Drill, tip: `牵头单位：${u}`, itemStyle: { color: '#7f8c9d' }, depth: 1 },
    ),
  ];
  const links = flows.links.map((l) => ({
    source: l.leader,
    target: unitNode(l.unit),
    value: l.count,
    ...(l.unit === OTHER_UNITS ? {} : { drill: { leaders: [l.leader], units: [l.unit] } satisfies Drill }),
    tip: `${l.leader} → ${l.unit}\n任务：${l.count}项`,
  }));
  const rows = Math.max(flows.leaders.length, flows.units.length);
  return {
    id: SANKEY_ID,
    title: SANKEY_TITLE,
    empty: null,
    notes: [
      ...(flows.leftOut.leaders > 0 ? [`只画出任务最多的${SANKEY_TOP_LEADERS}位责任领导；另有${flows.leftOut.leaders}位未画出，可在上方“责任领导”中选择查看`] : []),
      ...(flows.units.includes(OTHER_UNITS) ? [`只列出任务最多的${SANKEY_TOP_UNITS}个牵头单位，其余合并为“${OTHER_UNITS}”`] : []),
    ],
    height: clamp(80 + rows * 22, 320, 900),
    option: {
      title: title(SANKEY_TITLE, '线宽为任务数；点击领导、单位或连线查看任务'),
      tooltip,
      series: [
        {
          type: 'sankey',
          id: 'flows',
          top: 60,
          left: 8,
          right: 150,
          bottom: 12,
          nodeGap: 8,
          nodeWidth: 14,
          draggable: false,
          layoutIterations: 32,
          emphasis: { focus: 'adjacency' },
          lineStyle: { color: 'source', opacity: 0.3, curveness: 0.5 },
          label: { fontSize: 12, formatter: (p: { name?: string }) => shorten(p.name ?? '', 14) },
          data: nodes,
          links,
        },
      ],
    },
  };
}

const HEATMAP_ID = 'leaderSector';
const HEATMAP_TITLE = '责任领导分管领域';

function buildLeaderSector(sc: Scope): ChartSpec {
  const m = leaderSector(sc, LEADERS_TOP_N);
  const max = Math.max(1, ...m.cells.map((c) => c[2]));
  return {
    id: HEATMAP_ID,
    title: HEATMAP_TITLE,
    empty: null,
    notes: leadersLeftOut(m.allLeaders, m.leaders.length, m.restTasks),
    height: clamp(150 + m.leaders.length * 28, 300, 800),
    option: {
      title: title(HEATMAP_TITLE, '格中数字为任务数；点击格子查看任务'),
      tooltip,
      grid: { ...FIT, top: 64, left: 8, right: 16, bottom: 44 },
      xAxis: { type: 'category', data: m.sectors, splitArea: { show: true }, axisLabel: { interval: 0, rotate: m.sectors.length > 7 ? 30 : 0 } },
      yAxis: { type: 'category', inverse: true, data: m.leaders, splitArea: { show: true }, axisLabel: { interval: 0 } },
      visualMap: { min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 4, itemHeight: 120, text: [`多（${max}项）`, '少'] },
      series: [
        {
          type: 'heatmap',
          id: 'cells',
          label: { show: true },
          // x is the sector, y the leader
          data: m.cells.map(([l, s, n]) => ({
            value: [s, l, n],
            drill: { leaders: [m.leaders[l]!], sectors: [m.sectors[s]!] } satisfies Drill,
            tip: `${m.leaders[l]} · ${m.sectors[s]}\n任务：${n}项`,
          })),
        },
      ],
    },
  };
}

export const leaderLoadChart: ChartDef = guardedChart({
  responsibility: true,
  id: LEADERS_ID,
  title: LEADERS_TITLE,
  wide: false,
  emptyReason: leaderEmptyReason,
  build: buildLeaderLoad,
});
export const leadUnitsChart: ChartDef = guardedChart({
  responsibility: true,
  id: LEAD_UNITS_ID,
  title: `牵头单位任务数（前${UNITS_TOP_N}）`,
  wide: false,
  emptyReason: taskEmptyReason,
  build: (sc) => buildUnitLoad(sc, 'lead'),
});
export const supportUnitsChart: ChartDef = guardedChart({
  responsibility: true,
  id: SUPPORT_UNITS_ID,
  title: `责任单位（配合）任务数（前${UNITS_TOP_N}）`,
  wide: false,
  emptyReason: taskEmptyReason,
  build: (sc) => buildUnitLoad(sc, 'support'),
});
export const leaderSankeyChart: ChartDef = guardedChart({
  responsibility: true,
  id: SANKEY_ID,
  title: SANKEY_TITLE,
  wide: true,
  emptyReason: leaderEmptyReason,
  build: buildLeaderSankey,
});
export const leaderSectorChart: ChartDef = guardedChart({
  responsibility: true,
  id: HEATMAP_ID,
  title: HEATMAP_TITLE,
  wide: false,
  emptyReason: leaderEmptyReason,
  build: buildLeaderSector,
});
