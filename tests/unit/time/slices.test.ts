import { describe, expect, it } from 'vitest';
import { runAll, runSliced, type Sliced } from '../../../src/lib/time/slices';

function* counting(n: number, seen: number[]): Sliced<number> {
  for (let i = 0; i < n; i++) {
    seen.push(i);
    // a piece of about 2 ms, so a 1 ms slice gives the browser a turn after every piece
    const until = performance.now() + 2;
    while (performance.now() < until) {
      /* work */
    }
    yield (i + 1) / n;
  }
  return n;
}

describe('sliced work', () => {
  it('returns the same result sliced as run straight through', async () => {
    expect(await runSliced(counting(5, []), { sliceMs: 1 })).toBe(runAll(counting(5, [])));
  });

  it('stops at its next turn once its signal is aborted, and rejects with the reason', async () => {
    const seen: number[] = [];
    const stop = new AbortController();
    const run = runSliced(counting(1000, seen), { sliceMs: 1, signal: stop.signal });
    stop.abort(new Error('filters changed'));
    await expect(run).rejects.toThrow('filters changed');
    expect(seen.length).toBeLessThan(1000);
  });
});
