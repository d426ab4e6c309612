// Writing a backup file (its format: backupFormat.ts) piece by piece, so a large backup never holds
// the page long (see time/slices.ts).
import type { Sliced } from '../time/slices';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from './backupFormat';
import { ITEM_TABLES } from './names';
import { USER_TABLE_NAMES } from './userTables';

/** Rows per JSON.stringify call: small enough that no single call holds the page long. */
const ROWS_PER_PIECE = 2000;

function* jsonArray(rows: readonly unknown[], out: string[]): Generator<number, void> {
  out.push('[');
  for (let i = 0; i < rows.length; i += ROWS_PER_PIECE) {
    if (i > 0) out.push(',');
    out.push(JSON.stringify(rows.slice(i, i + ROWS_PER_PIECE)).slice(1, -1));
    yield 0;
  }
  out.push(']');
}

/** The file's text, written piece by piece (see time/slices.ts). Same JSON as one JSON.stringify. */
export function* backupText(file: BackupFile): Sliced<string> {
  const out: string[] = [JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: file.exportedAt }).slice(0, -1), ',"documents":['];
  for (const [i, d] of file.documents.entries()) {
    if (i > 0) out.push(',');
    out.push(JSON.stringify({ document: d.document }).slice(0, -1));
    for (const t of ITEM_TABLES) {
      out.push(`,${JSON.stringify(t)}:`);
      for (const _ of jsonArray(d[t], out)) yield (i + 0.5) / Math.max(1, file.documents.length);
    }
    out.push('}');
    yield (i + 1) / file.documents.length;
  }
  out.push('],"hiddenSeeds":', JSON.stringify(file.hiddenSeeds));
  for (const name of USER_TABLE_NAMES) {
    out.push(`,${JSON.stringify(name)}:`);
    for (const _ of jsonArray(file.user[name], out)) yield 1;
  }
  out.push('}');
  return out.join('');
}
