// "Is this element near the viewport?" for every chart on the page, from one IntersectionObserver per
// margin (not one per chart): charts initialise and update only when they come within `margin` of
// the screen, so a page of many charts draws only what is seen.
/** How far outside the viewport a chart already counts as near (it is ready before it scrolls in). */
export const NEAR_MARGIN_PX = 600;

type Callback = (near: boolean) => void;
const observers = new Map<number, { io: IntersectionObserver; callbacks: Map<Element, Callback> }>();

/** Calls `cb` with true/false whenever `el` comes within `marginPx` of the viewport or leaves; returns the stop function. */
export function observeNear(el: Element, cb: Callback, marginPx = NEAR_MARGIN_PX): () => void {
  if (typeof IntersectionObserver !== 'function') {
    cb(true);
    return () => {};
  }
  let entry = observers.get(marginPx);
  if (!entry) observers.set(marginPx, (entry = createEntry(marginPx)));
  entry.callbacks.set(el, cb);
  entry.io.observe(el);
  const e = entry;
  return () => {
    e.io.unobserve(el);
    e.callbacks.delete(el);
  };
}

// Outside observeNear on purpose: a callback created there would share its scope with the first
// element observed, and the observer, which lives as long as the page, would keep that element (and the
// whole view it belonged to) alive after it is removed.
function createEntry(marginPx: number): { io: IntersectionObserver; callbacks: Map<Element, Callback> } {
  const callbacks = new Map<Element, Callback>();
  const io = new IntersectionObserver(
    (records) => {
      for (const r of records) callbacks.get(r.target)?.(r.isIntersecting);
    },
    { rootMargin: `${marginPx}px 0px` },
  );
  return { io, callbacks };
}

/** The same question answered at once from the element's box (the observer answers a frame later). */
export function isNear(el: Element, marginPx = NEAR_MARGIN_PX): boolean {
  const r = el.getBoundingClientRect();
  const h = window.innerHeight || document.documentElement.clientHeight;
  return r.bottom >= -marginPx && r.top <= h + marginPx && (r.width > 0 || r.height > 0);
}
