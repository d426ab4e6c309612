// Each document's item rows and normalized text as one JSON string (the rowPacks table): since schema
// v10 the one copy of them (rows stored once). The dashboard's open reads a thousand strings instead of
// 160,000 structured-cloned rows (at 1,000 documents ≈ 0.5 s instead of ≈ 1.4 s in Chromium), and every
// other read of rows goes by document: a row's global id `${docId}/${localId}` names its pack. A pack
// is written in the same transaction as its document's row and carries the document's `rev`. The
// source text is kept in documentTexts only where it differs from the normalized text.
import { ITEM_TABLES, packRevision, type ItemTable, type ReportDatabase } from '../schema';
import type { DocumentHead } from '../../model/rows';
import type { RowPack } from '../../model/rowPack';
import type { EarlyPack } from '../earlyRead';
import type { DocumentRows } from '../rows';
import { decodePack, encodePack, type Packed } from '../packCodec';

export type PackedItems = { [K in ItemTable]: unknown[] };
export type { Packed };

/** What identifies one write of a document's rows (rows written before `rev` existed: their metadata). */
export const revisionOf = packRevision;

export function packOf(id: string, rev: string, items: { readonly [K in ItemTable]: readonly unknown[] }, text: string): RowPack {
  return { id, rev, json: encodePack(id, items, text) };
}

/** A pack as stored, or as the early read gives it (db/earlyRead.ts: its JSON already parsed and decoded). */
export type PackRead = RowPack | EarlyPack;

/** The pack's rows and text, or null when it does not parse (or, given `rev`, is not of that write). */
export function unpack(pack: PackRead | undefined, rev?: string): Packed | null {
  if (!pack || (rev !== undefined && pack.rev !== rev)) return null;
  if ('parsed' in pack) return decodePack(pack.parsed);
  if (typeof pack.json !== 'string') return null;
  try {
    return decodePack(JSON.parse(pack.json));
  } catch {
    return null;
  }
}

/** The document an item's global id (`${docId}/${localId}`) belongs to. */
export const docIdOf = (itemId: string): string => itemId.slice(0, Math.max(0, itemId.lastIndexOf('/')));

/** A document's rows and normalized text from its pack (empty when it has none that parses). Inside a transaction over rowPacks. */
export function readPacked(db: ReportDatabase, docId: string): Promise<Packed> {
  // a Dexie promise (no async function): awaiting it keeps the caller's transaction open
  return db.rowPacks.get(docId).then((pack) => unpack(pack) ?? { sections: [], tasks: [], targets: [], achievements: [], text: '' });
}

/** The whole stored document (head, both texts, rows) as a write or a backup takes it, or null.
 * Inside a transaction over documents, documentTexts and rowPacks. */
export function readStoredDocument(db: ReportDatabase, id: string): Promise<DocumentRows | null> {
  // chained Dexie promises (no async function): awaiting the result keeps the caller's transaction open
  return db.documents.get(id).then((head) =>
    db.documentTexts.get(id).then((texts) =>
      readPacked(db, id).then((packed) =>
        head
          ? {
              document: { ...head, sourceText: typeof texts?.sourceText === 'string' ? texts.sourceText : packed.text, text: packed.text },
              sections: packed.sections as DocumentRows['sections'],
              tasks: packed.tasks as DocumentRows['tasks'],
              targets: packed.targets as DocumentRows['targets'],
              achievements: packed.achievements as DocumentRows['achievements'],
            }
          : null,
      ),
    ),
  );
}

/** The documentTexts row of a document: its source text only when it is not the normalized text. */
export const textsRow = (id: string, sourceText: string, text: string) => (sourceText === text ? { id } : { id, sourceText });

export type { DocumentHead };
export { ITEM_TABLES };
