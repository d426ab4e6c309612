// Reports in unusual forms that truly hold tasks and targets: never refused, never saved with none.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/parse/index';

function parsed(text: string) {
  const r = parseReport(text);
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

// Reports whose review has no chapter heading of its own: the plan begins at a paragraph, not a heading.
describe('a report without chapter headings still has this year’s tasks', () => {
  it('numbered paragraphs after the requirements paragraph are tasks, the review before stays the review', () => {
    const d = parsed(`政府工作报告
——2024年1月8日在某某市第十届人民代表大会第三次会议上
各位代表：
现在，我代表市人民政府向大会报告工作。
过去一年，全市地区生产总值增长5.2%，一般公共预算收入增长6%。
今年工作的总体要求是：坚持稳中求进。全市经济社会发展的目标是：地区生产总值增长5.5%左右，城镇新增就业3万人。
今年重点抓好以下工作：
1.扩大有效投资。完成固定资产投资增长6%，新开工项目200个。
2.提升城市品质。改造老旧小区50个，新建公园10个。
3.保障改善民生。新增学位5000个，建设保障性住房2000套。
`);
    expect(d.tasks.map((t) => t.no)).toEqual(['1', '2', '3']);
    expect(d.achievements.some((a) => a.text.includes('5.2%'))).toBe(true);
  });

  it('plain paragraphs after the targets paragraph are tasks', () => {
    const d = parsed(`各位代表：
现在，我代表省人民政府向大会报告工作。
过去一年，全省生产总值增长5.2%。
今年全省经济社会发展的预期目标是：生产总值增长5%左右，城镇新增就业70万人以上。
我们要大力扩大内需，推动消费持续恢复，社会消费品零售总额增长6%。
我们要加快建设现代化产业体系，规模以上工业增加值增长6%。
我们要保障和改善民生，新建养老床位1万张。
`);
    expect(d.tasks).toHaveLength(3);
    expect(d.warnings.some((w) => w.includes('没有找到今年的工作任务'))).toBe(false);
  });

  it('a paragraph looking ahead to the work opens the plan for the numbered sub-sections after it', () => {
    const d = parsed(`政府工作报告
各位代表：
过去一年，全市地区生产总值增长5.2%。
为实现上述目标，我们将重点抓好以下几方面工作。
（一）扩大有效投资。完成固定资产投资增长6%，新开工项目200个。
（二）提升城市品质。改造老旧小区50个，新建公园10个。
`);
    expect(d.tasks.length).toBeGreaterThan(0);
  });

  it('a review paragraph naming last year’s targets does not open the plan', () => {
    const d = parsed(`政府工作报告
各位代表：
全面完成年初确定的主要目标任务，全市地区生产总值增长5.2%。
一、2024年工作安排
（一）扩大有效投资。完成固定资产投资增长6%。
`);
    expect(d.achievements.some((a) => a.text.includes('5.2%'))).toBe(true);
  });

  it('a sub-section whose whole content is one short sentence on its line is a task, not an empty lead', () => {
    const d = parsed(`政府工作报告
——2024年1月9日在某某市第十六届人民代表大会第四次会议上
各位代表：
一、2023年工作回顾
过去一年，全市地区生产总值增长5.1%。
二、2024年工作安排
（一）扩大有效投资。新开工项目150个。
（二）改善民生。新建幼儿园12所。
`);
    expect(d.tasks.map((t) => t.text)).toEqual(['新开工项目150个。', '新建幼儿园12所。']);
    expect(d.sections.filter((s) => s.kind === 'lead')).toEqual([]);
  });
});

describe('a speech to the congress stays a report', () => {
  it('even when its review speaks of 责任分工 near the top', () => {
    const r = parseReport(`政府工作报告
——2017年1月14日在某某市第十四届人民代表大会第五次会议上
各位代表：
现在，我代表市人民政府向大会报告工作。
过去一年，我们认真落实责任分工，全市地区生产总值增长6.7%。
今年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。
我们要大力扩大内需，推动消费持续恢复，社会消费品零售总额增长6%。
我们要保障和改善民生，新建养老床位1万张。
`);
    expect(r.ok && r.data.document.kind).toBe('report');
    expect(r.ok && r.data.tasks).toHaveLength(2);
  });

  it('while a notice whose title decomposes the report, with the speech attached, is a notice', () => {
    const r = parseReport(`某某市人民政府办公室关于分解落实2024年《政府工作报告》重点工作任务的通知
各县市区人民政府，市政府各部门：
现将任务分解如下，请认真抓好落实。
1.地区生产总值增长6%。（牵头单位：市发改委）
2.新建养老床位1万张。（牵头单位：市民政局）
附件：政府工作报告
各位代表：
现在，我代表市人民政府向大会报告工作。
`);
    expect(r.ok && r.data.document.kind).toBe('notice');
  });
});

describe('a speech without headings or a target list', () => {
  const text = `各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
我们要大力扩大内需，推动消费持续恢复，社会消费品零售总额增长6%。
我们要加快建设现代化产业体系，新增规上工业企业100家。
我们要保障和改善民生，新建养老床位1万张。
`;
  it('is not refused: its paragraphs are its tasks, the opening address is not one', () => {
    const d = parsed(text);
    expect(d.document.kind).toBe('report');
    expect(d.tasks.map((t) => t.text.slice(0, 6))).toEqual(['我们要大力扩', '我们要加快建', '我们要保障和']);
  });

  it('while text that is no speech and has no structure is still refused', () => {
    const r = parseReport(text.replace('各位代表：\n', ''));
    expect(r.ok).toBe(false);
  });
});
