// Work that waits its turn, one piece per frame: chart cards that come near build in the order they
// asked, and the page's other sections wait until none is waiting.
import { afterNextPaint } from './frames';

// The first chart paints after one build instead of after every card in reach (at scale one build can
// take a few hundred ms).
const waiting: Array<() => void> = [];
let pumping = false;
let drained: Array<() => void> = [];

function pump(): void {
  const next = waiting.shift();
  if (!next) {
    pumping = false;
    const calls = drained;
    drained = [];
    for (const fn of calls) fn();
    return;
  }
  next();
  // Let the frame that draws it paint before the next build.
  afterNextPaint(pump);
}

/** Runs `fn` in its turn (one per frame); returns a function that takes it out of the queue. */
export function inTurn(fn: () => void): () => void {
  waiting.push(fn);
  if (!pumping) {
    pumping = true;
    // The first in line runs in the current task: nothing waits for a frame when one card asks.
    queueMicrotask(pump);
  }
  return () => {
    const i = waiting.indexOf(fn);
    if (i >= 0) waiting.splice(i, 1);
  };
}

/** Calls `fn` once no card waits for its turn (at once when none does): the page's other sections
 * render after the charts in reach have built, not between them. */
export function afterTurns(fn: () => void): () => void {
  if (!pumping && waiting.length === 0) {
    fn();
    return () => {};
  }
  drained.push(fn);
  return () => {
    drained = drained.filter((f) => f !== fn);
  };
}
