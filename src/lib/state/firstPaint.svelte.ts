// Whether any chart has painted since the page opened: the sections below the charts wait for it, so
// the first chart is not held up by tables that are off screen anyway.

class FirstPaint {
  done = $state(false);
}

export const firstPaint = new FirstPaint();

/** Called on every ECharts 'rendered' event; only the first one counts. */
export function chartPainted(): void {
  if (firstPaint.done) return;
  performance.mark('chart:first-paint');
  firstPaint.done = true;
}
