// Any string gives a valid document or a typed error — never an exception, never a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseErrorCode, ParsedDocument } from '../../../src/lib/model/document';
import { parseReport } from '../../../src/lib/parse/index';

function expectValidOrTyped(text: string): void {
  const r = parseReport(text);
  if (r.ok) {
    expect(ParsedDocument.safeParse(r.data).success).toBe(true);
    for (const t of r.data.tasks) expect(t.span.end).toBeLessThanOrEqual(r.data.text.length);
  } else {
    expect(ParseErrorCode.options).toContain(r.code);
    expect(r.code).not.toBe('invalid-output');
    expect(r.reason).toMatch(/[\u4e00-\u9fff]/);
  }
}

const TOKENS = [
  '一、',
  '二、',
  '（一）',
  '(二)',
  '1.',
  '2、',
  '12.',
  '- ',
  '\n',
  '\n\n',
  '。',
  '，',
  '、',
  '；',
  '：',
  '（',
  '）',
  '〔',
  '〕',
  '【',
  '】',
  '牵头单位：',
  '责任单位：',
  '责任领导：',
  '完成时限：',
  '市发改委',
  '各县市区政府及管委会',
  '随县、广水市人民政府',
  '主要预期目标：',
  '地区生产总值增长8%、力争9%',
  '民生实事',
  '2024年',
  '回眸 2024',
  '总体要求',
  '以下任务由',
  '牵头',
  '关于分解落实政府工作报告的通知',
  '随政办发〔2024〕2号',
  '3.6亿袋',
  '十四五',
  'and',
  '(上接第一版)',
  '\uFEFF',
  '\r\n',
  ' ',
];

// 300 random inputs take about 4 s on a quiet machine: not a budget, so the limit is generous.
describe('parseReport on any input', { timeout: 60_000 }, () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => expectValidOrTyped(s)),
      { numRuns: 300 },
    );
  });

  it('never throws on strings built from the structural tokens of real documents', () => {
    const doc = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((a) => a.join(''));
    fc.assert(
      fc.property(doc, (s) => expectValidOrTyped(s)),
      { numRuns: 400 },
    );
  });

  it.each([
    ['empty', ''],
    ['empty', ' \n\t\u3000\n'],
    ['binary', 'PK\u0003\u0004\u0000\u0000abc'],
    ['binary', '\ufffd\ufffd\ufffd\u0001\u0002 乱码 \ufffd\ufffd'],
    ['no-structure', '今天天气很好，我们去公园散步。'],
    ['no-structure', 'hello world\nthis is not a report'],
  ] as const)('returns %s for %j', (code, text) => {
    const r = parseReport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe(code);
  });

  it('refuses text over 20 MB without reading it', () => {
    const r = parseReport('字'.repeat(20 * 1024 * 1024 + 1));
    expect(r.ok ? null : r.code).toBe('too-large');
  });
});

describe('linear time on 5 MB adversarial inputs (hang detector, generous bound)', () => {
  const MB = 1024 * 1024;
  it.each([
    ['runs of brackets', '（'.repeat(2 * MB) + '）'.repeat(2 * MB) + '〔（'.repeat(MB / 2)],
    ['runs of 、', '市发改委、'.repeat(MB)],
    ['runs of digits', '1'.repeat(5 * MB)],
    ['one giant line of item syntax', '1.增长8%、力争9%（牵头单位：市发改委、（责任单位：〔'.repeat(MB / 6)],
    ['a million newlines', '\n'.repeat(5 * MB)],
    ['a million short lines', '短标题\n'.repeat(MB)],
    ['long runs of spaces', `市${' '.repeat(5 * MB)}x 。`],
  ])(
    '%s finishes',
    (_name, text) => {
      const t0 = Date.now();
      expectValidOrTyped(text);
      expect(Date.now() - t0).toBeLessThan(30_000);
    },
    60_000,
  );
});
