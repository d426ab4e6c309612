// What a backup file may be before it is parsed at all: its size and how deeply it nests. A file over
// either limit is refused with the figure and the limit, before JSON.parse, so no file can take the
// page or its worker down (the splitting into pieces and the checks after the parse recurse into the
// value; a file nested 10,000 deep overflowed the stack and answered nothing). The depth is found by
// one scan of the text that counts [ and { outside strings: iterative, linear, never recursion on
// the input. Pure: runs in the worker, in the page when no worker starts, and in tests.
import { MSG } from './messages';

/** The deepest nesting a backup may have. The app writes depth 8 (file → documents → document → tasks
 * → task → groups → group → deadline); 64 leaves room for any later format and is still far below
 * what a recursion can take (≈ 5,000 frames in a worker). */
export const BACKUP_MAX_DEPTH = 64;

/** The largest backup file read, in bytes. A backup of 100,000 tasks is 45 MB; past ≈ 500 MB a
 * browser cannot even hold the text as one string, and parsing takes about ten times the file in
 * memory. */
export const BACKUP_MAX_BYTES = 200 * 1024 * 1024;

const MB = 1024 * 1024;
const mb = (bytes: number) => `${(Math.ceil((bytes / MB) * 10) / 10).toFixed(1)} MB`;

/** null when a file of `bytes` may be read, else the message saying why not. */
export function backupSizeProblem(bytes: number): string | null {
  return bytes > BACKUP_MAX_BYTES ? MSG.backupTooLarge(mb(bytes), mb(BACKUP_MAX_BYTES)) : null;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_ARRAY = 91;
const OPEN_OBJECT = 123;
const CLOSE_ARRAY = 93;
const CLOSE_OBJECT = 125;

/**
 * The deepest nesting of [ and { in a JSON text, outside strings; the scan stops as soon as it passes
 * `limit` (and returns limit + 1). Text that is not JSON gives some number: JSON.parse refuses it later.
 */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // jump to the closing quote: the first one not escaped by an odd run of backslashes
      let j = i;
      for (;;) {
        j = text.indexOf('"', j + 1);
        if (j < 0) return max;
        let slashes = 0;
        while (text.charCodeAt(j - 1 - slashes) === BACKSLASH) slashes++;
        if (slashes % 2 === 0) break;
      }
      i = j;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      depth--;
    }
  }
  return max;
}

export type BackupJson = { ok: true; raw: unknown } | { ok: false; reason: string };

/** Parses a backup file's text (a BOM is ignored) once it is known to be within the limits. Never throws. */
export function parseBackupJson(json: string): BackupJson {
  // a string's UTF-8 size is at least its length: a text over the limit in characters is over it in bytes
  const tooLarge = backupSizeProblem(json.length);
  if (tooLarge) return { ok: false, reason: tooLarge };
  if (jsonDepth(json, BACKUP_MAX_DEPTH) > BACKUP_MAX_DEPTH) return { ok: false, reason: MSG.backupTooDeep(BACKUP_MAX_DEPTH) };
  try {
    return { ok: true, raw: JSON.parse(json.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false, reason: MSG.backupNotJson };
  }
}

/** Reads a backup file (or its text) within the limits: a file too large is refused by its size,
 * before it is read. Never throws. */
export async function readBackupSource(source: Blob | string): Promise<BackupJson> {
  if (typeof source === 'string') return parseBackupJson(source);
  const tooLarge = backupSizeProblem(source.size);
  if (tooLarge) return { ok: false, reason: tooLarge };
  let text: string;
  try {
    text = await source.text();
  } catch {
    return { ok: false, reason: MSG.backupFileUnreadable };
  }
  return parseBackupJson(text);
}
