import { describe, expect, it } from 'vitest';
import { describeTarget, formatTarget, type TargetFigure, type TargetStyle } from '../../../src/lib/analysis/targetText';

const base: TargetFigure = { verb: '增长', value: 7, valueMax: null, unit: '%', qualifier: null, stretch: null, text: '地区生产总值增长7%' };

// qualifier × stretch × range, in every style: [qualifier, stretch, valueMax, table, sentence, label]
const CASES: Array<[string | null, number | null, number | null, string, string, string]> = [
  [null, null, null, '增长7%', '增长7%', '7%'],
  [null, 8, null, '增长7%、力争8%', '增长7%（力争8%）', '7%'],
  [null, null, 9, '增长7—9%', '增长7—9%', '7%'],
  [null, 10, 9, '增长7—9%、力争10%', '增长7—9%（力争10%）', '7%'],
  ['力争', null, null, '力争增长7%', '力争增长7%', '力争7%'],
  ['力争', 8, null, '增长7%、力争8%', '增长7%（力争8%）', '7%'],
  ['力争', null, 9, '力争增长7—9%', '力争增长7—9%', '力争7%'],
  ['确保', null, null, '确保增长7%', '确保增长7%', '确保7%'],
  ['确保', 8, null, '确保增长7%、力争8%', '确保增长7%（力争8%）', '确保7%'],
  ['确保', null, 9, '确保增长7—9%', '确保增长7—9%', '确保7%'],
  ['争取', null, null, '争取增长7%', '争取增长7%', '争取7%'],
  ['超过', null, null, '增长超过7%', '增长超过7%', '超过7%'],
  ['超过', 8, null, '增长超过7%、力争8%', '增长超过7%（力争8%）', '超过7%'],
  ['超过', null, 9, '增长超过7—9%', '增长超过7—9%', '超过7%'],
  ['不低于', null, null, '增长不低于7%', '增长不低于7%', '不低于7%'],
  ['突破', null, null, '增长突破7%', '增长突破7%', '突破7%'],
  ['左右', null, null, '增长7%左右', '增长7%左右', '7%左右'],
  ['左右', 8, null, '增长7%左右、力争8%', '增长7%左右（力争8%）', '7%左右'],
  ['左右', null, 9, '增长7—9%左右', '增长7—9%左右', '7%左右'],
  ['以上', null, null, '增长7%以上', '增长7%以上', '7%以上'],
  ['以内', null, null, '增长7%以内', '增长7%以内', '7%以内'],
];
const STYLES: TargetStyle[] = ['table', 'sentence', 'label'];

describe('formatTarget', () => {
  it.each(CASES)('qualifier %s, stretch %s, range top %s', (qualifier, stretch, valueMax, ...expected) => {
    const t = { ...base, qualifier, stretch, valueMax };
    expect(STYLES.map((s) => formatTarget(t, s))).toEqual(expected);
  });

  it('never prints a clause qualifier after the number, nor drops one', () => {
    for (const [qualifier, stretch, valueMax] of CASES) {
      if (qualifier !== '确保' && qualifier !== '力争') continue;
      for (const style of STYLES) {
        const s = formatTarget({ ...base, qualifier, stretch, valueMax }, style);
        expect(s).not.toMatch(/%(确保|力争)/);
        if (qualifier === '确保' || stretch === null) expect(s.includes(qualifier) || (style === 'label' && stretch !== null)).toBe(true);
      }
    }
  });

  it('prints a comparator before the number without a verb, and scales large counts', () => {
    expect(formatTarget({ ...base, verb: null, value: 50, qualifier: '超过' })).toBe('超过50%');
    expect(formatTarget({ ...base, verb: '新增', value: 700000, unit: '人', qualifier: '以上' })).toBe('新增70万人以上');
    expect(formatTarget({ ...base, verb: null, value: 3, valueMax: 5, unit: '个' })).toBe('3—5个');
  });

  it('prints a qualitative target as its words, in every style', () => {
    const q = { ...base, value: null, text: '城乡居民收入增长与经济增长基本同步' };
    for (const style of STYLES) expect(formatTarget(q, style)).toBe('城乡居民收入增长与经济增长基本同步');
  });
});

describe('describeTarget', () => {
  it('puts the indicator, under its common name, before the sentence form', () => {
    expect(describeTarget({ ...base, metric: '全市地区生产总值', qualifier: '确保' })).toBe('地区生产总值 确保增长7%');
    expect(describeTarget({ ...base, metric: 'GDP', qualifier: '力争' })).toBe('地区生产总值 力争增长7%');
    expect(describeTarget({ ...base, metric: '粮食产量', value: null, text: '' })).toBe('粮食产量');
  });
});
