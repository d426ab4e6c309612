import { describe, expect, it } from 'vitest';
import { buildTargetTable } from '../../src/lib/analysis/targetTable';
import { formatTarget } from '../../src/lib/analysis/targetText';
import { fixture } from './fixtures/dataset';

const base = { verb: '增长', value: 8, valueMax: null, unit: '%', qualifier: null, stretch: null, text: '地区生产总值增长8%' };

describe('formatTarget', () => {
  it('prints values the way the reports do', () => {
    expect(formatTarget(base)).toBe('增长8%');
    expect(formatTarget({ ...base, stretch: 9 })).toBe('增长8%、力争9%');
    expect(formatTarget({ ...base, value: 5.5, qualifier: '左右' })).toBe('增长5.5%左右');
    expect(formatTarget({ ...base, verb: '达到', value: 7, qualifier: '力争' })).toBe('力争达到7%');
    expect(formatTarget({ ...base, verb: null, value: 50, qualifier: '超过' })).toBe('超过50%');
    expect(formatTarget({ ...base, verb: '达到', value: 146, unit: '万吨', qualifier: '以上' })).toBe('达到146万吨以上');
    expect(formatTarget({ ...base, verb: '新增', value: 700000, unit: '人', qualifier: '以上' })).toBe('新增70万人以上');
    expect(formatTarget({ ...base, verb: null, value: 3, valueMax: 5, unit: '个' })).toBe('3—5个');
  });
  it('prints a qualitative target as its words', () => {
    expect(formatTarget({ ...base, value: null, text: '城乡居民收入增长与经济增长基本同步' })).toBe('城乡居民收入增长与经济增长基本同步');
  });
});

describe('buildTargetTable', () => {
  it('puts each metric side by side across documents ordered by year, and lists qualitative targets', () => {
    const t = buildTargetTable(fixture());
    expect(t.columns.map((c) => c.label)).toEqual(['甲市2023年', '甲市2024年', '乙县2024年']);
    expect(t.rows).toEqual([
      {
        key: '地区生产总值|%',
        metric: '地区生产总值',
        cells: [
          { id: 'r23/g1', text: '增长7%', full: '地区生产总值增长7%' },
          { id: 'n24/g1', text: '增长6.5%', full: '地区生产总值增长6.5%' },
          { id: 'r24/g1', text: '增长7%', full: '地区生产总值增长7%' },
        ],
      },
    ]);
    expect(t.qualitative).toEqual([{ id: 'r24/g2', docLabel: '乙县2024年', text: '粮食产量增长%' }]);
  });
  it('lines up differently worded names of one indicator, but not across units', () => {
    const ds = fixture();
    ds.targets[1] = { ...ds.targets[1]!, metric: '全市地区生产总值' };
    expect(buildTargetTable(ds).rows).toHaveLength(1);
    ds.targets[1] = { ...ds.targets[1]!, unit: '亿元', value: 1500 };
    expect(buildTargetTable(ds).rows.map((r) => r.key)).toEqual(['地区生产总值|%', '地区生产总值|亿元']);
  });
});
