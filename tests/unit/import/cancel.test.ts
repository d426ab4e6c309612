import { describe, expect, it } from 'vitest';
import { importBudgetMs, withBudget } from '../../../src/lib/import/cancel';

const never = (seen: AbortSignal[]) => (signal: AbortSignal) => {
  seen.push(signal);
  return new Promise<string>(() => {});
};

describe('work with a cancel button and a time budget', () => {
  it('gives the value when the work finishes in time', async () => {
    expect(await withBudget(async () => '预览', { budgetMs: 1000 })).toEqual({ ok: true, value: '预览' });
  });

  it("stops on the user's cancel and tells the work to let go", async () => {
    const seen: AbortSignal[] = [];
    const cancel = new AbortController();
    const run = withBudget(never(seen), { signal: cancel.signal, budgetMs: 60_000 });
    cancel.abort();
    expect(await run).toEqual({ ok: false, stopped: 'cancelled' });
    expect(seen[0]?.aborted).toBe(true);
  });

  it('stops when the budget runs out', async () => {
    const seen: AbortSignal[] = [];
    expect(await withBudget(never(seen), { budgetMs: 20 })).toEqual({ ok: false, stopped: 'timeout' });
    expect(seen[0]?.reason).toBe('timeout');
  });

  it('does not start work that was cancelled before it began', async () => {
    const cancel = new AbortController();
    cancel.abort();
    let started = false;
    expect(
      await withBudget(
        async () => {
          started = true;
          return 1;
        },
        { signal: cancel.signal, budgetMs: 1000 },
      ),
    ).toEqual({ ok: false, stopped: 'cancelled' });
    expect(started).toBe(false);
  });

  it('allows more time for bigger files', () => {
    expect(importBudgetMs(20 * 1024 * 1024)).toBeGreaterThan(importBudgetMs(50_000));
    expect(importBudgetMs(0)).toBe(30_000);
  });
});
