import { describe, expect, it } from 'vitest';
import { matchOutcomes, type AchievementInput, type TargetInput } from '../../../src/lib/outcomes/match';

let n = 0;
const target = (metric: string, value: number, unit: string | null, over: Partial<TargetInput> = {}): TargetInput => ({
  id: `g${++n}`,
  metric,
  verb: null,
  value,
  valueMax: null,
  unit,
  qualifier: null,
  stretch: null,
  year: 2030,
  text: `${metric}${value}${unit ?? ''}`,
  ...over,
});
const achieved = (metric: string, value: number, unit: string | null, over: Partial<AchievementInput> = {}): AchievementInput => ({
  id: `a${++n}`,
  metric,
  verb: null,
  value,
  unit,
  qualifier: null,
  year: 2030,
  text: `${metric}${value}${unit ?? ''}`,
  ...over,
});
const only = (ts: TargetInput[], as: AchievementInput[]) => {
  const r = matchOutcomes(ts, as);
  return r.map((m) => ({ status: m.status, achieved: m.achievementIds.map((id) => as.find((a) => a.id === id)?.text) }));
};

describe('matchOutcomes', () => {
  it('pairs the same metric and reads the status', () => {
    const r = only(
      [target('城市步道', 20, '公里', { verb: '新建', text: '新建城市步道20公里' }), target('棚户区', 300, '户', { verb: '改造', text: '改造棚户区300户' })],
      [achieved('步道', 25, '公里', { verb: '新增', text: '新增步道25公里' }), achieved('棚户区', 300, '户', { verb: '改造', text: '改造棚户区300户' })],
    );
    expect(r).toEqual([
      { status: 'exceeded', achieved: ['新增步道25公里'] },
      { status: 'met', achieved: ['改造棚户区300户'] },
    ]);
  });

  it('scales 万 and 亿 before comparing', () => {
    const r = matchOutcomes([target('油菜籽产量', 12, '万吨', { verb: '达到' })], [achieved('油菜籽产量', 1.1, '亿公斤', { verb: '达到' })]);
    expect(r[0]).toMatchObject({ status: 'missed' });
    const s = matchOutcomes([target('农业保险保费', 2, '亿元')], [achieved('农业保险保费', 21000, '万元')]);
    expect(s[0]).toMatchObject({ status: 'exceeded' });
  });

  it('accepts 处 for 个 only when the thing is the same', () => {
    const same = matchOutcomes([target('街心花园', 8, '处')], [achieved('街心花园', 9, '个')]);
    expect(same[0]).toMatchObject({ status: 'exceeded' });
    const other = matchOutcomes([target('街心花园', 8, '处')], [achieved('文化广场', 9, '个')]);
    expect(other[0]).toMatchObject({ status: 'not-reported', achievementIds: [] });
  });

  it('never pairs different administrative levels', () => {
    const r = matchOutcomes([target('省级示范合作社', 5, '家', { verb: '新增' })], [achieved('国家级示范合作社', 6, '家', { verb: '新增' })]);
    expect(r[0]?.status).toBe('not-reported');
  });

  it('never pairs a grade with a wider or another grade (3A级 is a part of the A级 ones)', () => {
    const r = matchOutcomes([target('3A级景区村庄', 20, '个', { verb: '新增' })], [achieved('A级景区村庄', 45, '个', { verb: '新增' })]);
    expect(r[0]?.status).toBe('not-reported');
    const s = matchOutcomes([target('五星级农家乐', 3, '家', { verb: '创建' })], [achieved('三星级农家乐', 9, '家', { verb: '创建' })]);
    expect(s[0]?.status).toBe('not-reported');
    const same = matchOutcomes([target('4A级景区', 2, '个', { verb: '新增' })], [achieved('4A级景区', 3, '个', { verb: '新增' })]);
    expect(same[0]?.status).toBe('exceeded');
  });

  it("does not take a total for this year's addition", () => {
    const r = matchOutcomes([target('科技型企业', 30, '家', { verb: '新增' })], [achieved('科技型企业总数', 400, '家', { verb: '达' })]);
    expect(r[0]?.status).toBe('not-reported');
  });

  it('does not take a ratio for a growth rate', () => {
    const r = matchOutcomes([target('工业产值', 6, '%', { verb: '增长' })], [achieved('工业产值占比', 40, '%', { verb: '达到' })]);
    expect(r[0]?.status).toBe('not-reported');
  });

  it('keeps apart a thing and another thing containing its name (贷款 / 不良贷款)', () => {
    const r = matchOutcomes([target('普惠贷款', 50, '亿元', { verb: '新增' })], [achieved('不良普惠贷款', 3, '亿元', { verb: '处置' })]);
    expect(r[0]?.status).toBe('not-reported');
  });

  it('asks the sentence whose figure a generic metric is', () => {
    const ts = [
      target('产值', 8, '%', { verb: '增长', text: '力争产值增长8%', context: '围绕茶叶产业链推进精深加工，力争产值增长8%' }),
      target('产值', 5, '%', { verb: '增长', text: '力争产值增长5%', context: '做强竹木家居产业，力争产值增长5%' }),
    ];
    const as = [
      achieved('茶叶、竹木家居产值', 9, '%', { verb: '增长', text: '茶叶、竹木家居产值分别增长9%、4%' }),
      achieved('茶叶、竹木家居产值', 4, '%', { verb: '增长', text: '茶叶、竹木家居产值分别增长9%、4%' }),
    ];
    expect(only(ts, as).map((r) => r.status)).toEqual(['exceeded', 'missed']);
    expect(matchOutcomes(ts, as).map((r) => r.achievementIds)).toEqual([[as[0]!.id], [as[1]!.id]]);
  });

  it('answers each conjunct of a 均 target and takes the weakest status', () => {
    const r = matchOutcomes(
      [target('工伤、失业参保率', 90, '%', { verb: '稳定在', qualifier: '以上', text: '工伤、失业参保率均稳定在90%以上' })],
      [achieved('工伤保险参保率', 93, '%'), achieved('失业保险参保率', 89, '%')],
    );
    expect(r[0]).toMatchObject({ status: 'missed' });
    expect(r[0]?.achievementIds).toHaveLength(2);
  });

  it('adds the conjuncts of a total target (甲、乙共10处)', () => {
    const r = matchOutcomes(
      [target('街心花园、口袋绿地', 10, '处', { text: '建设街心花园、口袋绿地10处' })],
      [achieved('街心花园', 6, '个', { verb: '新建' }), achieved('口袋绿地', 5, '个', { verb: '新建' })],
    );
    expect(r[0]).toMatchObject({ status: 'exceeded' });
    expect(r[0]?.achievementIds).toHaveLength(2);
  });

  it('lends the noun of an elided conjunct (新增2家国家级、6家省级示范园区)', () => {
    const text = '新增2家国家级、6家省级示范园区';
    const r = matchOutcomes(
      [target('国家级', 2, '家', { verb: '新增', text }), target('省级示范园区', 6, '家', { text })],
      [achieved('国家级', 1, '家', { verb: '新增', text: '新增1家国家级、7家省级示范园区' }), achieved('省级示范园区', 7, '家', { text: '新增1家国家级、7家省级示范园区' })],
    );
    expect(r.map((m) => m.status)).toEqual(['missed', 'exceeded']);
  });

  it('marks estimates, from the parser flag or from 预计 before the figure', () => {
    const [a, b] = [
      matchOutcomes([target('粮食产量', 30, '亿斤')], [achieved('粮食产量', 31, '亿斤', { estimate: true })])[0],
      matchOutcomes([target('粮食产量', 30, '亿斤')], [achieved('粮食产量', 31, '亿斤', { lead: '预计全年粮食产量31亿斤' })])[0],
    ];
    expect(a).toMatchObject({ status: 'exceeded', estimate: true });
    expect(b).toMatchObject({ status: 'exceeded', estimate: true });
    expect(matchOutcomes([target('粮食产量', 30, '亿斤')], [achieved('粮食产量', 31, '亿斤')])[0]?.estimate).toBe(false);
  });

  it('pairs figures of the same year and place only, and says why not', () => {
    const other = matchOutcomes([target('粮食产量', 30, '亿斤')], [achieved('粮食产量', 31, '亿斤', { year: 2029 })]);
    expect(other[0]).toMatchObject({ status: 'not-reported' });
    expect(other[0]?.note).toContain('2030');
    const place = matchOutcomes([target('粮食产量', 30, '亿斤')], [achieved('粮食产量', 31, '亿斤')], { targetPlace: '甲省', achievementPlace: '乙市' });
    expect(place[0]).toMatchObject({ status: 'not-reported' });
    expect(place[0]?.note).toContain('地区不同');
  });

  it('gives one entry per quantitative target, in order, and leaves qualitative ones out', () => {
    const ts = [target('甲', 1, '个'), { ...target('乙', 0, null), value: null }, target('丙', 2, '个')];
    expect(matchOutcomes(ts, []).map((m) => m.targetId)).toEqual([ts[0]!.id, ts[2]!.id]);
  });

  it('uses an achievement for one target only, unless the other target states the same figure', () => {
    const dup = [target('城镇新增就业', 10000, '人'), target('城镇新增就业', 10000, '人')];
    const r = matchOutcomes(dup, [achieved('城镇新增就业', 12000, '人')]);
    expect(r.map((m) => m.status)).toEqual(['exceeded', 'exceeded']);
    const two = [target('城市步道', 10, '公里'), target('城市步道', 30, '公里')];
    expect(matchOutcomes(two, [achieved('城市步道', 12, '公里')]).filter((m) => m.status !== 'not-reported')).toHaveLength(1);
  });
  it('reads a price rise printed with 上涨 as the change its 涨幅 target caps', () => {
    const r = only(
      [target('居民消费价格涨幅', 3, '%', { qualifier: '左右', text: '居民消费价格涨幅3%左右' })],
      [
        achieved('居民消费价格', 0.2, '%', { verb: '上涨', text: '居民消费价格上涨0.2%' }),
        achieved('居民人均可支配收入', 5.1, '%', { verb: '增长', text: '居民人均可支配收入实际增长5.1%' }),
      ],
    );
    expect(r).toEqual([{ status: 'met', achieved: ['居民消费价格上涨0.2%'] }]);
  });

  it('reads a 降幅 figure as the fall a reduction target asks for', () => {
    const tgt = target('单位国内生产总值能耗', 2.5, '%', { verb: '降低', qualifier: '左右', text: '单位国内生产总值能耗降低2.5%左右' });
    const r = only([tgt], [achieved('单位国内生产总值能耗降幅', 3, '%', { qualifier: '超过', text: '单位国内生产总值能耗降幅超过3%' })]);
    expect(r).toEqual([{ status: 'exceeded', achieved: ['单位国内生产总值能耗降幅超过3%'] }]);
    const short = only([tgt], [achieved('单位国内生产总值能耗降幅', 2, '%', { text: '单位国内生产总值能耗降幅为2%' })]);
    expect(short).toEqual([{ status: 'missed', achieved: ['单位国内生产总值能耗降幅为2%'] }]);
  });
});
