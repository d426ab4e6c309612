// What a backup is made of, read raw from the database (unchecked: backupCheck.ts finds and names a
// broken row), and the copy of it a page keeps when another page deletes the database: the page still
// shows everything it had, so 导出备份 must still be able to save it — the moment a backup matters most.
import { ITEM_TABLES, type ReportDatabase } from '../schema';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../backupFormat';
import { USER_TABLE_NAMES, type UserRows } from '../userTables';
import { onDeletion, type Store } from './store';
import { allTables } from './writes';
import { readPacked } from './packs';

/** Everything a backup holds, as stored; run inside a read transaction over allTables. */
export async function readBackupRows(db: ReportDatabase, exportedAt: string, onProgress?: (fraction: number) => void): Promise<Record<string, unknown>> {
  const docs = (await db.documents.toArray()) as unknown[] as Record<string, unknown>[];
  const documents: Record<string, unknown>[] = [];
  for (const [i, document] of docs.entries()) {
    if (document.source === 'bundled' || typeof document.id !== 'string') continue;
    // the texts and rows live in their own tables; the file holds the whole document, as before
    const [texts, packed] = await Promise.all([db.documentTexts.get(document.id), readPacked(db, document.id)]);
    const { rev: _rev, ...info } = document;
    const sourceText = typeof texts?.sourceText === 'string' ? texts.sourceText : packed.text;
    const entry: Record<string, unknown> = { document: { ...info, sourceText, text: packed.text } };
    for (const t of ITEM_TABLES) entry[t] = packed[t];
    documents.push(entry);
    onProgress?.((i + 1) / docs.length);
  }
  const out: Record<string, unknown> = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    documents,
    hiddenSeeds: docs.filter((d) => d.source === 'bundled' && d.hidden === true).map((d) => d.id),
  };
  for (const t of USER_TABLE_NAMES) out[t] = await db.table(t).toArray();
  return out;
}

/** The copy read as the database was being deleted, by store (null when the read failed). */
const kept = new WeakMap<Store, Promise<Record<string, unknown> | null>>();

/**
 * When another page deletes the database, this page reads everything a backup holds before it lets go
 * (the deletion waits for that read). Data cleared by the browser gives no such moment: the connection
 * is closed first.
 */
export function keepCopyOnDeletion(store: Store): void {
  // once a backup was restored (the store is back), the copy is let go: it can be as large as the data
  store.subscribeStatus((status) => {
    if (!status.lost) kept.delete(store);
  });
  onDeletion(store, (db) => {
    const copy = db.transaction('r', allTables(db), () => readBackupRows(db, '')).catch(() => null);
    kept.set(store, copy);
    return copy;
  });
}

/** The copy kept when the database was deleted, or null (never deleted, cleared instead, read failed). */
export async function keptCopy(store: Store): Promise<Record<string, unknown> | null> {
  return store.status.lost === 'deleted' ? ((await kept.get(store)) ?? null) : null;
}

/** What the page shows, for a backup when the stored data is gone and no copy was kept (data cleared by
 * the browser closes the connection before anything can be read). */
export interface ShownRows {
  /** the user's rows as the page last read them (the ledger, rules, pair decisions, unit edits) */
  user: UserRows;
  /** the documents the page shows: bundled ones by id; imported ones by id and name */
  documents: { id: string; source: 'bundled' | 'imported'; name: string }[];
  /** every bundled document's id (a bundled one the page does not show is hidden) */
  bundledIds: string[];
}

/** A backup of what the page shows, without the imported documents: their source texts are not held in
 * the page, so they are named in `leftOut` (imported again, a file gets its old id back — the id is its
 * content hash — and its entries, kept in this backup, are its own again). */
export function shownBackupRows(shown: ShownRows, exportedAt: string): { raw: Record<string, unknown>; leftOut: string[] } {
  const visible = new Set(shown.documents.map((d) => d.id));
  const raw: Record<string, unknown> = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    documents: [],
    hiddenSeeds: shown.bundledIds.filter((id) => !visible.has(id)),
  };
  for (const t of USER_TABLE_NAMES) raw[t] = shown.user[t];
  return { raw, leftOut: shown.documents.filter((d) => d.source === 'imported').map((d) => d.name) };
}
