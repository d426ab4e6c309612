// Which year a review figure belongs to: last year's, or several years' (五年来, 十四五期间), which
// no one year's target may be judged against. Report invented.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/parse/index';

const REPORT = [
  '政府工作报告',
  '——2026年1月20日在云梦市第九届人民代表大会第五次会议上',
  '一、2025年和“十四五”时期工作回顾',
  '过去一年，全市地区生产总值增长5.6%，新建5G基站1200个。',
  '五年来，我们坚持项目为王。全市地区生产总值年均增长6.1%，累计新建5G基站5800个。',
  '过去一年，城镇新增就业3.2万人。“十四五”期间，城镇新增就业累计15万人。',
  '二、2026年主要工作',
  '（一）扩大有效投资。实施重点项目200个。',
].join('\n');

function achievement(text: string) {
  const r = parseReport(REPORT, { fileName: '云梦市_2026.txt' });
  if (!r.ok) throw new Error(r.reason);
  const found = r.data.achievements.find((a) => a.text.includes(text));
  if (!found) throw new Error(`no achievement with ${text}: ${r.data.achievements.map((a) => a.text).join(' / ')}`);
  return found;
}

describe('the year of a review figure', () => {
  it("is last year's in a paragraph about last year", () => {
    expect(achievement('增长5.6%').year).toBe(2025);
    expect(achievement('新建5G基站1200个').year).toBe(2025);
    expect(achievement('3.2万人').year).toBe(2025);
  });

  it('is none in a paragraph that opens on five years', () => {
    expect(achievement('年均增长6.1%').year).toBeNull();
    expect(achievement('5800个').year).toBeNull();
  });

  it('is none in a sentence about a five-year plan period', () => {
    expect(achievement('15万人').year).toBeNull();
  });
});
