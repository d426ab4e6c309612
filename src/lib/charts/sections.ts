// Tasks by chapter (bar), by section (treemap) and by shared sector (bar across documents).
import type { BarSeriesOption } from 'echarts/charts';
import { taskEmptyReason, type Scope } from '../analysis/scope';
import { sectionTree, tasksPerChapter, tasksPerSector, type SectionNode } from '../analysis/sections';
import { clamp, COUNT_AXIS, FIT, guardedChart, ITEM_TOOLTIP, PALETTE, shorten, title, type ChartDef, type ChartSpec, type Drill } from './spec';

const CHAPTERS_ID = 'chapterTasks';
const CHAPTERS_TITLE = '各章节任务数';

function buildChapterTasks(sc: Scope): ChartSpec {
  const chapters = tasksPerChapter(sc);
  const docIds = Array.from(new Set(chapters.map((c) => c.docId)));
  // Categories are keyed by position (two documents may both have 一、主要预期目标); labels come from the rows.
  const keys = chapters.map((_, i) => String(i));
  const series: BarSeriesOption[] = docIds.map((docId, di) => ({
    type: 'bar', name: sc.labels.get(docId) ?? docId, stack: 'tasks', itemStyle: { color: PALETTE[di % PALETTE.length] }, barMaxWidth: 20,
    label: { show: true, position: 'right' },
    data: chapters.map((c) => c.docId !== docId ? '-' : {
      value: c.count,
      drill: (c.sectionId ? { sectionIds: [c.sectionId] } : { docIds: [c.docId] }) satisfies Drill,
      tip: `${sc.labels.get(c.docId) ?? ''}\n${c.path.length ? c.path.join(' › ') : c.label}\n任务：${c.count}项`,
    }),
  }));
  const many = chapters.length > 24;
  return {
    id: CHAPTERS_ID, title: CHAPTERS_TITLE, empty: null, notes: [], height: clamp(100 + chapters.length * 24, 260, 720),
    fullHeight: 100 + chapters.length * 22,
    option: {
      title: title(CHAPTERS_TITLE, '点击条形查看该章任务'),
      legend: { type: 'scroll', top: 48, left: 8, right: 8 },
      tooltip: ITEM_TOOLTIP,
      grid: { ...FIT, top: 80, left: 8, right: many ? 56 : 36, bottom: 40 },
      xAxis: COUNT_AXIS,
      yAxis: {
        type: 'category', inverse: true, data: keys,
        axisLabel: { interval: 0, width: 180, overflow: 'truncate', formatter: (v: string) => chapters[Number(v)]?.label ?? v },
      },
      dataZoom: many ? [{ type: 'slider', yAxisIndex: 0, right: 4, width: 16, startValue: 0, endValue: 23, zoomLock: false }, { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true }] : undefined,
      series,
    },
  };
}

const TREE_ID = 'sectionTree';
const TREE_TITLE = '章节结构与任务分布';

interface TreeItem { name: string; value: number; drill: Drill; tip: string; children?: TreeItem[] }

/** Two levels at a time (documents → chapters, or chapters → sections of one document): clicking a
 * block filters to it, and the next view shows the level below. */
function treeItem(n: SectionNode, path: string[], docId: string, depth: number): TreeItem {
  const here = [...path, n.name];
  const drill: Drill = n.kind === 'document' ? { docIds: [n.id!] } : n.id ? { sectionIds: [n.id] } : { docIds: [docId] };
  const below = n.children.filter((c) => c.kind !== 'direct').map((c) => c.name);
  const more = depth <= 1 && below.length ? `\n下设：${below.slice(0, 6).join('；')}${below.length > 6 ? ' 等' : ''}` : '';
  return {
    name: n.name, value: n.value, drill, tip: `${here.join(' › ')}\n任务：${n.value}项${more}`,
    children: depth > 1 && n.children.length ? n.children.map((c) => treeItem(c, here, docId, depth - 1)) : undefined,
  };
}

