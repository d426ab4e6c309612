// The ledger's writes that apply its rules: a report from the ledger's form (checked by makeEntry), a
// correction of one, a rule the clerk wrote (userRule), and the task list's quick status and note. Each
// reads, decides and writes in one storage transaction (writeLedger): storage keeps the rows, the
// decision is the ledger's.
//
// The task list's status and note (getAnnotations / setAnnotation) are a view of the same history:
// the latest entry is the task's current status, and a quick change there amends the entry made the
// same day in the task list or adds a new one, so there is one status per task app-wide.
import type { AnnotationRow, TaskStatus } from '../model/annotations';
import { ProgressEntry, type Completion, type DeadlineRule } from '../model/ledger';
import { cleanNote } from '../analysis/taskStatus';
import { changedAt, currentRows, makeEntry, type EntryInput } from '../ledger/entries';
import { newId } from '../ledger/ids';
import { periodForReport } from '../ledger/rulesInForce';
import { userRule, type RuleInput } from '../ledger/rules';
import { checkPlan, type SheetPlan } from '../ledger/sheetImport';
import { beijingDayOf, displayDateTime, nowIso } from '../time/clock';
import { getEntries, liveRead, MSG, writeLedger, type Observable, type Invalid, type NotFound, type Store, type WriteFailure } from '../db';

const dayOf = beijingDayOf;

// ——— the task list's view ———

export interface AnnotationPatch {
  status?: TaskStatus | null;
  note?: string;
  /** The `updatedAt` of the task's current status and note when the editor opened (null: it had none).
   * Given, the save is refused as a conflict when another window changed them since. */
  seen?: string | null;
}

export type AnnotationConflict = { ok: false; code: 'conflict'; reason: string; theirs: AnnotationRow | null };
export type AnnotationOutcome =
  { ok: true; annotation: AnnotationRow | null } | NotFound | Invalid | { ok: false; code: 'history'; reason: string } | AnnotationConflict | WriteFailure;

/**
 * The task list's quick status and note. Today's own quick entry is amended; otherwise a new entry
 * is dated today for the period a report today answers. Clearing both withdraws today's entry, but
 * never an earlier report. 已完成 needs a note to serve as the 销号 basis.
 */
export async function setAnnotation(store: Store, taskId: string, patch: AnnotationPatch, now: () => string = nowIso): Promise<AnnotationOutcome> {
  return writeLedger(store, ['documents', 'rowPacks', 'progress', 'deadlineRules'], async (tx): Promise<AnnotationOutcome> => {
    const c = await tx.keyedTask(taskId);
    if (!c) return { ok: false, code: 'not-found', reason: MSG.taskNotFound };
    const [history, doc] = await Promise.all([tx.history(c.key), tx.document(c.task.docId)]);
    const latest = history[history.length - 1] ?? null;
    const clockAt = now();
    const at = changedAt(latest?.updatedAt, clockAt);
    const today = dayOf(clockAt);
    if (patch.seen !== undefined && (latest?.updatedAt ?? null) !== patch.seen) {
      return { ok: false, code: 'conflict', reason: MSG.noteConflict, theirs: currentRows(history)[0] ?? null };
    }
    const status = patch.status !== undefined ? patch.status : (latest?.status ?? null);
    const note = cleanNote(patch.note !== undefined ? patch.note : (latest?.note ?? ''));
    const amendable = latest !== null && latest.source === 'user' && latest.reportedOn === today ? latest : null;
    const view = async () => currentRows(await tx.entriesOf(c.key))[0] ?? null;

    if (status === null && note === '') {
      if (!amendable) return history.length === 0 ? { ok: true, annotation: null } : { ok: false, code: 'history', reason: MSG.historyCannotClear };
      await tx.deleteEntry(amendable.id);
      await tx.changed(at);
      return { ok: true, annotation: await view() };
    }
    if (status === '已完成' && note === '') return { ok: false, code: 'invalid', reason: MSG.doneNeedsBasis };
    const completion: Completion | null = status === '已完成' ? { date: today, basis: note } : null;

    if (amendable) {
      const amended = ProgressEntry.safeParse({ ...amendable, status, note, completion, updatedAt: at });
      if (!amended.success) return { ok: false, code: 'invalid', reason: amended.error.issues[0]?.message ?? MSG.doneNeedsBasis };
      await tx.putEntry(amended.data);
    } else {
      const period = doc ? periodForReport(doc, c.docTasks, c.task, await tx.rules(c.task.docId), history, today) : null;
      const made = makeEntry({ task: c.task, key: c.key, period, reportedOn: today, status, note, completion, unit: '', source: 'user' }, { id: newId(), createdAt: at });
      if (!made.ok) return { ok: false, code: 'invalid', reason: made.reason };
      await tx.putEntry(made.entry);
    }
    await tx.changed(at);
    return { ok: true, annotation: await view() };
  });
}

