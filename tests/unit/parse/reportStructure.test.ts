// Structures of real reports beyond the seeds, on small hand-written reports (place names invented):
// the head as metadata, parts found by structure, the target list by its content, glossary, annexes.
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../src/lib/model/document';
import { ParsedDocument as Schema } from '../../../src/lib/model/document';
import { parseReport } from '../../../src/lib/parse/index';
import { stripMarkup } from '../../../src/lib/parse/normalize';
import { findMainTargetBlock } from '../../../src/lib/parse/targetBlock';

function parse(text: string): ParsedDocument {
  const r = parseReport(text);
  if (!r.ok) throw new Error(`${r.code}: ${r.reason}`);
  expect(Schema.safeParse(r.data).success).toBe(true);
  return r.data;
}
const mains = (d: ParsedDocument) => d.targets.filter((t) => t.scope === 'main');
type Row = [string, number | null, string | null, string | null, number | null];
const row = (t: { metric: string; value: number | null; unit: string | null; qualifier: string | null; stretch: number | null }): Row => [
  t.metric,
  t.value,
  t.unit,
  t.qualifier,
  t.stretch,
];

const REVIEW = '过去一年，全市地区生产总值增长5.8%，预计一般公共预算收入增长6%。城镇新增就业2.1万人。';

function report(parts: { head?: string; plan: string; tail?: string }): string {
  return [
    parts.head ??
      '---\ntitle: 某市政府工作报告\nsource: https://example.org/a\n---\n\n**政府工作报告**\n\n——2031年1月9日在某某市第九届人民代表大会第三次会议上\n\n市长 某某\n\n各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议。',
    '## 一、2030年工作回顾',
    REVIEW,
    '**二、奋力谱写高质量发展新篇章**',
    '2031年政府工作的总体要求是：坚持稳中求进工作总基调。',
    parts.plan,
    '**（一）加快产业升级。**新建产业园区3个，培育龙头企业10家，推动制造业高端化智能化绿色化发展。',
    '（二）增进民生福祉。新增学位5000个，建设普惠性幼儿园20所，提高基础教育质量。',
    parts.tail ?? '',
  ].join('\n\n');
}

