// Formats the seeds lack but other notices and reports use: fixtures written for them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../src/lib/model/document';
import { parseReport } from '../../../src/lib/parse/index';

function parse(text: string): ParsedDocument {
  const r = parseReport(text);
  if (!r.ok) throw new Error(`${r.code}: ${r.reason}`);
  return r.data;
}
const fixture = (name: string) => parse(readFileSync(new URL(`../../fixtures/parse/${name}`, import.meta.url), 'utf8'));

describe('a notice numbered 1、 with label synonyms and deadlines', () => {
  const d = fixture('labels-variants.txt');

  it('reads 1、 items as tasks under their chapters', () => {
    expect(d.document.kind).toBe('notice');
    expect(d.document.year).toBe(2025);
    expect(d.tasks.map((t) => t.no)).toEqual(['1', '2', '3', '4', '5']);
    expect(d.sections.map((s) => s.title)).toEqual(['稳定经济增长', '改善民生']);
  });

  it('reads 牵头领导/配合单位 and 分管领导/主办单位/协办单位', () => {
    expect(d.tasks[0]).toMatchObject({ leaders: ['张明'], leadUnits: ['县发改局'], supportUnits: ['县财政局', '县统计局'] });
    expect(d.tasks[1]).toMatchObject({ leaders: ['李强'], leadUnits: ['县经信局'], supportUnits: ['县自然资源局', '县住建局'] });
    expect(d.tasks[4]).toMatchObject({ leadUnits: ['县教育局'], supportUnits: ['县住建局'] });
  });

  it('reads a parenthetical on its own line after the item', () => {
    expect(d.tasks[2]).toMatchObject({ text: '引进亿元以上项目20个。', leadUnits: ['县招商局'], supportUnits: ['各乡镇人民政府'] });
  });

  it('reads 【牵头单位】 labels', () => {
    expect(d.tasks[3]).toMatchObject({ text: '优化营商环境。', leadUnits: ['县政务服务中心'], supportUnits: ['县市场监管局', '县税务局'] });
  });

  it('reads 完成时限 as a date or as words', () => {
    expect(d.tasks.map((t) => t.deadline)).toEqual([
      { text: '2025年12月31日', date: '2025-12-31' },
      { text: '6月底前', date: '2025-06-30' },
      { text: '年底前', date: '2025-12-31' },
      { text: '长期坚持', date: null },
      { text: '2025年9月', date: '2025-09-30' },
    ]);
  });
});

describe('a notice without labels, and lines assigning units to the tasks after them', () => {
  const d = fixture('unlabeled-and-assigned.txt');

  it('takes the first unit listed as the lead unit', () => {
    expect(d.tasks[0]).toMatchObject({ leadUnits: ['市经信局'], supportUnits: ['市财政局', '市科技局'], text: '实施技术改造项目50个。' });
    expect(d.tasks[1]).toMatchObject({ leadUnits: ['市经信局'], supportUnits: [] });
  });

  it('applies "以下任务由…牵头" to every task after it in its chapter', () => {
    for (const t of [d.tasks[2], d.tasks[3]]) expect(t).toMatchObject({ leadUnits: ['市发改委'], supportUnits: ['市财政局'] });
  });

  it('applies a labelled line standing alone to the tasks after it, and not before', () => {
    for (const t of [d.tasks[4], d.tasks[5]]) expect(t).toMatchObject({ leadUnits: ['市生态环境局'], supportUnits: ['各县市区人民政府'] });
    expect(d.tasks).toHaveLength(6);
  });
});

describe('a task table copied from Word or Excel as tab-separated text', () => {
  const d = fixture('tab-table.txt');

  it('reads each row as a task, its columns as text, leaders, units and deadline', () => {
    expect(d.document.kind).toBe('notice');
    expect(d.tasks.map((t) => [t.no, t.category, t.text])).toEqual([
      ['1', 'target', '地区生产总值增长6%左右。'],
      ['2', 'target', '城镇新增就业1.5万人。'],
      ['3', 'task', '新建标准化厂房20万平方米，引进项目30个。'],
    ]);
    expect(d.tasks[0]).toMatchObject({ leaders: ['张明'], leadUnits: ['市发改委'], supportUnits: ['市统计局', '各县市区人民政府'] });
    expect(d.tasks[1]).toMatchObject({ leaders: ['李强'], leadUnits: ['市人社局'], supportUnits: [] });
    expect(d.tasks[2]).toMatchObject({ leaders: ['张明', '李强'], leadUnits: ['市经信局', '市商务局'] });
    expect(d.tasks.map((t) => t.deadline?.date)).toEqual(['2025-12-31', '2025-12-31', '2025-10-31']);
  });

  it('reads figures from the task column only', () => {
    expect(d.targets.filter((t) => t.scope === 'main').map((t) => [t.value, t.qualifier])).toEqual([
      [6, '左右'],
      [15000, null],
    ]);
    expect(d.targets.filter((t) => t.scope === 'task').map((t) => t.value)).toEqual([20, 30]);
  });
});

