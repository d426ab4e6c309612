// Reporting rules in the wordings offices use, wherever the letter prints them.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/parse/index';
import { findReportingDeadlines } from '../../../src/lib/parse/reporting';

const rules = (letter: string, year = 2022) => findReportingDeadlines(letter, year).map((d) => [d.text, d.date]);

describe('reporting wordings', () => {
  it.each([
    ['各牵头单位于每季度末月20日前报送进展情况。', [['每季度末月20日前', null]]],
    ['各责任单位于逢双月6日前将上两月进展报市政府督查室。', [['逢双月6日前', null]]],
    ['各牵头单位须于每季度结束后3个工作日内，将推进情况报送市政府办公室。', [['每季度结束后3个工作日内', null]]],
    ['需配合的事项，配合单位应提前3个工作日报牵头单位。', [['提前3个工作日', null]]],
    [
      '各牵头单位于6月底和12月底前分别报送半年和全年总结。',
      [
        ['6月底', '2022-06-30'],
        ['12月底', '2022-12-31'],
      ],
    ],
    ['各牵头单位于3月底前报送工作推进计划。', [['3月底', '2022-03-31']]],
    ['各牵头单位于每月底前报送当月进展。', [['每月底前', null]]],
    ['各责任单位每季度末将进展情况报送市政府督查室。', [['每季度末', null]]],
    ['各牵头单位于年底前报送全年工作总结。', [['年底', '2022-12-31']]],
    ['各牵头单位于2022年底前报送全年工作总结。', [['2022年底', '2022-12-31']]],
  ])('reads %s', (letter, want) => {
    expect(rules(letter)).toEqual(want);
  });

  it('reads a sentence cut by a hard wrap', () => {
    expect(rules('　　二、严格报送时限。请各牵头单位于每季度末月20日前将进展\n情况报市政府督查室，同时抄送分管市领导。')).toEqual([['每季度末月20日前', null]]);
  });

  it('reads a sentence cut by a page break and its page number', () => {
    const text = [
      '南漳县人民政府办公室关于分解落实2022年县政府工作报告重点工作任务的通知',
      '　　二、严格报送时限。请各牵头单位于每季度末月20日前将进展',
      '',
      '— 2 —',
      '',
      '情况报县政府督查室。',
      '1.新建农村公路60公里。（牵头单位：县交通运输局；责任单位：县财政局）',
      '2.新增城镇就业3000人。（牵头单位：县人社局；责任单位：县财政局）',
    ].join('\n');
    const r = parseReport(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.document.reportingDeadlines?.map((d) => d.text)).toEqual(['每季度末月20日前']);
    expect(r.data.document.reportingDeadlines?.[0]?.what).toBe('请各牵头单位于每季度末月20日前将进展情况报县政府督查室');
  });

  it('does not take the title of the work report or a date line for a rule', () => {
    expect(rules('2022年3月1日\n省政府工作报告重点工作任务责任分工')).toEqual([]);
  });

  it('reads the rules of a letter printed after the tasks', () => {
    const text = [
      '南漳县人民政府办公室关于分解落实2022年县政府工作报告重点工作任务的通知',
      '1.新建农村公路60公里。（牵头单位：县交通运输局；责任单位：县财政局）',
      '2.新增城镇就业3000人。（牵头单位：县人社局；责任单位：县财政局）',
      '　　各牵头单位于每月12日前将上月进展情况报县政府督查室，于12月15日前报送全年总结。',
      '　　　　南漳县人民政府办公室',
      '　　　　2022年2月9日',
    ].join('\n');
    const r = parseReport(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.document.reportingDeadlines?.map((d) => [d.text, d.date])).toEqual([
      ['每月12日前', null],
      ['12月15日', '2022-12-15'],
    ]);
  });
});
