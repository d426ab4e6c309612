/**
 * The dashboard's database: the only API the UI uses. Components never import Dexie; they get a
 * `Store` from `startDatabase()` (start.ts) and pass it to these functions.
 *
 * What is stored where — one IndexedDB database named 'zfgzbg-dashboard' (schema.ts), or, when the
 * browser refuses IndexedDB, the same schema in an in-memory engine (fake-indexeddb) that dies with
 * the page (`store.status.mode === 'memory'`, with a banner saying nothing will be saved):
 *   documents     one row per document; id = content hash of its source text (hash.ts), plus "-2",
 *                 "-3" … when the user keeps both copies of a duplicate. Keeps the raw source text,
 *                 the normalized text, metadata, counts, the parser version and a `hidden` flag.
 *                 source 'bundled' = the seeds shipped in the app: written on first open, re-parsed
 *                 when the parser version changes, hidden rather than deleted.
 *                 source 'imported' = the user's: never touched by seeding.
 *   sections, tasks, targets, achievements
 *                 the parsed items, id `${docId}/${localId}`, with the document's year and place copied
 *                 onto each row for the indexes. Always replaced together with their document.
 *   annotations   the user's status and note per task, keyed by document + task number (or text hash)
 *                 so they survive a re-parse (annotations.ts). Never touched by seeding or import.
 *   meta          lastChangeAt / lastBackupAt (ISO), for the "please back up" reminder.
 * Nothing is kept anywhere else: no localStorage, no cookies, no server.
 *
 * Every write is one transaction: it happens entirely or not at all. Failures come back as values
 * with a Chinese `reason`; reads validate every row with zod and report what they had to skip.
 */
import Dexie, { liveQuery, type Observable, type Table } from 'dexie';
import { z } from 'zod';
import { ParsedDocument, type ParseResult, type TaskCategory } from '../model/document';
import { AchievementRow, DocumentRow, SectionRow, TargetRow, TaskRow, type Dataset } from '../model/rows';
import { AnnotationRow, annotationKeys, type TaskStatus } from './annotations';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type Backup, type BackupDocument } from './backup';
import { contentHash } from './hash';
import { MSG, TABLE_NAMES_ZH } from './messages';
import { toRows, type DocumentRows } from './rows';
import { DB_NAME, ITEM_TABLES, ReportDatabase } from './schema';

// ───────────────────────────── the store and its status ─────────────────────────────

export type StorageMode = 'indexeddb' | 'memory';

/** What the UI needs to know about the database, with every sentence in Chinese. */
export interface DataStatus {
  mode: StorageMode;
  /** Warnings for a banner (memory mode, another tab upgraded, …). */
  messages: string[];
  /** Seeds that failed to parse and similar non-fatal problems. */
  problems: string[];
  /** The connection was closed for another tab's upgrade: the page must be reloaded. */
  reloadNeeded: boolean;
  /** Milliseconds spent writing the bundled seeds on this open (0 when they were already there). */
  seedMs: number | null;
}

export class Store {
  status: DataStatus;
  private listeners = new Set<(s: DataStatus) => void>();

  /** @internal Only this module and its tests touch the database itself. */
  constructor(
    readonly db: ReportDatabase,
    mode: StorageMode,
    messages: string[] = [],
  ) {
    this.status = { mode, messages, problems: [], reloadNeeded: false, seedMs: null };
  }

  /** Calls `fn` now and on every change; returns the unsubscribe function. */
  subscribeStatus(fn: (s: DataStatus) => void): () => void {
    this.listeners.add(fn);
    fn(this.status);
    return () => this.listeners.delete(fn);
  }

  updateStatus(patch: Partial<DataStatus>): void {
    this.status = { ...this.status, ...patch };
    for (const fn of this.listeners) fn(this.status);
  }

  addMessage(message: string): void {
    if (!this.status.messages.includes(message)) this.updateStatus({ messages: [...this.status.messages, message] });
  }
}

export interface OpenOptions {
  name?: string;
  /** The IndexedDB engine; null means the browser has none. Default: the page's `indexedDB`. */
  indexedDB?: IDBFactory | null;
  IDBKeyRange?: typeof IDBKeyRange;
  /** How long to wait, once another tab blocks the upgrade, before running from memory. */
  blockedTimeoutMs?: number;
}

