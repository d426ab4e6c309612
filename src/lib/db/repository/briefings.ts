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

/** The fields as the form names them, for messages. */
const FIELD_ZH: Record<string, string> = {
  prefix: '文号前缀',
  issueNo: '期号',
  recipients: '主送',
  title: '标题',
  office: '落款单位',
  signedOn: '成文日期',
  copyTo: '抄送',
  printer: '印发机关',
  printedOn: '印发日期',
  nextSteps: '下一步要求',
};

export type BriefingOutcome = { ok: true; issue: BriefingIssue } | { ok: false; code: 'invalid' | 'not-found' | 'changed'; reason: string } | WriteFailure;

/**
 * Saves one 通报 (its `updatedAt` set to now). `seen` is the row's `updatedAt` as the page showed it
 * (null: the page showed none): a row changed since in another window is not overwritten.
 */
export async function saveBriefingIssue(store: Store, issue: Omit<BriefingIssue, 'updatedAt'>, seen: string | null, now: () => string = nowIso): Promise<BriefingOutcome> {
  const at = now();
  const parsed = BriefingIssue.safeParse({ ...issue, updatedAt: at });
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    const field = FIELD_ZH[String(i?.path[0] ?? '')] ?? '通报';
    const what = i?.code === 'invalid_type' || i?.code === 'too_small' || i?.code === 'too_big' ? '填写有误' : (i?.message ?? '填写有误');
    return { ok: false, code: 'invalid', reason: `${field}${what}，通报没有保存。` };
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