/** Each task's current status and note (of one document, or all): the latest entry per task key.
 * Match them to tasks with annotationsByTask (model/annotationKeys.ts). */
export async function getAnnotations(store: Store, docId?: string): Promise<AnnotationRow[]> {
  return currentRows(await getEntries(store, docId));
}

export function liveAnnotations(store: Store): Observable<AnnotationRow[]> {
  return liveRead(() => getAnnotations(store));
}

// ——— entries ———

export type EntryFields = Omit<EntryInput, 'task' | 'key' | 'source'>;
export type EntryOutcome = { ok: true; entry: ProgressEntry } | NotFound | Invalid | WriteFailure;

/** A report from the ledger's form: checked (makeEntry), keyed to its task, stored. */
export async function addEntry(store: Store, taskId: string, fields: EntryFields, now: () => string = nowIso): Promise<EntryOutcome> {
  return writeLedger(store, ['rowPacks', 'progress'], async (tx): Promise<EntryOutcome> => {
    const c = await tx.keyedTask(taskId);
    if (!c) return { ok: false, code: 'not-found', reason: MSG.taskNotFound };
    const at = now();
    const made = makeEntry({ ...fields, task: c.task, key: c.key, source: 'user' }, { id: newId(), createdAt: at });
    if (!made.ok) return { ok: false, code: 'invalid', reason: made.reason };
    await tx.putEntry(made.entry);
    await tx.changed(at);
    return { ok: true, entry: made.entry };
  });
}

/** Another window changed the entry after this form opened: nothing was written. `theirs` is the entry
 * as stored now, for the form to show beside the user's text; saving again with `seen` set to
 * `theirs.updatedAt` overwrites it on purpose. */
export type Conflict = { ok: false; code: 'conflict'; reason: string; theirs: ProgressEntry };
export type UpdateOutcome = EntryOutcome | Conflict;

/** Corrects an entry in place (a wrong figure, a typo): checked as a new one is; it keeps its id, its
 * task and when it was written, and records when it was changed. `seen` is the entry's `updatedAt` when
 * the form opened: a save over a newer version (another window's) is refused as a conflict, checked in
 * the same transaction as the write. */
export async function updateEntry(store: Store, id: string, seen: string, fields: EntryFields, now: () => string = nowIso): Promise<UpdateOutcome> {
  return writeLedger(store, ['progress'], async (tx): Promise<UpdateOutcome> => {
    const old = await tx.entry(id);
    if (!old) return { ok: false, code: 'not-found', reason: MSG.entryNotFound };
    if (old.updatedAt !== seen) return { ok: false, code: 'conflict', reason: MSG.entryConflict, theirs: old };
    // the task as the entry recorded it (makeEntry reads its document, number and text)
    const task = { id: '', docId: old.docId, no: old.taskNo, text: old.taskText };
    const made = makeEntry({ ...fields, task, key: old.key, source: old.source, sourceHash: old.sourceHash }, { id: old.id, createdAt: old.createdAt });
    if (!made.ok) return { ok: false, code: 'invalid', reason: made.reason };
    const at = changedAt(old.updatedAt, now());
    const entry = { ...made.entry, updatedAt: at };
    await tx.putEntry(entry);
    await tx.changed(at);
    return { ok: true, entry };
  });
}

// ——— a returned 台账 ———

export type SheetOutcome =
  | { ok: true; added: number }
  /** the same sheet was applied before: nothing written (not an error) */
  | { ok: true; added: 0; appliedAt: string; reason: string }
  | NotFound
  | { ok: false; code: 'stale'; reason: string; rows: number[] }
  | WriteFailure;

/**
 * Writes a returned sheet's entries (entriesToApply's plan), after checking in the same transaction that
 * its document is still stored, that this sheet was not applied already (by its content hash), and
 * that every task it reports on still has the history the preview was made from.
 */
export async function applySheet(store: Store, plan: SheetPlan, now: () => string = nowIso): Promise<SheetOutcome> {
  return writeLedger(store, ['documents', 'progress'], async (tx): Promise<SheetOutcome> => {
    const documentExists = await tx.hasDocument(plan.docId);
    const histories = new Map<string, ProgressEntry[]>();
    if (documentExists) for (const s of plan.seen) if (!histories.has(s.key)) histories.set(s.key, await tx.history(s.key));
    const verdict = checkPlan(plan, {
      documentExists,
      documentEntries: documentExists ? await tx.entriesOfDocument(plan.docId) : [],
      historyOf: (key) => histories.get(key) ?? [],
    });
    if (!verdict.ok) {
      if (verdict.code === 'not-found') return { ok: false, code: 'not-found', reason: MSG.sheetDocumentGone };
      if (verdict.code === 'applied') return { ok: true, added: 0, appliedAt: verdict.at, reason: MSG.sheetApplied(displayDateTime(verdict.at)) };
      return { ok: false, code: 'stale', reason: MSG.sheetStale(verdict.rows.map((r) => `第${r}行`).join('、')), rows: verdict.rows };
    }
    for (const e of plan.entries) await tx.putEntry(e);
    if (plan.entries.length > 0) await tx.changed(now());
    return { ok: true, added: plan.entries.length };
  });
}