/** Opens the database; never rejects. Falls back to an in-memory database when IndexedDB is missing,
 * refuses to open, or is held at an older version by another tab that does not let go. */
export async function openStore(options: OpenOptions = {}): Promise<Store> {
  const name = options.name ?? DB_NAME;
  const factory = 'indexedDB' in options ? options.indexedDB : typeof indexedDB === 'undefined' ? null : indexedDB;
  const keyRange = options.IDBKeyRange ?? (typeof IDBKeyRange === 'undefined' ? undefined : IDBKeyRange);
  if (!factory || !keyRange) return openMemoryStore(name, MSG.memoryUnavailable);

  let db: ReportDatabase;
  try {
    useForLiveQueries(factory, keyRange);
    db = new ReportDatabase(name, { indexedDB: factory, IDBKeyRange: keyRange });
  } catch (e) {
    return openMemoryStore(name, MSG.memoryOpenFailed(describeError(e)));
  }
  const store = new Store(db, 'indexeddb');
  watchOtherTabs(store);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const blocked = new Promise<'blocked'>((resolve) => {
    db.on('blocked', () => {
      timer ??= setTimeout(() => resolve('blocked'), options.blockedTimeoutMs ?? 4000);
    });
  });
  try {
    const outcome = await Promise.race([db.open().then(() => 'open' as const), blocked]);
    if (outcome === 'blocked') {
      db.close();
      return openMemoryStore(name, MSG.blocked);
    }
    return store;
  } catch (e) {
    db.close();
    return openMemoryStore(name, MSG.memoryOpenFailed(describeError(e)));
  } finally {
    clearTimeout(timer);
  }
}

async function openMemoryStore(name: string, message: string): Promise<Store> {
  const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
  const factory = new IDBFactory();
  useForLiveQueries(factory, IDBKeyRange);
  const db = new ReportDatabase(name, { indexedDB: factory, IDBKeyRange });
  await db.open();
  return new Store(db, 'memory', [message]);
}

/** Dexie's liveQuery does nothing while its global dependencies name no IndexedDB engine (the case
 * when the browser has none and we run from memory), whatever engine the database itself uses. */
function useForLiveQueries(factory: unknown, keyRange: unknown): void {
  const deps = Dexie.dependencies as { indexedDB?: unknown; IDBKeyRange?: unknown };
  if (!deps.indexedDB) Object.assign(deps, { indexedDB: factory, IDBKeyRange: keyRange });
}

/** When a newer version of the app opens in another tab, let go at once (its upgrade would otherwise
 * hang) and tell the user to reload instead of silently reopening an outdated connection. */
function watchOtherTabs(store: Store): void {
  store.db.on('versionchange', () => {
    store.db.close({ disableAutoOpen: true });
    const messages = store.status.messages.includes(MSG.reloadNeeded) ? store.status.messages : [...store.status.messages, MSG.reloadNeeded];
    store.updateStatus({ reloadNeeded: true, messages });
    return false; // skip Dexie's default handler, which would reopen the old connection on next use
  });
}

export function closeStore(store: Store): void {
  store.db.close();
}

// ───────────────────────────── errors ─────────────────────────────

function errorNames(e: unknown): string[] {
  const names: string[] = [];
  const visit = (x: unknown, depth: number) => {
    if (!x || typeof x !== 'object' || depth > 4) return;
    const o = x as { name?: unknown; inner?: unknown; failures?: unknown };
    if (typeof o.name === 'string') names.push(o.name);
    visit(o.inner, depth + 1);
    if (Array.isArray(o.failures)) for (const f of o.failures) visit(f, depth + 1);
  };
  visit(e, 0);
  return names;
}

function describeError(e: unknown): string {
  if (e && typeof e === 'object') {
    const o = e as { name?: unknown; message?: unknown };
    return [o.name, o.message].filter((s) => typeof s === 'string' && s).join('：') || String(e);
  }
  return String(e);
}

export type WriteFailure = { ok: false; code: 'quota' | 'closed' | 'failed'; reason: string };

function writeFailure(e: unknown): WriteFailure {
  const names = errorNames(e);
  if (names.includes('QuotaExceededError')) return { ok: false, code: 'quota', reason: MSG.quota };
  if (names.includes('DatabaseClosedError') || names.includes('InvalidStateError')) return { ok: false, code: 'closed', reason: MSG.closed };
  return { ok: false, code: 'failed', reason: MSG.writeFailed(describeError(e)) };
}

