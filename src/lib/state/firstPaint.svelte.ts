// Whether any chart has painted since the page opened: the sections below the charts wait for it, so
// the first chart is not held up by tables that are off screen anyway.
import { afterNextPaint } from '../time/frames';

class FirstPaint {
  done = $state(false);
}

export const firstPaint = new FirstPaint();

let drawn = false;

/** Called on every ECharts 'rendered' event; only the first one counts. ECharts draws into its canvas
 * within setOption: what waits for the first chart starts only after the frame that shows it. */
export function chartPainted(): void {
  if (drawn) return;
  drawn = true;
  performance.mark('chart:first-paint');
  afterNextPaint(() => {
    firstPaint.done = true;
  });
}
