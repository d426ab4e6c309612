// The one clock of the app (stored timestamps, file names, the date printed on exported images,
// 数据截至), so a test can stand on any day; and the one way a date is printed.
//
// Every calendar day and clock time the app shows or stores is China's (UTC+8, no daylight saving),
// whatever zone the laptop is set to: a 督查室's deadlines are Beijing dates. The instant is shifted
// by eight hours and read with the UTC getters, so neither the laptop's zone nor Intl is consulted.
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

/** China Standard Time: UTC+8 all year. */
export const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The instant moved so that its UTC fields read as the wall clock in Beijing. */
const beijing = (d: Date) => new Date(d.getTime() + BEIJING_OFFSET_MS);

/** YYYY-MM-DD in Beijing, as in file names, tables and the ledger's days. */
export function beijingDate(d: Date): string {
  const b = beijing(d);
  return `${b.getUTCFullYear()}-${pad(b.getUTCMonth() + 1)}-${pad(b.getUTCDate())}`;
}

/** HH:mm in Beijing; `separator` is '.' or '' where a file name cannot hold ':'. */
export function beijingTime(d: Date, separator = ':'): string {
  const b = beijing(d);
  return `${pad(b.getUTCHours())}${separator}${pad(b.getUTCMinutes())}`;
}

/** YYYY-MM-DD-HHmm in Beijing, for file names. */
export function fileDateTime(d: Date): string {
  return `${beijingDate(d)}-${beijingTime(d, '')}`;
}

/** A stored ISO timestamp as the user reads it: 2025-03-05 09:07 Beijing time (the text itself if it is no date). */
export function displayDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${beijingDate(d)} ${beijingTime(d)}`;
}

/** The Beijing day of a stored ISO timestamp ('' when the text is no timestamp). */
export function beijingDayOf(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : beijingDate(d);
}

/** Today in Beijing as YYYY-MM-DD, from the injectable clock. */
export function today(): string {
  return beijingDate(clock());
}
