// Backup and restore: one JSON text with everything the user has (backupCheck.ts checks it, the same way on
// export and on restore), and the "please back up" state the UI reminds from. The user tables come from
// one list (userTables.ts). Large backups are checked, written and read in pieces so the page never
// freezes (time/slices.ts); progress is reported through `onProgress`.
import { liveQuery, type Observable, type Table } from 'dexie';
import { nowIso } from '../../time/clock';
import { runSliced } from '../../time/slices';
import { describeProblem, type BackupContents, type BackupProblem } from '../backupFormat';
import { checkBackupSliced } from '../backupCheck';
import { readBackupSource } from '../backupLimits';
import { backupText } from '../backupText';
import { MSG, TABLE_NAMES_ZH } from '../messages';
import { ITEM_TABLES } from '../schema';
import { packOf, textsRow } from './packs';
import { USER_TABLE_NAMES, USER_TABLES, type UserTableName } from '../userTables';
import { writeFailure, type WriteFailure } from './errors';
import { guardedWrite } from './guardedWrite';
import { dbOf, type Store } from './store';
import { allTables, deleteItems, newRevision } from './writes';
import { whileUnfinished } from './unfinished';
import { keptCopy, readBackupRows, shownBackupRows, type ShownRows } from './backupRead';

export interface BackupState {
  lastChangeAt: string | null;
  lastBackupAt: string | null;
  /** Something the user did is newer than the last backup (or was never backed up). */
  needsBackup: boolean;
}

export async function getBackupState(store: Store): Promise<BackupState> {
  const [change, backup] = await dbOf(store).meta.bulkGet(['lastChangeAt', 'lastBackupAt']);
  const lastChangeAt = typeof change?.value === 'string' ? change.value : null;
  const lastBackupAt = typeof backup?.value === 'string' ? backup.value : null;
  return { lastChangeAt, lastBackupAt, needsBackup: lastChangeAt !== null && (lastBackupAt === null || lastBackupAt < lastChangeAt) };
}

export function liveBackupState(store: Store): Observable<BackupState> {
  return liveQuery(() => getBackupState(store));
}

/** Where a long backup operation is, for a progress message. */
export type BackupStage = 'reading' | 'checking' | 'writing' | 'verifying';
export type BackupProgress = (stage: BackupStage, fraction: number) => void;

/** Parses a backup file or its text; the page passes one that parses in a worker (db/backupFile.ts). */
export type JsonReader = (source: Blob | string, onProgress?: (fraction: number) => void) => Promise<{ ok: true; raw: unknown } | { ok: false; reason: string }>;
const readJsonHere: JsonReader = (source) => readBackupSource(source);

export interface ExportOptions {
  now?: () => string;
  onProgress?: BackupProgress;
  /** How the finished file is parsed back for its check. */
  readJson?: JsonReader;
  /** What the page shows: exported when the stored data is gone and no copy of it was kept. */
  shown?: () => ShownRows;
}

export type BackupExport =
  | {
      ok: true;
      json: string;
      documents: number;
      /** rows left out because they would not restore */
      problems: string[];
      /** after the data was cleared: imported documents whose source text the page does not hold */
      notHeld: string[];
    }
  | { ok: false; reason: string };

const left = (problems: BackupProblem[], outcome: string) => problems.map((p) => describeProblem(p, outcome));

/**
 * One JSON text holding everything the user has: imported documents (source text and rows), the hidden
 * flags of bundled ones, every row of the user tables. Every row is checked as a restore would check
 * it: what would not restore is left out and reported, naming its document, so one broken row never
 * makes the whole file unrestorable. The finished text is then parsed back and checked again before it
 * is offered. Records the time as the last backup.
 */
