// A document's rows written inside a long transaction (a batch import, a restore) without holding the
// page: its pack is encoded a piece at a time and its rows go in pieces, each issued through the pacer
// (pacer.ts), which gives the browser a turn whenever a slice of time is used up.
import type { Sliced } from '../../time/slices';
import { encodePackSliced } from '../packCodec';
import type { DocumentRows } from '../rows';
import { ITEM_TABLES, type ReportDatabase } from '../schema';
import type { Pacer } from './pacer';
import { textsRow } from './packs';
import { newRevision } from './writes';

/** Runs sliced work, taking a turn through the pacer between its pieces (never a timer: the transaction would commit). */
export async function drive<T>(work: Sliced<T>, pace: Pacer): Promise<T> {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    await pace.turn();
  }
}

/**
 * Writes a document's row, texts and pack (a new revision; the pack is the one copy of its rows); what was
 * stored under its id must have been removed first. `onRows` counts the item rows once the pack is issued.
 */
export async function writeRowsPaced(db: ReportDatabase, rows: DocumentRows, pace: Pacer, onRows?: (n: number) => void): Promise<void> {
  const { sourceText, text, ...info } = rows.document;
  const rev = newRevision();
  const json = await drive(encodePackSliced(info.id, rows, text), pace);
  await pace.issued(db.documents.put({ ...info, rev }));
  await pace.issued(db.documentTexts.put(textsRow(info.id, sourceText, text)));
  await pace.issued(db.rowPacks.put({ id: info.id, rev, json }));
  onRows?.(ITEM_TABLES.reduce((n, t) => n + rows[t].length, 0));
}