// ───────────────────────────── writing a document ─────────────────────────────

const nowIso = () => new Date().toISOString();

async function deleteItems(db: ReportDatabase, docId: string): Promise<void> {
  for (const t of ITEM_TABLES) await db.table(t).where('docId').equals(docId).delete();
}

/** Replaces a document and all its items. Call inside a transaction. */
async function putRows(db: ReportDatabase, rows: DocumentRows): Promise<void> {
  if (await db.documents.get(rows.document.id)) await deleteItems(db, rows.document.id);
  // issued together: IndexedDB runs them in order within the transaction, without a round trip each
  await Promise.all([
    db.documents.put(rows.document),
    db.sections.bulkPut(rows.sections),
    db.tasks.bulkPut(rows.tasks),
    db.targets.bulkPut(rows.targets),
    db.achievements.bulkPut(rows.achievements),
  ]);
}

async function markChanged(db: ReportDatabase, at: string): Promise<void> {
  await db.meta.put({ key: 'lastChangeAt', value: at });
}

const writeTables = (db: ReportDatabase) => [db.documents, db.sections, db.tasks, db.targets, db.achievements, db.meta];

// ───────────────────────────── seeding ─────────────────────────────

export interface SeedText {
  fileName: string;
  text: string;
}

export interface Parser {
  parse: (text: string, opts: { fileName?: string }) => ParseResult;
  version: string;
}

export interface SeedResult {
  /** ids written on this call (first open, or re-parsed by a new parser) */
  written: string[];
  unchanged: string[];
  /** bundled documents no longer shipped with the app, removed */
  removed: string[];
  problems: string[];
  /** Set when the write itself failed (and was rolled back): full disk, storage refused … */
  writeFailure?: WriteFailure;
  /** total, and the parts spent parsing and writing (milliseconds) */
  ms: number;
  parseMs: number;
  writeMs: number;
}

/** Writes the bundled seeds that are missing or were parsed by another parser version, in one
 * transaction. Imported documents and annotations are never touched; hidden flags are kept. */
export async function seedIfNeeded(store: Store, seeds: readonly SeedText[], parser: Parser, now: () => string = nowIso): Promise<SeedResult> {
  const t0 = performance.now();
  const { db } = store;
  const docs = await db.documents.toArray();
  const bundled = new Map(docs.filter((d) => d.source === 'bundled').map((d) => [d.id, d]));
  const importedIds = new Set(docs.filter((d) => d.source !== 'bundled').map((d) => d.id));
  const result: SeedResult = { written: [], unchanged: [], removed: [], problems: [], ms: 0, parseMs: 0, writeMs: 0 };

  const shipped = new Set<string>();
  const toWrite: DocumentRows[] = [];
  for (const seed of seeds) {
    const id = contentHash(seed.text);
    shipped.add(id);
    if (importedIds.has(id)) continue; // the user chose to replace the bundled copy with their own
    const old = bundled.get(id);
    if (old && old.parserVersion === parser.version && DocumentRow.safeParse(old).success) {
      result.unchanged.push(id);
      continue;
    }
    const tp = performance.now();
    const parsed = safeParse(parser, seed);
    result.parseMs += performance.now() - tp;
    if (!parsed.ok) {
      result.problems.push(MSG.seedFailed(seed.fileName, parsed.reason));
      continue; // an older parse of the same seed, if any, stays
    }
    toWrite.push(
      toRows(parsed.data, {
        docId: id, source: 'bundled', sourceText: seed.text, fileName: seed.fileName,
        importedAt: old?.importedAt ?? now(), hidden: old?.hidden ?? false,
      }),
    );
  }
  const stale = [...bundled.keys()].filter((id) => !shipped.has(id));

  if (toWrite.length > 0 || stale.length > 0) {
    const tw = performance.now();
    try {
      await db.transaction('rw', writeTables(db), async () => {
        for (const id of stale) {
          await deleteItems(db, id);
          await db.documents.delete(id);
        }
        for (const rows of toWrite) {
          const current = await db.documents.get(rows.document.id);
          if (current && current.source !== 'bundled') continue; // imported meanwhile in another tab
          await putRows(db, rows);
        }
      });
      result.written = toWrite.map((r) => r.document.id);
      result.removed = stale;
    } catch (e) {
      result.writeFailure = writeFailure(e);
      result.problems.push(result.writeFailure.reason);
    }
    result.writeMs = performance.now() - tw;
  }
  result.ms = performance.now() - t0;
  return result;
}

