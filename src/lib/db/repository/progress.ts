// The ledger's storage: dated progress entries per task (its history) and the clerk's reporting rules
// per document. Both are user tables (userTables.ts): never touched by seeding or a re-parse, in every
// backup, removed with their document. Every write is one transaction; failures come back as values.
//
// The task list's status and note (getAnnotations / setAnnotation) are a view of the same history:
// the latest entry is the task's current status, and a quick change there amends the entry made the
// same day in the task list or adds a new one, so there is one status per task app-wide.
import { liveQuery, type Observable } from 'dexie';
import type { AnnotationRow, TaskStatus } from '../../model/annotations';
import type { DocumentInfo, TaskRow } from '../../model/rows';
import { DeadlineRule, ProgressEntry, type Completion } from '../../model/ledger';
import { cleanNote } from '../../analysis/taskStatus';
import { compareEntries, currentRows, makeEntry, type EntryInput } from '../../ledger/entries';
import { periodForReport } from '../../ledger/rulesInForce';
import { userRule, type RuleInput } from '../../ledger/rules';
import { localDate, nowIso } from '../../time/clock';
import { annotationKeys } from '../../model/annotationKeys';
import { MSG } from '../messages';
import type { ReportDatabase } from '../schema';
import { writeFailure, type WriteFailure } from './errors';
import { validRows } from './reads';
import { dbOf, lostFailure, type Store } from './store';
import { markChanged } from './writes';

export type NotFound = { ok: false; code: 'not-found'; reason: string };
export type Invalid = { ok: false; code: 'invalid'; reason: string };

import { newId } from '../../ledger/ids';
const dayOf = (iso: string) => localDate(new Date(iso));

interface TaskContext {
  task: TaskRow;
  doc: DocumentInfo | undefined;
  docTasks: TaskRow[];
  key: string;
  history: ProgressEntry[];
}

async function taskContext(db: ReportDatabase, taskId: string): Promise<TaskContext | null> {
  const task = await db.tasks.get(taskId);
  if (!task) return null;
  const docTasks = await db.tasks.where('docId').equals(task.docId).toArray();
  const key = annotationKeys(docTasks).get(taskId) ?? `${task.docId}#id:${task.localId}`;
  const history = validRows(await db.progress.where('key').equals(key).toArray(), ProgressEntry, 'progress', []).sort(compareEntries);
  const [head, texts] = await Promise.all([db.documents.get(task.docId), db.documentTexts.get(task.docId)]);
  return { task, doc: head && { ...head, text: texts?.text ?? '' }, docTasks, key, history };
}

async function userRulesOf(db: ReportDatabase, docId: string): Promise<DeadlineRule[]> {
  return validRows(await db.deadlineRules.where('docId').equals(docId).toArray(), DeadlineRule, 'deadlineRules', []);
}

// ——— the task list's view ———

export interface AnnotationPatch {
  status?: TaskStatus | null;
  note?: string;
}

export type AnnotationOutcome =
  | { ok: true; annotation: AnnotationRow | null }
  | NotFound
  | Invalid
  | { ok: false; code: 'history'; reason: string }
  | WriteFailure;

/**
 * The task list's quick status and note. Today's own quick entry is amended; otherwise a new entry
 * is dated today for the period a report today answers. Clearing both withdraws today's entry, but
 * never an earlier report. 已完成 needs a note to serve as the 销号 basis.
 */
export async function setAnnotation(store: Store, taskId: string, patch: AnnotationPatch, now: () => string = nowIso): Promise<AnnotationOutcome> {
  const lost = lostFailure(store);
  if (lost) return lost;
  const db = dbOf(store);
  try {
    return await db.transaction('rw', [db.documents, db.documentTexts, db.tasks, db.progress, db.deadlineRules, db.meta], async (): Promise<AnnotationOutcome> => {
      const c = await taskContext(db, taskId);
      if (!c) return { ok: false, code: 'not-found', reason: MSG.taskNotFound };
      const at = now();
      const today = dayOf(at);
      const latest = c.history[c.history.length - 1] ?? null;
      const status = patch.status !== undefined ? patch.status : (latest?.status ?? null);
      const note = cleanNote(patch.note !== undefined ? patch.note : (latest?.note ?? ''));
      const amendable = latest !== null && latest.source === 'user' && latest.reportedOn === today ? latest : null;
      const view = async () => currentRows(await db.progress.where('key').equals(c.key).toArray())[0] ?? null;

      if (status === null && note === '') {
        if (!amendable) return c.history.length === 0 ? { ok: true, annotation: null } : { ok: false, code: 'history', reason: MSG.historyCannotClear };
        await db.progress.delete(amendable.id);
        await markChanged(db, at);
        return { ok: true, annotation: await view() };
      }
      if (status === '已完成' && note === '') return { ok: false, code: 'invalid', reason: MSG.doneNeedsBasis };
      const completion: Completion | null = status === '已完成' ? { date: today, basis: note } : null;

      if (amendable) {
        const amended = ProgressEntry.safeParse({ ...amendable, status, note, completion, updatedAt: at });
        if (!amended.success) return { ok: false, code: 'invalid', reason: amended.error.issues[0]?.message ?? MSG.doneNeedsBasis };
        await db.progress.put(amended.data);
      } else {
        const period = c.doc ? periodForReport(c.doc, c.docTasks, c.task, await userRulesOf(db, c.task.docId), c.history, today) : null;
        const made = makeEntry(
          { task: c.task, key: c.key, period, reportedOn: today, status, note, completion, unit: '', source: 'user' },
          { id: newId(), createdAt: at },
        );
        if (!made.ok) return { ok: false, code: 'invalid', reason: made.reason };
        await db.progress.put(made.entry);
      }
      await markChanged(db, at);
      return { ok: true, annotation: await view() };
    });
  } catch (e) {
    return lostFailure(store) ?? writeFailure(e);
  }
}

