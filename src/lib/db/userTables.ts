// The tables holding what the user made: never touched by seeding or a re-parse, in every backup,
// restored with the newer row winning, and cleared with their document. Adding such a table is one
// entry here (and its indexes in schema.ts): backup, restore and delete follow this list.
import type { z } from 'zod';
import { DeadlineRule, ProgressEntry } from '../model/ledger';
import { OutcomeDecisionRow, UnitEditRow } from '../model/outcomes';
import { BriefingIssue } from '../model/briefing';
import { PlaceCorrectionRow } from '../model/placeCorrection';

export interface UserTable<T extends z.ZodType<{ updatedAt: string }>> {
  schema: T;
  /** the primary key's field: a restored row replaces the stored row with the same key when newer */
  key: string;
  /** rows carry `docId` and go when their document is deleted */
  perDocument: boolean;
}

const table = <T extends z.ZodType<{ updatedAt: string }>>(t: UserTable<T>) => t;

export const USER_TABLES = {
  /** The ledger's dated entries per task (the task list's status and note are the latest one). */
  progress: table({ schema: ProgressEntry, key: 'id', perDocument: true }),
  /** Reporting rules the clerk added or corrected per document (parsed ones are read from the document). */
  deadlineRules: table({ schema: DeadlineRule, key: 'id', perDocument: true }),
  outcomeDecisions: table({ schema: OutcomeDecisionRow, key: 'key', perDocument: true }),
  unitEdits: table({ schema: UnitEditRow, key: 'id', perDocument: false }),
  /** The 督查通报 issued per notice and round: 文号, 主送, 落款, 版记, 下一步要求. */
  briefingIssues: table({ schema: BriefingIssue, key: 'id', perDocument: true }),
  /** The place and year the user set for a document (applied again whenever its rows are written). */
  placeCorrections: table({ schema: PlaceCorrectionRow, key: 'id', perDocument: true }),
} as const;

export type UserTableName = keyof typeof USER_TABLES;
export const USER_TABLE_NAMES = Object.keys(USER_TABLES) as UserTableName[];
export type UserRows = { [K in UserTableName]: z.infer<(typeof USER_TABLES)[K]['schema']>[] };
