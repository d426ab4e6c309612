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
import { currentRows, makeEntry, type EntryInput } from '../ledger/entries';
import { newId } from '../ledger/ids';
import { periodForReport } from '../ledger/rulesInForce';
import { userRule, type RuleInput } from '../ledger/rules';
import { beijingDayOf, nowIso } from '../time/clock';
import { getEntries, liveRead, MSG, writeLedger, type Observable, type Invalid, type NotFound, type Store, type WriteFailure } from '../db';

const dayOf = beijingDayOf;

// ——— the task list's view ———

export interface AnnotationPatch {
  status?: TaskStatus | null;
  note?: string;
}

export type AnnotationOutcome = { ok: true; annotation: AnnotationRow | null } | NotFound | Invalid | { ok: false; code: 'history'; reason: string } | WriteFailure;

/**
 * The task list's quick status and note. Today's own quick entry is amended; otherwise a new entry
 * is dated today for the period a report today answers. Clearing both withdraws today's entry, but
 * never an earlier report. 已完成 needs a note to serve as the 销号 basis.
 */
export async function setAnnotation(store: Store, taskId: string, patch: AnnotationPatch, now: () => string = nowIso): Promise<AnnotationOutcome> {
  return writeLedger(store, ['documents', 'documentTexts', 'tasks', 'progress', 'deadlineRules'], async (tx): Promise<AnnotationOutcome> => {
    const c = await tx.keyedTask(taskId);
    if (!c) return { ok: false, code: 'not-found', reason: MSG.taskNotFound };
    const [history, doc] = await Promise.all([tx.history(c.key), tx.document(c.task.docId)]);
    const at = now();
    const today = dayOf(at);
    const latest = history[history.length - 1] ?? null;
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
  return writeLedger(store, ['tasks', 'progress'], async (tx): Promise<EntryOutcome> => {
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

/** Corrects an entry in place (a wrong figure, a typo): checked as a new one is; it keeps its id, its
 * task and when it was written, and records when it was changed. */
export async function updateEntry(store: Store, id: string, fields: EntryFields, now: () => string = nowIso): Promise<EntryOutcome> {
  return writeLedger(store, ['progress'], async (tx): Promise<EntryOutcome> => {
    const old = await tx.entry(id);
    if (!old) return { ok: false, code: 'not-found', reason: MSG.entryNotFound };
    // the task as the entry recorded it (makeEntry reads its document, number and text)
    const task = { id: '', docId: old.docId, no: old.taskNo, text: old.taskText };
    const made = makeEntry({ ...fields, task, key: old.key, source: old.source }, { id: old.id, createdAt: old.createdAt });
    if (!made.ok) return { ok: false, code: 'invalid', reason: made.reason };
    const at = now();
    const entry = { ...made.entry, updatedAt: at };
    await tx.putEntry(entry);
    await tx.changed(at);
    return { ok: true, entry };
  });
}

// ——— reporting rules ———

export type RuleOutcome = { ok: true; rule: DeadlineRule } | NotFound | Invalid | WriteFailure;

/**
 * Stores a rule the clerk wrote for a document: a new one, a correction of a parsed one (`replaces`
 * its id; active false switches it off), or a change to one of the clerk's own (same `id`).
 */
export async function saveRule(store: Store, docId: string, input: RuleInput, o: { id?: string; replaces?: string | null } = {}, now: () => string = nowIso): Promise<RuleOutcome> {
  return writeLedger(store, ['documents', 'deadlineRules'], async (tx): Promise<RuleOutcome> => {
    if (!(await tx.hasDocument(docId))) return { ok: false, code: 'not-found', reason: MSG.notFound };
    const at = now();
    const made = userRule(input, { id: o.id ?? newId(), docId, replaces: o.replaces ?? null, updatedAt: at });
    if (!made.ok) return { ok: false, code: 'invalid', reason: made.reason };
    await tx.putRule(made.rule);
    await tx.changed(at);
    return { ok: true, rule: made.rule };
  });
}
