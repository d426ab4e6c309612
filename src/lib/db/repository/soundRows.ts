// A read checks each row's shape (rowGuard.ts, or full zod for small tables): a damaged row is skipped
// and counted into one Chinese message per table, never shown.
import type { z } from 'zod';
import { AchievementRow, DocumentHead, SectionRow, TargetRow, TaskRow } from '../../model/rows';
import { MSG, TABLE_NAMES_ZH } from '../messages';
import { rowGuard, type RowGuard } from '../rowGuard';
import type { ItemTable } from '../schema';

export interface Damage {
  count: number;
  example: string;
}

const damageNote = (row: unknown, what: string) => {
  const id = (row as { id?: unknown; key?: unknown } | null)?.id ?? (row as { key?: unknown } | null)?.key;
  return `${typeof id === 'string' ? id : '无编号'}：${what}`;
};

export function damageMessage(table: string, d: Damage): string {
  return MSG.corruptRows(d.count, TABLE_NAMES_ZH[table] ?? table, d.example);
}

/** Rows that fail their schema are skipped and counted into one Chinese message per table (full zod
 * validation: for small tables such as the user's annotations). */
export function validRows<T>(rows: unknown[], schema: z.ZodType<T>, table: string, problems: string[]): T[] {
  const out: T[] = [];
  const damage: Damage = { count: 0, example: '' };
  for (const row of rows) {
    const r = schema.safeParse(row);
    if (r.success) out.push(r.data);
    else {
      if (damage.count === 0) {
        const issue = r.error.issues[0];
        damage.example = damageNote(row, issue ? `${issue.path.join('.')} ${issue.message}` : '');
      }
      damage.count++;
    }
  }
  if (damage.count > 0) problems.push(damageMessage(table, damage));
  return out;
}

/** Rows of the right shape (rowGuard); the others counted into `damage`. */
export function sound<T>(rows: unknown[], guard: RowGuard, damage: Damage): T[] {
  const out: T[] = [];
  for (const row of rows) {
    const wrong = guard(row);
    if (wrong === null) out.push(row as T);
    else {
      if (damage.count === 0) damage.example = damageNote(row, wrong);
      damage.count++;
    }
  }
  return out;
}

const DOCUMENT_GUARD = rowGuard(DocumentHead);
export const ITEM_GUARDS: Record<ItemTable, RowGuard> = {
  sections: rowGuard(SectionRow),
  tasks: rowGuard(TaskRow),
  targets: rowGuard(TargetRow),
  achievements: rowGuard(AchievementRow),
};

export function readDocuments(rows: unknown[], problems: string[]): DocumentHead[] {
  const damage: Damage = { count: 0, example: '' };
  const docs = sound<DocumentHead>(rows, DOCUMENT_GUARD, damage);
  if (damage.count > 0) problems.push(damageMessage('documents', damage));
  return docs;
}
