import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDeadline, parseDeadline } from '../../../src/lib/parse/deadline';

describe('parseDeadline', () => {
  it.each([
    ['2024年6月30日', 2024, '2024-06-30'],
    ['2024年6月30日前', null, '2024-06-30'],
    ['2025年3月5日', 2024, '2025-03-05'],
    ['6月底前', 2024, '2024-06-30'],
    ['6月底', 2024, '2024-06-30'],
    ['9月底', 2024, '2024-09-30'],
    ['2月底前', 2024, '2024-02-29'],
    ['2月底前', 2023, '2023-02-28'],
    ['2月底前', 2000, '2000-02-29'],
    ['2月底前', 2100, '2100-02-28'],
    ['11月底前', 2024, '2024-11-30'],
    ['12月底', 2024, '2024-12-31'],
    ['十二月底前', 2024, '2024-12-31'],
    ['六月底前', 2024, '2024-06-30'],
    ['4月15日', 2024, '2024-04-15'],
    ['12月15日前', 2024, '2024-12-15'],
    ['2025年6月', 2024, '2025-06-30'],
    ['6月前', 2024, '2024-05-31'],
    ['1月前', 2024, '2023-12-31'],
    ['年底前', 2024, '2024-12-31'],
    ['年底', 2025, '2025-12-31'],
    ['2024年底前', null, '2024-12-31'],
    ['年内', 2024, '2024-12-31'],
    ['2024年', null, '2024-12-31'],
    ['上半年', 2024, '2024-06-30'],
    ['二季度末', 2024, '2024-06-30'],
    ['第一季度', 2024, '2024-03-31'],
    ['三季度', 2024, '2024-09-30'],
    ['四季度末', 2024, '2024-12-31'],
    ['下半年', 2024, '2024-12-31'],
    ['次年6月底前', 2024, '2025-06-30'],
    ['2024—2025年', null, '2025-12-31'],
    ['2024-2025年', 2024, '2025-12-31'],
    ['2024年完成', null, '2024-12-31'],
    ['2025年底前', 2024, '2025-12-31'],
  ])('reads %s (year %s) as %s', (text, year, date) => {
    expect(parseDeadline(text, year)).toEqual({ text, date });
  });

  it.each([['长期坚持'], ['持续推进'], ['常态化开展'], ['每季度'], ['按季度报送']])('keeps %s as words with no date', (text) => {
    expect(parseDeadline(text, 2024)).toEqual({ text, date: null });
  });

  it('keeps a month-end deadline as words when the year is unknown', () => {
    expect(parseDeadline('6月底前', null)).toEqual({ text: '6月底前', date: null });
  });

  it.each([['市发改委'], [''], ['2月30日'], ['13月底'], ['加快推进项目建设'], ['2024年起']])('returns null for %s', (text) => {
    expect(parseDeadline(text, 2024)).toBeNull();
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.integer({ min: -5000, max: 5000 })), (s, y) => {
        parseDeadline(s, y);
      }),
    );
  });
});

describe('findDeadline', () => {
  it('finds a labelled 完成时限 and its span', () => {
    const text = '推进老旧小区改造。（牵头单位：市住建局；完成时限：2024年6月底前）';
    const found = findDeadline(text);
    expect(found?.deadline).toEqual({ text: '2024年6月底前', date: '2024-06-30' });
    expect(text.slice(found!.start, found!.end)).toBe('完成时限：2024年6月底前');
  });

  it('uses the plan year for a labelled deadline without one', () => {
    expect(findDeadline('完成时限:年底前。', 2024)?.deadline).toEqual({ text: '年底前', date: '2024-12-31' });
  });

  it('keeps undated words after the label', () => {
    expect(findDeadline('完成时限：长期坚持')?.deadline).toEqual({ text: '长期坚持', date: null });
  });

  it('finds a bracketed (…前完成)', () => {
    const text = '建成城市绿道12公里（9月底前完成）';
    const found = findDeadline(text, 2024);
    expect(found?.deadline).toEqual({ text: '9月底前', date: '2024-09-30' });
    expect(text.slice(found!.start, found!.end)).toBe('（9月底前完成）');
  });

  it('returns null when no deadline is named', () => {
    expect(findDeadline('新建城市绿道12公里，于2024年2月20日前报送。')).toBeNull();
    expect(findDeadline('')).toBeNull();
  });

  it('never throws and stays fast on long inputs', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        findDeadline(s, 2024);
      }),
    );
    const long = '完成时限：'.repeat(50000) + '（'.repeat(100000);
    const t0 = Date.now();
    findDeadline(long, 2024);
    expect(Date.now() - t0).toBeLessThan(10000);
  });
});
