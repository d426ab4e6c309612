import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '../../../src/lib/analysis/filters';
import { scope, leaderEmptyReason, taskEmptyReason } from '../../../src/lib/analysis/scope';
import { mainTargets } from '../../../src/lib/analysis/mainTargets';
import { describeTarget } from '../../../src/lib/analysis/targetText';
import { targetTrend, trendChoices } from '../../../src/lib/analysis/targetTrend';
import { CHARTS } from '../../../src/lib/charts';
import { sectionTree, tasksPerChapter, tasksPerSector } from '../../../src/lib/analysis/sections';
import { leaderLoad, leaderSector, leaderUnitFlows, unitLoad, OTHER_UNITS } from '../../../src/lib/analysis/responsibility';
import { dataset, doc, sample, section, stamp, target, task } from './fixture';

const f = (p: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...p });
const all = sample();

describe('mainTargets', () => {
  const mt = mainTargets(scope(all));

  it('lines up the same indicator across documents under one name, synonyms merged', () => {
    const gdp = mt.percent.find((r) => r.label === '地区生产总值')!;
    expect(gdp.entries.map((e) => [e.docLabel, e.value])).toEqual([
      ['随州市2023年', 7],
      ['洪湖市2024年', 8],
      ['湖北省2024年', 6],
      ['随州市2024年', 6.5],
      ['随州市2025年', 6],
    ]);
    const industry = mt.percent.find((r) => r.label === '规模以上工业增加值')!;
    expect(industry.entries.map((e) => e.docLabel)).toEqual(['洪湖市2024年', '随州市2024年']);
    expect(mt.percent.map((r) => r.label)).toEqual(['地区生产总值', '规模以上工业增加值']);
  });

  it('keeps the stretch value and qualifiers', () => {
    const hh = mt.percent[0]!.entries.find((e) => e.docId === 'r24h')!;
    expect([hh.value, hh.upper, hh.upperKind]).toEqual([8, 9, 'stretch']);
    expect(describeTarget(hh)).toBe('地区生产总值 增长8%（力争9%）');
    const hb = mt.percent[0]!.entries.find((e) => e.docId === 'n24p')!;
    expect(describeTarget(hb)).toBe('地区生产总值 增长6%左右');
  });

  it('lists indicators in other units and qualitative targets instead of dropping them', () => {
    expect(mt.other.map((r) => [r.label, r.unit, r.entries[0]!.docLabel])).toEqual([
      ['城镇新增就业', '人', '湖北省2024年'],
      ['粮食产量', '万吨', '随州市2025年'],
    ]);
    expect(describeTarget(mt.other[0]!.entries[0]!)).toBe('城镇新增就业 70万人以上');
    expect(mt.qualitative.map((e) => e.text)).toEqual(['城乡居民收入增长与经济增长基本同步']);
  });

  it('ignores targets of single tasks', () => {
    expect([...mt.percent, ...mt.other].some((r) => r.label === '亿元以上项目')).toBe(false);
  });

  it('follows the year filter', () => {
    const m = mainTargets(scope(all, f({ years: [2025] })));
    expect(m.docs.map((d) => d.label)).toEqual(['随州市2025年']);
    expect(m.percent.map((r) => r.entries.length)).toEqual([1]);
  });
});

describe('targetTrend', () => {
  it('picks the place with most years and sets targets against reported figures', () => {
    const tr = targetTrend(scope(all))!;
    expect([tr.place, tr.label, tr.unit]).toEqual(['随州市', '地区生产总值', '%']);
    expect(tr.years).toEqual([2022, 2023, 2024, 2025]);
    expect(Object.fromEntries([...tr.targets].map(([y, p]) => [y, p.value]))).toEqual({ 2023: 7, 2024: 6.5, 2025: 6 });
    expect(Object.fromEntries([...tr.achieved].map(([y, p]) => [y, p.value]))).toEqual({ 2022: 4.5, 2024: 6.5 });
  });

  it('keeps figures in another unit apart (亿元 is not %)', () => {
    const choices = trendChoices(scope(all))
      .filter((c) => c.place === '随州市')
      .map((c) => `${c.label}|${c.unit}|${c.years.join(',')}`);
    expect(choices).toEqual(['地区生产总值|%|2022,2023,2024,2025', '地区生产总值|亿元|2024', '规模以上工业增加值|%|2024', '粮食产量|万吨|2025']);
  });

  it('says so when a second document of the place gives a target the same year, and draws the first', () => {
    const ds = sample();
    ds.documents.push(doc('r24', { title: '随州市政府工作报告', jurisdiction: '随州市', jurisdictionLevel: 'city', year: 2024, kind: 'report' }));
    ds.targets.push(target({ id: 'r24/g1', docId: 'r24', metric: '地区生产总值', value: 6.6, text: '地区生产总值增长6.6%' }));
    const sc = scope(stamp(ds));
    const tr = targetTrend(sc, { place: '随州市', key: '地区生产总值|%' })!;
    const drawn = tr.targets.get(2024)!;
    expect(tr.otherTargets.map((p) => [p.year, p.docId === drawn.docId])).toEqual([[2024, false]]);
    expect([drawn.value, tr.otherTargets[0]!.value].sort()).toEqual([6.5, 6.6]);
    const chart = CHARTS.find((c) => c.id === 'targetTrend')!;
    const notes = chart.build(sc, { trend: { place: '随州市', key: '地区生产总值|%' } }).notes;
    expect(notes.some((n) => n.startsWith('2024年另有一份文件'))).toBe(true);
  });

  it('can be asked for a given place and indicator, and says null when there is nothing', () => {
    const hh = targetTrend(scope(all), { place: '洪湖市', key: '地区生产总值|%' })!;
    expect([...hh.targets.values()].map((p) => [p.value, p.upper])).toEqual([[8, 9]]);
    expect(targetTrend(scope(all), { place: '洪湖市', key: '无此指标|%' })).toBeNull();
    expect(targetTrend(scope(all, f({ docIds: ['none'] })))).toBeNull();
  });
});

