// The Dexie database: tables, indexes and the version history. Every schema change is a new
// version with an upgrade function; old versions stay declared so any older database can upgrade.
// Index only what a query uses (`where(...)`): the dashboard filters in memory (analysis/filters.ts).
import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import { AnnotationRow } from '../model/annotations';
import type { DeadlineRule, ProgressEntry } from '../model/ledger';
import { entryFromAnnotation } from './legacy';
import type { RowPack } from '../model/rowPack';
import type { OutcomeDecisionRow, UnitEditRow } from '../model/outcomes';
import type { BriefingIssue } from '../model/briefing';
import type { PlaceCorrectionRow } from '../model/placeCorrection';
import type { DocumentHead, DocumentTextRow, MetaRow } from '../model/rows';
import { decodePack, encodePack, type Packed } from './packCodec';
import { ITEM_TABLES, type ItemTable } from './names';

import { DB_NAME } from './names';
export { CURRENT_VERSION, DB_NAME } from './names';

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

/** Version 4: the ledger (督查台账). `progress` holds dated entries per task (its history; the latest is
 * its current status), `deadlineRules` the clerk's reporting rules per document. The annotations of
 * version 3 move into `progress` as each task's first entry; their table stays declared, empty, so
 * that only a later version (it may not be deleted in the version whose upgrade reads it) drops it. */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  progress: 'id, key, docId',
  deadlineRules: 'id, docId',
} as const;

/** Version 5: the user's decisions on target ↔ outcome pairs, by the target's document; the user's
 * merges and splits of unit names. */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  outcomeDecisions: 'key, docId',
  unitEdits: 'id',
} as const;

/** Version 6: a document's source text moves to its own table, so reading the documents for the
 * dashboard no longer loads every original text (the normalized text stays with the document). */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  documentTexts: 'id',
} as const;

/** Version 7: each document's item rows also as one JSON string (repository/packs.ts), written with
 * them; the open reads these instead of every row. No upgrade: packs missing after it are written from
 * the item tables by the first read that needs them. */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  rowPacks: 'id',
} as const;

/** Version 8: a document's normalized text moves from its row to documentTexts (beside its source
 * text) and into its row pack: read with each document, it made the open's document read ≈ 0.3 s at a
 * thousand documents instead of ≈ 0.05 s. Same tables and indexes as version 7. */
export const SCHEMA_V8 = SCHEMA_V7;

/** Version 9: the 督查通报 the office issued, one per notice and round (model/briefing.ts), by notice; and
 * the user's corrections of a document's place and year, by document. */
export const SCHEMA_V9 = {
  ...SCHEMA_V8,
  briefingIssues: 'id, docId',
  placeCorrections: 'id, docId',
} as const;

/** Version 10: rows stored once. A document's item rows live only in its row pack (the open reads
 * packs, and every other read goes by document too), so the four item tables are dropped; the
 * normalized text lives only in the pack, and documentTexts keeps the source text only where it
 * differs from the normalized text (row without `sourceText`: the same). Upgrade: upgradeToV10. */
export const SCHEMA_V10 = {
  ...SCHEMA_V9,
  sections: null,
  tasks: null,
  targets: null,
  achievements: null,
} as const;

/**
 * Makes every document's row pack current from the item tables where it is not (a pack of another
 * write, one that does not parse, none), then keeps only the source text that differs from the
 * normalized one. Runs before Dexie drops the item tables. One document at a time: memory stays small.
 */
export async function upgradeToV10(tx: Transaction): Promise<void> {
  const ids = (await tx.table('documents').toCollection().primaryKeys()) as string[];
  for (const id of ids) {
    const [doc, pack, texts] = (await Promise.all([tx.table('documents').get(id), tx.table('rowPacks').get(id), tx.table('documentTexts').get(id)])) as [
      DocumentHead | undefined,
      RowPack | undefined,
      Record<string, unknown> | undefined,
    ];
    if (!doc) continue;
    const rev = packRevision(doc);
    let text = typeof texts?.text === 'string' ? texts.text : '';
    const current = pack && pack.rev === rev ? packedRows(pack.json) : null;
    if (current) text = current.text;
    else {
      const items = {} as { [K in ItemTable]: unknown[] };
      for (const t of ITEM_TABLES) items[t] = await tx.table(t).where('docId').equals(id).toArray();
      await tx.table('rowPacks').put({ id, rev, json: encodePack(id, items, text) });
    }
    const sourceText = typeof texts?.sourceText === 'string' ? texts.sourceText : '';
    await tx.table('documentTexts').put(sourceText === text ? { id } : { id, sourceText });
  }
}

/** The rows and text of a pack's JSON, or null. */
function packedRows(json: unknown): Packed | null {
  if (typeof json !== 'string') return null;
  try {
    return decodePack(JSON.parse(json));
  } catch {
    return null;
  }
}

