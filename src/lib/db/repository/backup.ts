// Backup and restore: one JSON text with everything the user has (backup.ts validates it), and the
// "please back up" state the UI reminds from. The user tables come from one list (userTables.ts).
import { liveQuery, type Observable, type Table } from 'dexie';
import { nowIso } from '../../time/clock';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type Backup, type BackupDocument } from '../backup';
import { ITEM_TABLES } from '../schema';
import { USER_TABLE_NAMES, USER_TABLES, type UserRows, type UserTableName } from '../userTables';
import { writeFailure } from './errors';
import { dbOf, type Store } from './store';
import { allTables, putRows } from './writes';

export interface BackupState {
  lastChangeAt: string | null;
  lastBackupAt: string | null;
  /** Something the user did is newer than the last backup (or was never backed up). */
  needsBackup: boolean;
}

export async function getBackupState(store: Store): Promise<BackupState> {
  const [change, backup] = await dbOf(store).meta.bulkGet(['lastChangeAt', 'lastBackupAt']);
  const lastChangeAt = typeof change?.value === 'string' ? change.value : null;
  const lastBackupAt = typeof backup?.value === 'string' ? backup.value : null;
  return { lastChangeAt, lastBackupAt, needsBackup: lastChangeAt !== null && (lastBackupAt === null || lastBackupAt < lastChangeAt) };
}

export function liveBackupState(store: Store): Observable<BackupState> {
  return liveQuery(() => getBackupState(store));
}

/** One JSON text holding everything the user has: imported documents (source text and rows), the
 * hidden flags of bundled ones, every row of the user tables. Records the time as the last backup. */
export async function exportBackup(store: Store, now: () => string = nowIso): Promise<string> {
  const db = dbOf(store);
  const at = now();
  const backup = await db.transaction('rw', allTables(db), async (): Promise<Omit<Backup, 'annotations'>> => {
    const docs = await db.documents.toArray();
    const documents: BackupDocument[] = [];
    for (const info of docs.filter((d) => d.source === 'imported')) {
      const texts = await db.documentTexts.get(info.id);
      const { rev: _rev, ...document } = { ...info, sourceText: texts?.sourceText ?? '' };
      const entry = { document } as BackupDocument;
      for (const t of ITEM_TABLES) (entry as Record<string, unknown>)[t] = await db.table(t).where('docId').equals(document.id).toArray();
      documents.push(entry);
    }
    const user = {} as UserRows;
    for (const t of USER_TABLE_NAMES) user[t] = await db.table(t).toArray();
    await db.meta.put({ key: 'lastBackupAt', value: at });
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: at,
      documents,
      hiddenSeeds: docs.filter((d) => d.source === 'bundled' && d.hidden).map((d) => d.id),
      ...user,
    };
  });
  return JSON.stringify(backup);
}

export type RestoreOutcome =
  | ({ ok: true; documents: number; hidden: number } & Record<UserTableName, number>)
  | { ok: false; reason: string };

/** Restores a backup on top of what is stored: its imported documents replace those with the same id,
 * bundled documents take its hidden flags, and for each user row the newer version wins. A file
 * that fails validation is refused before anything is written; a failed write rolls back entirely. */
export async function restoreBackup(store: Store, json: string): Promise<RestoreOutcome> {
  const checked = parseBackup(json);
  if (!checked.ok) return checked;
  const b = checked.data;
  const db = dbOf(store);
  try {
    return await db.transaction('rw', allTables(db), async (): Promise<RestoreOutcome> => {
      for (const d of b.documents) {
        const current = await db.documents.get(d.document.id);
        if (current?.source === 'bundled') continue; // same text as a bundled seed: the seed is already there
        await putRows(db, { ...d, document: { ...d.document, hidden: false } });
      }
      const hiddenIds = new Set(b.hiddenSeeds);
      let hidden = 0;
      for (const doc of await db.documents.where('source').equals('bundled').toArray()) {
        const h = hiddenIds.has(doc.id);
        if (h) hidden++;
        if (doc.hidden !== h) await db.documents.update(doc.id, { hidden: h });
      }
      const restored = {} as Record<UserTableName, number>;
      for (const t of USER_TABLE_NAMES) restored[t] = await restoreNewer(db.table(t), USER_TABLES[t].key, b[t]);
      // Not marked as a change: everything written here is already in a backup.
      return { ok: true, documents: b.documents.length, ...restored, hidden };
    });
  } catch (e) {
    return writeFailure(e);
  }
}

/** Puts each row unless the stored row with its key is newer; returns how many were put. */
async function restoreNewer(table: Table, key: string, rows: readonly { updatedAt: string }[]): Promise<number> {
  let n = 0;
  for (const row of rows) {
    const current = (await table.get((row as Record<string, unknown>)[key] as string)) as { updatedAt: string } | undefined;
    if (current && current.updatedAt > row.updatedAt) continue;
    await table.put(row);
    n++;
  }
  return n;
}
