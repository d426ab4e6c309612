// Parsed documents → a backup file of the app's own format, for restoring a corpus through the
// page's 恢复备份 button (what a user moving their data to another computer does). Rows are made by
// the app's own toRows, ids by its content hash, exactly as an import through the page makes them.
// Written as format version 1 (documents only, no user rows): every build since the first reads it,
// so `npm run bench -- --app=older-build.html` can restore the same corpus into an older build.
import type { ParsedDocument } from '../../src/lib/model/document';
import { BACKUP_FORMAT } from '../../src/lib/db/backupFormat';
import { contentHash } from '../../src/lib/model/hash';
import { toRows } from '../../src/lib/db/rows';

export interface ParsedFile {
  fileName: string;
  /** the text as given (hashed for the id, kept for re-parsing) */
  text: string;
  parsed: ParsedDocument;
}

export function backupJson(files: readonly ParsedFile[], at = '2025-03-05T01:00:00.000Z'): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: at,
    documents: files.map((f) => toRows(f.parsed, { docId: contentHash(f.text), source: 'imported', sourceText: f.text, fileName: f.fileName, importedAt: at })),
    hiddenSeeds: [],
    annotations: [],
  });
}
