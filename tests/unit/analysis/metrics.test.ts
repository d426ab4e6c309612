// One indicator per concept: the names reports give the same statistic line up under one name.
import { describe, expect, it } from 'vitest';
import { metricKey, normalizeMetric } from '../../../src/lib/analysis/metrics';

describe('normalizeMetric', () => {
  it('reads every usual name of the consumer price target as one indicator', () => {
    for (const name of ['居民消费价格涨幅', '居民消费价格指数涨幅', '居民消费价格总水平涨幅', 'CPI涨幅', '物价涨幅', '居民消费价格', '全市居民消费价格涨幅'])
      expect(normalizeMetric(name), name).toBe('居民消费价格涨幅');
  });

  it('reads economic growth and GDP growth as one indicator', () => {
    for (const name of ['地区生产总值', '生产总值', '经济', '经济增长', '国内生产总值', 'GDP', '全省地区生产总值增速']) expect(normalizeMetric(name), name).toBe('地区生产总值');
  });

  it('keeps indicators that only share words apart', () => {
    expect(normalizeMetric('数字经济增加值')).toBe('数字经济增加值');
    expect(normalizeMetric('农产品价格涨幅')).toBe('农产品价格');
    expect(metricKey('地区生产总值', '%')).not.toBe(metricKey('地区生产总值', '亿元'));
  });
});
