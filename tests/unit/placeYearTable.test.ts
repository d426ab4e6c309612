// The place × year target table (many documents) and the indicator pick kept in the URL hash.
import { describe, expect, it } from 'vitest';
import { buildPlaceYearTable, placeYearCsvRows, sortPlaceYearRows } from '../../src/lib/analysis/targetTable';
import { filtersFromHash, filtersToHash, indicatorFromHash } from '../../src/lib/state/hashCodec';
import { EMPTY_FILTERS } from '../../src/lib/analysis/filters';
import { sample } from './analysis/fixture';

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

  it('exports every row in the order shown, a column per year', () => {
    const rows = placeYearCsvRows(t, sortPlaceYearRows(t.rows, t.years, { by: 'year', year: 2024, descending: true }));
    expect(rows[0]).toEqual(['地区', '所属省份', '2023年地区生产总值目标（%）', '2024年地区生产总值目标（%）', '2025年地区生产总值目标（%）']);
    expect(rows[1]).toEqual(['洪湖市', '湖北省', '', '增长8%、力争9%', '']);
    expect(rows).toHaveLength(4);
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