function buildSectionTree(sc: Scope): ChartSpec {
  const tree = sectionTree(sc);
  const single = tree.length === 1 ? tree[0]! : null;
  // A single chapter in view (after a click): start from it, so its sections fill the chart.
  let roots = single ? single.children : tree;
  const path = single ? [single.name] : [];
  while (single && roots.length === 1 && roots[0]!.children.length > 0) { path.push(roots[0]!.name); roots = roots[0]!.children; }
  const data = roots.map((n) => treeItem(n, path, single?.id ?? n.id!, 2));
  return {
    id: TREE_ID, title: TREE_TITLE, empty: null, notes: [], height: 420,
    option: {
      title: title(TREE_TITLE, `${path.length ? `${path.map((p) => shorten(p, 12)).join(' › ')}；` : ''}面积为任务数，点击方块查看下一层`),
      tooltip: ITEM_TOOLTIP,
      series: [{
        type: 'treemap', top: 56, left: 4, right: 4, bottom: 4, roam: false, nodeClick: false, breadcrumb: { show: false },
        visibleMin: 1,
        label: { show: true, overflow: 'truncate', formatter: (p: { name?: string; value?: unknown }) => `${p.name ?? ''}\n${String(p.value ?? '')}项` },
        upperLabel: { show: true, height: 20, overflow: 'truncate' },
        levels: [
          { itemStyle: { borderWidth: 0, gapWidth: 4 } },
          { itemStyle: { borderWidth: 2, gapWidth: 2, borderColorSaturation: 0.6 } },
          { itemStyle: { borderWidth: 1, gapWidth: 1, borderColorSaturation: 0.7 } },
        ],
        data,
      }],
    },
  };
}

const SECTORS_ID = 'sectorTasks';
const SECTORS_TITLE = '各领域任务数';

function buildSectorTasks(sc: Scope): ChartSpec {
  const s = tasksPerSector(sc);
  const series: BarSeriesOption[] = s.docs.map((d, i) => ({
    type: 'bar', name: d.label, itemStyle: { color: PALETTE[i % PALETTE.length] }, barMaxWidth: 22,
    data: s.sectors.map((sector) => {
      const n = d.counts.get(sector) ?? 0;
      return n === 0 ? '-' : {
        value: n, drill: { sectors: [sector], docIds: [d.id] } satisfies Drill,
        tip: `${d.label} · ${sector}\n任务：${n}项，占本文件${Math.round((n / d.total) * 1000) / 10}%`,
      };
    }),
  }));
  return {
    id: SECTORS_ID, title: SECTORS_TITLE, empty: null, notes: [], height: 380,
    option: {
      title: title(SECTORS_TITLE, '按章节标题归入统一领域，便于跨文件比较'),
      legend: { type: 'scroll', top: 48, left: 8, right: 8 },
      tooltip: ITEM_TOOLTIP,
      grid: { ...FIT, top: 104, left: 8, right: 16, bottom: 12 },
      xAxis: { type: 'category', data: s.sectors, axisLabel: { interval: 0, rotate: s.sectors.length > 8 ? 30 : 0 } },
      yAxis: { type: 'value', name: '任务数（项）', minInterval: 1, nameTextStyle: { align: 'left' } },
      series,
    },
  };
}

export const chapterTasksChart: ChartDef = guardedChart({ id: CHAPTERS_ID, title: CHAPTERS_TITLE, wide: false, emptyReason: taskEmptyReason, build: buildChapterTasks });
export const sectionTreeChart: ChartDef = guardedChart({ id: TREE_ID, title: TREE_TITLE, wide: true, emptyReason: taskEmptyReason, build: buildSectionTree });
export const sectorTasksChart: ChartDef = guardedChart({ id: SECTORS_ID, title: SECTORS_TITLE, wide: false, emptyReason: taskEmptyReason, build: buildSectorTasks });
