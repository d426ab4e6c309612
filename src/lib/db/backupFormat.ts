// The backup file: everything the user has that is not bundled with the app — imported documents
// (with their source text and parsed rows, so corrections survive), the hidden flags of bundled
// documents, and every row of the user tables (userTables.ts). This file is its format; backupCheck.ts
// checks a file (the same check on export, on the rows read and on the finished file parsed back, and on
// restore), backupText.ts writes one; the repository reads and writes (repository/backup.ts),
// export/fileName.ts names the file.
//
// A document is restorable when its row is valid, it was imported (bundled ones come with the app), and
// its id is its source text's content hash (plus "-2", "-3" … for a kept duplicate), so a document
// cannot take another's place. A row is restorable when it is valid against its table's schema, carries
// its document's id, has the id `${docId}/${localId}` and refers only to rows of the same document, and
// its id is not used twice, so restoring one document can never overwrite another's rows.
// Problems stay local: a broken row is left out of its document, a broken document is left out with
// its rows and the user rows that belong to it, and each is reported naming the document.
import { z } from 'zod';
import { Timestamp } from '../model/fields';
import type { AchievementRow, DocumentRow, SectionRow, TargetRow, TaskRow } from '../model/rows';
import { USER_TABLE_NAMES, type UserRows, type UserTableName } from './userTables';

export const BACKUP_FORMAT = 'zfgzbg-dashboard-backup';
/** 2: the ledger's tables (progress, deadlineRules) replace version 1's annotations. */
export const BACKUP_VERSION = 2;

export interface BackupDocument {
  document: DocumentRow;
  sections: SectionRow[];
  tasks: TaskRow[];
  targets: TargetRow[];
  achievements: AchievementRow[];
}

/** What a backup holds, once checked: only what can be restored, and what was left out. */
export interface BackupContents {
  /** ISO timestamp */
  exportedAt: string;
  documents: BackupDocument[];
  /** Bundled documents the user hid, by id. */
  hiddenSeeds: string[];
  user: UserRows;
  /** Everything left out, each naming its document (or table). Empty for a sound backup. */
  problems: BackupProblem[];
  /** Documents listed in the file, restorable or not. */
  listed: number;
}

export interface BackupProblem {
  /** 文件「2024年通知.txt」, or a user table's name (批注) */
  subject: string;
  /** 1 条任务记录已损坏（例如 …）; 文件记录已损坏（…） */
  detail: string;
}

export type BackupCheck = { ok: true; data: BackupContents } | { ok: false; reason: string };

/** One sentence per problem; `outcome` says what happened to it (未恢复 / 未写入备份). */
export function describeProblem(p: BackupProblem, outcome: string): string {
  return `${p.subject}：${p.detail}，${outcome}。`;
}

/** What is written to the file: the checked contents in the file format. */
export interface BackupFile {
  exportedAt: string;
  documents: BackupDocument[];
  hiddenSeeds: string[];
  user: UserRows;
}

/** The file's outer shape: what a backup must have before its rows are checked one by one. */
export const Envelope = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.union([z.literal(1), z.literal(BACKUP_VERSION)]),
  exportedAt: Timestamp,
  documents: z.array(z.unknown()),
  hiddenSeeds: z.array(z.string()),
  // one array per user table; a table added after a backup was written reads as empty
  ...Object.fromEntries(USER_TABLE_NAMES.map((name) => [name, z.array(z.unknown()).default([])])),
  /** Version 1 backups: each task's status and note, read into `progress` (db/legacy.ts). */
  annotations: z.array(z.unknown()).default([]),
});
export type Envelope = { exportedAt: string; documents: unknown[]; hiddenSeeds: string[]; annotations: unknown[] } & Record<UserTableName, unknown[]>;
