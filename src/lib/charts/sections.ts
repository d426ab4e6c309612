// Tasks by chapter (bar), by section (treemap) and by shared sector (bar across documents). Over more
// than MAX_DOC_SERIES documents: tasks per document (the busiest, the rest folded) instead of chapters,
// blocks per province and place instead of per document, and the sector mix per year or place
// instead of a bar per document.
import type { BarSeriesOption, TreemapSeriesOption } from 'echarts/charts';
import { groupDocuments, groupLevel, LEVEL_NAME, type DocGroup } from '../analysis/docGroups';
import { taskEmptyReason, type Scope } from '../analysis/scope';
import { sectionTree, tasksPerChapter, tasksPerDocument, tasksPerSector, tasksPerSectorByGroup, type SectionNode } from '../analysis/sections';
import { clamp, COUNT_AXIS, FIT, guardedChart, ITEM_TOOLTIP, MAX_DOC_SERIES, PALETTE, shorten, title, type ChartDef, type ChartSpec, type Drill } from './spec';

/** Documents ranked in 各章节任务数 over many documents. */
export const DOCS_TOP_N = 20;
/** Groups (years, provinces, places) in 各领域任务数 over many documents. */
export const SECTOR_GROUPS_MAX = 10;
/** Blocks of the treemap's first level over many documents: every province (there are 34), or the biggest places or documents. */
export const TREE_GROUPS_MAX = { province: 40, place: 24, document: 24, year: 24 } as const;
/** Blocks inside each first-level block. */
export const TREE_CHILDREN_MAX = 6;

const CHAPTERS_ID = 'chapterTasks';
const CHAPTERS_TITLE = '各章节任务数';

function buildChapterTasks(sc: Scope): ChartSpec {
  const perDoc = tasksPerDocument(sc);
  if (perDoc.size > MAX_DOC_SERIES) return buildTasksPerDocument(sc, perDoc);
  const chapters = tasksPerChapter(sc);
  const docIds = Array.from(new Set(chapters.map((c) => c.docId)));
  // Categories are keyed by position (two documents may both have 一、主要预期目标); labels come from the rows.
  const keys = chapters.map((_, i) => String(i));
  // A chapter belongs to one document: the series overlap in one slot (barGap -100%) rather than
  // stack, which would sum every series at every chapter (8 documents × 120 chapters on a real corpus).
  const series: BarSeriesOption[] = docIds.map((docId, di) => ({
    type: 'bar',
    id: `doc:${docId}`,
    name: sc.labels.get(docId) ?? docId,
    barGap: '-100%',
    itemStyle: { color: PALETTE[di % PALETTE.length] },
    barMaxWidth: 20,
    label: { show: true, position: 'right' },
    data: chapters.map((c) =>
      c.docId !== docId
        ? '-'
        : {
            value: c.count,
            drill: (c.sectionId ? { sectionIds: [c.sectionId] } : { docIds: [c.docId] }) satisfies Drill,
            tip: `${sc.labels.get(c.docId) ?? ''}\n${c.path.length ? c.path.join(' › ') : c.label}\n任务：${c.count}项`,
          },
    ),
  }));
  const many = chapters.length > 24;
  return {
    id: CHAPTERS_ID,
    title: CHAPTERS_TITLE,
    empty: null,
    notes: [],
    height: clamp(100 + chapters.length * 24, 260, 720),
    fullHeight: 100 + chapters.length * 22,
    option: {
      title: title(CHAPTERS_TITLE, '点击条形查看该章任务'),
      legend: { type: 'scroll', top: 48, left: 8, right: 8 },
      tooltip: ITEM_TOOLTIP,
      grid: { ...FIT, top: 80, left: 8, right: many ? 56 : 36, bottom: 40 },
      xAxis: COUNT_AXIS,
      yAxis: {
        type: 'category',
        inverse: true,
        data: keys,
        axisLabel: { interval: 0, width: 180, overflow: 'truncate', formatter: (v: string) => chapters[Number(v)]?.label ?? v },
      },
      dataZoom: many
        ? [
            { type: 'slider', yAxisIndex: 0, right: 4, width: 16, startValue: 0, endValue: 23, zoomLock: false },
            { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true },
          ]
        : undefined,
      series,
    },
  };
}

