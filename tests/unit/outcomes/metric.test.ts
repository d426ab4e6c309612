import { describe, expect, it } from 'vitest';
import { conjuncts, isGeneric, metricShape, verbsAgree } from '../../../src/lib/outcomes/metric';

const shape = (metric: string, verb: string | null = null, unit: string | null = '个', text = metric) => metricShape({ metric, verb, unit, text });
const bodies = (metric: string, verb: string | null = null, unit: string | null = '个') => shape(metric, verb, unit).parts.map((p) => p.body);

describe('metric structure', () => {
  it('drops place scope, modal and action words at the front', () => {
    expect(bodies('全市新建文化驿站')).toEqual(['文化驿站']);
    expect(bodies('力争新增示范农场')).toEqual(['示范农场']);
    expect(bodies('全省地区生产总值', '增长', '%')).toEqual(['地区生产总值']);
  });

  it('starts the object after a long lead-in verb phrase, but keeps a short modifier', () => {
    expect(bodies('因势利导建设街心花园')).toEqual(['街心花园']);
    expect(bodies('重点实施项目')).toEqual(['重点实施项目']);
  });

  it('drops count restatements and size classes', () => {
    expect(bodies('新登记个体户户数', null, '%')).toEqual(['新登记个体户']);
    expect(bodies('亿元以上招商项目')).toEqual(['招商项目']);
    expect(shape('科技企业总数', '达到').aggregate).toBe('stock');
  });

  it('merges known synonyms of the statistical vocabulary', () => {
    expect(bodies('规上工业增加值', '增长', '%')).toEqual(['规模以上工业增加值']);
    expect(bodies('市场主体总量', null, '户')).toEqual(['经营主体']);
    expect(bodies('新增城镇就业', null, '人')).toEqual(['城镇新增就业']);
  });

  it('separates the administrative level from the thing', () => {
    expect(shape('省级示范合作社').parts).toEqual([{ body: '示范合作社', level: '省级' }]);
    expect(shape('国家高新技术企业').parts).toEqual([{ body: '高新技术企业', level: '国家级' }]);
  });

  it('distributes a shared measure head over conjuncts', () => {
    expect(conjuncts('工伤、失业参保率')).toEqual(['工伤参保率', '失业参保率']);
    expect(conjuncts('茶叶、林果产值')).toEqual(['茶叶产值', '林果产值']);
    expect(conjuncts('经营主体总量、新登记企业户数')).toEqual(['经营主体总量', '新登记企业户数']);
    expect(conjuncts('街心花园、口袋绿地')).toEqual(['街心花园', '口袋绿地']);
  });

  it('tells flows from stocks and growth rates from ratios', () => {
    expect(shape('示范农场', '新增').aggregate).toBe('flow');
    expect(shape('示范农场', '达到').aggregate).toBe('stock');
    expect(shape('示范农场', null).aggregate).toBeNull();
    expect(shape('工业产值', '增长', '%').rate).toBe('growth');
    expect(shape('工业产值增速', null, '%').rate).toBe('growth');
    expect(shape('森林覆盖率', '达到', '%').rate).toBe('ratio');
    expect(shape('森林覆盖率', '达到', '亩').rate).toBeNull();
  });

  it('reads 均 and 分别 as "each", but not the 均 of 人均 or 年均', () => {
    expect(shape('工伤、失业参保率', '稳定在', '%', '工伤、失业参保率均稳定在90%以上').each).toBe(true);
    expect(shape('甲、乙产值', '增长', '%', '甲、乙产值分别增长5%、6%').each).toBe(true);
    expect(shape('居民人均可支配收入', '增长', '%', '居民人均可支配收入增长6%').each).toBe(false);
    expect(shape('投资', '增长', '%', '投资年均增长6%').each).toBe(false);
  });

  it('knows generic heads, alone or stacked', () => {
    expect(isGeneric('项目')).toBe(true);
    expect(isGeneric('项目总投资')).toBe(true);
    expect(isGeneric('产')).toBe(true);
    expect(isGeneric('绿道')).toBe(false);
    expect(isGeneric('重点实施项目')).toBe(false);
  });
});

describe('verbsAgree', () => {
  it('keeps acts of different kinds apart', () => {
    expect(verbsAgree('新增', '处置')).toBe(false);
    expect(verbsAgree('培训', '新建')).toBe(false);
    expect(verbsAgree('新建', '新增')).toBe(true);
    expect(verbsAgree('改造', '完成')).toBe(true);
    expect(verbsAgree(null, '处置')).toBe(true);
  });
});
