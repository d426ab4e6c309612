// The ledger's storage: dated progress entries per task (its history) and the clerk's reporting rules
// per document. Both are user tables (userTables.ts): never touched by seeding or a re-parse, in every
// backup, removed with their document. Every write is one transaction; failures come back as values.
//
// Rows only: the writes that check an entry or a rule against the ledger's rules (a report from the
// form, the task list's status and note, a rule the clerk wrote) live above storage
// (state/ledgerActions.ts) and run their decision inside `writeLedger`, on the rows it reads.
import { liveQuery, type Observable } from 'dexie';
import type { DocumentInfo, TaskRow } from '../../model/rows';
import { compareEntries, DeadlineRule, ProgressEntry } from '../../model/ledger';
import { annotationKeys } from '../../model/annotationKeys';
import { nowIso } from '../../time/clock';
import { MSG } from '../messages';
import type { ReportDatabase } from '../schema';
import type { WriteFailure } from './errors';
import { guardedWrite } from './guardedWrite';
import { validRows } from './soundRows';
import { dbOf, type Store } from './store';
import { markChanged } from './writes';
import { docIdOf, readPacked } from './packs';

export type NotFound = { ok: false; code: 'not-found'; reason: string };
export type Invalid = { ok: false; code: 'invalid'; reason: string };

// ——— reads ———

/** Every entry (of one document, or all), corrupt ones skipped, oldest first. */
export async function getEntries(store: Store, docId?: string, problems: string[] = []): Promise<ProgressEntry[]> {
  const t = dbOf(store).progress;
  const rows = docId === undefined ? await t.toArray() : await t.where('docId').equals(docId).toArray();
  return validRows(rows, ProgressEntry, 'progress', problems).sort(compareEntries);
}

