// The national figure as a reference line (markLine) in the comparisons of an indicator, never one
// more place bar; drawn only with places below the country and the national report of the same year.
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '../../../src/lib/analysis/filters';
import { nationalFigures, nationalReference } from '../../../src/lib/analysis/national';
import { scope } from '../../../src/lib/analysis/scope';
import type { ChartSpec } from '../../../src/lib/charts/spec';
import type { Dataset } from '../../../src/lib/model/rows';
import { doc, sample, stamp, target } from '../analysis/fixture';
import { mainTargetsChart, targetTrendChart } from './build';
import { renderSvg } from './render';

const f = (p: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...p });

const national = (id: string, year: number, gdp: number) => ({
  doc: doc(id, { title: '政府工作报告', jurisdiction: '全国', jurisdictionLevel: 'country', year, kind: 'report' }),
  targets: [
    target({ id: `${id}/g1`, metric: '国内生产总值', value: gdp, qualifier: '左右', year, text: `国内生产总值增长${gdp}%左右` }),
    target({ id: `${id}/g2`, metric: '居民消费价格涨幅', verb: null, value: 3, qualifier: '左右', year, text: '居民消费价格涨幅3%左右' }),
  ],
});

/** The sample plus the State Council's reports of 2024 (5%) and 2017 (6.5%). */
function withCountry(): Dataset {
  const base = sample();
  const cn24 = national('cn24', 2024, 5);
  const cn17 = national('cn17', 2017, 6.5);
  return stamp({ ...base, documents: [...base.documents, cn24.doc, cn17.doc], targets: [...base.targets, ...cn24.targets, ...cn17.targets] });
}

/** Many 2024 city reports (more than a bar per document), and the national report of `year`. */
function manyPlaces(n: number, year = 2024): Dataset {
  const cn = national('cn', year, 5);
  const cities = Array.from({ length: n }, (_, i) => ({
    d: doc(`c${i}`, {
      title: '政府工作报告',
      jurisdiction: `${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅卯辰巳午未申酉'[Math.floor(i / 10) % 10]}市`,
      jurisdictionLevel: 'city',
      year: 2024,
    }),
    t: target({ id: `c${i}/g1`, docId: `c${i}`, metric: '地区生产总值', value: 4 + (i % 5) * 0.5, year: 2024, text: `地区生产总值增长${4 + (i % 5) * 0.5}%` }),
  }));
  return stamp({
    documents: [cn.doc, ...cities.map((c) => c.d)],
    sections: [],
    tasks: [],
    targets: [...cn.targets, ...cities.map((c) => c.t)],
    achievements: [],
  });
}

type MarkLine = { data: unknown[] };
type AnySeries = { id?: string; name?: string; type: string; markLine?: MarkLine; data: unknown[] };
const series = (spec: ChartSpec) => spec.option.series as unknown as AnySeries[];
const nationalSeries = (spec: ChartSpec) => series(spec).find((s) => s.id === 'national');
const labels = (s: AnySeries | undefined): string[] =>
  (s?.markLine?.data ?? []).map((d) => {
    const first = (Array.isArray(d) ? d[0] : d) as { label?: { formatter?: string } };
    return first.label?.formatter ?? '';
  });

describe('national figures', () => {
  it('reads each national main target by year and indicator, in its own wording', () => {
    const figures = nationalFigures(withCountry());
    expect(figures.get('2024\u0000地区生产总值|%')).toMatchObject({ docId: 'cn24', value: 5, label: '全国：增长5%左右' });
    expect(figures.get('2017\u0000地区生产总值|%')).toMatchObject({ docId: 'cn17', value: 6.5, label: '全国：增长6.5%左右' });
    expect(figures.get('2024\u0000居民消费价格涨幅|%')?.label).toBe('全国：3%左右');
    expect(nationalFigures(sample()).size).toBe(0);
  });

  it('is a reference only with places below the country in view', () => {
    const ds = withCountry();
    expect(nationalReference(scope(ds, f({ years: [2024] })), '地区生产总值|%', 2024)?.value).toBe(5);
    expect(nationalReference(scope(ds, f({ docIds: ['cn24'] })), '地区生产总值|%', 2024)).toBeNull();
    expect(nationalReference(scope(ds, f({ years: [2024] })), '地区生产总值|%', 2023)).toBeNull();
    // filtered to one place, the country still stands behind it
    expect(nationalReference(scope(ds, f({ docIds: ['r24h'] })), '地区生产总值|%', 2024)?.docId).toBe('cn24');
  });
});