/** Each task's current status and note (of one document, or all): the latest entry per task key.
 * Match them to tasks with annotationsByTask (model/annotationKeys.ts). */
export async function getAnnotations(store: Store, docId?: string): Promise<AnnotationRow[]> {
  return currentRows(await getEntries(store, docId));
}

export function liveAnnotations(store: Store): Observable<AnnotationRow[]> {
  return liveQuery(() => getAnnotations(store));
}

// ——— entries ———

/** Every entry (of one document, or all), corrupt ones skipped, oldest first. */
export async function getEntries(store: Store, docId?: string, problems: string[] = []): Promise<ProgressEntry[]> {
  const t = dbOf(store).progress;
  const rows = docId === undefined ? await t.toArray() : await t.where('docId').equals(docId).toArray();
  return validRows(rows, ProgressEntry, 'progress', problems).sort(compareEntries);
}

export type EntryFields = Omit<EntryInput, 'task' | 'key' | 'source'>;
export type EntryOutcome = { ok: true; entry: ProgressEntry } | NotFound | Invalid | WriteFailure;

/** A report from the ledger's form: checked (makeEntry), keyed to its task, stored. */
export async function addEntry(store: Store, taskId: string, fields: EntryFields, now: () => string = nowIso): Promise<EntryOutcome> {
  const lost = lostFailure(store);
  if (lost) return lost;
  const db = dbOf(store);
  try {
    return await db.transaction('rw', [db.tasks, db.progress, db.meta], async (): Promise<EntryOutcome> => {
      const task = await db.tasks.get(taskId);
      if (!task) return { ok: false, code: 'not-found', reason: MSG.taskNotFound };
      const docTasks = await db.tasks.where('docId').equals(task.docId).toArray();
      const key = annotationKeys(docTasks).get(taskId) ?? `${task.docId}#id:${task.localId}`;
      const at = now();
      const made = makeEntry({ ...fields, task, key, source: 'user' }, { id: newId(), createdAt: at });
      if (!made.ok) return { ok: false, code: 'invalid', reason: made.reason };
      await db.progress.put(made.entry);
      await markChanged(db, at);
      return { ok: true, entry: made.entry };
    });
  } catch (e) {
    return lostFailure(store) ?? writeFailure(e);
  }
}

/** Corrects an entry in place (a wrong figure, a typo): checked as a new one is; it keeps its id, its
 * task and when it was written, and records when it was changed. */
export async function updateEntry(store: Store, id: string, fields: EntryFields, now: () => string = nowIso): Promise<EntryOutcome> {
  const lost = lostFailure(store);
  if (lost) return lost;
  const db = dbOf(store);
  try {
    return await db.transaction('rw', [db.progress, db.meta], async (): Promise<EntryOutcome> => {
      const old = await db.progress.get(id);
      if (!old) return { ok: false, code: 'not-found', reason: MSG.entryNotFound };
      // the task as the entry recorded it (makeEntry reads its document, number and text)
      const task = { id: '', docId: old.docId, no: old.taskNo, text: old.taskText };
      const made = makeEntry({ ...fields, task, key: old.key, source: old.source }, { id: old.id, createdAt: old.createdAt });
      if (!made.ok) return { ok: false, code: 'invalid', reason: made.reason };
      const at = now();
      const entry = { ...made.entry, updatedAt: at };
      await db.progress.put(entry);
      await markChanged(db, at);
      return { ok: true, entry };
    });
  } catch (e) {
    return lostFailure(store) ?? writeFailure(e);
  }
}