describe('Markdown marks are formatting', () => {
  it('drops front matter, heading marks, bold marks and HTML comments', () => {
    expect(stripMarkup('---\ntitle: 报告\n---\n## 一、回顾\n**（一）**产业<!-- 注 -->发展')).toBe('## 一、回顾'.replace('## ', '') + '\n（一）产业发展');
  });

  it('keeps a rule that is not front matter, and an unclosed comment', () => {
    expect(stripMarkup('---\n一、回顾\n---')).toBe('---\n一、回顾\n---');
    expect(stripMarkup('正文<!-- 未闭合')).toBe('正文<!-- 未闭合');
  });

  it('never puts a mark into a section title or a metric', () => {
    const d = parse(report({ plan: '主要预期目标是：**地区生产总值增长6%左右**，城镇新增就业2万人。' }));
    expect(d.sections.some((s) => /[*#]/.test(s.title))).toBe(false);
    expect(mains(d).map((t) => t.metric)).toEqual(['地区生产总值', '城镇新增就业']);
  });
});

describe('the head of a report is metadata', () => {
  const d = parse(report({ plan: '主要预期目标是：地区生产总值增长6%左右。' }));

  it('reads title, delivery date and plan year from the head, not the body', () => {
    expect(d.document).toMatchObject({ kind: 'report', year: 2031, issuedOn: '2031-01-09', title: '政府工作报告' });
  });

  it('makes no section of the title, delivery line, speaker or salutation', () => {
    expect(d.sections.map((s) => s.title)).not.toContain('各位代表');
    expect(d.sections.some((s) => /2031年1月9日|市长|政府工作报告/.test(s.title))).toBe(false);
  });

  it('takes the next year as plan year for a report delivered in December', () => {
    const dec = parse(report({ head: '政府工作报告\n\n——2030年12月28日在某某市第九届人民代表大会第二次会议上\n\n各位代表：', plan: '明年主要预期目标是：地区生产总值增长6%。' }));
    expect(dec.document.year).toBe(2031);
  });

  it('reads a date printed in Chinese numerals', () => {
    const cn = parse(report({ head: '政府工作报告\n\n——二〇三一年一月八日在某某省第十届人民代表大会第四次会议上\n\n各位代表：', plan: '主要预期目标是：生产总值增长6%。' }));
    expect(cn.document).toMatchObject({ year: 2031, issuedOn: '2031-01-08' });
  });

  it('places the State Council report in 全国, level country', () => {
    const nat = parse(
      report({
        head: '政府工作报告\n\n——2031年3月5日在第十六届全国人民代表大会第二次会议上\n\n国务院总理 某某\n\n各位代表：',
        plan: '今年发展主要预期目标是：国内生产总值增长5%左右。',
      }),
    );
    expect(nat.document).toMatchObject({ jurisdiction: '全国', jurisdictionLevel: 'country', year: 2031 });
  });

  it('takes the plan year from the headings when the head prints no date', () => {
    const text = report({ head: '各位代表：', plan: '主要预期目标是：地区生产总值增长6%。' });
    expect(parse(text).document.year).toBe(2031);
  });
});

describe('parts of a report found by structure, whatever their titles', () => {
  const d = parse(report({ plan: '主要预期目标是：地区生产总值增长6%左右。' }));

  it('reads the review as achievements of the year before, estimates marked', () => {
    expect(d.achievements.map((a) => [a.metric, a.value, a.year, a.estimate ?? false])).toEqual([
      ['地区生产总值', 5.8, 2030, false],
      ['一般公共预算收入', 6, 2030, true],
      ['城镇新增就业', 21000, 2030, false],
    ]);
  });

  it('reads a chapter titled without plan words, after the review, as the plan', () => {
    expect(d.tasks.map((t) => t.text)).toEqual([
      '新建产业园区3个，培育龙头企业10家，推动制造业高端化智能化绿色化发展。',
      '新增学位5000个，建设普惠性幼儿园20所，提高基础教育质量。',
    ]);
    expect(d.tasks.every((t) => !t.text.includes('5.8%'))).toBe(true);
  });
});

describe('the main-target list found by its content', () => {
  it.each<[string, string, Row[]]>([
    [
      'a lead phrase with 建议为',
      '2031年经济社会发展主要预期目标建议为：地区生产总值增长6%左右，居民消费价格涨幅3%左右。',
      [
        ['地区生产总值', 6, '%', '左右', null],
        ['居民消费价格涨幅', 3, '%', '左右', null],
      ],
    ],
    [
      '主要预期指标是',
      '今年主要预期指标是：生产总值增长6.5%－7%，城镇调查失业率5.5%以内。',
      [
        ['生产总值', 6.5, '%', null, null],
        ['城镇调查失业率', 5.5, '%', '以内', null],
      ],
    ],
    [
      'no lead phrase at all',
      '综合考虑各方面因素，今年全市地区生产总值增长6.8%左右，一般公共预算收入增长5%，固定资产投资增长8%。',
      [
        ['地区生产总值', 6.8, '%', '左右', null],
        ['一般公共预算收入', 5, '%', null, null],
        ['固定资产投资', 8, '%', null, null],
      ],
    ],
    [
      'a list over several sentences',
      '目标是：地区生产总值增长5.8%左右。城镇新增就业2.3万人。空气质量优良天数320天。',
      [
        ['地区生产总值', 5.8, '%', '左右', null],
        ['城镇新增就业', 23000, '人', null, null],
        ['空气质量优良天数', 320, '天', null, null],
      ],
    ],
    [
      'a list on the lines below its lead',
      '今年主要预期目标：\n1.地区生产总值增长7%、力争8%；\n2.居民消费价格指数102.5左右。',
      [
        ['地区生产总值', 7, '%', null, 8],
        ['居民消费价格指数', 102.5, null, '左右', null],
      ],
    ],
    [
      'a lead after a five-year plan named in the same sentence',
      '今年是“十六五”规划开局之年，也是三年行动收官之年，主要预期目标是：地区生产总值增长6%，城镇调查失业率5.5%左右。',
      [
        ['地区生产总值', 6, '%', null, null],
        ['城镇调查失业率', 5.5, '%', '左右', null],
      ],
    ],
    [
      'a numbered list, one target a line',
      '今年经济社会发展主要预期目标如下：\n（1）地区生产总值增长6%以上；\n（2）一般公共预算收入增长4%；\n（3）粮食产量稳定在100万吨以上。',
      [
        ['地区生产总值', 6, '%', '以上', null],
        ['一般公共预算收入', 4, '%', null, null],
        ['粮食产量', 100, '万吨', '以上', null],
      ],
    ],
    [
      'a heading over the list',
      '（一）2031年主要预期目标\n地区生产总值增长6%左右，一般公共预算收入增长5%。',
      [
        ['地区生产总值', 6, '%', '左右', null],
        ['一般公共预算收入', 5, '%', null, null],
      ],
    ],
    [
      'a bracketed stretch goal',
      '主要预期目标是：地区生产总值增长5.5%（力争6%以上），价格涨幅3%左右。',
      [
        ['地区生产总值', 5.5, '%', null, 6],
        ['价格涨幅', 3, '%', '左右', null],
      ],
    ],
  ])('%s', (_what, plan, expected) => {
    expect(mains(parse(report({ plan }))).map(row)).toEqual(expected);
  });

  it('spreads a 分别 list and a shared figure over their metrics', () => {
    const d = parse(report({ plan: '主要预期目标是：城镇和农村居民人均可支配收入分别增长6%和7%，城乡居民收入均增长6.5%，一产、二产、三产增加值分别增长3%、6%、7%。' }));
    expect(mains(d).map((t) => [t.metric, t.value])).toEqual([
      ['城镇居民人均可支配收入', 6],
      ['农村居民人均可支配收入', 7],
      ['城镇居民收入', 6.5],
      ['农村居民收入', 6.5],
      ['一产增加值', 3],
      ['二产增加值', 6],
      ['三产增加值', 7],
    ]);
  });

  it('keeps qualitative targets, one per metric, and leaves remarks out', () => {
    const d = parse(report({ plan: '主要预期目标是：地区生产总值增长6%，在实际工作中努力争取更好结果；居民收入增长与经济增长同步；安全生产、节能减排完成省下达任务。' }));
    expect(mains(d).map((t) => [t.metric, t.value])).toEqual([
      ['地区生产总值', 6],
      ['居民收入', null],
      ['安全生产', null],
      ['节能减排', null],
    ]);
  });

  it('leaves five-year targets and the review figures out', () => {
    const d = parse(report({ plan: '“十六五”时期主要目标是：地区生产总值年均增长6%左右。2031年主要预期目标是：地区生产总值增长5%。' }));
    expect(mains(d).map(row)).toEqual([['地区生产总值', 5, '%', null, null]]);
    expect(mains(d).every((t) => t.year === 2031)).toBe(true);
  });

  it('stops the list at a paragraph of plan prose, however much it reads like goals', () => {
    const d = parse(report({ plan: '主要预期目标是：地区生产总值增长6%，居民收入与经济增长同步。\n\n提高发展质量，优化产业结构，改善生态环境，保持社会稳定。' }));
    expect(mains(d).map((t) => t.metric)).toEqual(['地区生产总值', '居民收入']);
  });

  it('never makes the target paragraph a task', () => {
    const d = parse(report({ plan: '主要预期目标是：地区生产总值增长6%。' }));
    expect(d.tasks.some((t) => t.text.includes('增长6%'))).toBe(false);
  });

  it('finds nothing where there is no list', () => {
    expect(findMainTargetBlock('过去一年，地区生产总值增长6%。我们要加快发展。', { year: 2031 })).toBeNull();
  });
});

describe('glossary and annexes', () => {
  const tail = [
    '附件1',
    '2031年十件民生实事',
    '一、新建改建学校20所。牵头责任单位：市教育局',
    '二、改造老旧小区100个。',
    '（责任单位：市住建局、市财政局）',
    '三、新增托位1000个（主责单位：市卫健委',
    '附件2',
    '名词解释',
    '1.“四上”企业：规模以上工业企业、限额以上批零住餐企业等的统称。',
    '2.三区三线：城镇空间、农业空间、生态空间三种空间，',
    '以及相应的三条控制线。',
  ].join('\n\n');
  const d = parse(report({ plan: '主要预期目标是：地区生产总值增长6%。', tail }));

  it('stores the glossary as the document glossary, never as tasks', () => {
    expect(d.glossary?.map((g) => [g.term, g.explanation])).toEqual([
      ['“四上”企业', '规模以上工业企业、限额以上批零住餐企业等的统称。'],
      ['三区三线', '城镇空间、农业空间、生态空间三种空间，以及相应的三条控制线。'],
    ]);
    expect(d.tasks.some((t) => t.text.includes('四上'))).toBe(false);
    for (const g of d.glossary ?? []) expect(d.text.slice(g.span.start, g.span.end)).toContain(g.term);
  });

  it('reads the annex items as livelihood items with their units, whatever the label', () => {
    const items = d.tasks.filter((t) => t.category === 'livelihood');
    expect(items.map((t) => [t.no, t.leadUnits, t.supportUnits])).toEqual([
      ['一', ['市教育局'], []],
      ['二', ['市住建局', '市财政局'], []],
      ['三', ['市卫健委'], []],
    ]);
    expect(items[0]?.text).toBe('新建改建学校20所。');
    expect(d.document.kind).toBe('report');
  });
});

describe('a report with a responsibility annex stays a report', () => {
  it('is not taken for a notice because its items carry 牵头单位', () => {
    const annex = ['附件', '重点民生项目', '一、建设公园5个（牵头单位：市园林局）', '二、新建学校3所（牵头单位：市教育局）', '三、新增停车位2000个（牵头单位：市公安局）'].join(
      '\n\n',
    );
    const d = parse(report({ plan: '主要预期目标是：地区生产总值增长6%。', tail: annex }));
    expect(d.document.kind).toBe('report');
    expect(d.tasks.filter((t) => t.category === 'livelihood').map((t) => t.leadUnits[0])).toEqual(['市园林局', '市教育局', '市公安局']);
  });
});

describe('warnings instead of refusal', () => {
  it('says what is missing in a report without targets', () => {
    const d = parse(report({ plan: '我们要坚定信心。' }));
    expect(mains(d)).toEqual([]);
    expect(d.warnings.some((w) => w.includes('没有找到今年的主要预期目标'))).toBe(true);
  });
});
