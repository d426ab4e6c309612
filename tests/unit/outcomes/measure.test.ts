import { describe, expect, it } from 'vitest';
import { comparable, measureOf } from '../../../src/lib/outcomes/measure';

describe('measureOf', () => {
  it.each([
    ['亿元', 'money', 1e8],
    ['万元', 'money', 1e4],
    ['元', 'money', 1],
    ['万亩', 'area', 1e4 * (10000 / 15)],
    ['亿斤', 'mass', 0.5e8],
    ['万吨', 'mass', 1e7],
    ['千瓦', 'power', 1],
    ['万千瓦', 'power', 1e4],
    ['亿千瓦时', 'energy', 1e8],
    ['公里', 'length', 1000],
    ['千米', 'length', 1000],
    ['万平方米', 'area', 1e4],
    ['%', 'percent', 1],
    ['个百分点', 'points', 1],
    ['十亿元', 'money', 1e9],
  ])('reads %s as %s ×%d', (unit, dimension, factor) => {
    const m = measureOf(unit);
    expect(m?.dimension).toBe(dimension);
    expect(m?.factor).toBeCloseTo(factor as number, 6);
  });

  it('treats counts as counts of a classifier family, scaled by a leading 万', () => {
    expect(measureOf('个')).toMatchObject({ dimension: 'count', family: 'things', factor: 1 });
    expect(measureOf('万人')).toMatchObject({ dimension: 'count', family: 'people', factor: 1e4, base: '人' });
    expect(measureOf('人次')).toMatchObject({ dimension: 'count', family: 'personTimes' });
  });

  it('has no measure for a missing unit', () => {
    expect(measureOf(null)).toBeNull();
    expect(measureOf('')).toBeNull();
  });
});

describe('comparable', () => {
  it('scales 万 and 亿 of the same base unit exactly', () => {
    expect(comparable('亿元', '万元')).toEqual({ factor: 1e-4, exact: true });
    expect(comparable('万吨', '亿斤')?.factor).toBeCloseTo(5, 9);
  });

  it('lets 处 stand for 个 only inexactly, and keeps people apart from things', () => {
    expect(comparable('处', '个')).toEqual({ factor: 1, exact: false });
    expect(comparable('名', '人')).toEqual({ factor: 1, exact: false });
    expect(comparable('个', '人')).toBeNull();
    expect(comparable('人', '人次')).toBeNull();
  });

  it('never compares different dimensions', () => {
    expect(comparable('%', '亿元')).toBeNull();
    expect(comparable('%', '个百分点')).toBeNull();
    expect(comparable('公里', '万亩')).toBeNull();
    expect(comparable(null, '个')).toBeNull();
  });
});
