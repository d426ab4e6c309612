// The long table of every target (issue 23 item 6): one row per target, figures as numbers, the place's
// province and level, the canonical indicator beside the wording, and the CSV / source line around it.
import { afterEach, describe, expect, it } from 'vitest';
import { LONG_COLUMNS, longFileName, longSourceLine, longTargetRows, longTargetsCsv } from '../../src/lib/export/targetsLong';
import { setClock } from '../../src/lib/time/clock';
import { dataset, doc, stamp, target } from './analysis/fixture';

const ds = stamp(
  dataset({
    documents: [
      doc('hb25', { jurisdiction: '湖北省', jurisdictionLevel: 'province', year: 2025, title: '2025年湖北省政府工作报告' }),
      doc('sz24', { jurisdiction: '随州市', jurisdictionLevel: 'city', year: 2024, title: '2024年随州市政府工作报告' }),
      // no level stored: the gazetteer says 洪湖市 is a county-level city of 湖北省
      doc('hh24', { jurisdiction: '洪湖市', year: 2024, title: '洪湖市政府工作报告', docNumber: '洪政发〔2024〕1号' }),
      doc('empty', { jurisdiction: '武汉市', jurisdictionLevel: 'city', year: 2024 }),
    ],
    targets: [
      target({ id: 'hb25/g', metric: '地区生产总值', value: 5.5, qualifier: '左右', text: '地区生产总值增长5.5%左右' }),
      target({ id: 'sz24/g', metric: 'GDP', value: 6.5, text: 'GDP增长6.5%' }),
      target({ id: 'sz24/cpi', metric: '居民消费价格涨幅', verb: null, value: 3, qualifier: '左右', text: '居民消费价格涨幅3%左右' }),
      target({ id: 'hh24/g', metric: '地区生产总值', value: 8, stretch: 9, text: '地区生产总值增长8%、力争9%' }),
      target({ id: 'hh24/r', metric: '新建城市绿道', verb: '新建', value: 3, valueMax: 5, unit: '条', scope: 'task', text: '新建城市绿道3—5条' }),
      target({ id: 'hh24/q', metric: '营商环境', value: null, unit: null, text: '营商环境持续优化' }),
    ],
  }),
);

describe('the long table of every target', () => {
  afterEach(() => setClock(() => new Date()));

  it('has one row per target, in reading order, with numbers as numbers', () => {
    const rows = longTargetRows(ds);
    expect(rows).toHaveLength(ds.targets.length);
    expect(rows.every((r) => r.length === LONG_COLUMNS.length)).toBe(true);
    const col = (name: (typeof LONG_COLUMNS)[number]) => LONG_COLUMNS.indexOf(name);
    // 2024 before 2025; within a year by place (洪湖 before 随州 in pinyin order)
    expect(rows.map((r) => [r[col('地区')], r[col('年份')]])).toEqual([
      ['洪湖市', 2024],
      ['洪湖市', 2024],
      ['洪湖市', 2024],
      ['随州市', 2024],
      ['随州市', 2024],
      ['湖北省', 2025],
    ]);
    expect(rows[0]).toEqual([
      '洪湖市',
      '湖北省',
      '县级',
      2024,
      '地区生产总值',
      '地区生产总值',
      8,
      null,
      '%',
      '',
      9,
      '主要目标',
      '洪湖市政府工作报告',
      '洪政发〔2024〕1号',
      '地区生产总值增长8%、力争9%',
    ]);
    expect(rows[1]!.slice(col('原文指标'), col('类型') + 1)).toEqual(['新建城市绿道', 3, 5, '条', '', null, '任务目标']);
    // a qualitative target keeps its row, with no figure
    expect(rows[2]![col('数值')]).toBeNull();
    // canonical indicator beside the wording as printed
    expect(rows[3]!.slice(col('指标'), col('原文指标') + 1)).toEqual(['地区生产总值', 'GDP']);
    expect(rows[3]!.slice(0, 3)).toEqual(['随州市', '湖北省', '市级']);
    expect(rows[5]!.slice(0, 3)).toEqual(['湖北省', '湖北省', '省级']);
    for (const r of rows) {
      for (const name of ['年份', '数值', '上限', '力争值'] as const) expect(r[col(name)] === null || typeof r[col(name)] === 'number').toBe(true);
    }
  });

  it('writes a CSV with a BOM, the header and one line per target', () => {
    const csv = longTargetsCsv(longTargetRows(ds), '来源：测试', '2026-11-23');
    expect(csv.startsWith('\uFEFF地区,所属省份,层级,年份,指标,原文指标,数值,上限,单位,限定词,力争值,类型,文件标题,文号,原句,来源,导出日期\r\n')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(ds.targets.length + 1);
    expect(lines[1]).toBe(
      '洪湖市,湖北省,县级,2024,地区生产总值,地区生产总值,8,,%,,9,主要目标,洪湖市政府工作报告,洪政发〔2024〕1号,地区生产总值增长8%、力争9%,来源：测试,2026-11-23',
    );
  });

  it('names its sources by count, year, level and kind', () => {
    expect(longSourceLine(ds)).toBe('来源：3份文件（2024年1份市级政府工作报告、2024年1份县级政府工作报告、2025年1份省级政府工作报告），共6条目标');
  });

  it('gives a safe, dated file name', () => {
    setClock(() => new Date('2026-11-23T02:00:00Z'));
    expect(longFileName('随州市', '2024', 'xlsx')).toBe('随州-2024-全部目标-2026-11-23.xlsx');
    expect(longFileName('', '', 'csv')).toBe('全部目标-2026-11-23.csv');
    expect(longFileName('a/b:c', '', 'csv')).toBe('abc-全部目标-2026-11-23.csv');
  });
});
