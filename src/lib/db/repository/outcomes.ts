// The user's outcome decisions (confirm / correct / unlink a target's pairing) and unit-name edits
// (merge / split): written one at a time, read (and read live) for the attainment view and the unit
// panel. Both are user tables (userTables.ts): in every backup, never touched by a re-parse.
import { liveQuery, type Observable } from 'dexie';
import { OutcomeDecisionRow, UnitEditRow, type AchievementRef, type PairDecisionKind } from '../../model/outcomes';
import { nowIso } from '../../time/clock';
import { MSG } from '../messages';
import { achievementKey, targetKey } from '../../model/outcomeKeys';
import type { WriteFailure } from './errors';
import { guardedWrite } from './guardedWrite';
import { validRows } from './soundRows';
import { dbOf, type Store } from './store';
import { markChanged } from './writes';
import { docIdOf, readPacked } from './packs';
import type { AchievementRow, TargetRow } from '../../model/rows';

export type OutcomeDecisionOutcome = { ok: true; decision: OutcomeDecisionRow } | { ok: false; code: 'not-found'; reason: string } | WriteFailure;

/**
 * Records the user's decision on a target's pairing: `confirm` or `correct` name the achievement
 * (by its row id), `unlink` says the target has none, `null` hands the target back to the matcher.
 */
export async function setOutcomeDecision(
  store: Store,
  targetId: string,
  decision: PairDecisionKind | null,
  achievementId: string | null = null,
  now: () => string = nowIso,
): Promise<OutcomeDecisionOutcome> {
  return guardedWrite(store, (db) =>
    db.transaction('rw', [db.rowPacks, db.outcomeDecisions, db.meta], async (): Promise<OutcomeDecisionOutcome> => {
      const target = (await readPacked(db, docIdOf(targetId))).targets.find((r) => (r as TargetRow).id === targetId) as TargetRow | undefined;
      if (!target) return { ok: false, code: 'not-found', reason: MSG.itemNotFound };
      let achievement: AchievementRef | null = null;
      if (decision === 'confirm' || decision === 'correct') {
        const a = achievementId
          ? ((await readPacked(db, docIdOf(achievementId))).achievements.find((r) => (r as AchievementRow).id === achievementId) as AchievementRow | undefined)
          : undefined;
        if (!a) return { ok: false, code: 'not-found', reason: MSG.itemNotFound };
        achievement = { docId: a.docId, key: achievementKey(a), text: a.text };
      }
      const at = now();
      const row: OutcomeDecisionRow = { key: targetKey(target), docId: target.docId, targetText: target.text, decision, achievement, updatedAt: at };
      await db.outcomeDecisions.put(row);
      await markChanged(db, at);
      return { ok: true, decision: row };
    }),
  );
}

export async function getOutcomeDecisions(store: Store): Promise<OutcomeDecisionRow[]> {
  return validRows(await dbOf(store).outcomeDecisions.toArray(), OutcomeDecisionRow, 'outcomeDecisions', []);
}

export function liveOutcomeDecisions(store: Store): Observable<OutcomeDecisionRow[]> {
  return liveQuery(() => getOutcomeDecisions(store));
}

export type UnitEditOutcome = { ok: true; edit: UnitEditRow } | { ok: false; code: 'invalid'; reason: string } | WriteFailure;

let lastId = '';
function newId(at: string): string {
  let id = `${at}-${Math.random().toString(36).slice(2, 8)}`;
  while (id === lastId) id += '0';
  lastId = id;
  return id;
}

/** Adds a merge (every name of `from`'s unit joins `into`'s) or a split (`from`, a written name, stands alone). */
export async function addUnitEdit(store: Store, kind: 'merge' | 'split', from: string, into = '', now: () => string = nowIso): Promise<UnitEditOutcome> {
  const a = from.trim();
  const b = into.trim();
  if (a === '' || (kind === 'merge' && (b === '' || a === b))) return { ok: false, code: 'invalid', reason: '请选择两个不同的单位' };
  return guardedWrite(store, (db) =>
    db.transaction('rw', [db.unitEdits, db.meta], async (): Promise<UnitEditOutcome> => {
      const at = now();
      const edit: UnitEditRow = { id: newId(at), kind, from: a, into: kind === 'merge' ? b : '', createdAt: at, active: true, updatedAt: at };
      await db.unitEdits.put(edit);
      await markChanged(db, at);
      return { ok: true, edit };
    }),
  );
}

/** Undoes an edit (kept, marked inactive, so restoring an older backup does not bring it back). */
export async function undoUnitEdit(store: Store, id: string, now: () => string = nowIso): Promise<UnitEditOutcome> {
  return guardedWrite(store, (db) =>
    db.transaction('rw', [db.unitEdits, db.meta], async (): Promise<UnitEditOutcome> => {
      const old = await db.unitEdits.get(id);
      if (!old) return { ok: false, code: 'invalid', reason: MSG.itemNotFound };
      const at = now();
      const edit = { ...old, active: false, updatedAt: at };
      await db.unitEdits.put(edit);
      await markChanged(db, at);
      return { ok: true, edit };
    }),
  );
}

/** Every edit, oldest first (the order they apply in); undone ones included (`active: false`). */
export async function getUnitEdits(store: Store): Promise<UnitEditRow[]> {
  const rows = validRows(await dbOf(store).unitEdits.toArray(), UnitEditRow, 'unitEdits', []);
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export function liveUnitEdits(store: Store): Observable<UnitEditRow[]> {
  return liveQuery(() => getUnitEdits(store));
}
