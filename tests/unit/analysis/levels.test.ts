// Levels (全国/省级/市级/县级) over the real corpus: every report of the 48-report corpus moved to 2024
// and to 2025 (as the import's year correction moves a report), then one choice of level, year and
// indicator. The expected targets were read in the texts (grep 生产总值 / 居民消费价格 in
// tests/fixtures/corpus/*.txt), not copied from the parser's output.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, applyFilters, type Filters } from '../../../src/lib/analysis/filters';
import { indicatorAcross, indicatorChoices } from '../../../src/lib/analysis/indicatorAcross';
import { docLevel, levelOf, placeLevel } from '../../../src/lib/analysis/levels';
import { scope } from '../../../src/lib/analysis/scope';
import { buildCharts } from '../../../src/lib/charts';
import { toRows } from '../../../src/lib/db/rows';
import { applyCorrections } from '../../../src/lib/import/pipeline';
import type { Dataset } from '../../../src/lib/model/rows';
import { parseReport } from '../../../src/lib/parse/index';

const f = (p: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...p });
const DIR = new URL('../../fixtures/corpus/', import.meta.url);

/** GDP growth targets as the provincial reports state them (a range: its lower end; 以上/左右 kept out). */
const GDP: Record<string, number> = {
  云南省: 8.5, // 全省生产总值增长8.5%左右
  吉林省: 5, // 地区生产总值增长5%－6%
  四川省: 6, // 地区生产总值增长6%左右
  天津市: 4.5, // 地区生产总值增长4.5%左右
  宁夏回族自治区: 8, // 全区地区生产总值增长8%左右
  山东省: 6.5, // 生产总值增长6.5%左右
  广东省: 4.5, // 地区生产总值增长4.5%—5%
  广西壮族自治区: 5.5, // 全区地区生产总值增长5.5%左右
  河北省: 9, // 全省生产总值增长9%以上
  河南省: 10, // 生产总值增长10%左右
  浙江省: 6.5, // 全省生产总值增长6.5%左右
  湖南省: 10, // 地区生产总值增长10%左右
  甘肃省: 7.5, // 生产总值增长7.5%
  西藏自治区: 12, // 全区生产总值增长12%以上
  黑龙江省: 8.5, // 地区生产总值增长8.5%左右
};

/** CPI targets in their several wordings (涨幅控制在 / 指数涨幅 / 总水平上涨 / 涨幅为 / 总水平涨幅控制在…以内). */
const CPI: Record<string, number> = {
  云南省: 3, // 居民消费价格涨幅控制在3%左右
  吉林省: 3.5, // 居民消费价格指数涨幅3.5%左右
  天津市: 3, // 居民消费价格涨幅3%左右
  山东省: 3, // 居民消费价格涨幅3%左右
  广西壮族自治区: 3, // 居民消费价格指数涨幅控制在3%左右
  河北省: 3, // 居民消费价格总水平上涨3%左右
  河南省: 4, // 居民消费价格涨幅为4%左右
  西藏自治区: 3.5, // 居民消费价格总水平涨幅控制在3.5%以内
  黑龙江省: 3.5, // 居民消费价格涨幅控制在3.5%以内
};

let ds: Dataset;
beforeAll(() => {
  ds = { documents: [], sections: [], tasks: [], targets: [], achievements: [] };
  const add = (id: string, parsed: Parameters<typeof toRows>[0], text: string, fileName: string) => {
    const rows = toRows(parsed, { docId: id, source: 'imported', sourceText: text, fileName, importedAt: new Date(0).toISOString() });
    ds.documents.push(rows.document);
    ds.sections.push(...rows.sections);
    ds.tasks.push(...rows.tasks);
    ds.targets.push(...rows.targets);
    ds.achievements.push(...rows.achievements);
  };
  for (const fileName of readdirSync(DIR).filter((n) => n.endsWith('.txt'))) {
    const text = readFileSync(new URL(fileName, DIR), 'utf8');
    const parsed = parseReport(text, { fileName });
    if (!parsed.ok) throw new Error(`${fileName}: ${parsed.reason}`);
    for (const year of [2024, 2025]) {
      const moved = applyCorrections(parsed.data, { jurisdiction: parsed.data.document.jurisdiction, year });
      add(`${fileName}-${year}`, moved, text, fileName);
    }
    // 浙江省 imported twice for 2024: both copies must show, marked
    if (fileName.startsWith('浙江省'))
      add(`${fileName}-2024-again`, applyCorrections(parsed.data, { jurisdiction: parsed.data.document.jurisdiction, year: 2024 }), text, fileName);
  }
}, 120_000);

