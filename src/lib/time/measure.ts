// Named spans on the page's performance timeline (read by scripts/openTimeline.ts and the bench):
// what an open or a filter change spends, by step, without a profiler.

/** Runs `fn` and records how long it took as a performance measure called `name`. */
export function timed<T>(name: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(name, { start });
  }
}
