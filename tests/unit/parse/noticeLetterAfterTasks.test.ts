// The letter of a notice wherever it stands: its numbered requirements, reporting rules, the 抄送 /
// 印发 block, web-page furniture and PDF page numbers are never tasks, nor glued to the last task.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/parse/index';
import { isLetterLine, isNoiseLine } from '../../../src/lib/parse/letter';

const NOTICE = [
  '德府办〔2020〕7号',
  '德阳市人民政府办公室关于分解落实2020年市政府工作报告重点工作任务的通知',
  '各县（市、区）人民政府，市政府各部门：',
  '　　经市政府同意，现将重点工作任务分解如下，请认真抓好落实。',
  '1.新建城市绿道30公里。（责任领导：甲某；牵头单位：市住建局；责任单位：市财政局）',
  '2.新增高新技术企业80家。（责任领导：乙某；牵头单位：市科技局；责任单位：市统计局）',
  '　　工作要求：',
  '　　1.各责任单位要细化工作措施，明确责任人和时间表。',
  '　　2.各牵头单位于每月8日前将上月进展情况报市政府督查室。',
  '　　　　　　　　　　　　德阳市人民政府办公室',
  '　　　　　　　　　　　　2020年2月18日',
  '　　（此件公开发布）',
  '抄送：市委办公室，市人大常委会办公室。',
  '德阳市人民政府办公室　　2020年2月18日印发',
  '【打印本页】　【关闭窗口】',
].join('\n');

describe('a notice letter after its tasks', () => {
  it('keeps the letter’s numbered requirements and closing block out of the tasks', () => {
    const r = parseReport(NOTICE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.tasks.map((t) => t.no)).toEqual(['1', '2']);
    // the last task ends with its own parenthetical: nothing of the letter is glued to it
    expect(r.data.tasks[1]?.text).not.toMatch(/各牵头单位|抄送|打印本页/);
    expect(r.data.document.reportingDeadlines?.map((d) => d.text)).toEqual(['每月8日前']);
  });

  it('reads the requirements before the tasks as letter too (工作要求 then an attachment)', () => {
    const lines = NOTICE.split('\n');
    const letterFirst = [...lines.slice(0, 4), ...lines.slice(6, 14), '附件', '重点工作任务分解', ...lines.slice(4, 6)].join('\n');
    const r = parseReport(letterFirst);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.tasks.map((t) => t.text.slice(0, 6))).toEqual(['新建城市绿道', '新增高新技术']);
  });

  it('tells letter lines, furniture and page numbers from task lines', () => {
    expect(isLetterLine('一、加强组织领导。各责任单位主要负责同志要亲自研究部署。')).toBe(true);
    expect(isLetterLine('二、严格报送时限。主办单位于每月10日前报送上月办理情况。')).toBe(true);
    expect(isLetterLine('抄送：市委办公室，市人大常委会办公室。')).toBe(true);
    expect(isLetterLine('某某市人民政府办公室　　二〇二〇年二月十八日印发')).toBe(true);
    expect(isLetterLine('1.加强组织领导。要把重点工作摆上重要位置，主要负责同志亲自抓。')).toBe(true);
    expect(isLetterLine('1.优化营商环境。深化“放管服”改革，要素保障更加有力。')).toBe(false);
    expect(isLetterLine('3.推进老旧小区改造。（牵头单位：市住建局）')).toBe(false);
    expect(isLetterLine('新建城市绿道30公里')).toBe(false);
    expect(isNoiseLine('— 3 —')).toBe(true);
    expect(isNoiseLine('- 12 -')).toBe(true);
    expect(isNoiseLine('发布时间：2020-02-19　　来源：市政府办公室')).toBe(true);
    expect(isNoiseLine('分享到：')).toBe(true);
    expect(isNoiseLine('2020-02-19 09:30')).toBe(true);
    expect(isNoiseLine('日期：2020-02-19')).toBe(true);
    expect(isNoiseLine('【大】【中】【小】')).toBe(true);
    expect(isNoiseLine('阅读量：2310')).toBe(true);
    expect(isNoiseLine('新增城镇就业3万人')).toBe(false);
  });

  it('reads an item cut by a page number as one item', () => {
    const text = [
      '某市人民政府办公室关于分解落实重点工作任务的通知',
      '1.新建城市绿道30公里。（牵头单位：市住建局；责任单位：市财政局、市自然资源',
      '— 2 —',
      '和规划局）',
      '2.新增高新技术企业80家。（牵头单位：市科技局）',
    ].join('\n');
    const r = parseReport(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.tasks.map((t) => t.no)).toEqual(['1', '2']);
    expect(r.data.tasks[0]?.supportUnits.join('、')).toMatch(/规划局/);
  });

  it('keeps a task whose words read like a requirement when its labels follow', () => {
    const text = [
      '某市人民政府办公室关于分解落实重点工作任务的通知',
      '1.扩大有效投资。要加快重大项目建设，完成投资300亿元。',
      '牵头单位：市发改委',
      '2.各县区要完成高标准农田建设5万亩。',
      '牵头单位：市农业农村局',
    ].join('\n');
    const r = parseReport(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.tasks.map((t) => t.no)).toEqual(['1', '2']);
  });
});
