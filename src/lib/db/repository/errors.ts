// Failed writes as values: a full disk, a connection closed under us, anything else, each with a
// Chinese reason the UI shows as it is.
import { MSG } from '../messages';

/** quota: the disk is full; closed: the connection is gone; lost: the data was cleared or deleted while
 * the page was open (store.status.lost); failed: anything else. */
export type WriteFailure = { ok: false; code: 'quota' | 'closed' | 'lost' | 'failed'; reason: string };

/** The names of an error and of the errors inside it (Dexie wraps IndexedDB's). */
function errorNames(e: unknown): string[] {
  const names: string[] = [];
  const visit = (x: unknown, depth: number) => {
    if (!x || typeof x !== 'object' || depth > 4) return;
    const o = x as { name?: unknown; inner?: unknown; failures?: unknown };
    if (typeof o.name === 'string') names.push(o.name);
    visit(o.inner, depth + 1);
    if (Array.isArray(o.failures)) for (const f of o.failures) visit(f, depth + 1);
  };
  visit(e, 0);
  return names;
}

export function describeError(e: unknown): string {
  if (e && typeof e === 'object') {
    const o = e as { name?: unknown; message?: unknown };
    return [o.name, o.message].filter((s) => typeof s === 'string' && s).join('：') || String(e);
  }
  return String(e);
}

export function writeFailure(e: unknown): WriteFailure {
  const names = errorNames(e);
  if (names.includes('QuotaExceededError')) return { ok: false, code: 'quota', reason: MSG.quota };
  if (names.includes('DatabaseClosedError') || names.includes('InvalidStateError')) return { ok: false, code: 'closed', reason: MSG.closed };
  return { ok: false, code: 'failed', reason: MSG.writeFailed(describeError(e)) };
}
