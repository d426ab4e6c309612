// The one clock of the app (stored timestamps, file names, the date printed on exported images,
// 数据截至), so a test can stand on any day; and the one way a date is printed.
let clock: () => Date = () => new Date();

/** Replace the clock; returns a function that restores the previous one. */
export function setClock(fn: () => Date): () => void {
  const previous = clock;
  clock = fn;
  return () => {
    clock = previous;
  };
}

export function now(): Date {
  return clock();
}

/** Now as an ISO timestamp, as rows store it. */
export function nowIso(): string {
  return clock().toISOString();
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

/** YYYY-MM-DD-HHmm in local time, for file names. */
export function fileDateTime(d: Date): string {
  return `${localDate(d)}-${localTime(d, '')}`;
}

/** A stored ISO timestamp as the user reads it: 2025-03-05 09:07 local time (the text itself if it is no date). */
export function displayDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${localDate(d)} ${localTime(d)}`;
}

/** Today as YYYY-MM-DD, from the injectable clock. */
export function today(): string {
  return localDate(clock());
}