/** Seeds the store; if a database that holds nothing yet cannot even take the seeds (no space, storage
 * refused on write), runs from memory instead so the dashboard still shows the bundled reports. A
 * database that already holds documents is kept: hiding the user's imports would be worse. */
export async function seedOrRunFromMemory(store: Store, seeds: readonly SeedText[], parser: Parser): Promise<{ store: Store; seed: SeedResult }> {
  const seed = await seedIfNeeded(store, seeds, parser);
  if (!seed.writeFailure || store.status.mode === 'memory') return { store, seed };
  const holdsDocuments = await store.db.documents.count().catch(() => 0);
  if (holdsDocuments > 0) return { store, seed };
  store.db.close();
  const memory = await openMemoryStore(store.db.name, MSG.memoryWriteFailed(seed.writeFailure.reason));
  const again = await seedIfNeeded(memory, seeds, parser);
  return { store: memory, seed: { ...again, ms: seed.ms + again.ms, parseMs: seed.parseMs + again.parseMs, writeMs: seed.writeMs + again.writeMs } };
}

function safeParse(parser: Parser, seed: SeedText): { ok: true; data: ParsedDocument } | { ok: false; reason: string } {
  try {
    const r = parser.parse(seed.text, { fileName: seed.fileName });
    if (!r.ok) return { ok: false, reason: r.reason };
    const checked = ParsedDocument.safeParse(r.data);
    return checked.success ? { ok: true, data: checked.data } : { ok: false, reason: checked.error.issues[0]?.message ?? '解析结果无效' };
  } catch (e) {
    return { ok: false, reason: describeError(e) };
  }
}

// ───────────────────────────── import, delete, hide ─────────────────────────────

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
  | { ok: false; code: 'duplicate'; reason: string; duplicate: DocumentRow }
  | { ok: false; code: 'invalid'; reason: string }
  | WriteFailure;

/** The stored document with the same content, preferring the original over "keep both" copies. */
export async function findDuplicate(store: Store, sourceText: string): Promise<DocumentRow | null> {
  const hash = contentHash(sourceText);
  const same = await store.db.documents.where('contentHash').equals(hash).toArray();
  return same.find((d) => d.id === hash) ?? same[0] ?? null;
}

/** Saves a parsed document with all its rows, or nothing at all. */
export async function importDocument(store: Store, parsed: ParsedDocument, opts: ImportOptions): Promise<ImportOutcome> {
  const checked = ParsedDocument.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, code: 'invalid', reason: MSG.invalidParsed(issue ? `${issue.path.join('.')}：${issue.message}` : '') };
  }
  const { db } = store;
  const hash = contentHash(opts.sourceText);
  const at = (opts.now ?? nowIso)();
  try {
    return await db.transaction('rw', writeTables(db), async (): Promise<ImportOutcome> => {
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
      const rows = toRows(checked.data, {
        docId: id, source: 'imported', sourceText: opts.sourceText, fileName: opts.fileName ?? null, importedAt: at,
      });
      await putRows(db, rows);
      await markChanged(db, at);
      return { ok: true, id, replaced: Boolean(dup) && id === dup?.id };
    });
  } catch (e) {
    return writeFailure(e);
  }
}

export type SimpleOutcome = { ok: true } | { ok: false; code: 'bundled' | 'not-found'; reason: string } | WriteFailure;

/** Removes an imported document, its rows and its annotations — nothing else. */
export async function deleteDocument(store: Store, id: string, now: () => string = nowIso): Promise<SimpleOutcome> {
  const { db } = store;
  try {
    return await db.transaction('rw', [...writeTables(db), db.annotations], async (): Promise<SimpleOutcome> => {
      const doc = await db.documents.get(id);
      if (!doc) return { ok: false, code: 'not-found', reason: MSG.notFound };
      if (doc.source === 'bundled') return { ok: false, code: 'bundled', reason: MSG.bundledCannotDelete };
      await deleteItems(db, id);
      await db.annotations.where('docId').equals(id).delete();
      await db.documents.delete(id);
      await markChanged(db, now());
      return { ok: true };
    });
  } catch (e) {
    return writeFailure(e);
  }
}

