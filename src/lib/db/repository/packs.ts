// Each document's item rows kept a second time as one JSON string (the rowPacks table, schema v7):
// the dashboard's open reads a thousand strings instead of 160,000 structured-cloned rows (at 1,000
// documents ≈ 0.5 s instead of ≈ 1.4 s in Chromium). The item tables stay the source of truth: a pack
// is written in the same transaction as its document's rows, carries the document's `rev`, and is
// used only while that rev is current. Databases from before v7, or a pack that does not parse, fall
// back to the item tables, and the missing packs are written afterwards (packDocuments). Packs are
// derived data: never in a backup, rebuilt after a restore. Since schema v8 a pack also carries the
// document's normalized text (its copy of record is in documentTexts), so the open reads no other text.
import { ITEM_TABLES, type ItemTable, type ReportDatabase } from '../schema';
import type { DocumentHead } from '../../model/rows';
import type { RowPack } from '../../model/rowPack';
import { dbOf, type Store } from './store';
import type { EarlyPack } from '../earlyRead';
import { decodePack, encodePack, type Packed } from '../packCodec';

export type PackedItems = { [K in ItemTable]: unknown[] };
export type { Packed };

/** What identifies one write of a document's rows (rows written before `rev` existed: their metadata). */
export const revisionOf = (d: DocumentHead) => d.rev ?? `${d.importedAt}|${d.parserVersion}|${d.counts.sections},${d.counts.tasks},${d.counts.targets},${d.counts.achievements}`;

export function packOf(id: string, rev: string, items: { readonly [K in ItemTable]: readonly unknown[] }, text: string): RowPack {
  return { id, rev, json: encodePack(id, items, text) };
}

/** A pack as stored, or as the early read gives it (db/earlyRead.ts: its JSON already parsed and decoded). */
export type PackRead = RowPack | EarlyPack;

/** The pack's rows and text, or null when it is not a pack of this revision or does not parse. */
export function unpack(pack: PackRead | undefined, rev: string): Packed | null {
  if (!pack || pack.rev !== rev) return null;
  if ('parsed' in pack) return decodePack(pack.parsed);
  if (typeof pack.json !== 'string') return null;
  try {
    return decodePack(JSON.parse(pack.json));
  } catch {
    return null;
  }
}

/** Documents per transaction while packing: short transactions, so a write by the user is never held up long. */
const PACK_BATCH = 50;

/**
 * Writes the packs missing or stale for `ids` from the item tables. Run after a read that had to fall
 * back (a database upgraded from v6, a restore from an older build); a document written meanwhile is
 * skipped (its own write packed it). Returns how many packs were written.
 */
export async function packDocuments(store: Store, ids: readonly string[]): Promise<number> {
  const db = dbOf(store);
  let written = 0;
  for (let i = 0; i < ids.length; i += PACK_BATCH) {
    const batch = ids.slice(i, i + PACK_BATCH);
    written += await db.transaction('rw', [db.documents, db.documentTexts, db.rowPacks, ...ITEM_TABLES.map((t) => db.table(t))], async () => {
      const [docs, packs] = await Promise.all([db.documents.bulkGet(batch), db.rowPacks.bulkGet(batch)]);
      let n = 0;
      for (const [j, doc] of docs.entries()) {
        if (!doc || unpack(packs[j], revisionOf(doc))) continue;
        const [items, texts] = await Promise.all([readItems(db, doc.id), db.documentTexts.get(doc.id)]);
        await db.rowPacks.put(packOf(doc.id, revisionOf(doc), items, typeof texts?.text === 'string' ? texts.text : ''));
        n++;
      }
      return n;
    });
  }
  return written;
}

async function readItems(db: ReportDatabase, docId: string): Promise<PackedItems> {
  const out = {} as PackedItems;
  for (const t of ITEM_TABLES) out[t] = await db.table(t).where('docId').equals(docId).toArray();
  return out;
}
