import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, applyFilters, mergeDrill, type Filters } from '../../../src/lib/analysis/filters';
import { buildCharts, buildChartsFromScope, CHARTS } from '../../../src/lib/charts';
import { scope } from '../../../src/lib/analysis/scope';
import { mainTargetsChart } from './build';
import { targetTrendChart } from './build';
import { chapterTasksChart, sectionTreeChart, sectorTasksChart } from './build';
import { leaderLoadChart, leaderSankeyChart, leaderSectorChart, leadUnitsChart, supportUnitsChart } from './build';
import type { ChartSpec } from '../../../src/lib/charts/spec';
import { drillItems } from '../../../src/lib/charts/drillItems';
import { doc, sample, stamp, target } from '../analysis/fixture';
import { renderSvg } from './render';

const f = (p: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...p });
const all = sample();

type Item = { value: unknown; drill?: Partial<Filters>; tip?: string } | '-';
type AnySeries = { type: string; name?: string; data: Item[]; links?: Array<{ source: string; target: string; value: number; drill?: Partial<Filters> }> };
const series = (spec: ChartSpec) => spec.option.series as unknown as AnySeries[];
const values = (s: AnySeries) => s.data.map((d) => (d === '-' ? null : d.value));
const axis = (spec: ChartSpec, which: 'xAxis' | 'yAxis') => (spec.option[which] as { data: string[] }).data;