export async function exportBackupChecked(store: Store, options: ExportOptions = {}): Promise<BackupExport> {
  const db = dbOf(store);
  const at = (options.now ?? nowIso)();
  const progress = (stage: BackupStage) => (f: number) => options.onProgress?.(stage, f);
  // After another page deleted the database: the copy read as it went (what this page still shows).
  const lost = store.status.lost !== null;
  let raw: Record<string, unknown>;
  let leftOut: string[] = [];
  if (lost) {
    const copy = await keptCopy(store);
    if (copy) raw = { ...copy, exportedAt: at };
    else if (options.shown) ({ raw, leftOut } = shownBackupRows(options.shown(), at));
    else return { ok: false, reason: MSG.backupExportFailed(MSG.lostExport) };
  } else {
    try {
      raw = await db.transaction('r', allTables(db), () => readBackupRows(db, at, (f) => options.onProgress?.('reading', f)));
    } catch (e) {
      return { ok: false, reason: MSG.backupExportFailed(writeFailure(e).reason) };
    }
  }

  const checked = await runSliced(checkBackupSliced(raw), { onProgress: progress('checking') });
  if (!checked.ok) return { ok: false, reason: MSG.backupExportFailed(checked.reason) };
  const contents = checked.data;
  const json = await runSliced(backupText(contents), { onProgress: progress('writing') });

  // The file as a restore will see it.
  const back = await (options.readJson ?? readJsonHere)(json, progress('verifying'));
  const again = back.ok ? await runSliced(checkBackupSliced(back.raw), { onProgress: progress('verifying') }) : back;
  if (!again.ok) return { ok: false, reason: MSG.backupExportFailed(again.reason) };
  if (again.data.problems.length > 0 || again.data.documents.length !== contents.documents.length) {
    const first = again.data.problems[0];
    return { ok: false, reason: MSG.backupExportFailed(first ? `${first.subject}：${first.detail}` : '写出的文件数与读到的不符') };
  }
  if (!lost) {
    try {
      await db.meta.put({ key: 'lastBackupAt', value: at });
    } catch (e) {
      return { ok: false, reason: MSG.backupExportFailed(writeFailure(e).reason) };
    }
  }
  return { ok: true, json, documents: contents.documents.length, problems: left(contents.problems, '未写入备份'), notHeld: leftOut.map((name) => MSG.backupSourceGone(name)) };
}

/** The backup's text, or an error with the reason. For scripts and tests; the page uses exportBackupChecked. */
export async function exportBackup(store: Store, now: () => string = nowIso): Promise<string> {
  const r = await exportBackupChecked(store, { now });
  if (!r.ok) throw new Error(r.reason);
  return r.json;
}

export interface ReadOptions {
  onProgress?: BackupProgress;
  readJson?: JsonReader;
}

/** A backup file (or its text), parsed and checked (in pieces, with progress). Writes nothing. */
export async function readBackup(source: Blob | string, options: ReadOptions = {}): Promise<{ ok: true; contents: BackupContents } | { ok: false; reason: string }> {
  const parsed = await (options.readJson ?? readJsonHere)(source, (f) => options.onProgress?.('reading', f));
  if (!parsed.ok) return parsed;
  const checked = await runSliced(checkBackupSliced(parsed.raw), { onProgress: (f) => options.onProgress?.('checking', f) });
  return checked.ok ? { ok: true, contents: checked.data } : checked;
}

export type RestoreCounts = {
  /** imported documents written */
  documents: number;
  /** of which replaced the bundled copy of the same text (as the user had chosen "replace" on import) */
  replacedBundled: number;
  /** task rows written */
  tasks: number;
  /** bundled documents now hidden */
  hidden: number;
  /** what was left out, one Chinese sentence each */
  problems: string[];
} & Record<UserTableName, number>;

export type RestoreOutcome =
  | ({ ok: true } & RestoreCounts)
  | { ok: false; code: 'invalid'; reason: string }
  /** Some of the backup cannot be restored: nothing was written; restoreContents writes the rest. */
  | { ok: false; code: 'partial'; reason: string; problems: string[]; contents: BackupContents }
  | WriteFailure;

/** Restores a backup file's text if all of it is sound; otherwise writes nothing and says what is wrong
 * (code 'partial', with the contents that can be restored: restoreContents writes them). */
export async function restoreBackup(store: Store, json: string, options: RestoreOptions = {}): Promise<RestoreOutcome> {
  const read = await readBackup(json, options);
  if (!read.ok) return { ok: false, code: 'invalid', reason: read.reason };
  const { contents } = read;
  const nothing = contents.documents.length === 0 && USER_TABLE_NAMES.every((t) => contents.user[t].length === 0);
  if (nothing && contents.problems.length > 0) {
    const first = contents.problems[0]!;
    return { ok: false, code: 'invalid', reason: MSG.backupInvalid(`${first.subject}：${first.detail}`) };
  }
  if (contents.problems.length > 0) {
    const problems = left(contents.problems, '不能恢复');
    return { ok: false, code: 'partial', reason: MSG.backupPartial(contents.documents.length, contents.listed), problems, contents };
  }
  return restoreContents(store, contents, options);
}

