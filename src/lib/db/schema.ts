// The Dexie database: tables, indexes and the version history. Every schema change is a new
// version with an upgrade function; old versions stay declared so any older database can upgrade.
// Index only what a query uses (`where(...)`): the dashboard filters in memory (analysis/filters.ts).
import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import type { AnnotationRow } from '../model/annotations';
import type { OutcomeDecisionRow, UnitEditRow } from '../model/outcomes';
import type { AchievementRow, DocumentRow, MetaRow, SectionRow, TargetRow, TaskRow } from '../model/rows';

/** Every file:// page of a browser profile shares one IndexedDB origin: the name must be ours alone. */
export const DB_NAME = 'zfgzbg-dashboard';

/** Version 1: documents and their parsed items. Indexed for what the dashboard filters by. */
export const SCHEMA_V1 = {
  documents: 'id, contentHash, source, meta.year, meta.jurisdiction',
  sections: 'id, docId, year, jurisdiction, parentId',
  tasks: 'id, docId, year, jurisdiction, category, sectionId, *leaders, *leadUnits',
  targets: 'id, docId, year, jurisdiction, taskId, sectionId, metric',
  achievements: 'id, docId, year, jurisdiction, sectionId, metric',
  meta: 'key',
} as const;

/** Version 2: the user's notes and statuses per task; tasks indexed by supporting unit; documents
 * gain the `hidden` flag (bundled seeds can be hidden). */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  tasks: 'id, docId, year, jurisdiction, category, sectionId, *leaders, *leadUnits, *supportUnits',
  annotations: 'key, docId, status, updatedAt',
} as const;

/** Version 3: only the indexes a query uses — documents by content hash (duplicates) and source
 * (restore), items and annotations by document. Rows are unchanged: Dexie drops the other indexes. */
export const SCHEMA_V3 = {
  documents: 'id, contentHash, source',
  sections: 'id, docId',
  tasks: 'id, docId',
  targets: 'id, docId',
  achievements: 'id, docId',
  annotations: 'key, docId',
  meta: 'key',
} as const;

/** Version 5 (4 is reserved for the ledger): the user's decisions on target ↔ outcome pairs, by the
 * target's document; the user's merges and splits of unit names. */
export const SCHEMA_V5 = {
  ...SCHEMA_V3,
  outcomeDecisions: 'key, docId',
  unitEdits: 'id',
} as const;

export const CURRENT_VERSION = 5;

/** v1 documents had no `hidden` flag: every one was visible. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('documents')
    .toCollection()
    .modify((d: Record<string, unknown>) => {
      if (typeof d.hidden !== 'boolean') d.hidden = false;
    });
}

export class ReportDatabase extends Dexie {
  documents!: Table<DocumentRow, string>;
  sections!: Table<SectionRow, string>;
  tasks!: Table<TaskRow, string>;
  targets!: Table<TargetRow, string>;
  achievements!: Table<AchievementRow, string>;
  annotations!: Table<AnnotationRow, string>;
  outcomeDecisions!: Table<OutcomeDecisionRow, string>;
  unitEdits!: Table<UnitEditRow, string>;
  meta!: Table<MetaRow, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3);
    this.version(5).stores(SCHEMA_V5);
  }
}

/** The tables holding one document's items (deleted and replaced together, backed up with it). */
export const ITEM_TABLES = ['sections', 'tasks', 'targets', 'achievements'] as const;
export type ItemTable = (typeof ITEM_TABLES)[number];
