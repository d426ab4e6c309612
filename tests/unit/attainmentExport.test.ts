// The outcomes table as a citable export: the plan and review documents' place and year in their own
// columns, figures as numbers, and a source line and export date beside the rows.
import { describe, expect, it } from 'vitest';
import { ATTAINMENT_COLUMNS, attainmentCsv, attainmentRows, attainmentSourceLine } from '../../src/lib/export/attainmentCsv';
import type { AttainmentPair } from '../../src/lib/outcomes/attainment';
import { achievement, doc, target, task } from './analysis/fixture';

const plan = doc('sz24', { title: '政府工作报告', jurisdiction: '随州市', jurisdictionLevel: 'city', year: 2024, kind: 'report' });
const review = doc('sz25', { title: '政府工作报告', jurisdiction: '随州市', jurisdictionLevel: 'city', year: 2025, kind: 'report' });
const notice = doc('n24', {
  title: '关于分解落实《政府工作报告》的通知',
  jurisdiction: '随州市',
  jurisdictionLevel: 'city',
  year: 2024,
  kind: 'notice',
  docNumber: '随政办发〔2024〕2号',
});
const docs = new Map([plan, review, notice].map((d) => [d.id, d]));
const t1 = task({ id: 'n24/t1', docId: 'n24', no: '3', leaders: ['张三'], leadUnits: ['市住建局'] });
const tasks = new Map([[t1.id, t1]]);

const pair = (p: Partial<AttainmentPair>): AttainmentPair => ({
  target: target({ id: 'x', metric: '地区生产总值' }),
  achievements: [],
  status: 'met',
  autoStatus: 'met',
  autoAchievementIds: [],
  confidence: 0.8765,
  estimate: false,
  decision: null,
  note: null,
  ...p,
});

const pairs = [
  pair({
    target: target({ id: 'sz24/g1', docId: 'sz24', metric: '地区生产总值', value: 6, qualifier: '左右', stretch: 7, year: 2024, text: '地区生产总值增长6%左右、力争7%' }),
    achievements: [achievement({ id: 'sz25/a1', docId: 'sz25', metric: '地区生产总值', value: 6.5, achievedYear: 2024, estimate: true, text: '地区生产总值增长6.5%' })],
    estimate: true,
  }),
  pair({
    target: target({ id: 'n24/g2', docId: 'n24', taskId: 'n24/t1', metric: '新建城市绿道', verb: '新建', value: 12, unit: '公里', year: 2024, text: '新建城市绿道12公里' }),
    achievements: [],
    status: 'not-reported',
    note: '没有找到完成数',
  }),
];

describe('the outcomes export', () => {
  const rows = attainmentRows(pairs, docs, tasks);
  const col = (r: readonly unknown[], c: (typeof ATTAINMENT_COLUMNS)[number]) => r[ATTAINMENT_COLUMNS.indexOf(c)];

  it("gives the plan document's place and year and the review's, and the figures as numbers", () => {
    const [gdp, greenway] = rows;
    expect(['地区', '所属省份', '层级', '计划年份'].map((c) => col(gdp!, c as never))).toEqual(['随州市', '湖北省', '市级', 2024]);
    expect(['目标数值', '目标上限', '力争值', '限定词', '目标单位'].map((c) => col(gdp!, c as never))).toEqual([6, null, 7, '左右', '%']);
    expect(['回顾地区', '回顾文件年份', '完成年份', '完成数值', '完成单位', '预计数'].map((c) => col(gdp!, c as never))).toEqual(['随州市', 2025, 2024, 6.5, '%', '是']);
    expect(col(gdp!, '可信度')).toBe(0.88);
    expect(['计划文件', '任务编号', '目标数值', '目标单位', '完成数值', '回顾地区', '牵头单位'].map((c) => col(greenway!, c as never))).toEqual([
      '随政办发〔2024〕2号 关于分解落实《政府工作报告》的通知',
      '3',
      12,
      '公里',
      null,
      '',
      '市住建局',
    ]);
  });

  it('names the plan and review documents by count, year, level and kind, and puts the source and date on every CSV row', () => {
    const source = attainmentSourceLine(pairs, docs);
    expect(source).toBe('来源：计划文件2份文件（2024年1份市级政府工作报告、2024年1份市级分解通知）；回顾文件2025年1份市级政府工作报告（随州市）；共2条目标');
    const lines = attainmentCsv(rows, source, '2026-11-23')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe([...ATTAINMENT_COLUMNS, '来源', '导出日期'].join(','));
    expect(lines[1]!.startsWith('随州市,湖北省,市级,2024,政府工作报告,,地区生产总值,')).toBe(true);
    expect(lines[1]!.endsWith(`,${source},2026-11-23`)).toBe(true);
  });
});
