// Many returned sheets at once: each file's preview (sheetImport.ts), then what only the batch can see —
// the same file picked twice, and one unit reporting one round of a task in two files (that waits for
// the clerk's decision) — and every row of every file in one list, each applied, waiting for a
// decision or refused, with the reason. Reports of other units on the same task and round in the batch
// are listed beside each other: both are kept (returnRules.ts JOINT_RULE). Pure.
import type { TaskStatus } from '../model/ledger';
import type { ProgressEntry } from '../model/ledger';
import { entriesToApply, type PreviewResult, type RowPreview, type SheetPlan, type SheetPreview } from './sheetImport';
import { supersedes } from './returnRules';
import { groupedCount } from '../text/count';

export interface BulkFile {
  name: string;
  /** The file's preview; null when the file was refused (reason). */
  preview: SheetPreview | null;
  reason: string | null;
}

export interface BulkRow {
  /** Index into BulkPreview.files. */
  file: number;
  row: RowPreview;
}

export interface BulkPreview {
  files: BulkFile[];
  rows: BulkRow[];
}

const rowKey = (file: number, row: number) => `${file}:${row}`;

/** Files one batch takes: a notice's lead units, with room (随政办发〔2024〕2号 has 47). */
export const MAX_BATCH_FILES = 100;

/** Why a batch of `count` files is not read at all; null when it may be. */
export function batchRefusal(count: number): string | null {
  return count > MAX_BATCH_FILES ? `一次选了 ${groupedCount(count)} 个文件，超过上限 ${MAX_BATCH_FILES} 个，没有读取任何文件：请分批导入。` : null;
}

/** The batch from each file's read-and-preview result, in the order picked. */
export function bulkPreview(results: readonly { name: string; result: PreviewResult }[], leadUnitsOf: (taskId: string) => readonly string[]): BulkPreview {
  const files: BulkFile[] = [];
  const hashes = new Map<string, string>();
  for (const { name, result } of results) {
    if (!result.ok) {
      files.push({ name, preview: null, reason: result.reason });
      continue;
    }
    const twin = hashes.get(result.preview.sourceHash);
    if (twin !== undefined) {
      files.push({ name, preview: null, reason: `与本批的“${twin}”内容相同，不重复导入。` });
      continue;
    }
    hashes.set(result.preview.sourceHash, name);
    files.push({ name, preview: result.preview, reason: null });
  }

  const rows: BulkRow[] = [];
  // the writing rows seen so far, by task and round
  const writing = new Map<string, { file: number; row: RowPreview }[]>();
  files.forEach((f, file) => {
    if (!f.preview) return;
    for (const r of f.preview.rows) {
      if (r.blocked || !r.entry || r.taskId === null) {
        rows.push({ file, row: r });
        continue;
      }
      const at = `${r.taskId}@${r.round ?? ''}`;
      const earlier = writing.get(at) ?? [];
      const leads = leadUnitsOf(r.taskId);
      const same = earlier.filter((e) => supersedes(r.unit, e.row.unit, leads));
      const beside = earlier.filter((e) => !same.includes(e));
      let row = r;
      if (same.length > 0) {
        row = {
          ...row,
          flags: [...row.flags, 'twice-in-batch'],
          needsConfirm: true,
          kind: 'decide',
          replaces: [
            ...row.replaces,
            ...same.map((e) => ({
              unit: `${e.row.unit}（本批“${files[e.file]?.name ?? ''}”第${e.row.row}行）`,
              reportedOn: e.row.entry?.reportedOn ?? '',
              status: e.row.entry?.status ?? null,
              note: e.row.entry?.note ?? '',
            })),
          ],
        };
      }
      if (beside.length > 0) {
        row = {
          ...row,
          besides: [
            ...row.besides,
            ...beside.map((e) => ({
              unit: `${e.row.unit}（本批）`,
              reportedOn: e.row.entry?.reportedOn ?? '',
              status: e.row.entry?.status ?? null,
              note: e.row.entry?.note ?? '',
            })),
          ],
        };
      }
      earlier.push({ file, row });
      writing.set(at, earlier);
      rows.push({ file, row });
    }
  });
  // the files' previews carry the batch's flags too, for entriesToApply
  for (const [i, f] of files.entries()) {
    if (!f.preview) continue;
    const mine = new Map(rows.filter((r) => r.file === i).map((r) => [r.row.row, r.row]));
    f.preview = { ...f.preview, rows: f.preview.rows.map((r) => mine.get(r.row) ?? r) };
  }
  return { files, rows };
}

/** The clerk's decisions across the batch, by file and sheet row. */
export interface BulkDecisions {
  confirmed: ReadonlySet<string>;
  statuses: ReadonlyMap<string, TaskStatus>;
}

export const decisionKey = rowKey;

/** One plan per file with something to write, for the apply step (applySheets, one transaction). */
export function bulkPlans(
  b: BulkPreview,
  d: BulkDecisions,
  o: { newId: () => string; createdAt: string },
): { plans: { file: number; plan: SheetPlan }[]; refused: { file: number; row: number; reason: string }[]; entries: ProgressEntry[] } {
  const plans: { file: number; plan: SheetPlan }[] = [];
  const refused: { file: number; row: number; reason: string }[] = [];
  const entries: ProgressEntry[] = [];
  b.files.forEach((f, file) => {
    if (!f.preview) return;
    const confirmed = new Set<number>();
    const statuses = new Map<number, TaskStatus>();
    for (const r of f.preview.rows) {
      if (d.confirmed.has(rowKey(file, r.row))) confirmed.add(r.row);
      const s = d.statuses.get(rowKey(file, r.row));
      if (s) statuses.set(r.row, s);
    }
    const out = entriesToApply(f.preview, { confirmed, statuses }, o);
    for (const x of out.refused) refused.push({ file, ...x });
    if (out.entries.length > 0) plans.push({ file, plan: out.plan });
    entries.push(...out.entries);
  });
  return { plans, refused, entries };
}

export type RowOutcome = 'apply' | 'decide' | 'refuse' | 'unchanged';

/** A row's outcome given the decisions made so far: a decided row is applied. */
export function rowOutcome(file: number, r: RowPreview, d: BulkDecisions): RowOutcome {
  if (r.kind !== 'decide') return r.kind;
  const ticked = !r.needsConfirm || d.confirmed.has(rowKey(file, r.row));
  const picked = !r.needsStatus || d.statuses.has(rowKey(file, r.row));
  return ticked && picked ? 'apply' : 'decide';
}

/** Counts for the summary line. */
export function bulkCounts(b: BulkPreview, d: BulkDecisions): Record<RowOutcome, number> & { files: number; refusedFiles: number } {
  const out = { apply: 0, decide: 0, refuse: 0, unchanged: 0, files: b.files.length, refusedFiles: b.files.filter((f) => !f.preview).length };
  for (const r of b.rows) out[rowOutcome(r.file, r.row, d)]++;
  return out;
}
