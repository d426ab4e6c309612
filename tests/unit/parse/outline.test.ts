import { describe, expect, it } from 'vitest';
import { buildOutline, partOfTitle } from '../../../src/lib/parse/outline';
import { isHeadingLike, leadSentence, markerOf, numeralValue } from '../../../src/lib/parse/lines';

describe('line markers', () => {
  it.each([
    ['一、总体要求', 'chapter', '一'],
    ['三十七、加强建设', 'chapter', '三十七'],
    ['（十二）持续推进', 'paren', '十二'],
    ['(二)产业升级', 'paren', '二'],
    ['8、务实重行', 'arabicComma', '8'],
    ['157.树牢政绩观', 'arabicDot', '157'],
    ['（3）建设园区', 'arabicParen', '3'],
    ['- 新增绿道15公里', 'bullet', null],
    ['2.5亿元的投资', 'none', null],
    ['十四五规划', 'none', null],
    ['-5%的降幅', 'none', null],
  ] as const)('%s → %s', (line, type, no) => {
    expect(markerOf(line)).toMatchObject({ type, no });
  });

  it('reads Chinese numerals', () => {
    expect([numeralValue('一'), numeralValue('十'), numeralValue('十二'), numeralValue('三十七'), numeralValue('一百零五')]).toEqual([1, 10, 12, 37, 105]);
  });

  it('tells headings and lead sentences by their punctuation and length', () => {
    expect(isHeadingLike('全力以赴推动新型工业化加快构建现代化产业体系')).toBe(true);
    expect(isHeadingLike('2024年政府工作总体要求：')).toBe(true);
    expect(isHeadingLike('坚持稳中求进，扎实推进。')).toBe(false);
    expect(leadSentence('开展投资提质年活动。市领导领衔推进10亿元以上项目。')).toBe('开展投资提质年活动。');
    expect(leadSentence('新的一年，面对更加艰巨繁重的工作任务，我们要树牢正确政绩观。')).toBeNull();
  });

  it('names the parts of a report by their headings', () => {
    expect(
      ['回眸 2024', '2025年政府工作的总体要求', '2024年发展主要预期目标', '二、2023年工作安排', '办好十件民生实事', '坚持链群协同', '2024年主要目标和重点任务'].map(partOfTitle),
    ).toEqual(['review', 'requirements', 'targets', 'plan', 'livelihood', null, 'plan']);
  });
});

describe('buildOutline for a notice', () => {
  const text = [
    '关于分解落实政府工作报告的通知',
    '一、提高站位',
    '各地要高度重视。',
    '二、加强督办',
    '定期督查。',
    '2024年3月1日',
    '重点工作责任分工',
    '一、推动产业升级',
    '（一）壮大主导产业。',
    '做强工业。',
    '1.建设园区。（牵头单位：市发改委）',
    '2.引进项目。（牵头单位：市商务局）',
    '十大民生项目',
    '一、新建学校。（牵头单位：市教育局）',
  ].join('\n');
  const o = buildOutline(text, 'notice');

  it('starts the task outline where the numbering restarts, leaving the letter out', () => {
    expect(o.sections.map((s) => [s.title, s.kind, s.level])).toEqual([
      ['推动产业升级', 'chapter', 1],
      ['壮大主导产业', 'subsection', 2],
      ['做强工业', 'lead', 3],
      ['十大民生项目', 'chapter', 1],
    ]);
  });

  it('puts items in their innermost section, livelihood items apart', () => {
    expect(o.items.map((i) => [i.no, i.category, i.sectionId])).toEqual([
      ['1', 'task', 's3'],
      ['2', 'task', 's3'],
      ['一', 'livelihood', 's4'],
    ]);
  });
});

describe('buildOutline for a report', () => {
  const text = ['某市政府工作报告', '一、工作回顾', '地区生产总值增长6%。', '二、今年工作安排', '主要预期目标是：增长7%。', '（一）产业', '壮大产业。新建园区2个。'].join('\n');
  const o = buildOutline(text, 'report');

  it('keeps the title out of the outline and tells review and plan apart', () => {
    expect(o.titleLines.map((l) => l.text)).toEqual(['某市政府工作报告']);
    expect(o.review.map((b) => text.slice(b.start, b.end))).toEqual(['地区生产总值增长6%。']);
    // The target paragraph introduces the chapter (a preamble, not a task); parseReport finds the list by its content.
    expect(o.items.map((i) => text.slice(i.bodyStart, i.end))).toEqual(['新建园区2个。']);
  });
});
