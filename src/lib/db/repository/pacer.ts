// Long writes that never hold the page: inside one IndexedDB transaction the page may only wait for its
// own requests (a setTimeout or a message would let the transaction commit early), so the writer issues
// requests back to back and, once a slice of time is used up, waits for the last one issued — its answer
// comes as a new task, and the browser handles input and paints meanwhile. The writer waits for the
// oldest request still unanswered (answers come in order, one task each): the database keeps the rest
// to work on meanwhile, so pacing costs the page a turn, not a round trip per slice. Work between requests (making
// rows, encoding a pack) calls `turn`, which yields the same way (by a small read when nothing is in
// flight). A failed request is thrown at the next call, so the transaction aborts as it would have.

export interface PacerOptions {
  /** Longest run of the page's own work between two turns for the browser, ms (30 by default). */
  sliceMs?: number;
  /** Requests issued before the writer waits for them regardless of time (64 by default): bounds what the page holds. */
  maxInFlight?: number;
  now?: () => number;
  /** A cheap request of the same transaction, for a turn when none is in flight (a read of one key). */
  idle: () => Promise<unknown>;
}

export interface Pacer {
  /** Call after issuing `request`: resolves at once while the slice lasts, else once `request` has answered. */
  issued(request: Promise<unknown>): Promise<void>;
  /** A turn for the browser if the slice is used up (call between pieces of the page's own work). */
  turn(): Promise<void>;
  /** Waits for every request issued; throws the first failure. */
  drain(): Promise<void>;
  /** How many times the writer let the browser in. */
  readonly turns: number;
}

export function pacer(options: PacerOptions): Pacer {
  const sliceMs = options.sliceMs ?? 30;
  const maxInFlight = options.maxInFlight ?? 64;
  const now = options.now ?? (() => performance.now());
  let start = now();
  /** Requests issued and not yet answered, oldest first (answered ones are dropped from the front when looked at). */
  const queue: Array<{ settled: Promise<void>; done: boolean }> = [];
  let inFlight = 0;
  let failure: { error: unknown } | null = null;
  let turns = 0;

  /** The oldest request not yet answered: its answer is the next task the transaction gets. */
  const oldest = (): Promise<void> | null => {
    while (queue.length > 0 && queue[0]!.done) queue.shift();
    return queue[0]?.settled ?? null;
  };
  const check = () => {
    if (failure) throw failure.error;
  };
  const wait = async (p: Promise<unknown>) => {
    await p;
    turns++;
    start = now();
    check();
  };

  return {
    get turns() {
      return turns;
    },
    async issued(request) {
      check();
      inFlight++;
      const entry = { settled: Promise.resolve(), done: false };
      entry.settled = request.then(
        () => {
          inFlight--;
          entry.done = true;
        },
        (error: unknown) => {
          inFlight--;
          entry.done = true;
          failure ??= { error };
        },
      );
      queue.push(entry);
      if (now() - start >= sliceMs || inFlight >= maxInFlight) await wait(oldest() ?? entry.settled);
    },
    async turn() {
      check();
      if (now() - start < sliceMs) return;
      await wait(oldest() ?? options.idle());
    },
    async drain() {
      const last = queue[queue.length - 1];
      if (last && !last.done) await last.settled;
      queue.length = 0;
      check();
    },
  };
}
