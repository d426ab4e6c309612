// The place × year target table (many documents) and the indicator pick kept in the URL hash.
import { describe, expect, it } from 'vitest';
import { buildPlaceYearTable, sortPlaceYearRows } from '../../src/lib/analysis/targetTable';
import { PLACE_YEAR_COLUMNS, placeYearCsv, placeYearExport } from '../../src/lib/export/placeYearExport';
import { filtersFromHash, filtersToHash, indicatorFromHash } from '../../src/lib/state/hashCodec';
import { EMPTY_FILTERS } from '../../src/lib/analysis/filters';
import { doc, sample, target } from './analysis/fixture';

describe('the place × year target table', () => {
  const t = buildPlaceYearTable(sample(), '地区生产总值|%')!;

  it("puts each place's target in its year, the province a notice speaks for as its own row", () => {
    expect([t.metric, t.unit, t.years]).toEqual(['地区生产总值', '%', [2023, 2024, 2025]]);
    expect(t.rows.map((r) => [r.place, r.province, r.cells.map((c) => c?.text ?? null)])).toEqual([
      ['湖北省', '湖北省', [null, '增长6%左右', null]],
      ['洪湖市', '湖北省', [null, '增长8%、力争9%', null]],
      ['随州市', '湖北省', ['增长7%', '增长6.5%', '增长6%']],
    ]);
  });

  it("sorts by one year's figure either way, places without one last, and back by place", () => {
    const by2024 = sortPlaceYearRows(t.rows, t.years, { by: 'year', year: 2024, descending: true });
    expect(by2024.map((r) => r.place)).toEqual(['洪湖市', '随州市', '湖北省']);
    const up = sortPlaceYearRows(t.rows, t.years, { by: 'year', year: 2024, descending: false });
    expect(up.map((r) => r.place)).toEqual(['湖北省', '随州市', '洪湖市']);
    const by2023 = sortPlaceYearRows(t.rows, t.years, { by: 'year', year: 2023, descending: true });
    expect(by2023[0]!.place).toBe('随州市');
    expect(sortPlaceYearRows(by2024, t.years, { by: 'place' })).toEqual(t.rows);
  });

  it('exports a long table: a row per place and year, the figures in numeric columns, place, province, level, source and date', () => {
    const ds = sample();
    const e = placeYearExport(t, ds, sortPlaceYearRows(t.rows, t.years, { by: 'year', year: 2024, descending: true }));
    // 3 places × 3 years, a year without a target an explicit row with empty figures
    expect(e.rows).toHaveLength(9);
    const col = (c: (typeof PLACE_YEAR_COLUMNS)[number]) => PLACE_YEAR_COLUMNS.indexOf(c);
    const honghu2024 = e.rows[1]!;
    expect([honghu2024[col('地区')], honghu2024[col('所属省份')], honghu2024[col('层级')], honghu2024[col('年份')]]).toEqual(['洪湖市', '湖北省', '县级', 2024]);
    expect([honghu2024[col('目标')], honghu2024[col('数值')], honghu2024[col('上限')], honghu2024[col('单位')], honghu2024[col('限定词')], honghu2024[col('力争值')]]).toEqual([
      '增长8%、力争9%',
      8,
      null,
      '%',
      '力争',
      9,
    ]);
    expect(e.rows[0]!.slice(0, 7)).toEqual(['洪湖市', '湖北省', '县级', 2023, '地区生产总值', '', null]);
    // the province's target comes from a city's notice of the provincial report: the province's row, level 省级
    const hubei = e.rows.find((r) => r[col('地区')] === '湖北省' && r[col('年份')] === 2024)!;
    expect([hubei[col('层级')], hubei[col('数值')], hubei[col('限定词')], hubei[col('文号')]]).toEqual(['省级', 6, '左右', '随政办发〔2024〕7号']);
    expect(e.source).toBe('来源：5份文件（2023年1份市级政府工作报告、2024年2份市级分解通知、2024年1份县级政府工作报告摘要、2025年1份市级政府工作报告摘要），共3地');

    const lines = placeYearCsv(e, '2026-11-23')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe([...PLACE_YEAR_COLUMNS, '来源', '导出日期'].join(','));
    expect(lines[2]!.startsWith('洪湖市,湖北省,县级,2024,地区生产总值,增长8%、力争9%,8,,%,力争,9,')).toBe(true);
    expect(lines[2]!.endsWith(`,${e.source.includes(',') ? `"${e.source}"` : e.source},2026-11-23`)).toBe(true);
    expect(lines.filter(Boolean)).toHaveLength(10);
  });

  it('keeps both reports of a place and year: the first heads the cell, the other follows it, marked, and has its own export row', () => {
    const ds = sample();
    ds.documents.push(doc('r24', { title: '随州市政府工作报告', jurisdiction: '随州市', jurisdictionLevel: 'city', year: 2024, kind: 'report' }));
    ds.targets.push(target({ id: 'r24/g1', docId: 'r24', metric: '地区生产总值', value: 6.6, text: '地区生产总值增长6.6%' }));
    const two = buildPlaceYearTable(ds, '地区生产总值|%')!;
    const suizhou2024 = two.rows.find((r) => r.place === '随州市')!.cells[two.years.indexOf(2024)]!;
    expect([suizhou2024.text, suizhou2024.also.map((a) => a.text)].flat().sort()).toEqual(['增长6.5%', '增长6.6%']);
    expect(suizhou2024.also).toHaveLength(1);
    expect(suizhou2024.docLabel).not.toBe(suizhou2024.also[0]!.docLabel);
    const e = placeYearExport(two, ds);
    const col = (c: (typeof PLACE_YEAR_COLUMNS)[number]) => PLACE_YEAR_COLUMNS.indexOf(c);
    const rows2024 = e.rows.filter((r) => r[col('地区')] === '随州市' && r[col('年份')] === 2024);
    expect(rows2024.map((r) => r[col('数值')]).sort()).toEqual([6.5, 6.6]);
    expect(new Set(rows2024.map((r) => r[col('文件标题')])).size).toBe(2);
    expect(e.rows).toHaveLength(10);
  });

  it('is null for an indicator nobody states', () => {
    expect(buildPlaceYearTable(sample(), '不存在|%')).toBeNull();
  });
});

describe('the indicator pick in the URL hash', () => {
  it('round-trips beside the filter and the trend pick, and ignores junk', () => {
    const hash = filtersToHash({ ...EMPTY_FILTERS, years: [2024] }, null, { key: '地区生产总值|%', year: 2024 });
    expect(indicatorFromHash(hash)).toEqual({ key: '地区生产总值|%', year: 2024 });
    expect(filtersFromHash(hash)).toEqual({ ...EMPTY_FILTERS, years: [2024] });
    expect(indicatorFromHash(filtersToHash(EMPTY_FILTERS, null, { key: '粮食产量|万吨', year: null }))).toEqual({ key: '粮食产量|万吨', year: null });
    expect(indicatorFromHash('#ik=%E5%9C%B0&iy=abc')).toEqual({ key: '地', year: null });
    expect(indicatorFromHash('#iy=2024')).toBeNull();
    expect(indicatorFromHash('#y=2024')).toBeNull();
  });
});
