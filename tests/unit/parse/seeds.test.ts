// Expectations written from reading the five seed texts (see seeds/README.md), not from parser output.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument, Section, Task } from '../../../src/lib/model/document';
import { ParsedDocument as Schema } from '../../../src/lib/model/document';
import { parseReport } from '../../../src/lib/parse/index';

function parseSeed(name: string): ParsedDocument {
  const text = readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');
  const r = parseReport(text, { fileName: name });
  if (!r.ok) throw new Error(`${name}: ${r.code} ${r.reason}`);
  expect(Schema.safeParse(r.data).success).toBe(true);
  return r.data;
}

const byNo = (d: ParsedDocument, no: string, category?: Task['category']): Task => {
  const t = d.tasks.find((x) => x.no === no && (category === undefined || x.category === category));
  if (!t) throw new Error(`task ${no} not found`);
  return t;
};
const section = (d: ParsedDocument, id: string | null): Section | undefined => d.sections.find((s) => s.id === id);
const sectionTitled = (d: ParsedDocument, title: string): Section => {
  const s = d.sections.find((x) => x.title === title);
  if (!s) throw new Error(`section ${title} not found`);
  return s;
};
const mains = (d: ParsedDocument) => d.targets.filter((t) => t.scope === 'main');

describe('offsets point at the words they describe, in every seed', () => {
  it.each(['000_cf037e789fc2945e.txt', '001_f681927dc6cce43d.txt', '002_cc78cbd2ab743c91.txt', '003_75f0195620c906fb.txt', '004_8fc95960ca065cc7.txt'])('%s', (name) => {
    const d = parseSeed(name);
    for (const s of d.sections) expect(d.text.slice(s.span.start, s.span.end)).toContain(s.title.slice(0, 4));
    for (const t of d.tasks) {
      expect(t.span.end).toBeLessThanOrEqual(d.text.length);
      for (const g of t.groups) expect(['（', '(', '〔', '【']).toContain(d.text[g.span.start]);
    }
    for (const g of [...d.targets, ...d.achievements]) {
      if (g.value === null) continue;
      expect(d.text.slice(g.span.start, g.span.end)).toMatch(/\d|[一二三四五六七八九十百千万]/);
    }
  });
});

