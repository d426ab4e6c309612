// The database's name, version and item tables, apart from the schema so that the page's early read
// (earlyRead.ts), which runs before the app and carries no Dexie, knows them too.

/** Every file:// page of a browser profile shares one IndexedDB origin: the name must be ours alone. */
export const DB_NAME = 'zfgzbg-dashboard';

/** The newest schema version (schema.ts declares each). */
export const CURRENT_VERSION = 10;

/** Dexie opens schema version n as IndexedDB version n × 10. */
export const nativeVersion = (version: number) => Math.round(version * 10);

/** The kinds of a document's items (tables until schema v10; since then the members of its row pack). */
export const ITEM_TABLES = ['sections', 'tasks', 'targets', 'achievements'] as const;
export type ItemTable = (typeof ITEM_TABLES)[number];