/** What became of each file of a batch (applySheets). */
export type SheetsOutcome =
  { ok: true; files: { file: number; added: number; skipped: string | null }[] } | { ok: false; code: 'stale' | 'not-found'; reason: string; file: number } | WriteFailure;

/**
 * Many returned sheets in one storage transaction: every plan is checked against the rows as stored
 * before any is written (a joint task reported in two files is one task's history, read once), so
 * either every file still matches its preview and all are written, or nothing is. A file applied
 * before (in another window) is skipped and says so.
 */
export async function applySheets(store: Store, plans: readonly { file: number; plan: SheetPlan }[], now: () => string = nowIso): Promise<SheetsOutcome> {
  return writeLedger(store, ['documents', 'progress'], async (tx): Promise<SheetsOutcome> => {
    const files: { file: number; added: number; skipped: string | null }[] = [];
    const toWrite: ProgressEntry[] = [];
    const documents = new Map<string, boolean>();
    const entriesOf = new Map<string, ProgressEntry[]>();
    const histories = new Map<string, ProgressEntry[]>();
    for (const { file, plan } of plans) {
      if (!documents.has(plan.docId)) documents.set(plan.docId, await tx.hasDocument(plan.docId));
      const documentExists = documents.get(plan.docId) as boolean;
      if (documentExists && !entriesOf.has(plan.docId)) entriesOf.set(plan.docId, await tx.entriesOfDocument(plan.docId));
      if (documentExists) for (const s of plan.seen) if (!histories.has(s.key)) histories.set(s.key, await tx.history(s.key));
      const verdict = checkPlan(plan, { documentExists, documentEntries: entriesOf.get(plan.docId) ?? [], historyOf: (key) => histories.get(key) ?? [] });
      if (!verdict.ok) {
        if (verdict.code === 'not-found') return { ok: false, code: 'not-found', reason: MSG.sheetDocumentGone, file };
        if (verdict.code === 'applied') {
          files.push({ file, added: 0, skipped: MSG.sheetApplied(displayDateTime(verdict.at)) });
          continue;
        }
        return { ok: false, code: 'stale', reason: MSG.sheetStale(verdict.rows.map((r) => `第${r}行`).join('、')), file };
      }
      toWrite.push(...plan.entries);
      files.push({ file, added: plan.entries.length, skipped: null });
    }
    for (const e of toWrite) await tx.putEntry(e);
    if (toWrite.length > 0) await tx.changed(now());
    return { ok: true, files };
  });
}

// ——— reporting rules ———

export type RuleOutcome = { ok: true; rule: DeadlineRule } | NotFound | Invalid | { ok: false; code: 'conflict'; reason: string } | WriteFailure;

/**
 * Stores a rule the clerk wrote for a document: a new one, a correction of a parsed one (`replaces`
 * its id; active false switches it off), or a change to one of the clerk's own (same `id`; `seen` its
 * `updatedAt` when the editor opened: a rule changed since in another window is not overwritten).
 */
export async function saveRule(
  store: Store,
  docId: string,
  input: RuleInput,
  o: { id?: string; replaces?: string | null; seen?: string } = {},
  now: () => string = nowIso,
): Promise<RuleOutcome> {
  return writeLedger(store, ['documents', 'deadlineRules'], async (tx): Promise<RuleOutcome> => {
    if (!(await tx.hasDocument(docId))) return { ok: false, code: 'not-found', reason: MSG.notFound };
    const stored = o.id === undefined ? undefined : (await tx.rules(docId)).find((r) => r.id === o.id);
    if (stored && o.seen !== undefined && stored.updatedAt !== o.seen) return { ok: false, code: 'conflict', reason: MSG.ruleConflict };
    const at = changedAt(stored?.updatedAt, now());
    const made = userRule(input, { id: o.id ?? newId(), docId, replaces: o.replaces ?? null, updatedAt: at });
    if (!made.ok) return { ok: false, code: 'invalid', reason: made.reason };
    await tx.putRule(made.rule);
    await tx.changed(at);
    return { ok: true, rule: made.rule };
  });
}
