// What exports cite: documents named by count, year, level and kind (never a list of identical titles),
// and the places in scope with no value, bounded.
import { describe, expect, it } from 'vitest';
import { describeSources, noValueLine, placed } from '../../../src/lib/analysis/citation';
import { doc } from './fixture';

const report = (id: string, jurisdiction: string, level: 'province' | 'city' | 'county', year: number) =>
  doc(id, { title: '政府工作报告', jurisdiction, jurisdictionLevel: level, year, kind: 'report' });

describe('describeSources', () => {
  it('names one kind of document by year, count and level, not by its (identical) titles', () => {
    const provinces = ['湖北省', '湖南省', '河南省', '江西省', '安徽省'].map((p, i) => report(`p${i}`, p, 'province', 2024));
    expect(describeSources(provinces)).toBe('2024年5份省级政府工作报告');
    expect(describeSources(provinces)).not.toContain('《');
  });

  it('names up to three places of a lone group', () => {
    expect(describeSources([report('a', '随州市', 'city', 2024)])).toBe('2024年1份市级政府工作报告（随州市）');
    expect(describeSources([report('a', '随州市', 'city', 2024), report('b', '襄阳市', 'city', 2024)])).toBe('2024年2份市级政府工作报告（随州市、襄阳市）');
  });

  it('groups several levels and kinds under a year span, levels top down', () => {
    const docs = [
      report('a', '随州市', 'city', 2023),
      report('b', '襄阳市', 'city', 2024),
      report('c', '宜昌市', 'city', 2025),
      doc('n1', { title: '关于分解落实《政府工作报告》的通知', jurisdiction: '随州市', jurisdictionLevel: 'city', year: 2024, kind: 'notice' }),
      doc('n2', { title: '关于分解落实省《政府工作报告》的通知', jurisdiction: '随州市', jurisdictionLevel: 'city', year: 2025, kind: 'notice', reportOf: '湖北省' }),
    ];
    expect(describeSources(docs)).toBe('2023—2025年5份文件（3份市级政府工作报告、2份市级分解通知）');
    expect(describeSources([...docs, report('h', '湖北省', 'province', 2024)])).toBe('2023—2025年6份文件（1份省级政府工作报告、3份市级政府工作报告、2份市级分解通知）');
    expect(describeSources(docs, { yearInGroups: true })).toBe(
      '5份文件（2023年1份市级政府工作报告、2024年1份市级政府工作报告、2024年1份市级分解通知、2025年1份市级政府工作报告、2025年1份市级分解通知）',
    );
  });

  it('says when the year or level is unknown, and is empty for no documents', () => {
    expect(describeSources([doc('x', { title: '政府工作报告', jurisdiction: null, jurisdictionLevel: null, year: null, kind: 'report' })])).toBe('年份不详的1份政府工作报告');
    expect(describeSources([])).toBe('');
  });
});

describe('placed', () => {
  it("gives a notice of the provincial report the province's place and level", () => {
    expect(placed({ kind: 'notice', reportOf: '湖北省人民政府', jurisdiction: '随州市', jurisdictionLevel: 'city' })).toEqual({
      place: '湖北省',
      province: '湖北省',
      level: 'province',
    });
    expect(placed({ kind: 'report', reportOf: null, jurisdiction: '洪湖市', jurisdictionLevel: 'county' })).toEqual({ place: '洪湖市', province: '湖北省', level: 'county' });
  });
});

describe('noValueLine', () => {
  it('lists the places, sorted, and past eight says how many in all', () => {
    expect(noValueLine([])).toBe('');
    expect(noValueLine(['乙县', '甲市', '乙县'])).toMatch(/^无此指标：(甲市、乙县|乙县、甲市)$/);
    const many = Array.from({ length: 12 }, (_, i) => `第${i + 1}县`);
    const line = noValueLine(many, '2024年无此指标');
    expect(line.startsWith('2024年无此指标：')).toBe(true);
    expect(line.endsWith('等12地')).toBe(true);
    expect(line.split('、')).toHaveLength(8);
  });
});