/** Hides or shows a document (meant for bundled seeds, which cannot be deleted). */
export async function setHidden(store: Store, id: string, hidden: boolean, now: () => string = nowIso): Promise<SimpleOutcome> {
  const { db } = store;
  try {
    return await db.transaction('rw', [db.documents, db.meta], async (): Promise<SimpleOutcome> => {
      const n = await db.documents.update(id, { hidden });
      if (n === 0 && !(await db.documents.get(id))) return { ok: false, code: 'not-found', reason: MSG.notFound };
      await markChanged(db, now());
      return { ok: true };
    });
  } catch (e) {
    return writeFailure(e);
  }
}

// ───────────────────────────── reading ─────────────────────────────

/** Rows that fail their schema are skipped and counted into one Chinese message per table. */
function validRows<T>(rows: unknown[], schema: z.ZodType<T>, table: string, problems: string[]): T[] {
  const out: T[] = [];
  let bad = 0;
  let example = '';
  for (const row of rows) {
    const r = schema.safeParse(row);
    if (r.success) out.push(r.data);
    else {
      if (bad === 0) {
        const id = (row as { id?: unknown; key?: unknown } | null)?.id ?? (row as { key?: unknown } | null)?.key;
        const issue = r.error.issues[0];
        example = `${typeof id === 'string' ? id : '无编号'}：${issue ? `${issue.path.join('.')} ${issue.message}` : ''}`;
      }
      bad++;
    }
  }
  if (bad > 0) problems.push(MSG.corruptRows(bad, TABLE_NAMES_ZH[table] ?? table, example));
  return out;
}

/** Every document, hidden ones included, for the document manager. Newest plan year first. */
export async function listDocuments(store: Store): Promise<DocumentRow[]> {
  const docs = validRows(await store.db.documents.toArray(), DocumentRow, 'documents', []);
  return docs.sort(byYearThenTitle);
}

function byYearThenTitle(a: DocumentRow, b: DocumentRow): number {
  return (b.meta.year ?? 0) - (a.meta.year ?? 0) || a.meta.title.localeCompare(b.meta.title, 'zh-CN') || a.id.localeCompare(b.id);
}

export interface LoadedDataset {
  dataset: Dataset;
  /** Chinese messages about rows that were skipped. */
  problems: string[];
}

/** The visible documents and their rows, every row validated. A corrupt row is skipped and reported,
 * a corrupt document is skipped with its rows. */
export async function loadDataset(store: Store): Promise<LoadedDataset> {
  const { db } = store;
  const problems: string[] = [];
  return db.transaction('r', [db.documents, db.sections, db.tasks, db.targets, db.achievements], async () => {
    const documents = validRows(await db.documents.toArray(), DocumentRow, 'documents', problems)
      .filter((d) => !d.hidden)
      .sort(byYearThenTitle);
    const ids = documents.map((d) => d.id);
    // In reading order: documents as sorted, items by position in their document's text.
    const docOrder = new Map(ids.map((id, i) => [id, i]));
    const read = async <T extends { docId: string; span: { start: number } }>(table: Table, schema: z.ZodType<T>) =>
      validRows(ids.length ? await table.where('docId').anyOf(ids).toArray() : [], schema, table.name, problems).sort(
        (a, b) => (docOrder.get(a.docId) ?? 0) - (docOrder.get(b.docId) ?? 0) || a.span.start - b.span.start,
      );
    const dataset: Dataset = {
      documents,
      sections: await read(db.sections, SectionRow),
      tasks: await read(db.tasks, TaskRow),
      targets: await read(db.targets, TargetRow),
      achievements: await read(db.achievements, AchievementRow),
    };
    return { dataset, problems };
  });
}

/** The dataset, re-read whenever any table changes (in this tab or another). */
export function liveDataset(store: Store): Observable<LoadedDataset> {
  return liveQuery(() => loadDataset(store));
}

export function liveDocuments(store: Store): Observable<DocumentRow[]> {
  return liveQuery(() => listDocuments(store));
}

export interface TaskQuery {
  docId?: string;
  year?: number;
  jurisdiction?: string;
  category?: TaskCategory;
  sectionId?: string;
  leader?: string;
  leadUnit?: string;
  supportUnit?: string;
  /** lead or supporting unit */
  unit?: string;
}

