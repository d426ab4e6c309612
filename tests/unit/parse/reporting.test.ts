import { describe, expect, it } from 'vitest';
import { findReportingDeadlines } from '../../../src/lib/parse/reporting';

describe('findReportingDeadlines', () => {
  it('reads one-off, listed and recurring reporting dates with the sentence that sets them', () => {
    const letter = '实施方案于2024年2月20日前报市政府督查室。牵头单位于每月15日前报送落实情况；重点工作分别于4月15日、10月15日前报送。联系电话：123。';
    const found = findReportingDeadlines(letter, 2024);
    expect(found.map((d) => [d.text, d.date])).toEqual([
      ['2024年2月20日', '2024-02-20'],
      ['每月15日前', null],
      ['4月15日', '2024-04-15'],
      ['10月15日', '2024-10-15'],
    ]);
    expect(found[0]?.what).toBe('实施方案于2024年2月20日前报市政府督查室');
    expect(letter.slice(found[2]?.span.start, found[2]?.span.end)).toBe('4月15日');
  });

  it('ignores dates that are not about reporting back', () => {
    expect(findReportingDeadlines('2024年1月23日\n今年3月5日召开会议。', 2024)).toEqual([]);
  });
});