/** Over many documents: the documents with most tasks, one bar each, the rest in one bar. */
function buildTasksPerDocument(sc: Scope, perDoc: Map<string, number>): ChartSpec {
  const docs = sc.docsInView.filter((d) => perDoc.has(d.id));
  const all = groupDocuments(docs, sc.all.documents, 'document', DOCS_TOP_N + 1, (id) => perDoc.get(id) ?? 0, sc.labels);
  // The rest is told in a note, not drawn: one bar of hundreds of documents would flatten the others.
  const groups = all.filter((g) => !g.rest);
  const rest = all.find((g) => g.rest);
  const count = (g: DocGroup) => g.docIds.reduce((n, id) => n + (perDoc.get(id) ?? 0), 0);
  const heading = `各文件任务数（前${DOCS_TOP_N}）`;
  return {
    id: CHAPTERS_ID,
    title: heading,
    empty: null,
    notes: rest
      ? [`共${docs.length}份文件，${docs.reduce((n, d) => n + (perDoc.get(d.id) ?? 0), 0)}项任务；另有${rest.docIds.length}份文件（${count(rest)}项任务）未列入图中`]
      : [],
    height: clamp(110 + groups.length * 24, 300, 720),
    option: {
      title: title(heading, `文件较多，按文件汇总；点击条形查看该文件的各章节`),
      tooltip: ITEM_TOOLTIP,
      grid: { ...FIT, top: 64, left: 8, right: 40, bottom: 40 },
      xAxis: COUNT_AXIS,
      yAxis: { type: 'category', inverse: true, data: groups.map((g) => g.name), axisLabel: { interval: 0, width: 180, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          id: 'documents',
          name: '任务数',
          barMaxWidth: 18,
          label: { show: true, position: 'right' },
          data: groups.map((g) => ({
            value: count(g),
            itemStyle: { color: PALETTE[0] },
            drill: g.drill ?? undefined,
            tip: `${g.name}\n任务：${count(g)}项`,
          })),
        },
      ],
    },
  };
}

const TREE_ID = 'sectionTree';
const TREE_TITLE = '章节结构与任务分布';

/** A block; without a drill (a fold of the rest) a click does nothing. */
interface TreeItem {
  name: string;
  value: number;
  drill?: Drill;
  tip: string;
  children?: TreeItem[];
}

/** Two levels at a time (documents → chapters, or chapters → sections of one document): clicking a
 * block filters to it, and the next view shows the level below. */
function treeItem(n: SectionNode, path: string[], docId: string, depth: number): TreeItem {
  const here = [...path, n.name];
  const drill: Drill = n.kind === 'document' ? { docIds: [n.id!] } : n.id ? { sectionIds: [n.id] } : { docIds: [docId] };
  const below = n.children.filter((c) => c.kind !== 'direct').map((c) => c.name);
  const more = depth <= 1 && below.length ? `\n下设：${below.slice(0, 6).join('；')}${below.length > 6 ? ' 等' : ''}` : '';
  return {
    name: n.name,
    value: n.value,
    drill,
    tip: `${here.join(' › ')}\n任务：${n.value}项${more}`,
    children: depth > 1 && n.children.length ? n.children.map((c) => treeItem(c, here, docId, depth - 1)) : undefined,
  };
}

