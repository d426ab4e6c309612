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
