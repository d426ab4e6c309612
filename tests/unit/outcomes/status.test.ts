import { describe, expect, it } from 'vitest';
import { directionOf, statusOf, worst, type TargetFigure } from '../../../src/lib/outcomes/status';

const t = (over: Partial<TargetFigure>): TargetFigure => ({ metric: '某指标', verb: null, value: 10, valueMax: null, stretch: null, qualifier: null, ...over });

describe('directionOf', () => {
  it.each([
    [{ verb: '增长' }, 'floor'],
    [{ verb: '新建', qualifier: '以上' }, 'floor'],
    [{ verb: '控制在' }, 'cap'],
    [{ qualifier: '以内' }, 'cap'],
    [{ verb: '降至' }, 'cap'],
    [{ verb: '降低' }, 'reduce'],
    [{ verb: '下降' }, 'reduce'],
    [{ verb: '增长', qualifier: '左右' }, 'about'],
    [{ metric: '城镇调查失业率', qualifier: '左右' }, 'cap'],
    [{ metric: '居民消费价格涨幅', qualifier: '左右' }, 'cap'],
  ] as const)('%o is a %s target', (over, dir) => {
    expect(directionOf(t(over))).toBe(dir);
  });
});

describe('statusOf', () => {
  it('reads a floor: above exceeds, equal meets, below misses', () => {
    expect(statusOf(t({}), 12, null, false)).toBe('exceeded');
    expect(statusOf(t({}), 10, null, false)).toBe('met');
    expect(statusOf(t({}), 9.9, null, false)).toBe('missed');
  });

  it('meets a cap at or below it and misses above it', () => {
    expect(statusOf(t({ verb: '控制在', value: 3 }), 2.1, null, true)).toBe('met');
    expect(statusOf(t({ verb: '控制在', value: 3 }), 3, null, true)).toBe('met');
    expect(statusOf(t({ verb: '控制在', value: 3 }), 3.4, null, true)).toBe('missed');
  });

  it('needs a fall of at least the promised amount for a reduction target', () => {
    const target = t({ verb: '降低', value: 10 });
    expect(statusOf(target, 12, '降低', true)).toBe('exceeded');
    expect(statusOf(target, 10, '下降', true)).toBe('met');
    expect(statusOf(target, 8, '下降', true)).toBe('missed');
    expect(statusOf(target, 3, '增长', true)).toBe('missed');
  });

  it('misses a growth target when the figure fell', () => {
    expect(statusOf(t({ verb: '增长', value: 5 }), 2, '下降', true)).toBe('missed');
  });

  it('meets 左右 within a fifth of a point for percentages', () => {
    const target = t({ verb: '增长', value: 6, qualifier: '左右' });
    expect(statusOf(target, 5.8, '增长', true)).toBe('met');
    expect(statusOf(target, 6.2, '增长', true)).toBe('met');
    expect(statusOf(target, 6.5, '增长', true)).toBe('exceeded');
    expect(statusOf(target, 5.5, '增长', true)).toBe('missed');
  });

  it('reads a stretch value (增长8%、力争9%) and a range (3—5个)', () => {
    const stretch = t({ value: 8, stretch: 9 });
    expect(statusOf(stretch, 8.5, null, true)).toBe('met');
    expect(statusOf(stretch, 9, null, true)).toBe('exceeded');
    expect(statusOf(stretch, 7, null, true)).toBe('missed');
    const range = t({ value: 3, valueMax: 5 });
    expect(statusOf(range, 4, null, false)).toBe('met');
    expect(statusOf(range, 6, null, false)).toBe('exceeded');
    expect(statusOf(range, 2, null, false)).toBe('missed');
  });

  it('compares without float noise', () => {
    expect(statusOf(t({ value: 0.3 }), 0.1 + 0.2, null, true)).toBe('met');
  });

  it('takes the weakest of several statuses', () => {
    expect(worst(['exceeded', 'met'])).toBe('met');
    expect(worst(['exceeded', 'missed', 'met'])).toBe('missed');
    expect(worst(['exceeded'])).toBe('exceeded');
  });
});
