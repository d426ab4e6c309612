import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paginate, type PageBlock } from '../../../src/lib/print/paginate';

const p = (height: number, more: Partial<PageBlock> = {}): PageBlock => ({ height, ...more });

describe('pagination', () => {
  it('fills pages in order', () => {
    expect(paginate([p(40), p(40), p(40), p(40)], 100)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(paginate([], 100)).toEqual([]);
  });

  it('moves a heading to the next page with what follows it', () => {
    expect(paginate([p(70), p(10, { keepWithNext: true }), p(30)], 100)).toEqual([[0], [1, 2]]);
  });

  it("repeats a table's header row on the page it continues on", () => {
    const blocks = [p(10, { table: 't', tableHead: true, keepWithNext: true }), p(40, { table: 't' }), p(40, { table: 't' }), p(40, { table: 't' })];
    expect(paginate(blocks, 100)).toEqual([
      [0, 1, 2],
      [0, 3],
    ]);
  });

  it('gives a block taller than a page its own page', () => {
    expect(paginate([p(20), p(300), p(20)], 100)).toEqual([[0], [1], [2]]);
  });

  it('places every block exactly once, in order, and overfills no page that has room', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ height: fc.integer({ min: 1, max: 60 }), keepWithNext: fc.boolean() }), { maxLength: 60 }), (raw) => {
        const pages = paginate(raw, 100);
        expect(pages.flat()).toEqual(raw.map((_, i) => i));
        for (const page of pages) {
          const h = page.reduce((n, i) => n + (raw[i] as PageBlock).height, 0);
          if (page.length > 1) expect(h).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 100 },
    );
  });
});
