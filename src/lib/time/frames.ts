// Waiting for the browser to show what was drawn before doing more.

/** Calls `fn` in a task after the next frame has painted; returns a function that cancels it. */
export function afterNextPaint(fn: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