function buildSectionTree(sc: Scope): ChartSpec {
  const perDoc = tasksPerDocument(sc);
  if (perDoc.size > MAX_DOC_SERIES) return buildPlaceTree(sc, perDoc);
  const tree = sectionTree(sc);
  const single = tree.length === 1 ? tree[0]! : null;
  // A single chapter in view (after a click): start from it, so its sections fill the chart.
  let roots = single ? single.children : tree;
  const path = single ? [single.name] : [];
  while (single && roots.length === 1 && roots[0]!.children.length > 0) {
    path.push(roots[0]!.name);
    roots = roots[0]!.children;
  }
  const data = roots.map((n) => treeItem(n, path, single?.id ?? n.id!, 2));
  return {
    id: TREE_ID,
    title: TREE_TITLE,
    empty: null,
    notes: [],
    height: 420,
    option: {
      title: title(TREE_TITLE, `${path.length ? `${path.map((p) => shorten(p, 12)).join(' › ')}；` : ''}面积为任务数，点击方块查看下一层`),
      tooltip: ITEM_TOOLTIP,
      series: [treemapSeries(data)],
    },
  };
}

/** The treemap both section charts draw: name and task count on each tile, three levels of borders. */
function treemapSeries(data: TreeItem[]): TreemapSeriesOption {
  return {
    type: 'treemap',
    id: 'sections',
    top: 56,
    left: 4,
    right: 4,
    bottom: 4,
    roam: false,
    nodeClick: false,
    breadcrumb: { show: false },
    visibleMin: 1,
    label: { show: true, overflow: 'truncate', formatter: (p: { name?: string; value?: unknown }) => `${p.name ?? ''}\n${String(p.value ?? '')}项` },
    upperLabel: { show: true, height: 20, overflow: 'truncate' },
    levels: [
      { itemStyle: { borderWidth: 0, gapWidth: 4 } },
      { itemStyle: { borderWidth: 2, gapWidth: 2, borderColorSaturation: 0.6 } },
      { itemStyle: { borderWidth: 1, gapWidth: 1, borderColorSaturation: 0.7 } },
    ],
    data,
  };
}

/**
 * Over many documents: provinces (or places, or documents) and the places (or documents) in them,
 * valued by tasks; a click shows that province or place alone.
 */
function buildPlaceTree(sc: Scope, perDoc: Map<string, number>): ChartSpec {
  const docs = sc.docsInView.filter((d) => perDoc.has(d.id));
  const weight = (id: string) => perDoc.get(id) ?? 0;
  const sum = (g: DocGroup) => g.docIds.reduce((n, id) => n + weight(id), 0);
  const top = groupLevel(docs, sc.all.documents, ['province', 'place']);
  const below = top === 'province' ? 'place' : 'document';
  const byId = new Map(docs.map((d) => [d.id, d]));
  const item = (g: DocGroup, path: string[], children?: TreeItem[]): TreeItem => ({
    name: g.name,
    value: sum(g),
    ...(g.drill ? { drill: g.drill } : {}),
    tip: `${[...path, g.name].join(' › ')}\n${g.docIds.length}份文件，任务：${sum(g)}项${
      children?.length
        ? `\n下设：${children
            .slice(0, 6)
            .map((c) => c.name)
            .join('；')}${children.length > 6 ? ' 等' : ''}`
        : ''
    }`,
    children,
  });
  const data = groupDocuments(docs, sc.all.documents, top, TREE_GROUPS_MAX[top], weight, sc.labels).map((g) => {
    if (g.rest || top === 'document') return item(g, []);
    const inner = g.docIds.map((id) => byId.get(id)!);
    const children = groupDocuments(inner, sc.all.documents, below, TREE_CHILDREN_MAX, weight, sc.labels).map((c) => item(c, [g.name]));
    return item(g, [], children.length > 1 ? children : undefined);
  });
  const levels = top === 'document' ? LEVEL_NAME.document : `${LEVEL_NAME[top]} › ${LEVEL_NAME[below]}`;
  return {
    id: TREE_ID,
    title: TREE_TITLE,
    empty: null,
    notes: [`共${docs.length}份文件，按${levels}汇总；选择一份文件可查看其章节结构`],
    height: 520,
    option: {
      title: title(TREE_TITLE, `按${levels}汇总，面积为任务数；点击方块只看该${LEVEL_NAME[top]}`),
      tooltip: ITEM_TOOLTIP,
      series: [treemapSeries(data)],
    },
  };
}

const SECTORS_ID = 'sectorTasks';
const SECTORS_TITLE = '各领域任务数';

