// Main-target lists as reports write them: one figure shared by a list of indicators, a stretch goal
// in a clause of its own. Examples invented.
import { describe, expect, it } from 'vitest';
import { splitMainTargets } from '../../../src/lib/parse/quantity';

const brief = (list: string) => splitMainTargets(list).map((q) => ({ metric: q.metric, value: q.value, unit: q.unit, qualifier: q.qualifier, stretch: q.stretch }));

describe('main targets sharing one figure', () => {
  it('give one target per indicator of a 、 list', () => {
    expect(brief('地区生产总值、规上工业增加值、固定资产投资、社会消费品零售总额增长5%左右')).toEqual(
      ['地区生产总值', '规上工业增加值', '固定资产投资', '社会消费品零售总额'].map((metric) => ({ metric, value: 5, unit: '%', qualifier: '左右', stretch: null })),
    );
  });

  it('let short heads share the last tail', () => {
    expect(brief('科技、教育支出增长10%').map((t) => t.metric)).toEqual(['科技支出', '教育支出']);
  });

  it('keep a list that ends in 等指标 as one', () => {
    expect(brief('地区生产总值、财政收入等指标增长6%').map((t) => t.metric)).toHaveLength(1);
  });
});

describe('a stretch goal', () => {
  it('in its own clause with a verb is the stretch of the figure before it', () => {
    expect(brief('全市生产总值增长7.5%，力争达到8%')).toEqual([{ metric: '生产总值', value: 7.5, unit: '%', qualifier: null, stretch: 8 }]);
    expect(brief('城镇新增就业4万人，力争实现4.5万人')).toEqual([{ metric: '城镇新增就业', value: 40000, unit: '人', qualifier: null, stretch: 45000 }]);
  });

  it('belongs to the nearest figure before it in the sentence', () => {
    const out = brief('进出口总额增长3%，固定资产投资增长9%，力争增长10%');
    expect(out.map((t) => [t.metric, t.stretch])).toEqual([
      ['进出口总额', null],
      ['固定资产投资', 10],
    ]);
  });

  it('in another unit is a target of its own', () => {
    const out = brief('一般公共预算收入增长5%，力争达到80亿元');
    expect(out).toHaveLength(2);
    expect(out[0]!.stretch).toBeNull();
    expect(out[1]).toMatchObject({ value: 80, unit: '亿元', qualifier: '力争' });
  });

  it('keeps 以内 and 左右 beside the number', () => {
    expect(brief('居民消费价格涨幅控制在3%以内')[0]).toMatchObject({ value: 3, qualifier: '以内' });
  });
});
