// Many files at once (a folder, a multi-file pick or drop): one row per file, and the plan for
// 「全部导入」 — every file that parsed, each text once, stored duplicates handled by one choice for
// the whole batch. Pure: the panel reads and parses, the repository writes.
import { contentHash } from '../model/hash';
import type { ImportProblem } from './problems';
import type { PreparedImport } from './pipeline';

/** What to do with files whose text is already stored: once for the whole batch. */
export type BatchDuplicateChoice = 'skip' | 'replace' | 'keep-both';

export type BatchRow =
  | { fileName: string; status: 'waiting' }
  | { fileName: string; status: 'cancelled' }
  | { fileName: string; status: 'parsed'; prepared: PreparedImport; hash: string }
  | { fileName: string; status: 'problem'; problem: ImportProblem };

export interface BatchPlan {
  /** what 「全部导入」 writes */
  entries: PreparedImport[];
  /** files whose text is already stored, and what happens to them */
  stored: number;
  /** files repeating the text of an earlier file of the batch: imported once */
  repeats: number;
  /** files that cannot be imported (unreadable, no structure, nothing found in them) */
  problems: number;
  /** files not parsed (yet, or cancelled) */
  pending: number;
}

/** Per row: why it will not be imported as it is, or null. In the order of the rows. */
export function rowNotes(rows: readonly BatchRow[], choice: BatchDuplicateChoice): Array<string | null> {
  const seen = new Map<string, string>();
  return rows.map((r) => {
    if (r.status !== 'parsed') return null;
    if (r.prepared.blocking) return r.prepared.blocking;
    const first = seen.get(r.hash);
    if (first !== undefined) return `与本批的「${first}」内容相同，只导入一次`;
    seen.set(r.hash, r.fileName);
    if (r.prepared.duplicateOf) {
      const title = r.prepared.duplicateOf.meta.title || r.prepared.duplicateOf.meta.fileName || '已有文件';
      return choice === 'skip' ? `与已有的「${title}」内容相同，跳过` : choice === 'replace' ? `将替换已有的「${title}」` : `与已有的「${title}」内容相同，保留两份`;
    }
    return null;
  });
}

export function planBatch(rows: readonly BatchRow[], choice: BatchDuplicateChoice): BatchPlan {
  const plan: BatchPlan = { entries: [], stored: 0, repeats: 0, problems: 0, pending: 0 };
  const seen = new Set<string>();
  for (const r of rows) {
    if (r.status === 'waiting' || r.status === 'cancelled') {
      plan.pending++;
      continue;
    }
    if (r.status === 'problem') {
      plan.problems++;
      continue;
    }
    if (r.prepared.blocking) {
      plan.problems++;
      continue;
    }
    if (seen.has(r.hash)) {
      plan.repeats++;
      continue;
    }
    seen.add(r.hash);
    if (r.prepared.duplicateOf) {
      plan.stored++;
      if (choice === 'skip') continue;
    }
    plan.entries.push(r.prepared);
  }
  return plan;
}

export function parsedRow(prepared: PreparedImport): BatchRow {
  return { fileName: prepared.fileName, status: 'parsed', prepared, hash: contentHash(prepared.sourceText) };
}

/** The files worth listing from a folder: what the import reads or explains (no .DS_Store, Office's ~$ lock files, images …). */
export function importable(fileName: string): boolean {
  return /\.(txt|text|csv|docx|doc|wps|pdf|xlsx|xls|et)$/i.test(fileName) && !/^(?:\.|~\$)/.test(fileName.split('/').pop()!);
}