export type EntriesOutcome = { ok: true; added: number } | Invalid | WriteFailure;

/** Entries made elsewhere (an imported 台账, already checked by entriesToApply): all or none. */
export async function addEntries(store: Store, entries: readonly ProgressEntry[], now: () => string = nowIso): Promise<EntriesOutcome> {
  const lost = lostFailure(store);
  if (lost) return lost;
  const db = dbOf(store);
  for (const e of entries) {
    const r = ProgressEntry.safeParse(e);
    if (!r.success) return { ok: false, code: 'invalid', reason: `第 ${entries.indexOf(e) + 1} 条记录无效：${r.error.issues[0]?.message ?? ''}` };
  }
  try {
    return await db.transaction('rw', [db.progress, db.meta], async (): Promise<EntriesOutcome> => {
      await db.progress.bulkPut([...entries]);
      await markChanged(db, now());
      return { ok: true, added: entries.length };
    });
  } catch (e) {
    return lostFailure(store) ?? writeFailure(e);
  }
}

export type SimpleResult = { ok: true } | NotFound | WriteFailure;

/** Removes one entry written by mistake (the history keeps every other). */
export async function deleteEntry(store: Store, id: string, now: () => string = nowIso): Promise<SimpleResult> {
  const lost = lostFailure(store);
  if (lost) return lost;
  const db = dbOf(store);
  try {
    return await db.transaction('rw', [db.progress, db.meta], async (): Promise<SimpleResult> => {
      if (!(await db.progress.get(id))) return { ok: false, code: 'not-found', reason: MSG.entryNotFound };
      await db.progress.delete(id);
      await markChanged(db, now());
      return { ok: true };
    });
  } catch (e) {
    return lostFailure(store) ?? writeFailure(e);
  }
}

// ——— reporting rules ———

export async function getRules(store: Store, docId?: string, problems: string[] = []): Promise<DeadlineRule[]> {
  const t = dbOf(store).deadlineRules;
  const rows = docId === undefined ? await t.toArray() : await t.where('docId').equals(docId).toArray();
  return validRows(rows, DeadlineRule, 'deadlineRules', problems);
}

export type RuleOutcome = { ok: true; rule: DeadlineRule } | NotFound | Invalid | WriteFailure;

/**
 * Stores a rule the clerk wrote for a document: a new one, a correction of a parsed one (`replaces`
 * its id; active false switches it off), or a change to one of the clerk's own (same `id`).
 */
export async function saveRule(store: Store, docId: string, input: RuleInput, o: { id?: string; replaces?: string | null } = {}, now: () => string = nowIso): Promise<RuleOutcome> {
  const lost = lostFailure(store);
  if (lost) return lost;
  const db = dbOf(store);
  try {
    return await db.transaction('rw', [db.documents, db.deadlineRules, db.meta], async (): Promise<RuleOutcome> => {
      if (!(await db.documents.get(docId))) return { ok: false, code: 'not-found', reason: MSG.notFound };
      const at = now();
      const made = userRule(input, { id: o.id ?? newId(), docId, replaces: o.replaces ?? null, updatedAt: at });
      if (!made.ok) return { ok: false, code: 'invalid', reason: made.reason };
      await db.deadlineRules.put(made.rule);
      await markChanged(db, at);
      return { ok: true, rule: made.rule };
    });
  } catch (e) {
    return lostFailure(store) ?? writeFailure(e);
  }
}

/** Removes one of the clerk's rules (a removed correction brings the parsed rule back). */
export async function deleteRule(store: Store, id: string, now: () => string = nowIso): Promise<SimpleResult> {
  const lost = lostFailure(store);
  if (lost) return lost;
  const db = dbOf(store);
  try {
    return await db.transaction('rw', [db.deadlineRules, db.meta], async (): Promise<SimpleResult> => {
      if (!(await db.deadlineRules.get(id))) return { ok: false, code: 'not-found', reason: MSG.ruleNotFound };
      await db.deadlineRules.delete(id);
      await markChanged(db, now());
      return { ok: true };
    });
  } catch (e) {
    return lostFailure(store) ?? writeFailure(e);
  }
}

export interface LedgerRows {
  entries: ProgressEntry[];
  rules: DeadlineRule[];
  /** Chinese messages about rows that were skipped. */
  problems: string[];
}

/** The ledger's rows, re-read whenever they change (in this tab or another). */
export function liveLedger(store: Store): Observable<LedgerRows> {
  return liveQuery(async () => {
    const problems: string[] = [];
    const entries = await getEntries(store, undefined, problems);
    const rules = await getRules(store, undefined, problems);
    return { entries, rules, problems };
  });
}
