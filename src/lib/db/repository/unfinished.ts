// Work that never ended. An import or a restore is one transaction: killed midway (browser closed,
// tab crashed, power lost) it is rolled back and nothing of it is stored — but the reopened page would
// say nothing. So a small marker row goes into `meta`, in its own transaction, before the work starts;
// the work's own transaction removes it as it commits (and a refused or failed write removes it after).
// A marker found on the next open is work that was rolled back, reported once. While the work runs, the
// tab holds a Web Lock named after the marker, so a tab opened meanwhile does not take it for a crash.
import { nowIso } from '../../time/clock';
import { dbOf, type Store } from './store';

export type UnfinishedKind = 'import' | 'restore';

export interface UnfinishedWork {
  kind: UnfinishedKind;
  /** files imported, or documents in the backup */
  files: number;
  startedAt: string;
}

const PREFIX = 'unfinished:';
const LOCK_PREFIX = 'zfgzbg-dashboard:';

type Locks = Pick<LockManager, 'request' | 'query'>;
const browserLocks = (): Locks | null => (typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null);

let markers = 0;

/**
 * Runs `work` with a marker stored while it runs; `work` calls `finished` inside its transaction so the
 * marker goes with the commit. In memory mode (nothing survives the page anyway) or without a database
 * there is no marker.
 */
export async function whileUnfinished<R>(
  store: Store,
  what: { kind: UnfinishedKind; files: number },
  work: (finished: () => Promise<void>) => Promise<R>,
  locks: Locks | null = browserLocks(),
): Promise<R> {
  const noop = async () => undefined;
  if (store.status.mode === 'memory' || store.status.lost) return work(noop);
  const db = dbOf(store);
  const key = `${PREFIX}${Date.now().toString(36)}.${(markers++).toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
  const marker: UnfinishedWork = { ...what, startedAt: nowIso() };
  try {
    await db.meta.put({ key, value: marker });
  } catch {
    return work(noop); // the work itself will meet (and report) what refused the marker
  }
  const run = async () => {
    try {
      return await work(async () => {
        await db.meta.delete(key);
      });
    } finally {
      await db.meta.delete(key).catch(() => undefined);
    }
  };
  if (!locks) return run();
  let started = false;
  try {
    return (await locks.request(LOCK_PREFIX + key, () => {
      started = true;
      return run();
    })) as R;
  } catch (e) {
    if (started) throw e;
    return run(); // a browser that refuses the lock still does the work (only the other-tab guard is lost)
  }
}

function isUnfinished(v: unknown): v is UnfinishedWork {
  if (typeof v !== 'object' || v === null) return false;
  const w = v as Record<string, unknown>;
  return (w.kind === 'import' || w.kind === 'restore') && typeof w.files === 'number' && typeof w.startedAt === 'string';
}

/** The work that was rolled back since the last open (oldest first), each reported once: its marker is removed. */
export async function takeUnfinished(store: Store, locks: Locks | null = browserLocks()): Promise<UnfinishedWork[]> {
  if (store.status.mode === 'memory' || store.status.lost) return [];
  try {
    const db = dbOf(store);
    const rows = await db.meta.where('key').startsWith(PREFIX).toArray();
    if (rows.length === 0) return [];
    const snapshot = locks ? await locks.query().catch(() => null) : null;
    const held = new Set((snapshot?.held ?? []).map((l) => l.name));
    const ended = rows.filter((r) => !held.has(LOCK_PREFIX + r.key));
    await db.meta.bulkDelete(ended.map((r) => r.key));
    return ended
      .map((r) => r.value)
      .filter(isUnfinished)
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  } catch {
    return [];
  }
}
