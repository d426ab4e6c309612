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

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD in local time (what the user's clock shows), as in file names and tables. */
export function localDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** HH:mm in local time; `separator` is '.' or '' where a file name cannot hold ':'. */
export function localTime(d: Date, separator = ':'): string {
  return `${pad(d.getHours())}${separator}${pad(d.getMinutes())}`;
}

/** Today as YYYY-MM-DD, from the injectable clock. */
export function today(): string {
  return localDate(clock());
}
