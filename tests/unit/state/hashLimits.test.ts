// A URL hash is input like any file: a huge one is ignored whole, and no list in it grows past its cap.
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../../src/lib/analysis/filters';
import { extrasFromHash, filtersFromHash, indicatorFromHash, MAX_HASH_CHARS, MAX_HASH_LIST, trendFromHash } from '../../../src/lib/state/hashCodec';

describe('hash limits', () => {
  it('ignores a 2 MB hash whole: the page opens with defaults', () => {
    const hash = `#y=2024&v=ledger&g=red&tp=随州市&tm=GDP&ik=GDP&u=${'市'.repeat(2 * 1024 * 1024)}`;
    expect(filtersFromHash(hash)).toEqual(EMPTY_FILTERS);
    expect(extrasFromHash(hash)).toEqual({ lights: [], view: 'dashboard', ledgerDoc: null });
    expect(trendFromHash(hash)).toBeNull();
    expect(indicatorFromHash(hash)).toBeNull();
  });

  it('reads a hash just under the limit', () => {
    const hash = `#y=2024&q=${'a'.repeat(MAX_HASH_CHARS - 20)}`;
    expect(hash.length).toBeLessThanOrEqual(MAX_HASH_CHARS);
    expect(filtersFromHash(hash).years).toEqual([2024]);
  });

  it(`reads at most ${MAX_HASH_LIST} values of one list`, () => {
    const hash = '#' + Array.from({ length: 4000 }, (_, i) => `u=${i}`).join('&');
    expect(hash.length).toBeLessThanOrEqual(MAX_HASH_CHARS);
    const units = filtersFromHash(hash).units;
    expect(units).toHaveLength(MAX_HASH_LIST);
    expect(units[0]).toBe('0');
  });
});
