import { describe, expect, it } from 'vitest';
import { groupedCount } from '../../../src/lib/text/count';

describe('groupedCount', () => {
  it('groups thousands with commas whatever the browser locale', () => {
    expect(groupedCount(0)).toBe('0');
    expect(groupedCount(999)).toBe('999');
    expect(groupedCount(1000)).toBe('1,000');
    expect(groupedCount(200000)).toBe('200,000');
    expect(groupedCount(100000004)).toBe('100,000,004');
  });

  it('leaves a fraction ungrouped', () => {
    expect(groupedCount(12345.678)).toBe('12,345.678');
  });
});
