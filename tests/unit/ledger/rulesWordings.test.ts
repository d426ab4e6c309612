// The ledger's calendar from reporting rules in the wordings other offices use, and from a letter
// printed after the tasks.
import { describe, expect, it } from 'vitest';
import type { ReportingDeadline } from '../../../src/lib/model/document';
import { letterOf, parsedRules } from '../../../src/lib/ledger/rules';
import { nthWorkdayAfter } from '../../../src/lib/ledger/dates';

const rule = (text: string): ReportingDeadline => ({ text, date: null, what: `各牵头单位于${text}报送进展情况`, span: { start: 0, end: text.length } });
const meta = (...texts: string[]) => ({ year: 2022, issuedOn: '2022-02-10', reportingDeadlines: texts.map(rule) });

describe('reporting wordings in the ledger', () => {
  it('reads 逢双月6日前 as the even months', () => {
    const { rules, skipped } = parsedRules('d', meta('逢双月6日前'));
    expect(skipped).toEqual([]);
    expect(rules[0]?.dates).toEqual(['2022-02-06', '2022-04-06', '2022-06-06', '2022-08-06', '2022-10-06', '2022-12-06']);
  });

  it('reads 每季度结束后3个工作日内 as the third working day after each quarter', () => {
    const { rules, skipped } = parsedRules('d', meta('每季度结束后3个工作日内'));
    expect(skipped).toEqual([]);
    // 2022-03-31 is a Thursday: Fri 1, Mon 4, Tue 5 April; 2022-12-30 is a Friday and 12-31 a Saturday.
    expect(rules[0]?.dates).toEqual(['2022-04-05', '2022-07-05', '2022-10-05', '2023-01-04']);
  });

  it('reads 每月底前 and 每季度末 as the last day of each month and quarter', () => {
    const { rules, skipped } = parsedRules('d', meta('每月底前', '每季度末'));
    expect(skipped).toEqual([]);
    expect(rules.map((r) => [r.cycle, r.day])).toEqual([
      ['monthly', 31],
      ['quarterly', 31],
    ]);
  });

  it('counts working days Monday to Friday', () => {
    expect(nthWorkdayAfter('2022-04-01', 1)).toBe('2022-04-04');
    expect(nthWorkdayAfter('2022-04-04', 5)).toBe('2022-04-11');
  });

  it('takes the letter after the last task as letter too', () => {
    const text = '关于分解的通知\n各单位：\n1.任务一。\n2.任务二。\n各牵头单位要提前三天报牵头单位汇总。';
    const tasks = [{ span: { start: text.indexOf('1.'), end: text.indexOf('2.') - 1 } }, { span: { start: text.indexOf('2.'), end: text.indexOf('各牵头') - 1 } }];
    expect(letterOf(text, tasks)).toContain('提前三天');
    expect(letterOf(text, tasks)).not.toContain('任务二');
  });
});
