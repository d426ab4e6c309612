// Reading for the UI: every row validated with zod (a corrupt row is skipped and reported, never
// shown), and the same reads as live queries that re-run whenever a table changes, in any tab.
import { liveQuery, type Observable } from 'dexie';
import type { z } from 'zod';
import { AchievementRow, DocumentRow, SectionRow, TargetRow, TaskRow, type Dataset } from '../../model/rows';
import { MSG, TABLE_NAMES_ZH } from '../messages';
import { ITEM_TABLES, type ItemTable } from '../schema';
import { dbOf, type Store } from './store';

/** Rows that fail their schema are skipped and counted into one Chinese message per table. */
export function validRows<T>(rows: unknown[], schema: z.ZodType<T>, table: string, problems: string[]): T[] {
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

function byYearThenTitle(a: DocumentRow, b: DocumentRow): number {
  return (b.meta.year ?? 0) - (a.meta.year ?? 0) || a.meta.title.localeCompare(b.meta.title, 'zh-CN') || a.id.localeCompare(b.id);
}

/** Every document, hidden ones included, for the document manager. Newest plan year first. */
export async function listDocuments(store: Store): Promise<DocumentRow[]> {
  const docs = validRows(await dbOf(store).documents.toArray(), DocumentRow, 'documents', []);
  return docs.sort(byYearThenTitle);
}

export interface LoadedDataset {
  dataset: Dataset;
  /** Chinese messages about rows that were skipped. */
  problems: string[];
}

const ITEM_SCHEMAS: { [K in ItemTable]: z.ZodType<Dataset[K][number]> } = {
  sections: SectionRow, tasks: TaskRow, targets: TargetRow, achievements: AchievementRow,
};

/** The visible documents and their rows, every row validated. A corrupt row is skipped and reported,
 * a corrupt document is skipped with its rows. */
export async function loadDataset(store: Store): Promise<LoadedDataset> {
  const db = dbOf(store);
  const problems: string[] = [];
  return db.transaction('r', [db.documents, ...ITEM_TABLES.map((t) => db.table(t))], async () => {
    const documents = validRows(await db.documents.toArray(), DocumentRow, 'documents', problems)
      .filter((d) => !d.hidden)
      .sort(byYearThenTitle);
    const ids = documents.map((d) => d.id);
    // In reading order: documents as sorted, items by position in their document's text.
    const docOrder = new Map(ids.map((id, i) => [id, i]));
    const read = async <K extends ItemTable>(table: K): Promise<Dataset[K]> =>
      validRows(ids.length ? await db.table(table).where('docId').anyOf(ids).toArray() : [], ITEM_SCHEMAS[table] as z.ZodType<Dataset[K][number]>, table, problems).sort(
        (a, b) => (docOrder.get(a.docId) ?? 0) - (docOrder.get(b.docId) ?? 0) || a.span.start - b.span.start,
      ) as Dataset[K];
    const dataset: Dataset = {
      documents,
      sections: await read('sections'),
      tasks: await read('tasks'),
      targets: await read('targets'),
      achievements: await read('achievements'),
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
