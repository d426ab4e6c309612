// The page's named spans stay bounded however long it is open.
import { describe, expect, it } from 'vitest';
import { mark, MAX_MARKS, MAX_MEASURES, measureSince, timed } from '../../../src/lib/time/measure';

describe('performance measures', () => {
  it('are recorded by name with their duration', () => {
    performance.clearMeasures();
    expect(timed('derive:test', () => 42)).toBe(42);
    measureSince('build:test', performance.now() - 5);
    const names = performance.getEntriesByType('measure').map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['derive:test', 'build:test']));
  });

  it('are cleared once there are more than MAX_MEASURES, never growing past it', () => {
    performance.clearMeasures();
    for (let i = 0; i < MAX_MEASURES * 2 + 5; i++) measureSince('build:many', performance.now());
    const n = performance.getEntriesByType('measure').length;
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(MAX_MEASURES);
  });

  it('keep marks bounded too: a view opened all day leaves at most MAX_MARKS', () => {
    performance.clearMarks();
    for (let i = 0; i < MAX_MARKS * 2 + 5; i++) mark('near:many');
    const n = performance.getEntriesByType('mark').length;
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(MAX_MARKS);
  });
});