export async function getRules(store: Store, docId?: string, problems: string[] = []): Promise<DeadlineRule[]> {
  const t = dbOf(store).deadlineRules;
  const rows = docId === undefined ? await t.toArray() : await t.where('docId').equals(docId).toArray();
  return validRows(rows, DeadlineRule, 'deadlineRules', problems);
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

// ——— one ledger transaction ———

/** The tables a ledger write reads or writes besides `meta` (always in it). */
export type LedgerTable = 'documents' | 'rowPacks' | 'progress' | 'deadlineRules';

/** A task with every task of its document and its key (model/annotationKeys.ts). */
export interface KeyedTask {
  task: TaskRow;
  docTasks: TaskRow[];
  key: string;
}

/** The rows a ledger write reads and the rows it writes, inside one transaction. */
export interface LedgerTransaction {
  /** null when the task is gone. */
  keyedTask(taskId: string): Promise<KeyedTask | null>;
  /** The task's entries by its key: valid ones, oldest first. */
  history(key: string): Promise<ProgressEntry[]>;
  /** The task's entries by its key, as stored. */
  entriesOf(key: string): Promise<ProgressEntry[]>;
  entry(id: string): Promise<ProgressEntry | undefined>;
  /** Every entry of a document, as stored. */
  entriesOfDocument(docId: string): Promise<ProgressEntry[]>;
  /** A document with its normalized text. */
  document(docId: string): Promise<DocumentInfo | undefined>;
  hasDocument(docId: string): Promise<boolean>;
  /** The clerk's rules of a document (corrupt ones skipped). */
  rules(docId: string): Promise<DeadlineRule[]>;
  putEntry(entry: ProgressEntry): Promise<unknown>;
  deleteEntry(id: string): Promise<unknown>;
  putRule(rule: DeadlineRule): Promise<unknown>;
  /** Marks the data changed at `at` (for the backup reminder). */
  changed(at: string): Promise<unknown>;
}

function ledgerTransaction(db: ReportDatabase): LedgerTransaction {
  return {
    async keyedTask(taskId) {
      const docTasks = (await readPacked(db, docIdOf(taskId))).tasks as TaskRow[];
      const task = docTasks.find((t) => t.id === taskId);
      if (!task) return null;
      return { task, docTasks, key: annotationKeys(docTasks).get(taskId) ?? `${task.docId}#id:${task.localId}` };
    },
    history: async (key) => validRows(await db.progress.where('key').equals(key).toArray(), ProgressEntry, 'progress', []).sort(compareEntries),
    entriesOf: (key) => db.progress.where('key').equals(key).toArray(),
    entry: (id) => db.progress.get(id),
    entriesOfDocument: (docId) => db.progress.where('docId').equals(docId).toArray(),
    async document(docId) {
      const [head, packed] = await Promise.all([db.documents.get(docId), readPacked(db, docId)]);
      return head && { ...head, text: packed.text };
    },
    hasDocument: async (docId) => Boolean(await db.documents.get(docId)),
    rules: async (docId) => validRows(await db.deadlineRules.where('docId').equals(docId).toArray(), DeadlineRule, 'deadlineRules', []),
    putEntry: (entry) => db.progress.put(entry),
    deleteEntry: (id) => db.progress.delete(id),
    putRule: (rule) => db.deadlineRules.put(rule),
    changed: (at) => markChanged(db, at),
  };
}

/**
 * Runs `write` (a ledger decision: read rows, decide, write rows) in one transaction over `tables` and
 * `meta`: it happens entirely or not at all; a failure comes back as a value.
 */
export function writeLedger<R>(store: Store, tables: readonly LedgerTable[], write: (tx: LedgerTransaction) => Promise<R>): Promise<R | WriteFailure> {
  return guardedWrite(store, (db) => db.transaction('rw', [...tables.map((t) => db.table(t)), db.meta], () => write(ledgerTransaction(db))));
}

// ——— writes that check nothing but the rows' shape ———

export type EntriesOutcome = { ok: true; added: number } | Invalid | NotFound | WriteFailure;

/** Entries made elsewhere (already checked, e.g. by entriesToApply): all or none, and none for a
 * document that is not stored (deleted meanwhile in another window). */
export async function addEntries(store: Store, entries: readonly ProgressEntry[], now: () => string = nowIso): Promise<EntriesOutcome> {
  return guardedWrite(store, async (db) => {
    for (const e of entries) {
      const r = ProgressEntry.safeParse(e);
      if (!r.success) return { ok: false, code: 'invalid', reason: `第 ${entries.indexOf(e) + 1} 条记录无效：${r.error.issues[0]?.message ?? ''}` };
    }
    return db.transaction('rw', [db.documents, db.progress, db.meta], async (): Promise<EntriesOutcome> => {
      for (const docId of new Set(entries.map((e) => e.docId))) {
        if (!(await db.documents.get(docId))) return { ok: false, code: 'not-found', reason: MSG.notFound };
      }
      await db.progress.bulkPut([...entries]);
      await markChanged(db, now());
      return { ok: true, added: entries.length };
    });
  });
}

export type SimpleResult = { ok: true } | NotFound | WriteFailure;
/** The row changed in another window since the page showed it: nothing was removed. */
export type Changed = { ok: false; code: 'changed'; reason: string };

/** Removes one entry written by mistake (the history keeps every other). `seen`: the entry's
 * `updatedAt` as the page showed it; a version changed since (in another window) is not removed. */
export async function deleteEntry(store: Store, id: string, seen?: string, now: () => string = nowIso): Promise<SimpleResult | Changed> {
  return guardedWrite(store, (db) =>
    db.transaction('rw', [db.progress, db.meta], async (): Promise<SimpleResult | Changed> => {
      const stored = await db.progress.get(id);
      if (!stored) return { ok: false, code: 'not-found', reason: MSG.entryNotFound };
      if (seen !== undefined && stored.updatedAt !== seen) return { ok: false, code: 'changed', reason: MSG.entryChangedNotDeleted };
      await db.progress.delete(id);
      await markChanged(db, now());
      return { ok: true };
    }),
  );
}

/** Removes one of the clerk's rules (a removed correction brings the parsed rule back). */
export async function deleteRule(store: Store, id: string, now: () => string = nowIso): Promise<SimpleResult> {
  return guardedWrite(store, (db) =>
    db.transaction('rw', [db.deadlineRules, db.meta], async (): Promise<SimpleResult> => {
      if (!(await db.deadlineRules.get(id))) return { ok: false, code: 'not-found', reason: MSG.ruleNotFound };
      await db.deadlineRules.delete(id);
      await markChanged(db, now());
      return { ok: true };
    }),
  );
}
