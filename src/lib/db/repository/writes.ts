// Writing documents: import (with duplicate handling), delete, hide. Each call is one transaction;
// the helpers at the top are shared with seeding and restore.
import { ParsedDocument } from '../../model/document';
import type { DocumentHead } from '../../model/rows';
import { nowIso } from '../../time/clock';
import { contentHash } from '../../model/hash';
import { MSG } from '../messages';
import { correctRows, toRows, type DocumentRows } from '../rows';
import { PlaceCorrectionRow, type PlaceCorrection } from '../../model/placeCorrection';
import type { ReportDatabase } from '../schema';
import { USER_TABLE_NAMES, USER_TABLES } from '../userTables';
import type { WriteFailure } from './errors';
import { guardedWrite } from './guardedWrite';
import { dbOf, type Store } from './store';
import { packOf, textsRow } from './packs';
import { whileUnfinished } from './unfinished';

/** Removes a document's rows: since schema v10 they are its row pack. */
export async function deleteItems(db: ReportDatabase, docId: string): Promise<void> {
  await db.rowPacks.delete(docId);
}

/** Removes a document: its row, its texts and its items (not what the user wrote). Call inside a transaction. */
export async function deleteDocumentRows(db: ReportDatabase, docId: string): Promise<void> {
  await deleteItems(db, docId);
  await Promise.all([db.documents.delete(docId), db.documentTexts.delete(docId)]);
}

let revisions = 0;
/** A value no earlier write of this or another tab gave (readers compare it to reuse cached rows). */
export const newRevision = () => `${Date.now().toString(36)}.${(revisions++).toString(36)}.${Math.random().toString(36).slice(2, 8)}`;

/** Replaces a document and all its items: its rows and normalized text go into its row pack, its source
 * text to documentTexts when it differs from the normalized one. Call inside a transaction. */
export async function putRows(db: ReportDatabase, rows: DocumentRows): Promise<void> {
  const { sourceText, text, ...info } = rows.document;
  const rev = newRevision();
  // issued together: IndexedDB runs them in order within the transaction, without a round trip each
  await Promise.all([db.documents.put({ ...info, rev }), db.documentTexts.put(textsRow(info.id, sourceText, text)), db.rowPacks.put(packOf(info.id, rev, rows, text))]);
}

export async function markChanged(db: ReportDatabase, at: string): Promise<void> {
  await db.meta.put({ key: 'lastChangeAt', value: at });
}

/** The tables a document write touches (and the user's place corrections, applied to every write of a document's rows). */
export const documentTables = (db: ReportDatabase) => [db.documents, db.documentTexts, db.rowPacks, db.meta, db.placeCorrections];
/** …and the user tables, for writes that keep or remove what the user made. */
export const allTables = (db: ReportDatabase) => [...documentTables(db), ...USER_TABLE_NAMES.filter((t) => t !== 'placeCorrections').map((t) => db.table(t))];

/** The place correction stored for a document (read inside a transaction over documentTables). */
export async function storedCorrection(db: ReportDatabase, docId: string): Promise<PlaceCorrection | null> {
  const row = PlaceCorrectionRow.safeParse(await db.placeCorrections.get(docId));
  return row.success ? row.data : null;
}

export interface ImportOptions {
  /** The raw text as the user gave it: kept for re-parsing and hashed for duplicate detection. */
  sourceText: string;
  fileName?: string | null;
  /** What to do when the same content is already stored; without it a duplicate is refused. */
  onDuplicate?: 'replace' | 'keep-both';
  now?: () => string;
}

export type ImportOutcome =
  | { ok: true; id: string; replaced: boolean }
  | { ok: false; code: 'duplicate'; reason: string; duplicate: DocumentHead }
  | { ok: false; code: 'invalid'; reason: string }
  | WriteFailure;

/** The stored document with the same content, preferring the original over "keep both" copies. */
export async function findDuplicate(store: Store, sourceText: string): Promise<DocumentHead | null> {
  if (store.status.lost) return null; // nothing is stored any more; the save will say so
  const hash = contentHash(sourceText);
  const same = await dbOf(store).documents.where('contentHash').equals(hash).toArray();
  return same.find((d) => d.id === hash) ?? same[0] ?? null;
}

/** Saves a parsed document with all its rows, or nothing at all. */
export async function importDocument(store: Store, parsed: ParsedDocument, opts: ImportOptions): Promise<ImportOutcome> {
  const checked = ParsedDocument.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, code: 'invalid', reason: MSG.invalidParsed(issue ? `${issue.path.join('.')}：${issue.message}` : '') };
  }
  return whileUnfinished(store, { kind: 'import', files: 1 }, (finished) => writeDocument(store, checked.data, opts, finished));
}

async function writeDocument(store: Store, parsed: ParsedDocument, opts: ImportOptions, finished: () => Promise<void>): Promise<ImportOutcome> {
  return guardedWrite(store, async (db) => {
    const hash = contentHash(opts.sourceText);
    const at = (opts.now ?? nowIso)();
    return db.transaction('rw', documentTables(db), async (): Promise<ImportOutcome> => {
      const same = await db.documents.where('contentHash').equals(hash).toArray();
      const dup = same.find((d) => d.id === hash) ?? same[0];
      let id = hash;
      if (dup) {
        if (opts.onDuplicate === 'replace') id = dup.id;
        else if (opts.onDuplicate === 'keep-both') {
          for (let n = 2; ; n++) {
            id = `${hash}-${n}`;
            if (!(await db.documents.get(id))) break;
          }
        } else {
          return { ok: false, code: 'duplicate', reason: MSG.duplicate(dup.meta.title), duplicate: dup };
        }
      }
      const rows = correctRows(
        toRows(parsed, {
          docId: id,
          source: 'imported',
          sourceText: opts.sourceText,
          fileName: opts.fileName ?? null,
          importedAt: at,
        }),
        await storedCorrection(db, id),
      );
      await putRows(db, rows);
      await markChanged(db, at);
      await finished();
      return { ok: true, id, replaced: Boolean(dup) && id === dup?.id };
    });
  });
}

export type SimpleOutcome = { ok: true } | { ok: false; code: 'bundled' | 'not-found'; reason: string } | WriteFailure;

/** Removes an imported document, its rows and what the user wrote about it — nothing else. */
export async function deleteDocument(store: Store, id: string, now: () => string = nowIso): Promise<SimpleOutcome> {
  return guardedWrite(store, (db) =>
    db.transaction('rw', allTables(db), async (): Promise<SimpleOutcome> => {
      const doc = await db.documents.get(id);
      if (!doc) return { ok: false, code: 'not-found', reason: MSG.notFound };
      if (doc.source === 'bundled') return { ok: false, code: 'bundled', reason: MSG.bundledCannotDelete };
      for (const t of USER_TABLE_NAMES) if (USER_TABLES[t].perDocument) await db.table(t).where('docId').equals(id).delete();
      await deleteDocumentRows(db, id);
      await markChanged(db, now());
      return { ok: true };
    }),
  );
}

/** Hides or shows a document (meant for bundled seeds, which cannot be deleted). */
export async function setHidden(store: Store, id: string, hidden: boolean, now: () => string = nowIso): Promise<SimpleOutcome> {
  return guardedWrite(store, (db) =>
    db.transaction('rw', [db.documents, db.meta], async (): Promise<SimpleOutcome> => {
      const n = await db.documents.update(id, { hidden });
      if (n === 0 && !(await db.documents.get(id))) return { ok: false, code: 'not-found', reason: MSG.notFound };
      await markChanged(db, now());
      return { ok: true };
    }),
  );
}