function buildSectorTasks(sc: Scope): ChartSpec {
  // more documents than series: shares per group instead (counted without the per-document pass)
  if (tasksPerDocument(sc).size > MAX_DOC_SERIES) return buildSectorMix(sc);
  const s = tasksPerSector(sc);
  const series: BarSeriesOption[] = s.docs.map((d, i) => ({
    type: 'bar',
    id: `doc:${d.id}`,
    name: d.label,
    itemStyle: { color: PALETTE[i % PALETTE.length] },
    barMaxWidth: 22,
    data: s.sectors.map((sector) => {
      const n = d.counts.get(sector) ?? 0;
      return n === 0
        ? '-'
        : {
            value: n,
            drill: { sectors: [sector], docIds: [d.id] } satisfies Drill,
            tip: `${d.label} · ${sector}\n任务：${n}项，占本文件${Math.round((n / d.total) * 1000) / 10}%`,
          };
    }),
  }));
  return {
    id: SECTORS_ID,
    title: SECTORS_TITLE,
    empty: null,
    notes: [],
    height: 380,
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

/** Over many documents: each year's (or province's, or place's) tasks by sector, as shares stacked to 100%. */
function buildSectorMix(sc: Scope): ChartSpec {
  const m = tasksPerSectorByGroup(sc, SECTOR_GROUPS_MAX);
  const by = LEVEL_NAME[m.level];
  const pct = (n: number, total: number) => (total ? Math.round((n / total) * 1000) / 10 : 0);
  const series: BarSeriesOption[] = m.sectors.map((sector, i) => ({
    type: 'bar',
    id: sector,
    name: sector,
    stack: 'share',
    itemStyle: { color: PALETTE[i % PALETTE.length] },
    barMaxWidth: 48,
    label: { show: true, position: 'inside', fontSize: 11 },
    data: m.groups.map((g) => {
      const n = g.counts.get(sector) ?? 0;
      const share = pct(n, g.total);
      return n === 0
        ? '-'
        : {
            value: share,
            // small slices stay unlabelled: their numbers would overlap
            label: { show: share >= 6, formatter: `${share}%` },
            ...(g.drill ? { drill: { ...g.drill, sectors: [sector] } satisfies Drill } : {}),
            tip: `${g.name} · ${sector}\n任务：${n}项，占${share}%\n（${g.docIds.length}份文件，共${g.total}项任务）`,
          };
    }),
  }));
  const many = m.groups.length > 6 || m.groups.some((g) => g.name.length > 6);
  return {
    id: SECTORS_ID,
    title: SECTORS_TITLE,
    empty: null,
    notes: [`共${m.groups.reduce((n, g) => n + g.docIds.length, 0)}份文件，按${by}汇总；各${by}的任务按领域所占比例`],
    height: 440,
    option: {
      title: title(SECTORS_TITLE, `按${by}汇总，各领域任务所占比例（%）；点击色块查看任务`),
      // plain, not scroll: the eleven sectors wrap onto a second line instead of hiding behind arrows
      legend: { top: 48, left: 8, right: 8, itemGap: 8 },
      tooltip: ITEM_TOOLTIP,
      grid: { ...FIT, top: 110, left: 8, right: 16, bottom: 12 },
      xAxis: { type: 'category', data: m.groups.map((g) => g.name), axisLabel: { interval: 0, rotate: many ? 30 : 0 } },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series,
    },
  };
}

export const chapterTasksChart: ChartDef = guardedChart({ id: CHAPTERS_ID, title: CHAPTERS_TITLE, wide: false, emptyReason: taskEmptyReason, build: buildChapterTasks });
export const sectionTreeChart: ChartDef = guardedChart({ id: TREE_ID, title: TREE_TITLE, wide: true, emptyReason: taskEmptyReason, build: buildSectionTree });
export const sectorTasksChart: ChartDef = guardedChart({ id: SECTORS_ID, title: SECTORS_TITLE, wide: false, emptyReason: taskEmptyReason, build: buildSectorTasks });
