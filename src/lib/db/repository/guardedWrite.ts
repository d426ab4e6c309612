// The one way a repository write runs: refused at once when the data is gone, and a failure (a full
// disk, a connection closed under us, anything else) returned as a value with its Chinese reason.
import type { ReportDatabase } from '../schema';
import { writeFailure, type WriteFailure } from './errors';
import { dbOf, lostFailure, type Store } from './store';

export async function guardedWrite<R>(store: Store, write: (db: ReportDatabase) => Promise<R>): Promise<R | WriteFailure> {
  const lost = lostFailure(store);
  if (lost) return lost;
  const db = dbOf(store);
  try {
    return await write(db);
  } catch (e) {
    return lostFailure(store) ?? writeFailure(e);
  }
}
