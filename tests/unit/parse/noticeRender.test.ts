// The corpus writer's own readings (scripts/notices/render.ts), which the gold of every notice rests on.
import { describe, expect, it } from 'vitest';
import { chineseNumber, deadlineDate, leaderSpans, padName, sharedPrefix } from '../../../scripts/notices/render';

describe('notice corpus writer', () => {
  it('dates a printed deadline as the gold states it', () => {
    expect(deadlineDate('2024年6月底前', 2024)).toBe('2024-06-30');
    expect(deadlineDate('2024年2月底', 2024)).toBe('2024-02-29');
    expect(deadlineDate('2022年12月', 2022)).toBe('2022-12-31');
    expect(deadlineDate('2023年9月1日前', 2023)).toBe('2023-09-01');
    expect(deadlineDate('9月30日前', 2026)).toBe('2026-09-30');
    expect(deadlineDate('年底前', 2021)).toBe('2021-12-31');
    expect(deadlineDate('长期坚持', 2025)).toBeNull();
  });

  it('prints a unit list under one level prefix only when every unit shares it', () => {
    expect(sharedPrefix(['省统计局', '省财政厅'])).toBe('省统计局、财政厅');
    expect(sharedPrefix(['区发改局', '区生态环境分局'])).toBe('区发改局、生态环境分局');
    expect(sharedPrefix(['市财政局', '各县区人民政府'])).toBe('市财政局、各县区人民政府');
    expect(sharedPrefix(['市财政局'])).toBe('市财政局');
  });

  it('pads two-character names and numbers items in Chinese', () => {
    expect(padName('王东')).toBe('王\u3000东');
    expect(padName('欧阳平')).toBe('欧阳平');
    expect([1, 10, 11, 20, 23].map(chineseNumber)).toEqual(['一', '十', '十一', '二十', '二十三']);
  });

  it('merges a leader cell over the rows of one leader only where the notice merges', () => {
    const rows = [{ leaders: ['甲'] }, { leaders: ['甲'] }, { leaders: ['乙'] }].map((r) => ({ ...r, text: 'x', lead: [] }));
    expect(leaderSpans(rows, true)).toEqual([2, 0, 1]);
    expect(leaderSpans(rows, false)).toEqual([1, 1, 1]);
  });
});
