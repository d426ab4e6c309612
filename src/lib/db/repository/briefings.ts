// The 督查通报 the office issued (model/briefing.ts): one row per notice and round, saved whole. A user
// table (userTables.ts): in every backup, removed with its notice. Rows only: what the 通报 says is
// worked out above storage (ledger/briefing.ts).
import { liveQuery, type Observable } from 'dexie';
import { BriefingIssue } from '../../model/briefing';
import { nowIso } from '../../time/clock';
import { MSG } from '../messages';
import type { WriteFailure } from './errors';
import { guardedWrite } from './guardedWrite';
import { validRows } from './soundRows';
import { dbOf, type Store } from './store';
import { markChanged } from './writes';

/** Every stored 通报 (of one notice, or all), corrupt ones skipped. */
export async function getBriefingIssues(store: Store, docId?: string, problems: string[] = []): Promise<BriefingIssue[]> {
  const t = dbOf(store).briefingIssues;
  const rows = docId === undefined ? await t.toArray() : await t.where('docId').equals(docId).toArray();
  return validRows(rows, BriefingIssue, 'briefingIssues', problems);
}

/** The stored 通报, re-read whenever they change (in this tab or another). */
export function liveBriefingIssues(store: Store): Observable<BriefingIssue[]> {
  return liveQuery(() => getBriefingIssues(store));
}

export type BriefingOutcome =
  | { ok: true; issue: BriefingIssue }
  | { ok: false; code: 'invalid' | 'not-found' | 'changed'; reason: string }
  | WriteFailure;

/**
 * Saves one 通报 (its `updatedAt` set to now). `seen` is the row's `updatedAt` as the page showed it
 * (null: the page showed none): a row changed since in another window is not overwritten.
 */
export async function saveBriefingIssue(store: Store, issue: Omit<BriefingIssue, 'updatedAt'>, seen: string | null, now: () => string = nowIso): Promise<BriefingOutcome> {
  const at = now();
  const parsed = BriefingIssue.safeParse({ ...issue, updatedAt: at });
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return { ok: false, code: 'invalid', reason: `通报内容无效：${i ? `${String(i.path[0] ?? '')} ${i.message}` : ''}`.trim() };
  }
  const row = parsed.data;
  return guardedWrite(store, (db) =>
    db.transaction('rw', [db.documents, db.briefingIssues, db.meta], async (): Promise<BriefingOutcome> => {
      if (!(await db.documents.get(row.docId))) return { ok: false, code: 'not-found', reason: MSG.briefingNotFound };
      const stored = await db.briefingIssues.get(row.id);
      if ((stored?.updatedAt ?? null) !== seen) return { ok: false, code: 'changed', reason: MSG.briefingChanged };
      await db.briefingIssues.put(row);
      await markChanged(db, at);
      return { ok: true, issue: row };
    }),
  );
}
