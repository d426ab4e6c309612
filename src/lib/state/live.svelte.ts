// A Dexie liveQuery (or any observable) as rune state: subscribe inside $effect, keep the latest
// value in $state.raw (query results are replaced whole, never mutated), unsubscribe on teardown.
// Create it during component initialisation (it registers an $effect).

interface Subscribable<T> {
  subscribe(observer: { next: (value: T) => void; error: (err: unknown) => void }): { unsubscribe(): void };
}

export class Live<T> {
  value = $state.raw<T>() as T;
  error = $state.raw<unknown>(null);
  /** false until the first value arrives */
  ready = $state(false);

  /** `source` is read inside the effect: if it reads reactive state, the query restarts when it changes. */
  constructor(source: () => Subscribable<T> | null | undefined, initial: T) {
    this.value = initial;
    $effect(() => {
      const observable = source();
      if (!observable) return;
      return subscribeWeakly(observable, this);
    });
  }
}

/**
 * Subscribes `live` to `observable`; the returned function unsubscribes and lets go of `live`.
 * Dexie keeps a query's first observer in its cache after the unsubscribe, for as long as another
 * subscriber to the same query lives: that observer must not reach the component that made it (the
 * closures here see only `sink`, emptied on teardown), or a closed view would stay in memory.
 */
export function subscribeWeakly<T>(observable: Subscribable<T>, live: Pick<Live<T>, 'value' | 'error' | 'ready'>): () => void {
  const sink: { live: typeof live | null } = { live };
  const sub = observable.subscribe({
    next: (v) => {
      if (!sink.live) return;
      sink.live.value = v;
      sink.live.error = null;
      sink.live.ready = true;
    },
    error: (e) => {
      if (sink.live) sink.live.error = e;
    },
  });
  return () => {
    sink.live = null;
    sub.unsubscribe();
  };
}
