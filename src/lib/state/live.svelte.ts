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
      const sub = observable.subscribe({
        next: (v) => {
          this.value = v;
          this.error = null;
          this.ready = true;
        },
        error: (e) => {
          this.error = e;
        },
      });
      return () => sub.unsubscribe();
    });
  }
}
