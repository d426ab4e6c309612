// Named spans and marks on the page's performance timeline (read by scripts/openTimeline.ts and the
// bench): what an open or a filter change spends, by step, without a profiler. The browser keeps every
// one for the page's lifetime: past MAX_MEASURES measures (a few hundred filter changes) or MAX_MARKS
// marks (a few hundred view switches) they are cleared, so a page left open all day does not collect
// them without end.

export const MAX_MEASURES = 2000;
export const MAX_MARKS = 2000;
let recorded = 0;
let marked = 0;

/** Marks the moment `name` on the timeline (for marks that recur: a chart coming near, an alignment). */
export function mark(name: string): void {
  if (++marked > MAX_MARKS) {
    performance.clearMarks();
    marked = 1;
  }
  performance.mark(name);
}

/** Records the time from `start` (performance.now()) to now as a measure called `name`. */
export function measureSince(name: string, start: number): void {
  if (++recorded > MAX_MEASURES) {
    performance.clearMeasures();
    recorded = 1;
  }
  performance.measure(name, { start });
}

/** Runs `fn` and records how long it took as a performance measure called `name`. */
export function timed<T>(name: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    measureSince(name, start);
  }
}
