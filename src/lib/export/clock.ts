// The one clock export code reads (file names, the date printed on exported images), so tests can pin it.
let clock: () => Date = () => new Date();

/** Replace the clock; returns a function that restores the previous one. */
export function setClock(fn: () => Date): () => void {
  const previous = clock;
  clock = fn;
  return () => { clock = previous; };
}

export function now(): Date {
  return clock();
}

/** YYYY-MM-DD in local time, as in file names and tables. */
export function today(): string {
  const d = clock();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