describe('tasks per chapter, section and sector', () => {
  it('counts tasks per chapter, lead sentences folded into their chapter', () => {
    expect(tasksPerChapter(scope(all)).map((c) => [c.label, c.count])).toEqual([
      ['全力以赴推动“三驾马车”协同发力', 1],
      ['一、经济社会发展的主要预期目标', 1],
      ['二、聚焦塑造发展新动能新优势，切实做强科技创新硬核支撑', 2],
      ['一、经济社会发展主要预期目标', 2],
      ['二、坚持链群协同、固本兴新，加快推进新型工业化步伐', 2],
      ['三、坚持扩大内需、挖潜增效', 1],
      ['市政府主要领导领衔督办的民生实事', 1],
    ]);
  });

  it('counts the tasks of a bare chapter (二、2023年工作安排) under its named sub-sections', () => {
    const ds = stamp(
      dataset({
        documents: [doc('r', { jurisdiction: '随州市', year: 2023 })],
        sections: [
          section({ id: 'r/c1', no: '二', title: '2023年工作安排', span: { start: 0, end: 1 } }),
          section({ id: 'r/s1', no: '一', title: '致力工业强市,开创产业化升级新局面', level: 2, parentId: 'r/c1', span: { start: 10, end: 11 } }),
          section({ id: 'r/l1', title: '抓项目建设。', level: 3, parentId: 'r/s1', kind: 'lead', span: { start: 20, end: 21 } }),
          section({ id: 'r/s2', no: '二', title: '致力扩大内需,拓展高质量发展新空间', level: 2, parentId: 'r/c1', span: { start: 30, end: 31 } }),
        ],
        tasks: [task({ id: 'r/t1', sectionId: 'r/l1' }), task({ id: 'r/t2', sectionId: 'r/s1' }), task({ id: 'r/t3', sectionId: 'r/s2' }), task({ id: 'r/t4', sectionId: 'r/c1' })],
      }),
    );
    expect(tasksPerChapter(scope(ds)).map((c) => [c.label, c.count, c.path.join(' › ')])).toEqual([
      ['二、2023年工作安排', 1, '二、2023年工作安排'],
      ['（一）致力工业强市,开创产业化升级新局面', 2, '二、2023年工作安排 › （一）致力工业强市,开创产业化升级新局面'],
      ['（二）致力扩大内需,拓展高质量发展新空间', 1, '二、2023年工作安排 › （二）致力扩大内需,拓展高质量发展新空间'],
    ]);
  });

  it('builds a document → chapter → section tree whose parts add up', () => {
    const tree = sectionTree(scope(all, f({ docIds: ['n24p'] })));
    expect(tree).toHaveLength(1);
    const doc = tree[0]!;
    expect([doc.name, doc.value]).toEqual(['湖北省2024年', 3]);
    const ch2 = doc.children[1]!;
    expect([ch2.name, ch2.value, ch2.children.map((c) => [c.name, c.value, c.kind])]).toEqual([
      '二、聚焦塑造发展新动能新优势，切实做强科技创新硬核支撑',
      2,
      [
        ['（一）加快建设科技强省', 1, 'section'],
        ['（本节直接列出）', 1, 'direct'],
      ],
    ]);
  });

  it('counts tasks per sector per document so different reports compare', () => {
    const s = tasksPerSector(scope(all));
    expect(s.sectors).toEqual(['目标', '产业', '投资消费', '改革开放创新', '民生']);
    const n24 = s.docs.find((d) => d.id === 'n24')!;
    expect([n24.total, Object.fromEntries(n24.counts)]).toEqual([6, { 目标: 2, 产业: 2, 投资消费: 1, 民生: 1 }]);
    const hb = s.docs.find((d) => d.id === 'n24p')!;
    expect(Object.fromEntries(hb.counts)).toEqual({ 目标: 1, 改革开放创新: 2 });
    expect(Object.fromEntries(s.docs.find((d) => d.id === 'r24h')!.counts)).toEqual({ 投资消费: 1 });
  });
});