export type RestoreOptions = ReadOptions;

/** Rows per bulkPut (the user tables): the structured clone of each batch runs on the page's thread. */
const BATCH = 250;

/**
 * Writes checked backup contents on top of what is stored, in one transaction (all or nothing): its
 * imported documents replace those with the same id (a bundled copy of the same text included — the
 * user had chosen to replace it), bundled documents take its hidden flags, and for each user row the
 * newer version wins. Rows go in batches, so the page stays responsive and progress can be shown.
 */
export async function restoreContents(store: Store, contents: BackupContents, options: RestoreOptions = {}): Promise<RestoreOutcome> {
  return whileUnfinished(store, { kind: 'restore', files: contents.documents.length }, (finished) => writeContents(store, contents, options, finished));
}

async function writeContents(store: Store, contents: BackupContents, options: RestoreOptions, finished: () => Promise<void>): Promise<RestoreOutcome> {
  return guardedWrite(store, async (db) => {
    const total = Math.max(
      1,
      contents.documents.reduce((n, d) => n + 1 + ITEM_TABLES.reduce((m, t) => m + d[t].length, 0), 0) + USER_TABLE_NAMES.reduce((n, t) => n + contents.user[t].length, 0),
    );
    let done = 0;
    const advance = (n: number) => {
      done += n;
      options.onProgress?.('writing', Math.min(1, done / total));
    };
    return db.transaction('rw', allTables(db), async (): Promise<RestoreOutcome> => {
      let replacedBundled = 0;
      let tasks = 0;
      for (const d of contents.documents) {
        const id = d.document.id;
        const current = await db.documents.get(id);
        if (current) {
          if (current.source === 'bundled') replacedBundled++;
          await deleteItems(db, id);
        }
        const { sourceText, text, ...info } = d.document;
        const rev = newRevision();
        // issued together: the database runs them in order without a round trip each
        await Promise.all([db.documents.put({ ...info, hidden: false, rev }), db.documentTexts.put(textsRow(id, sourceText, text)), db.rowPacks.put(packOf(id, rev, d, text))]);
        advance(1 + ITEM_TABLES.reduce((m, t) => m + d[t].length, 0));
        tasks += d.tasks.length;
      }
      const hiddenIds = new Set(contents.hiddenSeeds);
      let hidden = 0;
      for (const doc of await db.documents.where('source').equals('bundled').toArray()) {
        const h = hiddenIds.has(doc.id);
        if (h) hidden++;
        if (doc.hidden !== h) await db.documents.update(doc.id, { hidden: h });
      }
      const restored = {} as Record<UserTableName, number>;
      for (const t of USER_TABLE_NAMES) {
        restored[t] = await restoreNewer(db.table(t), USER_TABLES[t].key, contents.user[t], advance);
      }
      await finished();
      // Not marked as a change: everything written here is already in a backup.
      return {
        ok: true,
        documents: contents.documents.length,
        replacedBundled,
        tasks,
        hidden,
        ...restored,
        problems: left(contents.problems, '未恢复'),
      };
    });
  });
}

/** Puts each row unless the stored row with its key is newer; returns how many were put. */
async function restoreNewer(table: Table, key: string, rows: readonly { updatedAt: string }[], advance: (n: number) => void): Promise<number> {
  let n = 0;
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const current = (await table.bulkGet(batch.map((r) => (r as Record<string, unknown>)[key] as string))) as ({ updatedAt?: unknown } | undefined)[];
    const newer = batch.filter((row, j) => {
      const stored = current[j]?.updatedAt;
      return !(typeof stored === 'string' && stored > row.updatedAt);
    });
    await table.bulkPut(newer);
    n += newer.length;
    advance(batch.length);
  }
  return n;
}

/** What a restore wrote, in one Chinese sentence (every user table named, so a new table shows up). */
export function restoreSummary(fileName: string, r: RestoreCounts): string {
  const user = USER_TABLE_NAMES.map((t) => `${r[t]} 条${TABLE_NAMES_ZH[t] ?? t}`).join('、');
  const replaced = r.replacedBundled > 0 ? `，其中 ${r.replacedBundled} 份替换了同样内容的内置文件` : '';
  return `已从 ${fileName} 恢复：${r.documents} 份导入文件（${r.tasks} 项任务${replaced}）、${user}、${r.hidden} 份隐藏的内置文件。`;
}
