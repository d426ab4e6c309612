// The backup file: everything the user has that is not bundled with the app — imported documents
// (with their source text and parsed rows, so corrections survive), the hidden flags of bundled
// documents, and every row of the user tables (userTables.ts). Pure validation; the repository reads
// and writes (repository/backup.ts), export/fileName.ts names the file.
import { z } from 'zod';
import { AchievementRow, DocumentRow, SectionRow, TargetRow, TaskRow } from '../model/rows';
import { AnnotationRow } from '../model/annotations';
import { entryFromAnnotation } from './legacy';
import { MSG } from './messages';
import { USER_TABLES, type UserTableName } from './userTables';

export const BACKUP_FORMAT = 'zfgzbg-dashboard-backup';
/** 2: the ledger's tables (progress, deadlineRules) replace version 1's annotations. */
export const BACKUP_VERSION = 2;

export const BackupDocument = z.object({
  document: DocumentRow,
  sections: z.array(SectionRow),
  tasks: z.array(TaskRow),
  targets: z.array(TargetRow),
  achievements: z.array(AchievementRow),
});
export type BackupDocument = z.infer<typeof BackupDocument>;

type UserTableArrays = { [K in UserTableName]: z.ZodDefault<z.ZodArray<(typeof USER_TABLES)[K]['schema']>> };
/** One array per user table; a table added after a backup was written reads as empty. */
const userTableArrays = Object.fromEntries(
  Object.entries(USER_TABLES).map(([name, t]) => [name, z.array(t.schema).default([])]),
) as UserTableArrays;

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.union([z.literal(1), z.literal(BACKUP_VERSION)]),
  /** ISO timestamp */
  exportedAt: z.string(),
  documents: z.array(BackupDocument),
  /** Bundled documents the user hid, by id. */
  hiddenSeeds: z.array(z.string()),
  ...userTableArrays,
  /** Version 1 backups: each task's status and note, read into `progress` (db/legacy.ts). */
  annotations: z.array(AnnotationRow).default([]),
});
export type Backup = z.infer<typeof Backup>;

export type BackupCheck = { ok: true; data: Backup } | { ok: false; reason: string };

/** Validates a backup file's text. Never throws. */
export function parseBackup(json: string): BackupCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: MSG.backupNotJson };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, reason: MSG.backupWrongFormat };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) return { ok: false, reason: MSG.backupTooNew };
  const parsed = Backup.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: MSG.backupInvalid(issue ? `${issue.path.join('.') || '根'}：${issue.message}` : '未知错误') };
  }
  for (const d of parsed.data.documents) {
    const id = d.document.id;
    if (d.document.source !== 'imported') return { ok: false, reason: MSG.backupInvalid(`文件 ${id} 不是导入的文件`) };
    const stray = [...d.sections, ...d.tasks, ...d.targets, ...d.achievements].find((r) => r.docId !== id);
    if (stray) return { ok: false, reason: MSG.backupInvalid(`记录 ${stray.id} 不属于文件 ${id}`) };
  }
  return { ok: true, data: withLegacyRows(parsed.data) };
}

/** A version-1 backup's annotations become progress entries, unless the backup already holds that
 * entry (same id) in a newer state. */
function withLegacyRows(b: Backup): Backup {
  if (b.annotations.length === 0) return b;
  const progress = new Map(b.progress.map((e) => [e.id, e]));
  for (const a of b.annotations) {
    const e = entryFromAnnotation(a);
    const had = e ? progress.get(e.id) : undefined;
    if (e && (!had || had.updatedAt < e.updatedAt)) progress.set(e.id, e);
  }
  return { ...b, progress: [...progress.values()], annotations: [] };
}
