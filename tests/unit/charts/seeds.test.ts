// The charts on the five bundled seeds, parsed by the real parser. Expected figures were counted in
// the texts by hand (grep), not copied from the output.
import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '../../../src/lib/analysis/filters';
import { scope } from '../../../src/lib/analysis/scope';
import { mainTargets } from '../../../src/lib/analysis/mainTargets';
import { targetTrend } from '../../../src/lib/analysis/targetTrend';
import { tasksPerChapter, tasksPerSector } from '../../../src/lib/analysis/sections';
import { leaderLoad } from '../../../src/lib/analysis/responsibility';
import { buildCharts } from '../../../src/lib/charts';
import type { Dataset } from '../../../src/lib/model/rows';
import { seedDataset } from '../../../scripts/benchCharts';
import { renderSvg } from './render';

const f = (p: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...p });
let ds: Dataset;
beforeAll(() => {
  ds = seedDataset();
});

describe('charts on the bundled seeds', () => {
  it('draws every chart over all five documents', () => {
    for (const spec of buildCharts(ds)) {
      expect(spec.empty, spec.id).toBeNull();
      expect(renderSvg(spec.option, 1000, spec.height)).toContain(spec.title);
    }
  });

  it('gives 黄继军 his 49 tasks of 2024 (48 （责任领导：…） and one 〔责任领导：…〕 in 随政办发〔2024〕2号)', () => {
    const load = leaderLoad(scope(ds, f({ years: [2024], leaders: ['黄继军'] })));
    expect(load.find((l) => l.name === '黄继军')!.total).toBe(49);
  });

  it('says the provincial-report notice names no leaders', () => {
    const notice = ds.documents.find((d) => d.meta.docNumber === '随政办发〔2024〕7号')!;
    const specs = buildCharts(ds, f({ docIds: [notice.id] }));
    for (const id of ['leaderLoad', 'leaderSankey', 'leaderSector']) {
      expect(specs.find((s) => s.id === id)!.empty).toBe('所选文件未列明责任领导');
    }
    expect(specs.find((s) => s.id === 'leadUnits')!.empty).toBeNull();
  });

  it("compares the GDP targets of 随州, 湖北 and 洪湖, with 洪湖's stretch value", () => {
    const gdp = mainTargets(scope(ds)).percent.find((r) => r.label === '地区生产总值')!;
    const byLabel = Object.fromEntries(gdp.entries.map((e) => [e.docLabel, [e.value, e.upper]]));
    expect(byLabel).toEqual({ 随州市2023年: [7, null], 随州市2024年: [6.5, null], 湖北省2024年: [6, null], 洪湖市2024年: [8, 9] });
  });

  it("sets 随州's 2024 GDP target (6.5%) against the 6.5% the 2025 report gives for 2024", () => {
    const tr = targetTrend(scope(ds), { place: '随州市', key: '地区生产总值|%' })!;
    expect(tr.targets.get(2023)?.value).toBe(7);
    expect(tr.targets.get(2024)?.value).toBe(6.5);
    expect(tr.achieved.get(2024)?.value).toBe(6.5);
  });

  it('counts the chapters of 随政办发〔2024〕2号 as numbered in the text', () => {
    const notice = ds.documents.find((d) => d.meta.docNumber === '随政办发〔2024〕2号')!;
    const chapters = tasksPerChapter(scope(ds, f({ docIds: [notice.id] })));
    expect(chapters.find((c) => c.label.startsWith('四、坚持产城融合'))!.count).toBe(31);
    expect(chapters.find((c) => c.label.startsWith('六、坚持改革创新'))!.count).toBe(32);
    const sectors = tasksPerSector(scope(ds, f({ docIds: [notice.id] }))).docs[0]!;
    expect(sectors.counts.get('城市')).toBe(31);
    expect(sectors.counts.get('改革开放创新')).toBe(32);
  });

  it("files the 2023 report's work under its (一)…(八) areas, not under one bare chapter", () => {
    const report = ds.documents.find((d) => d.meta.year === 2023)!;
    const chapters = tasksPerChapter(scope(ds, f({ docIds: [report.id] })));
    expect(chapters.length).toBeGreaterThanOrEqual(8);
    const sectors = tasksPerSector(scope(ds, f({ docIds: [report.id] }))).docs[0]!;
    expect(sectors.counts.get('其他') ?? 0).toBe(0);
    for (const s of ['产业', '投资消费', '城市', '乡村', '改革开放创新', '生态', '民生', '安全治理'] as const) expect(sectors.counts.get(s), s).toBeGreaterThan(0);
  });
});