/** Tasks of visible documents matching every field given; the most selective field uses its index. */
export async function queryTasks(store: Store, q: TaskQuery): Promise<TaskRow[]> {
  const { db } = store;
  return db.transaction('r', [db.documents, db.tasks], async () => {
    let rows: unknown[];
    if (q.docId !== undefined) rows = await db.tasks.where('docId').equals(q.docId).toArray();
    else if (q.sectionId !== undefined) rows = await db.tasks.where('sectionId').equals(q.sectionId).toArray();
    else if (q.leader !== undefined) rows = await db.tasks.where('leaders').equals(q.leader).toArray();
    else if (q.leadUnit !== undefined) rows = await db.tasks.where('leadUnits').equals(q.leadUnit).toArray();
    else if (q.supportUnit !== undefined) rows = await db.tasks.where('supportUnits').equals(q.supportUnit).toArray();
    else if (q.unit !== undefined) {
      const [lead, support] = await Promise.all([
        db.tasks.where('leadUnits').equals(q.unit).toArray(),
        db.tasks.where('supportUnits').equals(q.unit).toArray(),
      ]);
      const seen = new Set(lead.map((t) => t.id));
      rows = [...lead, ...support.filter((t) => !seen.has(t.id))];
    } else if (q.year !== undefined) rows = await db.tasks.where('year').equals(q.year).toArray();
    else if (q.jurisdiction !== undefined) rows = await db.tasks.where('jurisdiction').equals(q.jurisdiction).toArray();
    else if (q.category !== undefined) rows = await db.tasks.where('category').equals(q.category).toArray();
    else rows = await db.tasks.toArray();

    const visible = new Set(
      (await db.documents.toArray()).filter((d) => !d.hidden).map((d) => d.id),
    );
    return validRows(rows, TaskRow, 'tasks', []).filter(
      (t) =>
        visible.has(t.docId) &&
        (q.docId === undefined || t.docId === q.docId) &&
        (q.year === undefined || t.year === q.year) &&
        (q.jurisdiction === undefined || t.jurisdiction === q.jurisdiction) &&
        (q.category === undefined || t.category === q.category) &&
        (q.sectionId === undefined || t.sectionId === q.sectionId) &&
        (q.leader === undefined || t.leaders.includes(q.leader)) &&
        (q.leadUnit === undefined || t.leadUnits.includes(q.leadUnit)) &&
        (q.supportUnit === undefined || t.supportUnits.includes(q.supportUnit)) &&
        (q.unit === undefined || t.leadUnits.includes(q.unit) || t.supportUnits.includes(q.unit)),
    );
  });
}

// ───────────────────────────── annotations ─────────────────────────────

export interface AnnotationPatch {
  status?: TaskStatus | null;
  note?: string;
}

export type AnnotationOutcome = { ok: true; annotation: AnnotationRow | null } | { ok: false; code: 'not-found'; reason: string } | WriteFailure;

/** Sets a task's status and/or note. An annotation left with no status and an empty note is removed
 * (the outcome's annotation is then null). */
export async function setAnnotation(store: Store, taskId: string, patch: AnnotationPatch, now: () => string = nowIso): Promise<AnnotationOutcome> {
  const { db } = store;
  try {
    return await db.transaction('rw', [db.tasks, db.annotations, db.meta], async (): Promise<AnnotationOutcome> => {
      const task = await db.tasks.get(taskId);
      if (!task) return { ok: false, code: 'not-found', reason: MSG.notFound };
      const docTasks = await db.tasks.where('docId').equals(task.docId).toArray();
      const key = annotationKeys(docTasks).get(taskId) ?? `${task.docId}#id:${task.localId}`;
      const old = await db.annotations.get(key);
      const at = now();
      const next: AnnotationRow = {
        key, docId: task.docId, taskNo: task.no, taskText: task.text,
        status: patch.status !== undefined ? patch.status : (old?.status ?? null),
        note: patch.note !== undefined ? patch.note : (old?.note ?? ''),
        updatedAt: at,
      };
      if (next.status === null && next.note.trim() === '') await db.annotations.delete(key);
      else await db.annotations.put(next);
      await markChanged(db, at);
      return { ok: true, annotation: next.status === null && next.note.trim() === '' ? null : next };
    });
  } catch (e) {
    return writeFailure(e);
  }
}

