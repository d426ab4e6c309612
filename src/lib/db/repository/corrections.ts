// The user's corrections of a document's place and year (user table placeCorrections): setting one
// rewrites the document's rows at once; every later write of the document's rows (a re-import, a
// seed re-parsed by a new parser) applies it again (writes.ts, seeding.ts), and backups carry it.
import { liveQuery, type Observable } from 'dexie';
import { PlaceCorrectionRow, type PlaceCorrection } from '../../model/placeCorrection';
import { nowIso } from '../../time/clock';
import { MSG } from '../messages';
import { correctRows } from '../rows';
import { guardedWrite } from './guardedWrite';
import { validRows } from './soundRows';
import { dbOf, type Store } from './store';
import { readStoredDocument } from './packs';
import { documentTables, markChanged, putRows, storedCorrection, type SimpleOutcome } from './writes';

/** Sets a document's place and/or year (a null field keeps the current value) and rewrites its rows. */
export async function setPlaceCorrection(store: Store, docId: string, c: PlaceCorrection, now: () => string = nowIso): Promise<SimpleOutcome> {
  return guardedWrite(store, (db) =>
    db.transaction('rw', documentTables(db), async (): Promise<SimpleOutcome> => {
      const stored = await readStoredDocument(db, docId);
      if (!stored) return { ok: false, code: 'not-found', reason: MSG.notFound };
      const before = await storedCorrection(db, docId);
      const merged: PlaceCorrection = {
        jurisdiction: c.jurisdiction ?? before?.jurisdiction ?? null,
        jurisdictionLevel: c.jurisdiction !== null ? c.jurisdictionLevel : (before?.jurisdictionLevel ?? null),
        year: c.year ?? before?.year ?? null,
      };
      const at = now();
      await putRows(db, correctRows(stored, merged));
      await db.placeCorrections.put({ id: docId, docId, ...merged, updatedAt: at });
      await markChanged(db, at);
      return { ok: true };
    }),
  );
}

export async function getPlaceCorrections(store: Store): Promise<PlaceCorrectionRow[]> {
  return validRows(await dbOf(store).placeCorrections.toArray(), PlaceCorrectionRow, 'placeCorrections', []);
}

export function livePlaceCorrections(store: Store): Observable<PlaceCorrectionRow[]> {
  return liveQuery(() => getPlaceCorrections(store));
}