describe('every chart', () => {
  const specs = buildCharts(all, EMPTY_FILTERS);

  it('has a unique id and a title, and draws something from the sample', () => {
    expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
    expect(specs.map((s) => [s.id, s.empty])).toEqual(specs.map((s) => [s.id, null]));
  });

  it.each(buildCharts(all, EMPTY_FILTERS).map((s) => [s.id, s] as const))('%s renders to an SVG carrying its title', (_id, spec) => {
    const svg = renderSvg(spec.option, 800, spec.height);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(spec.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    expect(svg.length).toBeGreaterThan(2000);
  });

  it('renders the empty specs too (title only)', () => {
    for (const spec of buildCharts(all, f({ years: [1999] }))) {
      expect(spec.empty).not.toBeNull();
      expect(renderSvg(spec.option)).toContain(spec.title);
    }
  });

  it('gives the same result when the caller already filtered the data', () => {
    const filters = f({ years: [2024], leaders: ['张三'] });
    // Outcome charts look past the filter on purpose (next year's report, the other notice): the page
    // hands them what it computed from all the data, so they are left out here.
    const outside = new Set(['attainment', 'alignmentCoverage']);
    const strip = (specs: ChartSpec[]) => JSON.stringify(specs.filter((s) => !outside.has(s.id)).map((s) => [s.id, s.empty, s.notes, s.option.series]));
    expect(strip(buildCharts(applyFilters(all, filters), filters))).toBe(strip(buildCharts(all, filters)));
  });
});

describe('mainTargets chart', () => {
  const spec = mainTargetsChart(all);

  it('draws one bar per document for each percentage indicator, stretch stacked on top', () => {
    expect(axis(spec, 'yAxis')).toEqual(['地区生产总值', '规模以上工业增加值']);
    const s = series(spec);
    expect(s.map((x) => x.name)).toEqual(['随州市2023年', '洪湖市2024年', '洪湖市2024年', '湖北省2024年', '随州市2024年', '随州市2025年']);
    expect(values(s[1]!)).toEqual([8, 10]);
    expect(values(s[2]!)).toEqual([1, null]);
    expect((s[2] as unknown as { stack: string }).stack).toBe((s[1] as unknown as { stack: string }).stack);
    expect(values(s[4]!)).toEqual([6.5, 9]);
  });

  it('carries the full target text in the tooltip and the document in the drill', () => {
    const item = series(spec)[1]!.data[0] as Exclude<Item, '-'>;
    expect(item.tip).toContain('地区生产总值增长8%、力争9%');
    expect(item.drill).toEqual({ docIds: ['r24h'] });
  });

  it('drills into the main-target tasks of a notice, and the chart keeps them', () => {
    const item = series(spec).find((s) => s.name === '随州市2024年')!.data[0] as Exclude<Item, '-'>;
    expect(item.drill).toEqual({ docIds: ['n24'], categories: ['target'] });
    const next = mergeDrill(EMPTY_FILTERS, item.drill!);
    expect(applyFilters(all, next).tasks.map((t) => t.id)).toEqual(['n24/t1', 'n24/t2']);
    expect(values(series(mainTargetsChart(all, next))[0]!)).toEqual([6.5, 9]);
  });

  it('lists indicators in other units and qualitative targets under the chart', () => {
    expect(spec.notes).toEqual(['湖北省2024年：城镇新增就业 70万人以上', '随州市2025年：粮食产量 达到146万吨', '洪湖市2024年：城乡居民收入增长与经济增长基本同步（定性目标）']);
  });

  it('says why it is empty, keeping the list, when no indicator is a percentage', () => {
    const only = mainTargetsChart(all, f({ years: [2025] }));
    expect(only.empty).toBeNull();
    const none = mainTargetsChart({ ...all, targets: all.targets.filter((t) => t.unit !== '%') }, f({ years: [2025] }));
    expect(none.empty).toBe('所选文件的主要预期目标中没有百分比指标，见下方列表');
    expect(none.notes).toEqual(['随州市2025年：粮食产量 达到146万吨']);
    expect(mainTargetsChart(all, f({ docIds: ['nothing'] })).empty).toBe('所选文件中没有主要预期目标');
  });
});

describe('targetTrend chart', () => {
  it('plots the target and the achieved figure per year for the place with most years', () => {
    const spec = targetTrendChart(all);
    expect(spec.title).toBe('随州市地区生产总值：历年目标与实际');
    expect(axis(spec, 'xAxis')).toEqual(['2022年', '2023年', '2024年', '2025年']);
    const [target, achieved] = series(spec);
    expect(values(target!)).toEqual([null, 7, 6.5, 6]);
    expect(values(achieved!)).toEqual([4.5, null, 6.5, null]);
    expect((achieved!.data[2] as Exclude<Item, '-'>).tip).toContain('较目标高0个百分点');
    expect((spec.option.yAxis as { name: string }).name).toBe('地区生产总值（%）');
  });

  it('marks the stretch value (力争9%) above the target', () => {
    const more = stamp({
      ...all,
      documents: [...all.documents, doc('r23h', { jurisdiction: '洪湖市', year: 2023 })],
      targets: [...all.targets, target({ id: 'r23h/g1', metric: '地区生产总值', value: 7.5, year: 2023, text: '地区生产总值增长7.5%' })],
    });
    const spec = targetTrendChart(more, EMPTY_FILTERS, { place: '洪湖市', key: '地区生产总值|%' });
    expect(spec.title).toBe('洪湖市地区生产总值：历年目标与实际');
    const s = series(spec);
    expect(s.map((x) => x.name)).toEqual(['目标', '实际完成', '力争/上限']);
    expect(values(s[0]!)).toEqual([7.5, 8]);
    expect(values(s[2]!)).toEqual([null, 9]);
    expect(renderSvg(spec.option)).toContain('力争/上限');
  });

  it('never calls an estimate 实际完成: the point reads 预计 and the series says so', () => {
    const estimated = { ...all, achievements: all.achievements.map((a) => (a.id === 'r25/a1' ? { ...a, estimate: true } : a)) };
    const spec = targetTrendChart(estimated);
    const [, achieved] = series(spec);
    expect(achieved!.name).toBe('实际/预计');
    const point = achieved!.data[2] as Exclude<Item, '-'> & { label: { formatter: string } };
    expect(point.label.formatter).toBe('预计6.5%');
    expect(point.tip).toMatch(/^2024年预计：6.5%/);
    expect(series(targetTrendChart(all))[1]!.name).toBe('实际完成');
  });

  it('explains that one year cannot make a trend', () => {
    const spec = targetTrendChart(all, f({ docIds: ['r24h'] }));
    expect(spec.empty).toBe('洪湖市只有2024年的数据，无法显示趋势；请选择多个年份');
  });
});

describe('sector charts', () => {
  it('counts tasks per chapter with a drill to the chapter', () => {
    const spec = chapterTasksChart(all, f({ docIds: ['n24'] }));
    const s = series(spec);
    expect(s).toHaveLength(1);
    expect(values(s[0]!)).toEqual([2, 2, 1, 1]);
    expect((s[0]!.data[1] as Exclude<Item, '-'>).drill).toEqual({ sectionIds: ['n24/c2'] });
    const label = (spec.option.yAxis as { axisLabel: { formatter: (v: string) => string } }).axisLabel.formatter;
    expect(label('1')).toBe('二、坚持链群协同、固本兴新，加快推进新型工业化步伐');
  });

  it('draws the chapters of several documents one bar each, overlapping in one slot instead of stacking every series', () => {
    const spec = chapterTasksChart(all, f({ docIds: ['n24', 'n24p'] }));
    const s = series(spec) as Array<AnySeries & { stack?: string; barGap?: string }>;
    expect(s).toHaveLength(2);
    for (const one of s) {
      expect(one.stack).toBeUndefined();
      expect(one.barGap).toBe('-100%');
    }
    // a chapter belongs to one document: one bar per category
    const rows = axis(spec, 'yAxis').length;
    for (let i = 0; i < rows; i++) expect(s.filter((one) => one.data[i] !== '-')).toHaveLength(1);
  });

  it('drilling into a chapter keeps only its tasks', () => {
    const patch = (series(chapterTasksChart(all, f({ docIds: ['n24'] })))[0]!.data[1] as Exclude<Item, '-'>).drill!;
    const next = mergeDrill(f({ docIds: ['n24'] }), patch);
    expect(applyFilters(all, next).tasks.map((t) => t.id)).toEqual(['n24/t3', 'n24/t4']);
  });

  it('builds the treemap from chapters, sections and direct tasks', () => {
    const spec = sectionTreeChart(all, f({ docIds: ['n24p'] }));
    const data = (series(spec)[0] as unknown as { data: Array<{ name: string; value: number; drill: unknown; children?: Array<{ name: string; drill: unknown }> }> }).data;
    expect(data.map((d) => [d.name, d.value])).toEqual([
      ['一、经济社会发展的主要预期目标', 1],
      ['二、聚焦塑造发展新动能新优势，切实做强科技创新硬核支撑', 2],
    ]);
    expect(data[1]!.children!.map((c) => c.drill)).toEqual([{ sectionIds: ['n24p/s1'] }, { sectionIds: ['n24p/c2'] }]);
  });

  it('shows two levels of the tree at a time and starts from a chapter once one is picked', () => {
    const top = series(sectionTreeChart(all))[0] as unknown as { data: Array<{ name: string; children?: Array<{ children?: unknown }> }> };
    expect(top.data.map((d) => d.name)).toEqual(['洪湖市2024年', '湖北省2024年', '随州市2024年']);
    expect(top.data.every((d) => (d.children ?? []).every((c) => c.children === undefined))).toBe(true);
    const picked = sectionTreeChart(all, f({ sectionIds: ['n24p/c2'] }));
    const data = (series(picked)[0] as unknown as { data: Array<{ name: string; drill: unknown }> }).data;
    expect(data.map((d) => [d.name, d.drill])).toEqual([
      ['（一）加快建设科技强省', { sectionIds: ['n24p/s1'] }],
      ['（本节直接列出）', { sectionIds: ['n24p/c2'] }],
    ]);
    expect((picked.option.title as { subtext: string }).subtext).toContain('湖北省2024年 › 二、聚焦塑造发展新动能…');
  });

  it('compares sectors across documents and drills to sector and document', () => {
    const spec = sectorTasksChart(all);
    expect(axis(spec, 'xAxis')).toEqual(['目标', '产业', '投资消费', '改革开放创新', '民生']);
    const s = series(spec);
    expect(s.map((x) => x.name)).toEqual(['洪湖市2024年', '湖北省2024年', '随州市2024年']);
    expect(values(s[2]!)).toEqual([2, 2, 1, null, 1]);
    const item = s[1]!.data[3] as Exclude<Item, '-'>;
    expect(item.drill).toEqual({ sectors: ['改革开放创新'], docIds: ['n24p'] });
    expect(item.tip).toContain('占本文件66.7%');
    expect(applyFilters(all, mergeDrill(EMPTY_FILTERS, item.drill!)).tasks.map((t) => t.id)).toEqual(['n24p/t2', 'n24p/t3']);
  });
});

describe('responsibility charts', () => {
  it('stacks sole and shared tasks per leader, drilling to the leader', () => {
    const spec = leaderLoadChart(all);
    expect(axis(spec, 'yAxis')).toEqual(['张三', '李四', '王五']);
    const [sole, shared] = series(spec);
    expect(values(sole!)).toEqual([2, 2, null]);
    expect(values(shared!)).toEqual([2, 1, 1]);
    const drill = (sole!.data[0] as Exclude<Item, '-'>).drill!;
    expect(drill).toEqual({ leaders: ['张三'] });
    expect(applyFilters(all, mergeDrill(EMPTY_FILTERS, drill)).tasks).toHaveLength(4);
  });

  it.each([
    ['a notice that names no leaders', f({ docIds: ['n24p'] }), '所选文件未列明责任领导'],
    ['a year whose documents name none', f({ years: [2023] }), '所选文件未列明责任领导'],
    ['a leader with no tasks in view', f({ leaders: ['赵六'] }), '所选范围内没有赵六负责的任务'],
  ])('leader charts say why they are empty: %s', (_what, filters, reason) => {
    for (const chart of [leaderLoadChart, leaderSankeyChart, leaderSectorChart]) expect(chart(all, filters).empty).toBe(reason);
  });

  it('counts units with collective placeholders apart, on an axis of their own', () => {
    const spec = supportUnitsChart(all);
    const [named, collective] = series(spec);
    const yAxes = spec.option.yAxis as Array<{ data: string[]; gridIndex: number }>;
    expect(yAxes.map((a) => a.data)).toEqual([
      ['市发改委', '市经信局', '市统计局'],
      ['各县市区政府', '各县市区政府及管委会'],
    ]);
    expect(values(named!)).toEqual([1, 1, 1]);
    expect(values(collective!)).toEqual([2, 1]);
    expect((collective as unknown as { yAxisIndex: number }).yAxisIndex).toBe(1);
    expect((collective!.data[0] as Exclude<Item, '-'>).drill).toEqual({ units: ['各县市区政府'] });
    expect(leadUnitsChart(all, f({ docIds: ['r24h'] })).empty).toBe('所选任务未列明牵头单位');
  });

  it('links leaders to lead units in the Sankey, with drills on nodes and links', () => {
    const spec = leaderSankeyChart(all);
    const s = series(spec)[0]!;
    const nodes = s.data as unknown as Array<{ name: string; drill?: unknown }>;
    expect(nodes.find((n) => n.name === '张三')!.drill).toEqual({ leaders: ['张三'] });
    expect(nodes.find((n) => n.name === '市经信局')!.drill).toEqual({ units: ['市经信局'] });
    const top = s.links![0]!;
    expect([top.source, top.target, top.value, top.drill]).toEqual(['李四', '市经信局', 3, { leaders: ['李四'], units: ['市经信局'] }]);
    expect(s.links!.reduce((n, l) => n + l.value, 0)).toBe(11);
  });

  it('fills the leader × sector heatmap with counts and drills to both', () => {
    const spec = leaderSectorChart(all);
    expect(axis(spec, 'xAxis')).toEqual(['目标', '产业', '投资消费', '民生']);
    expect(axis(spec, 'yAxis')).toEqual(['张三', '李四', '王五']);
    const cells = series(spec)[0]!.data as Array<Exclude<Item, '-'>>;
    const cell = cells.find((c) => JSON.stringify(c.value) === JSON.stringify([1, 1, 2]))!;
    expect(cell.drill).toEqual({ leaders: ['李四'], sectors: ['产业'] });
    expect(applyFilters(all, mergeDrill(EMPTY_FILTERS, cell.drill!)).tasks.map((t) => t.id)).toEqual(['n24/t3', 'n24/t4']);
  });

  it('escapes document text in tooltips', () => {
    const evil = { ...all, tasks: all.tasks.map((t) => (t.id === 'n24/t1' ? { ...t, leaders: ['<img src=x onerror=alert(1)>'] } : t)) };
    const spec = leaderLoadChart(evil);
    const fmt = (spec.option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const item = series(spec)
      .flatMap((s) => s.data)
      .find((d) => d !== '-' && d.tip?.includes('<img'))!;
    const html = fmt({ data: item });
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('<img');
  });
});

describe('drill items (the keyboard way into a chart)', () => {
  it('lists each distinct filter of a chart once, named for what it selects', () => {
    expect(drillItems(mainTargetsChart(all).option).map((i) => i.label)).toEqual([
      '随州市2023年的主要预期目标',
      '洪湖市2024年的主要预期目标',
      '湖北省2024年的主要预期目标',
      '随州市2024年的主要预期目标',
      '随州市2025年的主要预期目标',
    ]);
    expect(drillItems(leaderLoadChart(all).option)).toEqual([
      { label: '张三（4项）', drill: { leaders: ['张三'] } },
      { label: '李四（3项）', drill: { leaders: ['李四'] } },
      { label: '王五（1项）', drill: { leaders: ['王五'] } },
    ]);
  });

  it('labels items by their tooltip, without the quoted source text', () => {
    const items = drillItems(targetTrendChart(all).option);
    expect(items[0]).toEqual({ label: '2023年目标：7%', drill: { docIds: ['r23'] } });
    expect(items.every((i) => !i.label.includes('原文'))).toBe(true);
  });

  it('takes Sankey nodes and links, and treemap blocks at every level', () => {
    const sankey = drillItems(leaderSankeyChart(all).option);
    expect(sankey).toContainEqual({ label: '责任领导：张三', drill: { leaders: ['张三'] } });
    expect(sankey).toContainEqual({ label: '李四 → 市经信局 · 任务：3项', drill: { leaders: ['李四'], units: ['市经信局'] } });
    const tree = drillItems(sectionTreeChart(all).option);
    expect(tree.map((i) => i.drill)).toContainEqual({ sectionIds: ['n24p/c2'] });
    expect(tree.map((i) => i.drill)).toContainEqual({ docIds: ['n24p'] });
  });

  it('is empty for an empty chart', () => {
    expect(drillItems(leaderLoadChart(all, f({ docIds: ['n24p'] })).option)).toEqual([]);
  });
});

describe('the chart list', () => {
  it('describes each chart once, in display order, and each builds a spec with its own id', () => {
    expect(CHARTS.map((c) => c.id)).toEqual([
      'mainTargets',
      'targetTrend',
      'attainment',
      'sectorTasks',
      'chapterTasks',
      'sectionTree',
      'leaderLoad',
      'leadUnits',
      'supportUnits',
      'leaderSankey',
      'leaderSector',
      'alignmentCoverage',
    ]);
    expect(new Set(CHARTS.map((c) => c.id)).size).toBe(CHARTS.length);
    expect(CHARTS.filter((c) => c.wide).map((c) => c.id)).toEqual(['sectionTree', 'leaderSankey', 'alignmentCoverage']);
    const built = buildChartsFromScope(scope(all, EMPTY_FILTERS));
    expect(built.map((b) => b.spec.id)).toEqual(CHARTS.map((c) => c.id));
    expect(JSON.stringify(buildCharts(all))).toBe(JSON.stringify(built.map((b) => b.spec)));
    // an empty scope: every chart still says what it is and why it is empty
    for (const b of buildChartsFromScope(scope(all, f({ docIds: ['nothing'] })))) {
      expect(b.spec.id).toBe(b.def.id);
      expect(b.spec.empty).toBeTruthy();
    }
  });

  it('hands the trend pick to the trend chart only', () => {
    const pick = { place: '随州市', key: '地区生产总值|%' };
    const [withPick, without] = [buildCharts(all, EMPTY_FILTERS, { trend: pick }), buildCharts(all)];
    expect(withPick.filter((s, i) => JSON.stringify(s.option) !== JSON.stringify(without[i]!.option)).map((s) => s.id)).toEqual([]);
    const other = buildCharts(all, EMPTY_FILTERS, { trend: { place: '洪湖市', key: '地区生产总值|%' } });
    expect(other.filter((s, i) => s.title !== without[i]!.title).map((s) => s.id)).toEqual(['targetTrend']);
  });
});