describe('主要预期目标对比, a bar per document', () => {
  const ds = withCountry();

  it('draws the national target of the year as a reference segment on each indicator it states, and no national bar', () => {
    const spec = mainTargetsChart(ds, f({ years: [2024] }));
    const ids = series(spec).map((s) => s.id);
    expect(ids).not.toContain('doc:cn24');
    expect(ids).toContain('doc:r24h');
    const line = nationalSeries(spec);
    expect(line?.name).toBe('全国');
    expect(line?.data).toEqual([]);
    expect(labels(line)).toEqual(['全国：增长5%左右', '全国：3%左右']);
    const rows = (spec.option.yAxis as Array<{ data: string[] }>)[0]!.data;
    expect((spec.option.yAxis as object[])[1]).toMatchObject({ type: 'value', min: -0.5, max: rows.length - 0.5, inverse: true, show: false });
    expect(nationalSeries(spec)).toMatchObject({ yAxisIndex: 1 });
    const gdp = (line!.markLine!.data[0] as Array<{ coord: number[] }>).map((p) => p.coord);
    expect(gdp[0]![0]).toBe(5);
    expect((gdp[0]![1]! + gdp[1]![1]!) / 2).toBeCloseTo(rows.indexOf('地区生产总值'), 9);
    expect(gdp[1]![1]! - gdp[0]![1]!).toBeCloseTo(0.8, 9);
    expect((spec.option.title as { subtext: string }).subtext).toContain('虚线为全国目标');
  });

  it('draws nothing national without a national report of that year: the bars are as before', () => {
    const before = mainTargetsChart(sample(), f({ years: [2024] }));
    const spec = mainTargetsChart(ds, f({ years: [2025] }));
    expect(nationalSeries(spec)).toBeUndefined();
    expect(nationalSeries(before)).toBeUndefined();
    expect(series(mainTargetsChart(ds, f({ docIds: ['n24', 'r24h', 'cn17'] }))).map((s) => s.id)).toContain('doc:cn17');
  });

  it('keeps the country as bars when it is alone in view', () => {
    const spec = mainTargetsChart(ds, f({ docIds: ['cn24', 'cn17'] }));
    expect(nationalSeries(spec)).toBeUndefined();
    expect(series(spec).map((s) => s.id)).toEqual(expect.arrayContaining(['doc:cn24', 'doc:cn17']));
  });

  it('renders the segment and its label', () => {
    const spec = mainTargetsChart(ds, f({ years: [2024] }));
    const svg = renderSvg(spec.option, 800, spec.height);
    expect(svg).toContain('全国：增长5%左右');
  });
});

describe('主要预期目标对比, one indicator ranked across places', () => {
  it('draws the national figure as one line across the ranking, not a row', () => {
    const spec = mainTargetsChart(manyPlaces(12));
    const places = (spec.option.yAxis as { data: string[] }).data;
    expect(places).toHaveLength(12);
    expect(places).not.toContain('全国');
    const line = nationalSeries(spec);
    expect(line?.markLine?.data).toEqual([expect.objectContaining({ xAxis: 5, name: '全国：增长5%左右' })]);
    expect(labels(line)).toEqual(['全国：增长5%左右']);
    expect(renderSvg(spec.option, 800, spec.height)).toContain('全国：增长5%左右');
  });

  it('draws it over the provinces summary too', () => {
    const spec = mainTargetsChart(manyPlaces(40));
    expect(spec.title).toContain('2024年地区生产总值');
    expect(labels(nationalSeries(spec))).toEqual(['全国：增长5%左右']);
  });

  it('draws no line when the national report is of another year, and keeps the country as a row then', () => {
    const spec = mainTargetsChart(manyPlaces(12, 2023));
    expect(nationalSeries(spec)).toBeUndefined();
    expect((spec.option.yAxis as { data: string[] }).data).not.toContain('全国');
  });
});

describe('指标历年目标与实际', () => {
  const ds = withCountry();

  it('marks the national target on the years a national report is loaded for', () => {
    const spec = targetTrendChart(ds, EMPTY_FILTERS, { place: '随州市', key: '地区生产总值|%' });
    const years = (spec.option.xAxis as Array<{ data: string[] }>)[0]!.data;
    const line = nationalSeries(spec);
    expect(labels(line)).toEqual(['全国：增长5%左右']);
    const [from, to] = (line!.markLine!.data[0] as Array<{ coord: number[] }>).map((p) => p.coord);
    expect(from![1]).toBe(5);
    expect((from![0]! + to![0]!) / 2).toBeCloseTo(years.indexOf('2024年'), 9);
    expect(nationalSeries(spec)).toMatchObject({ xAxisIndex: 1 });
    expect(spec.notes).toEqual(['虚线为当年全国目标（2024年增长5%左右）']);
    expect(renderSvg(spec.option, 800, spec.height)).toContain('全国：增长5%左右');
  });

  it('gives the country no reference to itself', () => {
    const spec = targetTrendChart(ds, EMPTY_FILTERS, { place: '全国', key: '地区生产总值|%' });
    expect(spec.title).toContain('全国');
    expect(nationalSeries(spec)).toBeUndefined();
  });
});
