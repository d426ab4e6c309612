/**
 * The dashboard's database: the only storage API the app uses, through storage's public entry
 * (db/index.ts). Components never import Dexie or another db/ module; they get a `Store` from
 * `startDatabase()` (db/start.ts) and pass it to these functions. Storage keeps rows, not rules: the
 * writes that apply the ledger's rules (state/ledgerActions.ts) decide inside `writeLedger`.
 *
 * What is stored where — one IndexedDB database named 'zfgzbg-dashboard' (schema.ts), or, when the
 * browser refuses IndexedDB, the same schema in an in-memory engine (fake-indexeddb) that dies with
 * the page (`store.status.mode === 'memory'`, with a banner saying nothing will be saved):
 *   documents     one row per document; id = content hash of its source text (model/hash.ts), plus "-2",
 *                 "-3" … when the user keeps both copies of a duplicate. Keeps metadata, counts, the
 *                 parser version, a `hidden` flag and `rev` (new on every write of its rows).
 *   documentTexts the raw source text of each document, by the same id, only where it differs from the
 *                 normalized text (schema v10; a row without `sourceText`: the same): the dashboard's reads
 *                 never load it; backup does. The normalized text lives in the document's row pack.
 *                 source 'bundled' = the seeds shipped in the app: written on first open, re-parsed
 *                 when the parser version changes, hidden rather than deleted.
 *                 source 'imported' = the user's: never touched by seeding.
 *   progress      the ledger (督查台账): dated progress entries per task, keyed by document + task
 *                 number (or text hash) so they survive a re-parse (model/annotationKeys.ts). The latest entry
 *                 is the task's current status and note (what the task list shows and edits).
 *   deadlineRules the clerk's reporting rules per document (parsed ones are read from the document).
 *                 Both are user tables (userTables.ts): never touched by seeding or import, in every
 *                 backup, removed with their document.
 *   annotations   version 3's status and note per task; emptied by version 4 into `progress`.
 *   outcomeDecisions
 *                 the user's confirm / correct / unlink per target ↔ outcome pair, keyed by the target's
 *                 document and a hash of its words, value and unit (model/outcomeKeys.ts), so they survive a
 *                 re-parse. A user table, deleted with the target's document.
 *   unitEdits     the user's merges and splits of unit names, applied in order; undone edits stay,
 *                 marked inactive. A user table, not tied to a document.
 *   briefingIssues
 *                 the 督查通报 the office issued, one per notice and round (model/briefing.ts): 文号 prefix
 *                 and 第N期, 主送, title, 落款, 版记, 下一步要求. A user table, removed with its notice.
 *   placeCorrections
 *                 the user's place and year for a document (schema v9, corrections.ts), by document id:
 *                 setting one rewrites the document's rows; every later write of them (re-import, a seed
 *                 re-parsed) applies it again. A user table, deleted with its document.
 *   rowPacks      each document's parsed items (sections, tasks, targets, achievements: id
 *                 `${docId}/${localId}`, the document's year and place on each) and normalized text as one
 *                 JSON string with the document's `rev` (schema v7; since v10 their one copy, packs.ts),
 *                 always replaced together with their document. The open reads these, the page's first
 *                 script asks for them before the app has started (earlyRead.ts). A backup holds the rows.
 *   meta          lastChangeAt / lastBackupAt (ISO), for the "please back up" reminder; `unfinished:*`
 *                 markers of an import or restore in progress (unfinished.ts), gone when it commits.
 * Nothing is kept anywhere else: no localStorage, no cookies, no server.
 *
 * Every write is one transaction: it happens entirely or not at all. Failures come back as values
 * with a Chinese `reason`. Rows are validated with zod when written (import, seeding, restore); reads
 * shape-check them (rowGuard.ts) and report what they had to skip.
 *
 * The parts: store.ts (open, status, in-memory fallback), seeding.ts, writes.ts (import, delete,
 * hide), reads.ts (validated and live reads), packs.ts (the rows as one string per document), progress.ts (the ledger's rows), briefings.ts (the issued 通报), outcomes.ts, corrections.ts (place and year), backup.ts, backupRead.ts (what a backup holds; the copy kept when another page deletes the database), errors.ts and guardedWrite.ts (how a write fails).
 */
export { openStore, reopenStore, Store, type DataStatus, type OpenOptions, type StorageLoss, type StorageMode } from './store';
export type { WriteFailure } from './errors';
export { seedIfNeeded, seedOrRunFromMemory, type Parser, type SeedHooks, type SeedResult, type SeedText } from './seeding';
export { deleteDocument, findDuplicate, importDocument, setHidden, type ImportOptions, type ImportOutcome, type SimpleOutcome } from './writes';
export { importDocuments, type BatchEntry, type BatchOutcome, type BatchProgress } from './batchWrites';
export { DatasetCache, datasetOfRows, earlyDataset, listDocuments, liveDataset, liveDocuments, liveRead, loadDataset, type LoadedDataset } from './reads';
export type { Observable } from 'dexie';
export {
  addEntries,
  deleteEntry,
  deleteRule,
  getEntries,
  getRules,
  liveLedger,
  writeLedger,
  type EntriesOutcome,
  type Invalid,
  type KeyedTask,
  type LedgerRows,
  type LedgerTable,
  type LedgerTransaction,
  type NotFound,
  type SimpleResult,
  type Changed,
} from './progress';
export {
  addUnitEdit,
  getOutcomeDecisions,
  getUnitEdits,
  liveOutcomeDecisions,
  liveUnitEdits,
  setOutcomeDecision,
  undoUnitEdit,
  type OutcomeDecisionOutcome,
  type UnitEditOutcome,
} from './outcomes';
export { getBriefingIssues, liveBriefingIssues, saveBriefingIssue, type BriefingOutcome } from './briefings';
export {
  exportBackup,
  exportBackupChecked,
  getBackupState,
  liveBackupState,
  readBackup,
  restoreBackup,
  restoreContents,
  restoreSummary,
  type BackupExport,
  type BackupProgress,
  type ExportOptions,
  type ReadOptions,
  type BackupStage,
  type BackupState,
  type JsonReader,
  type RestoreCounts,
  type RestoreOutcome,
} from './backup';
export type { BackupContents } from '../backupFormat';
export { judgeLasting, lastingFacts, requestPersistence, storageInfo, type Lasting, type LastingFacts, type StorageInfo } from '../storage';
export { takeUnfinished, type UnfinishedWork } from './unfinished';
export { getPlaceCorrections, livePlaceCorrections, setPlaceCorrection } from './corrections';
export { keepCopyOnDeletion, type ShownRows } from './backupRead';
export { MSG } from '../messages';
