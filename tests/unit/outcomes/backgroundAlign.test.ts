// The page's aligner gives the same alignments whether the job runs at once, in a worker, or (where no
// worker can start, as here in Node) on the main thread after all.
import { describe, expect, it } from 'vitest';
import { alignTasks } from '../../../src/lib/outcomes/align';
import { createBackgroundAligner, WORKER_FROM_PAIRS } from '../../../src/lib/outcomes/backgroundAlign';

const words = ['建设', '绿道', '老旧', '小区', '就业', '企业', '消费', '项目', '农村', '公路', '改造', '培育', '创新', '平台'];
function items(n: number, seed: number) {
  let x = seed;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % words.length;
  return Array.from({ length: n }, (_, i) => ({ id: `${seed}-${i}`, text: Array.from({ length: 6 }, () => words[next()]).join('') }));
}

describe('createBackgroundAligner', () => {
  it('returns the direct result for a small job', async () => {
    const a = createBackgroundAligner();
    const [from, to] = [items(20, 1), items(30, 2)];
    expect(await a.align(from, to)).toEqual(alignTasks(from, to));
    a.dispose();
  });

  it('returns the same result for a job large enough for the worker, even without one', async () => {
    const a = createBackgroundAligner();
    const [from, to] = [items(600, 3), items(600, 4)];
    expect(from.length * to.length).toBeGreaterThan(WORKER_FROM_PAIRS);
    expect(await a.align(from, to)).toEqual(alignTasks(from, to));
    a.dispose();
  });
});