describe('002: the city notice decomposing the city report', () => {
  const d = parseSeed('002_cc78cbd2ab743c91.txt');

  it('reads the metadata from the letter head and signature', () => {
    expect(d.document).toMatchObject({
      kind: 'notice',
      year: 2024,
      jurisdiction: '随州市',
      jurisdictionLevel: 'city',
      reportOf: '随州市',
      docNumber: '随政办发〔2024〕2号',
      issuedOn: '2024-01-23',
      issuer: '市人民政府办公室',
    });
    expect(d.document.title).toContain('分解落实《政府工作报告》的通知');
  });

  it('reads the reporting deadlines the letter sets', () => {
    expect(d.document.reportingDeadlines?.map((r) => r.date ?? r.text)).toEqual(['2024-02-20', '每月15日前', '2024-04-15', '2024-06-15', '2024-10-15', '2024-12-15']);
  });

  it('finds 157 numbered tasks in order and 5 livelihood items', () => {
    const numbered = d.tasks.filter((t) => t.category !== 'livelihood');
    expect(numbered.map((t) => t.no)).toEqual(Array.from({ length: 157 }, (_, i) => String(i + 1)));
    expect(d.tasks.filter((t) => t.category === 'livelihood').map((t) => t.no)).toEqual(['一', '二', '三', '四', '五']);
    expect(d.warnings).toEqual([]);
  });

  it('keeps the letter part out of the outline and the task list', () => {
    const chapters = d.sections.filter((s) => s.kind === 'chapter' && s.no !== null);
    expect(chapters.map((s) => s.no)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']);
    expect(chapters[0]?.title).toBe('经济社会发展主要预期目标');
    expect(d.tasks.some((t) => t.text.includes('突出政治引领'))).toBe(false);
    expect(d.sections.some((s) => s.title.includes('强化组织领导'))).toBe(false);
  });

  it('makes the unnumbered lead sentences sections that hold the tasks after them', () => {
    const lead = sectionTitled(d, '大力实施重点产业转型升级行动');
    expect(lead.kind).toBe('lead');
    expect(section(d, lead.parentId)?.no).toBe('二');
    expect(['10', '11', '12', '13', '14'].map((n) => byNo(d, n).sectionId)).toEqual(Array(5).fill(lead.id));
    // A lead line printed right after a task, with no blank line between.
    const community = sectionTitled(d, '持续推进完整社区建设');
    expect(byNo(d, '62').sectionId).not.toBe(community.id);
    expect(byNo(d, '63').sectionId).toBe(community.id);
    expect(byNo(d, '68').sectionId).toBe(community.id);
  });

  it('gives the main-target chapter category target', () => {
    expect(d.tasks.filter((t) => t.category === 'target').map((t) => t.no)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(byNo(d, '1').text).toBe('地区生产总值增长6.5%。');
  });

  it('reads two leaders and two lead units (#14)', () => {
    expect(byNo(d, '14')).toMatchObject({
      leaders: ['吴丕华', '黄继军'],
      leadUnits: ['市经信局', '市政务服务和大数据管理局'],
      supportUnits: ['市科技局', '市大数据中心', '各县市区政府及管委会'],
    });
  });

  it('reads a management committee as the lead unit (#15)', () => {
    expect(byNo(d, '15')).toMatchObject({
      leaders: ['吴丕华'],
      leadUnits: ['随州高新区管委会'],
      supportUnits: ['市经信局', '市交通运输局', '曾都区人民政府'],
    });
  });

  it('reads a department and a district government as joint lead units (#16)', () => {
    expect(byNo(d, '16').leadUnits).toEqual(['市经信局', '曾都区人民政府']);
    expect(byNo(d, '16').supportUnits).toEqual(['市自然资源和规划局', '市住建局', '市商务局', '市市场监管局']);
  });

  it('spreads a shared suffix over bare place names (#11)', () => {
    expect(byNo(d, '11').supportUnits).toEqual(['市发改委', '市住建局', '随县人民政府', '广水市人民政府']);
  });

  it('leaves support units empty when the field is absent (#68)', () => {
    expect(byNo(d, '68')).toMatchObject({
      leaders: ['吴丕华'],
      leadUnits: ['市国投集团', '曾都区人民政府', '随州高新区管委会'],
      supportUnits: [],
    });
  });

  it('reads 〔…〕 wrappers with （…） nested inside unit names (#153, #89)', () => {
    expect(byNo(d, '153')).toMatchObject({
      leaders: ['吴丕华', '柴普军'],
      leadUnits: ['市政府办公室', '市司法局（市委依法治市办）'],
      supportUnits: ['市政府各部门', '各县市区政府及管委会'],
    });
    expect(byNo(d, '153').text.startsWith('深入践行习近平法治思想')).toBe(true);
    expect(byNo(d, '153').text).not.toContain('责任领导');
    expect(byNo(d, '89').leadUnits).toEqual(['市委宣传部（市委文明办）', '市民政局']);
  });

  it('keeps each responsibility group of the first livelihood item with its own subject', () => {
    const t = byNo(d, '一', 'livelihood');
    expect(t.groups.map((g) => g.subject)).toEqual(['打通裕民大道', '汉东东路延伸段', '文化二路', '中环路编钟大道至涢水大道段', '熊家村路文帝大道至文海路段']);
    expect(t.groups[1]).toMatchObject({ leaders: ['吴丕华'], leadUnits: ['市国投集团'], supportUnits: ['曾都区人民政府'] });
    expect(t.groups[2]?.supportUnits).toEqual(['市国投集团', '曾都区人民政府']);
    expect(t.leaders).toEqual(['吴丕华']);
    expect(t.leadUnits).toEqual(['曾都区人民政府', '市国投集团', '市住建局']);
    expect(t.text).toBe('打通裕民大道、汉东东路延伸段、文化二路、中环路编钟大道至涢水大道段、熊家村路文帝大道至文海路段等5条城市断头路。');
    const four = byNo(d, '四', 'livelihood');
    expect(four.groups.map((g) => g.subject)).toEqual(['改造老旧小区112个', '启动主城区集中供暖工程']);
    expect(four.groups[0]?.supportUnits).toEqual(['市经信局', '广水市人民政府', '曾都区人民政府', '随州高新区管委会']);
  });

  it('reads the nine main targets from the target tasks, qualitative ones without a value', () => {
    const m = mains(d);
    expect(m).toHaveLength(9);
    expect(m.map((t) => t.value)).toEqual([6.5, 7.5, 8.5, 9, 8, null, 29, null, null]);
    expect(m.map((t) => t.taskId)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => byNo(d, n).id));
    expect(m[6]).toMatchObject({ unit: '亿斤', qualifier: '以上', year: 2024 });
    expect(m[0]?.metric).toBe('地区生产总值');
  });

  it('reads quantities inside tasks as task-scope targets tied to their task', () => {
    const task = (no: string) => d.targets.filter((t) => t.scope === 'task' && t.taskId === byNo(d, no).id);
    expect(task('49').some((t) => t.value === 12 && t.unit === '公里')).toBe(true);
    expect(task('119').some((t) => t.value === 140 && t.unit === '亿元' && t.qualifier === '以上')).toBe(true);
    // The span points at the words behind the number in the normalized text.
    const green = task('49').find((t) => t.value === 12);
    expect(d.text.slice(green?.span.start, green?.span.end)).toContain('12公里');
  });
});

describe('003: the city notice decomposing the provincial report', () => {
  const d = parseSeed('003_75f0195620c906fb.txt');

  it('reads the metadata and that the provincial report is decomposed', () => {
    expect(d.document).toMatchObject({
      kind: 'notice',
      year: 2024,
      jurisdiction: '随州市',
      reportOf: '湖北省',
      docNumber: '随政办发〔2024〕7号',
      issuedOn: '2024-03-01',
    });
  });

  it('finds 11 chapters, 37 sub-sections, 126 tasks and 10 livelihood projects', () => {
    expect(d.sections.filter((s) => s.kind === 'chapter' && s.no !== null)).toHaveLength(11);
    const subs = d.sections.filter((s) => s.kind === 'subsection');
    expect(subs).toHaveLength(37);
    expect(subs[36]?.no).toBe('三十七');
    expect(subs.every((s) => s.level === 2 && section(d, s.parentId)?.kind === 'chapter')).toBe(true);
    expect(d.tasks.filter((t) => t.category !== 'livelihood')).toHaveLength(126);
    expect(d.tasks.filter((t) => t.category === 'livelihood').map((t) => t.no)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']);
    expect(byNo(d, '13').sectionId).toBe(sectionTitled(d, '更大力度优化创新生态').id);
  });

  it('leaves support units empty for targets #4, #5, #6', () => {
    expect(byNo(d, '4').leadUnits).toEqual(['市发改委', '市人社局', '市财政局', '市农业农村局', '市税务局']);
    for (const no of ['4', '5', '6']) expect(byNo(d, no).supportUnits).toEqual([]);
    expect(byNo(d, '4').leaders).toEqual([]);
  });

  it('splits lead units on both 、 and ，', () => {
    expect(byNo(d, '14').leadUnits).toEqual(['市教育局', '市科技局', '市委组织部', '随州职院']);
  });

  it('keeps brackets that are not responsibility in the item text', () => {
    expect(byNo(d, '一', 'livelihood').text).toContain('在县（市）全面落实');
    expect(byNo(d, '八', 'livelihood').text).toContain('新增（或维修更换）城镇路灯2万个');
    expect(byNo(d, '八', 'livelihood').leadUnits).toContain('随州供电公司');
  });

  it('reads the main targets of the six target tasks (one task holds two)', () => {
    expect(d.tasks.filter((t) => t.category === 'target')).toHaveLength(6);
    const m = mains(d);
    expect(m.map((t) => t.value)).toEqual([6, 700000, 5.5, 3, null, 500, 2.5]);
    expect(m[1]).toMatchObject({ unit: '人', qualifier: '以上' });
    expect(m[2]?.qualifier).toBe('左右');
    expect(m[1]?.taskId).toBe(m[2]?.taskId);
  });
});

describe('000: the 2025 report summary', () => {
  const d = parseSeed('000_cf037e789fc2945e.txt');

  it('reads the metadata', () => {
    expect(d.document).toMatchObject({ kind: 'report-summary', year: 2025, jurisdiction: '随州市', reportOf: null, docNumber: null });
    expect(d.document.title).toContain('市政府工作报告摘要');
  });

  it('keeps the eight work areas printed out of order, in document order, under their heading', () => {
    const areas = sectionTitled(d, '2025年重点做好八个方面工作');
    const children = d.sections.filter((s) => s.parentId === areas.id);
    expect(children.map((s) => s.no)).toEqual(['1', '3', '5', '7', '2', '4', '6', '8']);
  });

  it('makes the bold lead sentences sections with the paragraph as their task', () => {
    const lead = sectionTitled(d, '开展投资提质年活动');
    expect(lead.kind).toBe('lead');
    expect(section(d, lead.parentId)?.no).toBe('1');
    const tasks = d.tasks.filter((t) => t.sectionId === lead.id);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]?.text.startsWith('市领导领衔推进10亿元以上项目')).toBe(true);
    expect(tasks[0]?.no).toBeNull();
  });

  it('finds the ten livelihood bullets, re-joining the one cut by a page break', () => {
    const bullets = d.tasks.filter((t) => t.category === 'livelihood');
    expect(bullets).toHaveLength(10);
    expect(bullets[4]?.text).toContain('完成八角楼学校门前道路降坡工程');
    expect(section(d, bullets[0]?.sectionId ?? null)?.title).toBe('办好十件民生实事');
  });

  it('makes no tasks of the review or the general requirements', () => {
    const review = sectionTitled(d, '回眸 2024');
    const inReview = new Set(d.sections.filter((s) => s.id === review.id || s.parentId === review.id).map((s) => s.id));
    expect(d.tasks.some((t) => inReview.has(t.sectionId ?? ''))).toBe(false);
    expect(d.tasks.some((t) => t.text.startsWith('以习近平新时代中国特色社会主义思想为指导'))).toBe(false);
  });

  it('reads the figures of 回眸 2024 as achievements of 2024', () => {
    expect(d.achievements.every((a) => a.year === 2024)).toBe(true);
    const has = (value: number, unit: string) => d.achievements.some((a) => a.value === value && a.unit === unit);
    expect(has(6.5, '%')).toBe(true); // 地区生产总值预计全年增长6.5%
    expect(has(15.3, '公里')).toBe(true); // 新增绿道15.3公里
    expect(has(112, '个')).toBe(true); // 改造老旧小区112个
    expect(d.achievements.find((a) => a.value === 15.3)?.metric).toContain('绿道');
  });
});

