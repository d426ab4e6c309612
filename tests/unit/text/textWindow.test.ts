import { describe, expect, it } from 'vitest';
import { sentenceAround, textWindow } from '../../../src/lib/text/textWindow';

const paras = Array.from({ length: 20 }, (_, i) => `第${i}段。这里是正文，地区生产总值增长${i}%左右。`);
const text = paras.join('\n');
const spanOf = (needle: string) => {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length };
};

describe('textWindow', () => {
  it('splits out the span exactly and keeps the paragraphs around it', () => {
    const span = spanOf('地区生产总值增长10%左右');
    const w = textWindow(text, span, { paragraphs: 2 });
    expect(w.mark).toBe('地区生产总值增长10%左右');
    expect(w.lead).toBe('这里是正文，');
    expect(w.tail).toBe('。');
    expect(w.before + w.lead + w.mark + w.tail + w.after).toBe(text.slice(w.from, w.to));
    expect(w.before.startsWith('第8段。')).toBe(true);
    expect(w.after.endsWith('增长12%左右。')).toBe(true);
    expect(w.after).not.toContain('第13段');
  });

  it('reaches the ends of the text without going past them', () => {
    const first = textWindow(text, spanOf('第0段'), { paragraphs: 3 });
    expect(first.from).toBe(0);
    expect(first.before).toBe('');
    const last = textWindow(text, spanOf('增长19%左右。'), { paragraphs: 3 });
    expect(last.to).toBe(text.length);
    expect(last.after).toBe('');
    expect(last.before.startsWith('第16段')).toBe(true);
  });

  it('caps a text without line breaks at maxChars each side', () => {
    const long = '甲'.repeat(500_000) + '目标句。' + '乙'.repeat(500_000);
    const start = 500_000;
    const w = textWindow(long, { start, end: start + 4 }, { maxChars: 1000 });
    expect(w.mark).toBe('目标句。');
    expect((w.before + w.lead).length).toBe(1000);
    expect(w.lead.length).toBeLessThanOrEqual(400);
    expect((w.tail + w.after).length).toBe(1000);
  });

  it('gives the whole text when asked', () => {
    const w = textWindow(text, spanOf('第5段'), { whole: true });
    expect(w.from).toBe(0);
    expect(w.to).toBe(text.length);
    expect(w.before + w.lead + w.mark + w.tail + w.after).toBe(text);
  });

  it('clamps a span outside the text (a stale span never throws)', () => {
    const w = textWindow('短文本', { start: 10, end: 20 });
    expect(w.mark).toBe('');
    expect(w.before + w.lead + w.tail + w.after).toBe('短文本');
    const r = textWindow('短文本', { start: 2, end: 1 });
    expect(r.mark).toBe('');
  });

  it('finds the sentence of a clause, and never shrinks a span that is already one', () => {
    const t = '一、工作回顾\n推动10个湖北实验室多出成果、创建国家实验室；加快建设。下一句。';
    const s0 = t.indexOf('10个湖北实验室');
    expect(t.slice(...sentenceAround(t, s0, s0 + 8))).toBe('推动10个湖北实验室多出成果、创建国家实验室；加快建设。');
    const whole = t.indexOf('推动');
    const e = t.indexOf('下一句');
    expect(sentenceAround(t, whole, e)).toEqual([whole, e]);
    expect(t.slice(...sentenceAround(t, e, e + 3))).toBe('下一句。');
  });
});