/** Moves each document's source text into documentTexts; the document row keeps everything else. */
export async function upgradeToV6(tx: Transaction): Promise<void> {
  const docs = (await tx.table('documents').toArray()) as Array<Record<string, unknown>>;
  await tx.table('documentTexts').bulkPut(docs.map((d) => ({ id: d.id, sourceText: typeof d.sourceText === 'string' ? d.sourceText : '' })));
  await tx
    .table('documents')
    .toCollection()
    .modify((d: Record<string, unknown>) => {
      delete d.sourceText;
    });
}

/** Moves each document's normalized text into documentTexts and into its row pack (the pack's JSON
 * gains a "text" member, so the first open after the upgrade still reads packs). */
export async function upgradeToV8(tx: Transaction): Promise<void> {
  const texts = new Map<string, string>();
  await tx
    .table('documents')
    .toCollection()
    .modify((d: Record<string, unknown>) => {
      if (typeof d.id === 'string') texts.set(d.id, typeof d.text === 'string' ? d.text : '');
      delete d.text;
    });
  const ids = [...texts.keys()];
  const old = (await tx.table('documentTexts').bulkGet(ids)) as Array<Record<string, unknown> | undefined>;
  await tx.table('documentTexts').bulkPut(ids.map((id, i) => ({ sourceText: '', ...old[i], id, text: texts.get(id) })));
  await tx
    .table('rowPacks')
    .toCollection()
    .modify((p: Record<string, unknown>, ref: { value: unknown }) => {
      const text = typeof p.id === 'string' ? texts.get(p.id) : undefined;
      if (text === undefined || typeof p.json !== 'string' || !p.json.endsWith('}')) delete ref.value;
      else p.json = `${p.json.slice(0, -1)},"text":${JSON.stringify(text)}}`;
    });
}

/** v1 documents had no `hidden` flag: every one was visible. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('documents')
    .toCollection()
    .modify((d: Record<string, unknown>) => {
      if (typeof d.hidden !== 'boolean') d.hidden = false;
    });
}

/** Each annotation becomes the first entry of its task's history (db/legacy.ts); one that does not
 * validate stays where it is rather than being lost. Converting is idempotent (the entry's id comes
 * from the annotation's key) and never overwrites an entry already there. */
async function moveAnnotations(annotations: Table, progress: Table): Promise<number> {
  const rows: unknown[] = await annotations.toArray();
  if (rows.length === 0) return 0;
  const moved: ProgressEntry[] = [];
  const keys: string[] = [];
  for (const row of rows) {
    const a = AnnotationRow.safeParse(row);
    if (!a.success) continue;
    const e = entryFromAnnotation(a.data);
    if (e && !(await progress.get(e.id))) moved.push(e);
    if (e || (a.data.status === null && a.data.note.trim() === '')) keys.push(a.data.key);
  }
  await progress.bulkPut(moved);
  await annotations.bulkDelete(keys);
  return moved.length;
}

export async function upgradeToV4(tx: Transaction): Promise<void> {
  await moveAnnotations(tx.table('annotations'), tx.table('progress'));
}

/**
 * A database that reached version 5 without version 4 (opened by a build that had the outcomes'
 * tables but not yet the ledger) gets the ledger's tables from Dexie's schema diff, but never ran the
 * v4 upgrade: its annotations are moved here, once, after opening. Returns how many were moved.
 */
export async function finishLedgerUpgrade(db: ReportDatabase): Promise<number> {
  if ((await db.annotations.count()) === 0) return 0;
  return db.transaction('rw', [db.annotations, db.progress], () => moveAnnotations(db.annotations, db.progress));
}

export class ReportDatabase extends Dexie {
  /** the documents without their texts (DocumentRow less sourceText and text) */
  documents!: Table<DocumentHead, string>;
  documentTexts!: Table<DocumentTextRow, string>;
  /** Emptied by version 4 (its rows are the first entries in `progress`). */
  annotations!: Table<AnnotationRow, string>;
  progress!: Table<ProgressEntry, string>;
  deadlineRules!: Table<DeadlineRule, string>;
  outcomeDecisions!: Table<OutcomeDecisionRow, string>;
  unitEdits!: Table<UnitEditRow, string>;
  briefingIssues!: Table<BriefingIssue, string>;
  placeCorrections!: Table<PlaceCorrectionRow, string>;
  /** each document's item rows and normalized text as one JSON string (repository/packs.ts): their one copy since v10 */
  rowPacks!: Table<RowPack, string>;
  meta!: Table<MetaRow, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
    this.version(5).stores(SCHEMA_V5);
    this.version(6).stores(SCHEMA_V6).upgrade(upgradeToV6);
    this.version(7).stores(SCHEMA_V7);
    this.version(8).stores(SCHEMA_V8).upgrade(upgradeToV8);
    this.version(9).stores(SCHEMA_V9);
    this.version(10).stores(SCHEMA_V10).upgrade(upgradeToV10);
  }
}

export { ITEM_TABLES, type ItemTable };

/** What identifies one write of a document's rows (rows written before `rev` existed: their metadata). */
export const packRevision = (d: DocumentHead) => d.rev ?? `${d.importedAt}|${d.parserVersion}|${d.counts.sections},${d.counts.tasks},${d.counts.targets},${d.counts.achievements}`;