/** Annotations (of one document, or all), corrupt ones skipped. Match them to tasks with
 * annotationsByTask (annotations.ts). */
export async function getAnnotations(store: Store, docId?: string): Promise<AnnotationRow[]> {
  const t = store.db.annotations;
  const rows = docId === undefined ? await t.toArray() : await t.where('docId').equals(docId).toArray();
  return validRows(rows, AnnotationRow, 'annotations', []);
}

export function liveAnnotations(store: Store): Observable<AnnotationRow[]> {
  return liveQuery(() => getAnnotations(store));
}

// ───────────────────────────── backup ─────────────────────────────

export interface BackupState {
  lastChangeAt: string | null;
  lastBackupAt: string | null;
  /** Something the user did is newer than the last backup (or was never backed up). */
  needsBackup: boolean;
}

export async function getBackupState(store: Store): Promise<BackupState> {
  const [change, backup] = await store.db.meta.bulkGet(['lastChangeAt', 'lastBackupAt']);
  const lastChangeAt = typeof change?.value === 'string' ? change.value : null;
  const lastBackupAt = typeof backup?.value === 'string' ? backup.value : null;
  return { lastChangeAt, lastBackupAt, needsBackup: lastChangeAt !== null && (lastBackupAt === null || lastBackupAt < lastChangeAt) };
}

export function liveBackupState(store: Store): Observable<BackupState> {
  return liveQuery(() => getBackupState(store));
}

/** One JSON text holding everything the user has: imported documents (source text and rows), the
 * hidden flags of bundled ones, every annotation. Records the time as the last backup. */
export async function exportBackup(store: Store, now: () => string = nowIso): Promise<string> {
  const { db } = store;
  const at = now();
  const backup = await db.transaction('rw', [...writeTables(db), db.annotations], async (): Promise<Backup> => {
    const docs = await db.documents.toArray();
    const documents: BackupDocument[] = [];
    for (const document of docs.filter((d) => d.source === 'imported')) {
      const of = <T>(t: Table<T>) => t.where('docId').equals(document.id).toArray();
      documents.push({
        document,
        sections: await of(db.sections),
        tasks: await of(db.tasks),
        targets: await of(db.targets),
        achievements: await of(db.achievements),
      });
    }
    const b: Backup = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: at,
      documents,
      hiddenSeeds: docs.filter((d) => d.source === 'bundled' && d.hidden).map((d) => d.id),
      annotations: await db.annotations.toArray(),
    };
    await db.meta.put({ key: 'lastBackupAt', value: at });
    return b;
  });
  return JSON.stringify(backup);
}

export type RestoreOutcome = { ok: true; documents: number; annotations: number; hidden: number } | { ok: false; reason: string };

/** Restores a backup on top of what is stored: its imported documents replace those with the same id,
 * bundled documents take its hidden flags, and for each annotation the newer version wins. A file
 * that fails validation is refused before anything is written; a failed write rolls back entirely. */
export async function restoreBackup(store: Store, json: string): Promise<RestoreOutcome> {
  const checked = parseBackup(json);
  if (!checked.ok) return checked;
  const b = checked.data;
  const { db } = store;
  try {
    return await db.transaction('rw', [...writeTables(db), db.annotations], async (): Promise<RestoreOutcome> => {
      for (const d of b.documents) {
        const current = await db.documents.get(d.document.id);
        if (current?.source === 'bundled') continue; // same text as a bundled seed: the seed is already there
        await putRows(db, { ...d, document: { ...d.document, hidden: false } });
      }
      const hiddenIds = new Set(b.hiddenSeeds);
      let hidden = 0;
      for (const doc of await db.documents.where('source').equals('bundled').toArray()) {
        const h = hiddenIds.has(doc.id);
        if (h) hidden++;
        if (doc.hidden !== h) await db.documents.update(doc.id, { hidden: h });
      }
      let annotations = 0;
      for (const a of b.annotations) {
        const current = await db.annotations.get(a.key);
        if (current && current.updatedAt > a.updatedAt) continue;
        await db.annotations.put(a);
        annotations++;
      }
      // Not marked as a change: everything written here is already in a backup.
      return { ok: true, documents: b.documents.length, annotations, hidden };
    });
  } catch (e) {
    return writeFailure(e);
  }
}