describe('responsibility', () => {
  it('counts tasks per leader as sole or shared leader', () => {
    expect(leaderLoad(scope(all))).toEqual([
      { name: '张三', sole: 2, shared: 2, total: 4 },
      { name: '李四', sole: 2, shared: 1, total: 3 },
      { name: '王五', sole: 0, shared: 1, total: 1 },
    ]);
  });

  it('counts lead and supporting units, collective placeholders apart', () => {
    const lead = unitLoad(scope(all), 'lead');
    expect(lead.top.slice(0, 3)).toEqual([
      { name: '市经信局', count: 3 },
      { name: '市科技局', count: 3 },
      { name: '市发改委', count: 2 },
    ]);
    expect(lead.collective).toEqual([]);
    const support = unitLoad(scope(all), 'support', 2);
    expect(support.top).toEqual([
      { name: '市发改委', count: 1 },
      { name: '市经信局', count: 1 },
    ]);
    expect(support.restUnits).toBe(1);
    expect(support.collective).toEqual([
      { name: '各县市区政府', count: 2 },
      { name: '各县市区政府及管委会', count: 1 },
    ]);
  });

  it('links leaders to lead units per responsibility group', () => {
    const fl = leaderUnitFlows(scope(all));
    const links = Object.fromEntries(fl.links.map((l) => [`${l.leader}→${l.unit}`, l.count]));
    expect(links).toEqual({
      '李四→市经信局': 3,
      '张三→市发改委': 1,
      '张三→市经信局': 1,
      '张三→市科技局': 1,
      '李四→市科技局': 1,
      '张三→市商务局': 1,
      '王五→市住建局': 1,
      '王五→曾都区人民政府': 1,
      '张三→曾都区人民政府': 1,
    });
    expect(fl.leaders).toEqual(['张三', '李四', '王五']);
  });

  it('folds lead units beyond the top N into one node', () => {
    const fl = leaderUnitFlows(scope(all), 1);
    expect(fl.units).toEqual(['市经信局', OTHER_UNITS]);
    expect(fl.links.filter((l) => l.unit === OTHER_UNITS).reduce((n, l) => n + l.count, 0)).toBe(7);
  });

  it('crosses leaders with sectors', () => {
    const m = leaderSector(scope(all));
    expect(m.leaders).toEqual(['张三', '李四', '王五']);
    expect(m.sectors).toEqual(['目标', '产业', '投资消费', '民生']);
    const cell = (l: string, s: string) => m.cells.find(([i, j]) => m.leaders[i] === l && m.sectors[j] === s)?.[2] ?? 0;
    expect([cell('张三', '目标'), cell('张三', '产业'), cell('张三', '投资消费'), cell('张三', '民生')]).toEqual([1, 1, 1, 1]);
    expect([cell('李四', '目标'), cell('李四', '产业'), cell('王五', '民生')]).toEqual([1, 2, 1]);
  });
});

describe('empty reasons', () => {
  it('says the documents name no leaders, rather than drawing nothing', () => {
    expect(leaderEmptyReason(scope(all, f({ docIds: ['n24p'] })))).toBe('所选文件未列明责任领导');
    expect(leaderEmptyReason(scope(all, f({ years: [2023] })))).toBe('所选文件未列明责任领导');
    expect(leaderEmptyReason(scope(all, f({ years: [2024], leaders: ['张三'] })))).toBeNull();
    expect(leaderEmptyReason(scope(all, f({ leaders: ['赵六'] })))).toBe('所选范围内没有赵六负责的任务');
    expect(leaderEmptyReason(scope(all, f({ years: [1999] })))).toBe('没有符合筛选条件的文件');
  });

  it('tells a document without task items from a filter that matches none', () => {
    expect(taskEmptyReason(scope(all, f({ docIds: ['r23'] })))).toBe('所选文件中没有识别出任务条目');
    expect(taskEmptyReason(scope(all, f({ q: '不存在的词' })))).toBe('没有符合筛选条件的任务');
    expect(taskEmptyReason(scope(all))).toBeNull();
  });
});
