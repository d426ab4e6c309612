// Stopping work that may take long: by the user (a cancel button) or by a time budget. The work gets a
// signal so it can let go of what it holds (the parse worker is terminated); the caller gets a value
// saying how it ended, never a rejection. Used for one import; a batch import runs one per file.

export type Stopped = 'cancelled' | 'timeout';
export type Budgeted<T> = { ok: true; value: T } | { ok: false; stopped: Stopped };

export interface BudgetOptions {
  /** The user's cancel. */
  signal?: AbortSignal;
  /** Time allowed, in ms. */
  budgetMs: number;
}

/** Runs `work`, stopping it when `signal` aborts or `budgetMs` passes, whichever comes first. */
export function withBudget<T>(work: (signal: AbortSignal) => Promise<T>, options: BudgetOptions): Promise<Budgeted<T>> {
  const inner = new AbortController();
  return new Promise<Budgeted<T>>((resolve, reject) => {
    let settled = false;
    const stop = (stopped: Stopped) => {
      if (settled) return;
      settled = true;
      cleanup();
      inner.abort(stopped);
      resolve({ ok: false, stopped });
    };
    const onCancel = () => stop('cancelled');
    const timer = setTimeout(() => stop('timeout'), options.budgetMs);
    const cleanup = () => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onCancel);
    };
    if (options.signal?.aborted) {
      stop('cancelled');
      return;
    }
    options.signal?.addEventListener('abort', onCancel);
    work(inner.signal).then(
      (value) => {
        if (settled) return;
        settled = true;
        cleanup();
        resolve({ ok: true, value });
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        cleanup();
        reject(error);
      },
    );
  });
}

/** The time an import may take from reading to preview: generous, since parsing is linear in the text
 * (≈ 1 s per MB on a slow machine), so only a hung parse or a pathological file reaches it. */
export function importBudgetMs(bytes: number): number {
  return 30_000 + Math.ceil(bytes / (1024 * 1024)) * 5_000;
}
