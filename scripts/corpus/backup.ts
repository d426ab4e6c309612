// Parsed documents → a backup file of the app's own format, for restoring a corpus through the
// page's 恢复备份 button (what a user moving their data to another computer does). Rows are made by
// the app's own toRows, ids by its content hash, exactly as an import through the page makes them.
import type { ParsedDocument } from '../../src/lib/model/document';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/lib/db/backup';
import { USER_TABLE_NAMES, type UserRows } from '../../src/lib/db/userTables';
import { contentHash } from '../../src/lib/db/hash';
import { toRows } from '../../src/lib/db/rows';

export interface ParsedFile {
  fileName: string;
  /** the text as given (hashed for the id, kept for re-parsing) */
  text: string;
  parsed: ParsedDocument;
}

export function backupJson(files: readonly ParsedFile[], at = '2025-03-05T01:00:00.000Z'): string {
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: at,
    documents: files.map((f) => toRows(f.parsed, { docId: contentHash(f.text), source: 'imported', sourceText: f.text, fileName: f.fileName, importedAt: at })),
    hiddenSeeds: [],
    ...(Object.fromEntries(USER_TABLE_NAMES.map((t) => [t, []])) as unknown as UserRows),
  };
  return JSON.stringify(backup);
}
