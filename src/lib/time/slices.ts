// Long work on the main thread without freezing the page: the work is a generator that yields its
// progress (0…1) between small pieces; runSliced runs pieces until a slice of time is used up, then
// gives the browser a turn (input, painting) before going on. The same generator runs straight through
// with runAll, in tests and where nothing is waiting.

/** Work that can pause between pieces: yields its progress (0…1), returns its result. */
export type Sliced<T> = Generator<number, T, void>;

export interface SliceOptions {
  /** Longest run between two turns for the browser, in ms (well under the 200 ms a user notices; 20 by default). */
  sliceMs?: number;
  onProgress?: (fraction: number) => void;
  /** Stops the work at its next turn (the promise then rejects with the signal's reason). */
  signal?: AbortSignal;
}

/** A macrotask turn: lets the browser handle input and paint. setTimeout(0) is clamped to 4 ms after
 * nesting and throttled in background tabs; a MessageChannel message is not. */
export function nextTurn(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export async function runSliced<T>(work: Sliced<T>, options: SliceOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? 20;
  let start = performance.now();
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (performance.now() - start >= sliceMs) {
      options.onProgress?.(step.value);
      await nextTurn();
      if (options.signal?.aborted) {
        work.return(undefined as T);
        throw options.signal.reason;
      }
      start = performance.now();
    }
  }
}

export function runAll<T>(work: Sliced<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}