describe('items cut across lines', () => {
  it('keeps a short continuation line in its item instead of reading it as a heading', () => {
    const d = parse('关于分解落实政府工作报告的通知\n一、发展产业\n1.加快推进重点\n项目建设。（牵头单位：市发改委）\n2.建设园区。（牵头单位：市经信局）\n');
    expect(d.sections).toHaveLength(1);
    expect(d.tasks.map((t) => [t.text, t.leadUnits])).toEqual([
      ['加快推进重点项目建设。', ['市发改委']],
      ['建设园区。', ['市经信局']],
    ]);
  });
});

describe('numbering checks', () => {
  it('warns when numbered tasks skip a number', () => {
    const d = parse('关于分解落实政府工作报告的通知\n一、发展产业\n1.建设园区。（牵头单位：市发改委）\n3.引进项目。（牵头单位：市商务局）\n');
    expect(d.warnings.some((w) => w.includes('不连续'))).toBe(true);
  });

  it('lists the tasks of a notice that name no responsible unit', () => {
    const d = parse('关于分解落实政府工作报告的通知\n一、发展产业\n1.建设园区。（牵头单位：市发改委）\n2.引进项目。\n');
    expect(d.warnings).toContain('1项任务没有找到牵头单位或责任单位：第2项');
  });
});

describe('a report with numbered chapters and review', () => {
  const text = [
    '某市政府工作报告',
    '一、2024年工作回顾',
    '过去一年，地区生产总值增长5.8%，新增城镇就业1.2万人。',
    '二、2025年工作安排',
    '综合考虑各方面因素，今年主要预期目标是：地区生产总值增长6%左右；城镇新增就业1万人以上。',
    '（一）推动产业升级',
    '壮大主导产业。力争规上工业增加值增长8%，新增规上企业30家。',
    '（二）改善民生',
    '办好民生实事。新建幼儿园5所。',
    '各位代表！让我们团结一心，再创佳绩。',
  ].join('\n');
  const d = parse(text);

  it('reads achievements of the review year and main targets of the plan year', () => {
    expect(d.document.year).toBe(2025);
    expect(d.achievements.map((a) => [a.value, a.year])).toEqual([
      [5.8, 2024],
      [12000, 2024],
    ]);
    expect(d.targets.filter((t) => t.scope === 'main').map((t) => [t.value, t.qualifier])).toEqual([
      [6, '左右'],
      [10000, '以上'],
    ]);
  });

  it('nests sub-sections and leads by context and keeps the tasks out of the review', () => {
    const plan = d.sections.find((s) => s.no === '二');
    expect(d.sections.filter((s) => s.parentId === plan?.id).map((s) => s.title)).toEqual(['推动产业升级', '改善民生']);
    expect(d.sections.find((s) => s.title === '壮大主导产业')?.level).toBe(3);
    expect(d.tasks.map((t) => t.text)).toEqual(['力争规上工业增加值增长8%，新增规上企业30家。', '新建幼儿园5所。']);
    expect(d.targets.filter((t) => t.scope === 'task').map((t) => t.value)).toEqual([8, 30, 5]);
  });
});

describe('a notice whose units stand on their own line under each item', () => {
  const text = [
    '市人民政府办公室关于分解落实2025年政府工作报告重点任务的通知',
    '一、推动产业升级',
    '1.实施技术改造项目50个。',
    '牵头单位：市经信局；责任单位：市财政局',
    '2.培育专精特新企业10家。',
    '主责单位：市科技局',
    '二、加强生态保护',
    '牵头单位：市生态环境局',
    '3.完成造林绿化1万亩。',
    '4.空气优良天数比例达到85%。（牵头单位：市气象局）',
  ].join('\n');

  it('gives each item the units printed under it, and a line under a heading to the items after it', () => {
    const r = parseReport(text);
    if (!r.ok) throw new Error(r.reason);
    expect(r.data.tasks.map((t) => [t.no, t.text, t.leadUnits, t.supportUnits])).toEqual([
      ['1', '实施技术改造项目50个。', ['市经信局'], ['市财政局']],
      ['2', '培育专精特新企业10家。', ['市科技局'], []],
      ['3', '完成造林绿化1万亩。', ['市生态环境局'], []],
      ['4', '空气优良天数比例达到85%。', ['市气象局'], []],
    ]);
  });
});
