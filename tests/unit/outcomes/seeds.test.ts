// The 2024 targets of 随政办发〔2024〕2号 (seed 002) against 回眸2024 in the 2025 report (seed 000).
// Hand-checked by reading both texts: every pair below was read in 000 and judged to report the same
// thing as the target (three are judgement calls, noted); every other quantitative target of 002 was
// looked for in 000's review and is not reported there (a search of 000 for its key words finds
// only 2025 plans or nothing).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../src/lib/model/document';
import { matchDocuments } from '../../../src/lib/outcomes/documents';
import { parseReport } from '../../../src/lib/parse/index';

const root = new URL('../../../', import.meta.url).pathname;
function seed(name: string): ParsedDocument {
  const r = parseReport(readFileSync(`${root}seeds/${name}`, 'utf8'), { fileName: name });
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}
const notice = seed('002_cc78cbd2ab743c91.txt');
const review = seed('000_cf037e789fc2945e.txt');
const province = seed('003_75f0195620c906fb.txt');
const report2023 = seed('001_f681927dc6cce43d.txt');

const asTargets = (d: ParsedDocument) => ({ text: d.text, meta: d.document, targets: d.targets });
const asReview = (d: ParsedDocument) => ({ text: d.text, meta: d.document, achievements: d.achievements });

/** [target text, target value, achievement text, status, estimate] — the hand-checked table. */
const EXPECTED: Array<[string, number, string, string, boolean]> = [
  ['地区生产总值增长6.5%', 6.5, '地区生产总值预计全年增长6.5%', 'met', true],
  ['力争全产业链产值增长6%以上', 6, '全市专汽、农产品加工业产值分别增长8%、6%', 'exceeded', false], // the 专汽 figure (8%)
  ['力争新增2家国家级、15家省级专精特新企业', 2, '新增4家国家级、32家省级“专精特新”企业', 'exceeded', false],
  ['力争新增2家国家级、15家省级专精特新企业', 15, '新增4家国家级、32家省级“专精特新”企业', 'exceeded', false],
  ['省级“两化融合”示范企业3家以上、5G全连接工厂1家以上', 1, '新增培育国家级绿色工厂2家、5G工厂2家', 'exceeded', false], // judgement: 5G工厂 名录 = 5G全连接工厂
  ['谋划可实施项目总投资1800亿元以上', 1800, '总投资4805亿元', 'exceeded', false], // judgement: 谋划储备744个重大项目，总投资4805亿元
  ['确保完成投资500亿元以上', 500, '完成投资576亿元', 'exceeded', false], // judgement: key projects' completed investment
  ['改造主城区供排水燃气管网120公里', 120, '改造主城区供排水燃气管网150公里', 'exceeded', false],
  ['新建城市绿道12公里', 12, '新增绿道15.3公里', 'exceeded', false],
  ['见缝插绿建设口袋公园、社区公园10处', 10, '新建口袋公园10个', 'met', false],
  ['力争产值增长6%以上', 6, '全市专汽、农产品加工业产值分别增长8%、6%', 'met', false], // 农产品加工业 (6%)
  ['改扩建农村公路200公里', 200, '改扩建农村公路362公里', 'exceeded', false],
  ['力争新增高新技术企业50家、科技型中小企业入库440家', 440, '科技型中小企业入库805家', 'exceeded', false],
  ['力争市场主体总量、新登记企业户数均增长10%以上', 10, '增长52%', 'exceeded', false], // 新登记企业1.6万户，增长52%
  ['实现城镇新增就业1.6万人', 16000, '城镇新增就业2.1万人', 'exceeded', false],
  ['确保基本养老、医保参保率均稳定在95%以上', 95, '医保参保率95.5%', 'exceeded', false], // and 基本养老保险参保率97.5%
  ['新增婴幼儿托位1200个', 1200, '托位1220个', 'exceeded', false],
  ['把全市70%以上的义务教育学校纳入教联体建设', 70, '教联体义务教育学校覆盖率99.2%', 'exceeded', false],
  ['改造老旧小区112个', 112, '改造老旧小区112个', 'met', false],
  ['完成居家适老化改造1000户', 1000, '完成1100户家庭适老化改造', 'exceeded', false],
];

describe('002 → 000: the 2024 targets and what 回眸2024 reports', () => {
  const matches = matchDocuments(asTargets(notice), asReview(review));
  const targetById = new Map(notice.targets.map((t) => [t.id, t]));
  const achievementById = new Map(review.achievements.map((a) => [a.id, a]));
  const rows = matches.map((m) => {
    const t = targetById.get(m.targetId)!;
    const first = m.achievementIds[0];
    return { text: t.text, value: t.value, achieved: first ? achievementById.get(first)!.text : null, status: m.status, estimate: m.estimate, m };
  });

  it('gives every quantitative target of 002 one entry', () => {
    expect(matches).toHaveLength(notice.targets.filter((t) => t.value !== null).length);
    expect(matches.length).toBeGreaterThan(80);
  });

  it.each([
    ['新建城市绿道12公里', '新增绿道15.3公里', 'exceeded'],
    ['改造老旧小区112个', '改造老旧小区112个', 'met'],
    ['实现城镇新增就业1.6万人', '城镇新增就业2.1万人', 'exceeded'],
    ['地区生产总值增长6.5%', '地区生产总值预计全年增长6.5%', 'met'],
  ])('done-when: %s → %s is %s', (t, a, status) => {
    const row = rows.find((r) => r.text === t);
    expect(row).toMatchObject({ achieved: a, status });
  });

  it('marks the GDP figure as an estimate (预计) and no other', () => {
    expect(rows.filter((r) => r.estimate).map((r) => r.text)).toEqual(['地区生产总值增长6.5%']);
  });

  it('matches exactly the hand-checked pairs, with their statuses', () => {
    const found = rows.filter((r) => r.status !== 'not-reported').map((r) => [r.text, r.value, r.achieved, r.status, r.estimate]);
    expect(found).toEqual(EXPECTED);
  });

  it('answers both halves of 基本养老、医保参保率', () => {
    const row = rows.find((r) => r.text.startsWith('确保基本养老'))!;
    expect(row.m.achievementIds.map((id) => achievementById.get(id)!.text).sort()).toEqual(['医保参保率95.5%', '基本养老保险参保率97.5%']);
  });

  it('does not pair new high-tech firms with the total count of them', () => {
    const row = rows.find((r) => r.text.startsWith('力争新增高新技术企业') && r.value === 50)!;
    expect(row.status).toBe('not-reported');
  });

  it('is confident about exact pairs and less about judgement calls', () => {
    const conf = (t: string) => rows.find((r) => r.text === t)!.m.confidence;
    expect(conf('改造老旧小区112个')).toBeGreaterThan(0.9);
    expect(conf('确保完成投资500亿元以上')).toBeLessThan(conf('改造老旧小区112个'));
  });
});

describe('targets that 000 cannot answer', () => {
  it("does not hold the province's targets (003) against the city's figures", () => {
    const m = matchDocuments(asTargets(province), asReview(review));
    expect(m.length).toBeGreaterThan(0);
    expect(m.every((x) => x.status === 'not-reported' && x.note?.includes('湖北省'))).toBe(true);
  });

  it('does not hold 2023 targets (001) against 2024 figures', () => {
    const m = matchDocuments(asTargets(report2023), asReview(review));
    expect(m.every((x) => x.status === 'not-reported')).toBe(true);
    expect(m[0]?.note).toContain('2023');
  });
});