describe('001: the 2023 report in newspaper pages', () => {
  const d = parseSeed('001_f681927dc6cce43d.txt');

  it('reads the metadata', () => {
    expect(d.document).toMatchObject({ kind: 'report', year: 2023, jurisdiction: '随州市' });
  });

  it('drops page markers and stray Latin words, and re-joins words cut by page breaks', () => {
    expect(d.text).not.toContain('上接第一版');
    expect(d.text).not.toContain('下转第三版');
    expect(d.text).toContain('随州电厂二期');
    expect(d.text).toContain('全面整治摆荒地');
    expect(d.text).toContain('加大历史文化街区历史建筑保护力度');
  });

  it('reads the nine main targets, qualitative ones included', () => {
    const m = mains(d);
    // 环境保护、节能减排完成省下达目标任务: one qualitative target per metric listed
    expect(m.map((t) => t.value)).toEqual([7, 8, 12, 10, 10, 10, null, 146, null, null]);
    expect(m[7]).toMatchObject({ unit: '万吨', verb: '达到' });
    expect(m[6]?.text).toContain('城乡居民收入增速与经济发展基本同步');
    expect(m.slice(8).map((t) => [t.metric, t.text])).toEqual([
      ['环境保护', '环境保护、节能减排完成省下达目标任务'],
      ['节能减排', '环境保护、节能减排完成省下达目标任务'],
    ]);
    expect(m.every((t) => t.taskId === null && t.year === 2023)).toBe(true);
  });

  it('builds the work plan: eight sub-sections under 二、 and leads under them', () => {
    const plan = sectionTitled(d, '2023年工作安排');
    expect(plan.no).toBe('二');
    expect(d.sections.filter((s) => s.parentId === plan.id).map((s) => s.no)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八']);
    const lead = sectionTitled(d, '加快专汽产业转型升级');
    expect(section(d, lead.parentId)?.no).toBe('一');
    expect(d.tasks.find((t) => t.sectionId === lead.id)?.text).toContain('650亿元');
    expect(d.tasks.some((t) => t.text.startsWith('2023年是全面贯彻'))).toBe(false);
  });

  it('reads the review tail as achievements of 2022', () => {
    expect(d.achievements.length).toBeGreaterThan(10);
    expect(d.achievements.every((a) => a.year === 2022)).toBe(true);
    expect(d.achievements.some((a) => a.value === 145.8 && a.unit === '万吨')).toBe(true); // 粮食产量达到145.8万吨
    expect(d.tasks.some((t) => t.text.includes('145.8万吨'))).toBe(false);
  });
});

describe('004: a county-level city summary that never names itself in a heading', () => {
  const d = parseSeed('004_8fc95960ca065cc7.txt');

  it('infers the place from the text and synthesizes a title', () => {
    expect(d.document).toMatchObject({ kind: 'report-summary', year: 2024, jurisdiction: '洪湖市', jurisdictionLevel: 'county' });
    expect(d.document.title).toBe('洪湖市2024年政府工作报告（摘要）');
  });

  it('reads the eight main targets with their stretch values', () => {
    const m = mains(d);
    expect(m.map((t) => [t.value, t.stretch])).toEqual([
      [8, 9],
      [12, 13],
      [12, 13],
      [10, 11],
      [10, 11],
      [7.6, 8.5],
      [null, null],
      [null, null],
    ]);
  });

  it('reads unnumbered chapter lines, a two-line heading, and the leads under them', () => {
    const chapters = d.sections.filter((s) => s.level === 1 && s.title.startsWith('全力以赴'));
    expect(chapters).toHaveLength(7);
    expect(chapters[1]?.title).toContain('协同发力');
    expect(chapters[1]?.title).toContain('良性经济循环');
    const lead = sectionTitled(d, '更大力度抓招商、扩增量');
    expect(lead.parentId).toBe(chapters[0]?.id);
    expect(d.tasks).toHaveLength(23);
    expect(d.tasks.some((t) => t.text.includes('全面落实林长制，完成造林绿化1万亩'))).toBe(true);
  });
});
