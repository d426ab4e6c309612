// The aggregations behind the charts over many documents, on hand-made data whose answers are worked out by hand.
import { describe, expect, it } from 'vitest';
import { groupDocuments, groupLevel } from '../../../src/lib/analysis/docGroups';
import { groupFigures, indicatorAcross, indicatorChoices, type PlaceFigure } from '../../../src/lib/analysis/indicatorAcross';
import { scope } from '../../../src/lib/analysis/scope';
import { doc, sample } from './fixture';

describe('one indicator across places', () => {
  const sc = scope(sample());

  it('offers every numeric indicator, percentages first, most widely stated first', () => {
    expect(indicatorChoices(sc).map((c) => [c.key, c.docs, c.years])).toEqual([
      ['地区生产总值|%', 5, [2023, 2024, 2025]],
      ['规模以上工业增加值|%', 2, [2024]],
      ['城镇新增就业|人', 1, [2024]],
      ['粮食产量|万吨', 1, [2025]],
    ]);
  });

  it('ranks the places of the busiest recent year, with stretch, the province a notice speaks for, and the outcome', () => {
    const a = indicatorAcross(sc)!;
    expect([a.key, a.year]).toEqual(['地区生产总值|%', 2024]);
    expect(a.rows.map((r) => [r.place, r.entry.value, r.entry.upper, r.province, r.city, r.outcome?.value ?? null])).toEqual([
      ['洪湖市', 8, 9, '湖北省', '荆州市', null],
      ['随州市', 6.5, null, '湖北省', null, 6.5],
      ['湖北省', 6, null, '湖北省', null, null],
    ]);
  });

  it('takes the picked indicator and year, and falls back when the year has no figure', () => {
    expect(indicatorAcross(sc, { key: '地区生产总值|%', year: 2023 })!.rows.map((r) => [r.place, r.entry.value])).toEqual([['随州市', 7]]);
    expect(indicatorAcross(sc, { key: '地区生产总值|%', year: 1999 })!.year).toBe(2024);
    const grain = indicatorAcross(sc, { key: '粮食产量|万吨', year: null })!;
    expect([grain.label, grain.unit, grain.year, grain.rows.map((r) => r.place)]).toEqual(['粮食产量', '万吨', 2025, ['随州市']]);
    expect(indicatorAcross(sc, { key: '不存在|%', year: null })!.key).toBe('地区生产总值|%');
  });

  it('lists the places with a document of that year in view that state no figure for the indicator', () => {
    expect(indicatorAcross(sc, { key: '地区生产总值|%', year: 2024 })!.missing).toEqual([]);
    expect(indicatorAcross(sc, { key: '规模以上工业增加值|%', year: 2024 })!.missing).toEqual(['湖北省']);
    const jobs = indicatorAcross(sc, { key: '城镇新增就业|人', year: 2024 })!;
    expect([jobs.rows.map((r) => r.place), [...jobs.missing].sort()]).toEqual([['湖北省'], ['洪湖市', '随州市']]);
  });

  it('summarises figures per province, or per city inside one province, the own figure apart from the places inside', () => {
    const row = (place: string, province: string | null, city: string | null, value: number) => ({ place, province, city, entry: { value } }) as unknown as PlaceFigure;
    const rows = [
      row('甲市', '甲省', null, 6),
      row('乙市', '甲省', null, 7),
      row('丙县', '甲省', '乙市', 8),
      row('丁市', '乙省', null, 5),
      row('戊市', null, null, 9),
      row('乙省', '乙省', null, 4.5),
      row('丙省', '丙省', null, 3),
    ];
    const s = (count: number, min: number, median: number, max: number) => ({ count, min, median, max });
    expect(groupFigures(rows)).toEqual({
      level: 'province',
      groups: [
        { name: '甲省', label: '甲省·下辖3地', place: '甲省', own: null, inside: s(3, 6, 7, 8), rank: 7 },
        // 乙省's own 4.5 is never mixed with 丁市's 5
        { name: '乙省', label: '乙省·本级与下辖1地', place: '乙省', own: s(1, 4.5, 4.5, 4.5), inside: s(1, 5, 5, 5), rank: 4.5 },
        { name: '丙省', label: '丙省（本级）', place: '丙省', own: s(1, 3, 3, 3), inside: null, rank: 3 },
        { name: '其他地区', label: '其他地区（1地）', place: null, own: null, inside: s(1, 9, 9, 9), rank: 9 },
      ],
    });
    expect(groupFigures(rows.slice(0, 3))!.groups.map((g) => [g.label, g.inside?.count, g.inside?.median])).toEqual([
      ['乙市·本级与下辖1地', 1, 8],
      ['甲市（本级）', undefined, undefined],
    ]);
    expect(groupFigures([rows[0]!])).toBeNull();
  });
});

describe('documents in groups', () => {
  const years = Array.from({ length: 12 }, (_, i) => doc(`d${i}`, { year: 2014 + i, jurisdiction: i % 2 ? '随州市' : '洪湖市', jurisdictionLevel: i % 2 ? 'city' : 'county' }));
  const labels = new Map(years.map((d) => [d.id, d.id]));

  it('picks the first level at which the documents differ', () => {
    expect(groupLevel(years, years, ['year', 'province', 'place'])).toBe('year');
    expect(groupLevel(years, years, ['province', 'place'])).toBe('place');
    expect(groupLevel(years.slice(0, 1), years, ['year', 'place'])).toBe('document');
  });

  it('keeps the latest years and folds the earlier ones, each year drilling to itself', () => {
    const g = groupDocuments(years, years, 'year', 10, () => 1, labels);
    expect(g.map((x) => x.name)).toEqual(['2016年及以前', '2017年', '2018年', '2019年', '2020年', '2021年', '2022年', '2023年', '2024年', '2025年']);
    expect(g[0]!).toMatchObject({ rest: true, drill: null, docIds: ['d0', 'd1', 'd2'] });
    expect(g[1]!.drill).toEqual({ years: [2017] });
  });

  it('ranks places by weight and folds the lightest into one group', () => {
    const g = groupDocuments(years, years, 'place', 10, (id) => (id === 'd1' ? 100 : 1), labels);
    expect(g.map((x) => [x.name, x.docIds.length, x.drill])).toEqual([
      ['随州市', 6, { places: ['随州市'] }],
      ['洪湖市', 6, { places: ['洪湖市'] }],
    ]);
    const docs = groupDocuments(years, years, 'document', 4, (id) => Number(id.slice(1)), labels);
    expect(docs.map((x) => x.name)).toEqual(['d11', 'd10', 'd9', '其他9份文件']);
    expect(docs[3]!.docIds).toHaveLength(9);
  });
});
