// How much the browser stores for us and whether it promised to keep it (navigator.storage).
// On file:// Chromium answers persist() with false: the data can be evicted, so backups matter.

export interface StorageInfo {
  /** bytes used by this origin, null when the browser does not say */
  usage: number | null;
  quota: number | null;
  /** true: the browser will not evict the data on its own; null: cannot tell */
  persisted: boolean | null;
}

type StorageManagerLike = Pick<StorageManager, 'estimate' | 'persisted' | 'persist'>;

function manager(): StorageManagerLike | null {
  return typeof navigator !== 'undefined' && navigator.storage && typeof navigator.storage.estimate === 'function' ? navigator.storage : null;
}

export async function storageInfo(storage: StorageManagerLike | null = manager()): Promise<StorageInfo> {
  if (!storage) return { usage: null, quota: null, persisted: null };
  const [estimate, persisted] = await Promise.all([
    storage.estimate().catch(() => null),
    typeof storage.persisted === 'function' ? storage.persisted().catch(() => null) : Promise.resolve(null),
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
}

/** Asks the browser to keep our data (no prompt in Chromium; it decides by engagement). */
export async function requestPersistence(storage: StorageManagerLike | null = manager()): Promise<boolean | null> {
  if (!storage || typeof storage.persist !== 'function') return null;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return null;
  }
}

/** What tells whether this window's data will outlast it. */
export interface LastingFacts {
  persisted: boolean | null;
  quota: number | null;
  /** The origin private file system: 'refused' where Firefox's private windows refuse it. */
  opfs: 'ok' | 'refused' | 'absent';
  /** Chromium (its estimate() itemises usage): it refuses that file system to every file:// page. */
  chromium: boolean;
}

/** A quota this small is a window kept in memory (private browsing), never a disk's share. */
export const TINY_QUOTA = 512 * 1024 * 1024;

export type Lasting = { lasting: true; why: 'persisted' | 'normal' } | { lasting: false; why: 'tiny-quota' | 'private-window' };

/** Whether the data of this window is likely to survive it. Pure: the facts come from `lastingFacts`. */
export function judgeLasting(f: LastingFacts): Lasting {
  if (f.persisted === true) return { lasting: true, why: 'persisted' };
  if (f.quota !== null && f.quota < TINY_QUOTA) return { lasting: false, why: 'tiny-quota' };
  if (f.opfs === 'refused' && !f.chromium) return { lasting: false, why: 'private-window' };
  return { lasting: true, why: 'normal' };
}

type LastingManager = Pick<StorageManager, 'estimate' | 'persisted'> & { getDirectory?: () => Promise<unknown> };

/** Asks the browser; null when it has no storage manager to ask (memory mode says the rest). */
export async function lastingFacts(storage: LastingManager | null = manager(), waitMs = 2000): Promise<LastingFacts | null> {
  if (!storage) return null;
  const timeout = <T>(p: Promise<T>, fallback: T) => Promise.race([p, new Promise<T>((r) => setTimeout(() => r(fallback), waitMs))]);
  const [estimate, persisted, opfs] = await Promise.all([
    timeout(
      storage.estimate().catch(() => null),
      null,
    ),
    typeof storage.persisted === 'function'
      ? timeout(
          storage.persisted().catch(() => null),
          null,
        )
      : Promise.resolve(null),
    typeof storage.getDirectory === 'function'
      ? timeout(
          storage.getDirectory().then(
            () => 'ok' as const,
            () => 'refused' as const,
          ),
          'absent' as const,
        )
      : Promise.resolve('absent' as const),
  ]);
  return { persisted, quota: estimate?.quota ?? null, opfs, chromium: !!estimate && 'usageDetails' in estimate };
}