describe('the level of a place and of a document', () => {
  it('is the corrected level when the place is the document’s own, else the gazetteer’s, else an unambiguous suffix', () => {
    expect(placeLevel('湖北省')).toBe('province');
    expect(placeLevel('洪湖市')).toBe('county');
    expect(placeLevel('全国')).toBe('country');
    expect(placeLevel('不存在县')).toBe('county');
    expect(placeLevel(null)).toBeNull();
    expect(levelOf('随州市', { jurisdiction: '随州市', jurisdictionLevel: 'county' })).toBe('county');
    expect(levelOf('湖北省', { jurisdiction: '随州市', jurisdictionLevel: 'city' })).toBe('province');
    // 天津市 is listed as a province-level municipality and as a city: the document's own level decides
    expect(placeLevel('天津市')).toBeNull();
    expect(docLevel({ jurisdiction: '天津市', jurisdictionLevel: 'province' })).toBe('province');
  });
});

describe('the 2024 and 2025 GDP growth targets of the provinces, from one choice of level', () => {
  it('keeps provincial reports only when 省级 is chosen', () => {
    const view = applyFilters(ds, f({ levels: ['province'], years: [2024] }));
    const places = new Set(view.documents.map((d) => d.meta.jurisdiction));
    expect([...places].sort()).toEqual(Object.keys(GDP).sort());
    expect(view.documents.every((d) => docLevel(d.meta) === 'province')).toBe(true);
  });

  for (const year of [2024, 2025]) {
    it(`ranks every province whose text states a target, with its value (${year})`, () => {
      const sc = scope(ds, f({ levels: ['province'], years: [year] }));
      const gdp = indicatorChoices(sc).find((c) => c.key === '地区生产总值|%')!;
      expect(gdp.docs).toBe(Object.keys(GDP).length + (year === 2024 ? 1 : 0));
      const across = indicatorAcross(sc, { key: gdp.key, year })!;
      const got = new Map<string, number[]>();
      for (const r of across.rows) got.set(r.place, [...(got.get(r.place) ?? []), r.entry.value!]);
      expect(Object.fromEntries([...got].map(([p, v]) => [p, v[0]]))).toEqual(GDP);
      // ranked, highest first
      const values = across.rows.map((r) => r.entry.value!);
      expect(values).toEqual([...values].sort((a, b) => b - a));
      // the chart: one bar per provincial report, every province named
      const spec = buildCharts(ds, f({ levels: ['province'], years: [year] }), { indicator: { key: gdp.key, year } }).find((s) => s.id === 'mainTargets')!;
      expect(spec.title).toBe(`主要预期目标对比：${year}年地区生产总值`);
      const axis = (spec.option.yAxis as { data: string[] }).data;
      for (const p of Object.keys(GDP))
        expect(
          axis.some((a) => a.startsWith(p)),
          p,
        ).toBe(true);
      expect(axis.length).toBe(across.rows.length);
    }, 60_000);
  }

  it('shows two reports of one place and year both, marked', () => {
    const across = indicatorAcross(scope(ds, f({ levels: ['province'], years: [2024] })), { key: '地区生产总值|%', year: 2024 })!;
    const zj = across.rows.filter((r) => r.place === '浙江省');
    expect(zj).toHaveLength(2);
    expect(zj.every((r) => r.sameYear === 2 && r.label.startsWith('浙江省') && r.label.endsWith('·同年2份'))).toBe(true);
    expect(new Set(zj.map((r) => r.label)).size).toBe(2);
    expect(across.rows.filter((r) => r.place !== '浙江省').every((r) => r.label === r.place)).toBe(true);
  });

  it('puts CPI targets in any wording on one indicator', () => {
    const sc = scope(ds, f({ levels: ['province'], years: [2024] }));
    const priceKeys = indicatorChoices(sc).filter((c) => c.unit === '%' && /价格|物价|CPI/.test(c.key));
    expect(priceKeys.map((c) => c.key)).toEqual(['居民消费价格涨幅|%']);
    const across = indicatorAcross(sc, { key: '居民消费价格涨幅|%', year: 2024 })!;
    expect(Object.fromEntries(across.rows.filter((r) => r.place !== '浙江省').map((r) => [r.place, r.entry.value]))).toEqual(CPI);
  });

  it('never shows a city under the province it lies in: a province row is its own report, the places inside are labelled', () => {
    // every level of 2024: more than fit one bar each, so the chart groups by province
    const spec = buildCharts(ds, f({ years: [2024] }), { indicator: { key: '地区生产总值|%', year: 2024 } }).find((s) => s.id === 'mainTargets')!;
    const axis = (spec.option.yAxis as { data: string[] }).data;
    // 浙江省 (its own report) and 杭州市 (inside it): the two are never one figure under 浙江省's name
    const zj = axis.find((a) => a.startsWith('浙江省'))!;
    expect(zj).toBe('浙江省·本级2份与下辖1地');
    for (const a of axis) expect(a, a).toMatch(/（本级(\d+份)?）$|·(本级(\d+份)?与)?下辖\d+地$|（\d+地）$/);
    const series = spec.option.series as Array<{ id: string; data: Array<'-' | { value: number[]; tip: string }> }>;
    const own = series.find((s) => s.id === 'own')!.data[axis.indexOf(zj)] as { value: number[]; tip: string };
    expect(own.value[0]).toBe(6.5);
    expect(own.tip).toContain('浙江省本级');
  }, 60_000);
});
