// A returned 台账 → a preview of what would change, row by row, before anything is written. Rows are
// matched by document and printed task number (by text where the number is missing or repeated).
// Unknown tasks, changed task texts, unreadable statuses and 销号 without a basis are flagged and never
// applied silently: text changes need the clerk's confirmation, the others are not applied. Pure.
import type { TaskStatus } from '../model/ledger';
import { TaskStatus as StatusSchema } from '../model/ledger';
import type { AssessedTask, LedgerDocument } from './assess';
import { periodAt, periodOfDue } from './calendar';
import { isValidIsoDate } from './dates';
import { defaultPeriod, makeEntry, type EntryInput } from './entries';
import { EDITABLE_COLUMNS, INFO_KEYS, sheetRow, SHEET_COLUMNS, type EditableColumn, type RawLedgerSheet, type SheetColumn } from './sheet';
export { EDITABLE_COLUMNS, type EditableColumn };
import { ENTRY_TEXT_MAX, type ProgressEntry } from '../model/ledger';
import { groupedCount } from '../text/count';

export type RowFlag =
  | 'too-long'
  | 'unknown-task'
  | 'ambiguous-task'
  | 'duplicate-row'
  | 'text-changed'
  | 'ledger-changed'
  | 'bad-status'
  | 'needs-basis'
  | 'bad-date'
  | 'date-only'
  | 'already-applied';

/** Longest cell read from a returned sheet; 本期进展 and 备注 keep the form's own limit (ENTRY_TEXT_MAX). */
export const MAX_CELL_CHARS = 10_000;
import { contentHash } from '../model/hash';

export const FLAG_LABELS: Record<RowFlag, string> = {
  'too-long': `有单元格超过字数上限（本期进展、备注各 ${groupedCount(ENTRY_TEXT_MAX)} 字，其他各 ${groupedCount(MAX_CELL_CHARS)} 字），不导入`,
  'unknown-task': '本机没有这个序号的任务，不导入',
  'ambiguous-task': '序号对应多条任务且任务内容对不上，不导入',
  'duplicate-row': '同一任务在表中出现多次，只导入第一行',
  'text-changed': '任务内容与本机不一致，请核对后确认才导入',
  'ledger-changed': '表格导出后本机又有新的报送，请核对后确认才导入',
  'bad-status': '状态无法识别（可填：未开始、推进中、已完成、滞后），不导入',
  'needs-basis': '填“已完成”须在“本期进展”或“备注”写明完成依据，不导入',
  'bad-date': '更新日期无法识别或晚于今天，按导入当天记',
  'date-only': '只改了更新日期，没有新进展，不导入',
  'already-applied': '这一行已从同一个文件导入过，不再导入',
};

/** Flags that keep a row out whatever the clerk confirms. */
const BLOCKING: ReadonlySet<RowFlag> = new Set(['too-long', 'unknown-task', 'ambiguous-task', 'duplicate-row', 'bad-status', 'needs-basis', 'date-only', 'already-applied']);

export interface FieldChange {
  column: EditableColumn;
  before: string;
  after: string;
}

export interface RowPreview {
  /** Row number in the sheet as Excel shows it (1 = header). */
  row: number;
  no: string;
  taskId: string | null;
  /** The task's text here, or the sheet's when no task matched. */
  taskText: string;
  sheetText: string;
  changes: FieldChange[];
  flags: RowFlag[];
  /** Never applied. */
  blocked: boolean;
  /** Applied only when the clerk confirms (the task text differs, or the ledger changed since export). */
  needsConfirm: boolean;
  /** What would be written; null for blocked rows. */
  entry: EntryInput | null;
  /** The matched task's history as the preview saw it (historyStamp): the apply step writes only while
   * the stored history is still this, so a preview made before another window wrote is not applied. */
  seen: string;
}

export interface SheetPreview {
  docId: string;
  docNumber: string | null;
  period: string | null;
  /** Rows with a change or a flag, in sheet order. */
  rows: RowPreview[];
  unchanged: number;
  /** Task rows read (blank rows not counted). */
  total: number;
  /** About the whole sheet (no 说明 sheet, …), in Chinese. */
  warnings: string[];
  /** The sheet's content hash (sheetHash), stored on the entries it brings. */
  sourceHash: string;
  /** When this very sheet was applied before and nothing more can come from it: the time its entries
   * were written (ISO). Rows applied before are flagged 'already-applied'; the others can still be. */
  appliedAt: string | null;
}

export type PreviewResult = { ok: true; preview: SheetPreview } | { ok: false; reason: string };

const STATUS_WORDS: [RegExp, TaskStatus][] = [
  [/^(?:未开始|未启动|尚未启动|未开工|未实施)$/, '未开始'],
  [/^(?:推进中|进行中|正在推进|正常推进|按序时推进|序时推进|在建|实施中)$/, '推进中'],
  [/^(?:已完成|完成|已办结|办结|已销号|销号|申请销号)$/, '已完成'],
  [/^(?:滞后|进度滞后|推进滞后|未按期|延期)$/, '滞后'],
];

/** The status a unit typed, in the app's vocabulary; '' for blank, null when unreadable. */
export function readStatus(cell: string): TaskStatus | '' | null {
  const s = cell.replace(/\s+/g, '');
  if (s === '') return '';
  const direct = StatusSchema.safeParse(s);
  if (direct.success) return direct.data;
  return STATUS_WORDS.find(([re]) => re.test(s))?.[1] ?? null;
}

/** A returned sheet by its content (the 说明 and 台账 cells, not the file's bytes): the same file saved
 * again, or opened in two windows, has the same hash. */
export function sheetHash(raw: Pick<RawLedgerSheet, 'info' | 'rows'>): string {
  const info = [...raw.info].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return contentHash(JSON.stringify({ info, rows: raw.rows }));
}

/** A task's history as one comparable string: every entry's id and last change, in id order. */
export function historyStamp(history: readonly Pick<ProgressEntry, 'id' | 'updatedAt'>[]): string {
  return history
    .map((e) => `${e.id}@${e.updatedAt}`)
    .sort()
    .join('|');
}

const tidy = (s: string) =>
  s
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u3000]+/g, ' ')
    .trim();
const bare = (s: string) => s.replace(/\s+/g, '');

/** A cell over its limit, as the preview shows it: the start and the count. */
const SHOWN_CHARS = 200;
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, SHOWN_CHARS)}…（共 ${groupedCount(s.length)} 字）` : s);
const limitOf = (c: SheetColumn) => (c === '本期进展' || c === '备注' ? ENTRY_TEXT_MAX : MAX_CELL_CHARS);

function findHeader(rows: readonly string[][]): { at: number; col: Map<SheetColumn, number> } | null {
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const cells = (rows[i] ?? []).map(bare);
    if (!cells.includes('序号') || !cells.includes('任务')) continue;
    const col = new Map<SheetColumn, number>();
    for (const c of SHEET_COLUMNS) {
      const j = cells.indexOf(c);
      if (j >= 0) col.set(c, j);
    }
    return { at: i, col };
  }
  return null;
}

function pickDocument(
  raw: RawLedgerSheet,
  documents: readonly LedgerDocument[],
  fallbackDocId: string | null,
): { doc: LedgerDocument; warning: string | null } | { reason: string } {
  const id = raw.info.get(INFO_KEYS.docId) ?? '';
  const number = raw.info.get(INFO_KEYS.docNumber) ?? '';
  const byId = documents.find((d) => d.id === id);
  if (byId) return { doc: byId, warning: null };
  const byNumber = number === '' ? [] : documents.filter((d) => d.meta.docNumber === number);
  if (byNumber.length === 1) return { doc: byNumber[0] as LedgerDocument, warning: `按文号“${number}”对应到本机文件。` };
  const fallback = documents.find((d) => d.id === fallbackDocId);
  if (fallback && id === '' && number === '') {
    return { doc: fallback, warning: '表格没有“说明”页，无法确认所属文件，已按当前选中的文件逐行核对序号和任务内容。' };
  }
  if (number !== '' || id !== '') return { reason: `表格所属的文件（${number || id}）不在本机，请先导入该文件。` };
  return { reason: '无法确定表格属于哪个文件：请先在台账中选中文件再导入。' };
}

/**
 * What importing `raw` would change. `tasks` are the assessed tasks of every document (assessTasks);
 * `today` (the clock) is the report date for rows without a readable 更新日期.
 */
export function previewImport(p: {
  raw: RawLedgerSheet;
  documents: readonly LedgerDocument[];
  tasks: readonly AssessedTask[];
  /** The document to match against when the sheet does not say (no 说明 sheet). */
  fallbackDocId: string | null;
  /** The reporting period when the sheet does not say; null: each task's period of the report date. */
  fallbackPeriod?: string | null;
  today: string;
}): PreviewResult {
  const header = findHeader(p.raw.rows);
  if (!header) return { ok: false, reason: '没有找到表头：第一行应有“序号”“任务”等列（请用本系统导出的台账填报）。' };
  const missing = (['序号', '任务'] as const).filter((c) => !header.col.has(c));
  if (missing.length > 0 || !EDITABLE_COLUMNS.some((c) => header.col.has(c))) {
    return { ok: false, reason: '表头缺少“本期进展”“状态”等填报列，无法导入。' };
  }
  const picked = pickDocument(p.raw, p.documents, p.fallbackDocId);
  if ('reason' in picked) return { ok: false, reason: picked.reason };
  const doc = picked.doc;
  const periodCell = p.raw.info.get(INFO_KEYS.period) ?? '';
  const period = isValidIsoDate(periodCell) ? periodCell : (p.fallbackPeriod ?? null);
  const warnings = picked.warning ? [picked.warning] : [];
  const baseline = p.raw.baseline;
  if (!baseline) warnings.push('表格里没有导出时的原值（可能经过另存或复制），按本机现有记录比对变化。');

  const docTasks = p.tasks.filter((t) => t.task.docId === doc.id);
  const sourceHash = sheetHash(p.raw);
  let appliedAt: string | null = null;
  const fromThisSheet = (t: AssessedTask) => t.history.filter((e) => e.sourceHash === sourceHash);
  const cell = (row: readonly string[], c: SheetColumn) => {
    const j = header.col.get(c);
    return j === undefined ? null : tidy(row[j] ?? '');
  };

  const seen = new Set<string>();
  const out: RowPreview[] = [];
  let unchanged = 0;
  let total = 0;
  for (let i = header.at + 1; i < p.raw.rows.length; i++) {
    const row = p.raw.rows[i] ?? [];
    if (row.every((c) => c.trim() === '')) continue;
    total++;
    const no = cell(row, '序号') ?? '';
    const flags: RowFlag[] = [];
    // A cell over its limit keeps the row out, and only its start reaches the preview.
    const tooLong = row.some((c) => c.length > MAX_CELL_CHARS) || EDITABLE_COLUMNS.some((c) => (cell(row, c) ?? '').length > limitOf(c));
    if (tooLong) flags.push('too-long');
    const sheetText = clip(cell(row, '任务') ?? '', MAX_CELL_CHARS);

    const candidates = docTasks.filter((t) => (no === '' ? t.task.no === null : t.task.no === no));
    let match: AssessedTask | null = candidates.length === 1 ? (candidates[0] as AssessedTask) : null;
    if (candidates.length > 1 || (no === '' && candidates.length !== 1)) {
      const same = candidates.filter((t) => bare(t.task.text) === bare(sheetText));
      match = same.length === 1 ? (same[0] as AssessedTask) : null;
      if (!match) flags.push(candidates.length === 0 ? 'unknown-task' : 'ambiguous-task');
    } else if (!match) {
      flags.push('unknown-task');
    }
    if (match && bare(match.task.text) !== bare(sheetText)) flags.push('text-changed');
    if (match && seen.has(match.task.id)) flags.push('duplicate-row');
    if (match) seen.add(match.task.id);

    // What the unit was sent: the exported values when the file kept them, else the ledger now.
    const current = match ? sheetRow(match, period) : null;
    const sent = match ? baseline?.get(match.key) : undefined;
    const changes: FieldChange[] = [];
    for (const c of EDITABLE_COLUMNS) {
      const after = cell(row, c);
      if (after === null) continue; // column removed: nothing said about it
      const before = sent ? tidy(sent[c]) : current ? tidy(current[c]) : '';
      if (after !== before) changes.push({ column: c, before, after: clip(after, limitOf(c)) });
    }
    if (sent && current && changes.length > 0 && EDITABLE_COLUMNS.some((c) => tidy(sent[c]) !== tidy(current[c]))) flags.push('ledger-changed');
    if (changes.length === 0 && flags.length === 0) {
      unchanged++;
      continue;
    }
    if (changes.length > 0 && changes.every((c) => c.column === '更新日期')) flags.push('date-only');
    const before = match ? fromThisSheet(match) : [];
    if (before.length > 0) flags.push('already-applied');
    for (const e of before) if (appliedAt === null || e.createdAt < appliedAt) appliedAt = e.createdAt;

    let entry: EntryInput | null = null;
    if (match && changes.some((c) => c.column !== '更新日期')) {
      const after = (c: EditableColumn) => cell(row, c) ?? (current ? tidy(current[c]) : '');
      const status = readStatus(after('状态'));
      if (status === null) flags.push('bad-status');
      // The unit's date counts only if the unit wrote it: an unchanged one is the previous report's.
      const dateCell = changes.find((c) => c.column === '更新日期')?.after ?? '';
      let reportedOn = p.today;
      if (isValidIsoDate(dateCell) && dateCell <= p.today) reportedOn = dateCell;
      else if (dateCell !== '') flags.push('bad-date');
      const note = after('本期进展');
      const evidence = after('备注');
      const basis = note || evidence;
      if (status === '已完成' && basis === '') flags.push('needs-basis');
      const taskPeriod =
        period === null
          ? defaultPeriod(match.schedule, match.start, match.history, reportedOn)
          : ((periodOfDue(match.schedule, match.start, period) ?? periodAt(match.schedule, match.start, period))?.due ?? null);
      if (status !== null) {
        entry = {
          task: { id: match.task.id, docId: match.task.docId, no: match.task.no, text: match.task.text },
          key: match.key,
          period: taskPeriod,
          reportedOn,
          status: status === '' ? null : status,
          note,
          evidence,
          unit: match.task.leadUnits.join('、'),
          completion: status === '已完成' ? { date: reportedOn, basis } : null,
          source: 'import',
          sourceHash,
        };
      }
    }
    const blocked = flags.some((f) => BLOCKING.has(f)) || entry === null;
    out.push({
      row: i + 1,
      no,
      taskId: match?.task.id ?? null,
      taskText: match?.task.text ?? sheetText,
      sheetText,
      changes,
      flags,
      blocked,
      needsConfirm: !blocked && (flags.includes('text-changed') || flags.includes('ledger-changed')),
      entry: blocked ? null : entry,
      seen: match ? historyStamp(match.history) : '',
    });
  }
  // applied before, and no row left that could still be applied from it
  if (out.some((r) => !r.blocked)) appliedAt = null;
  return { ok: true, preview: { docId: doc.id, docNumber: doc.meta.docNumber, period, rows: out, unchanged, total, warnings, sourceHash, appliedAt } };
}

/** A task's history as the preview saw it, for the apply step to compare with the stored one. */
export interface SeenHistory {
  row: number;
  key: string;
  stamp: string;
}

/** What the apply step writes, and what it checks first (inside its transaction). */
export interface SheetPlan {
  docId: string;
  sourceHash: string;
  entries: ProgressEntry[];
  seen: SeenHistory[];
}

/**
 * The entries to write: every row that is not blocked, rows needing confirmation only when their
 * sheet row number is in `confirmed`. Ids and times come from the caller (the clock).
 */
export function entriesToApply(
  preview: SheetPreview,
  confirmed: ReadonlySet<number>,
  o: { newId: () => string; createdAt: string },
): { entries: ProgressEntry[]; refused: { row: number; reason: string }[]; plan: SheetPlan } {
  const entries: ProgressEntry[] = [];
  const refused: { row: number; reason: string }[] = [];
  const seen: SeenHistory[] = [];
  for (const r of preview.rows) {
    if (r.blocked || !r.entry) continue;
    if (r.needsConfirm && !confirmed.has(r.row)) continue;
    const made = makeEntry(r.entry, { id: o.newId(), createdAt: o.createdAt });
    if (made.ok) {
      entries.push(made.entry);
      seen.push({ row: r.row, key: made.entry.key, stamp: r.seen });
    } else refused.push({ row: r.row, reason: made.reason });
  }
  return { entries, refused, plan: { docId: preview.docId, sourceHash: preview.sourceHash, entries, seen } };
}

/** The verdict of the apply step on a plan, given the stored rows it read in its transaction. */
export type PlanCheck = { ok: true } | { ok: false; code: 'not-found' } | { ok: false; code: 'applied'; at: string } | { ok: false; code: 'stale'; rows: number[] };

export function checkPlan(
  plan: SheetPlan,
  stored: { documentExists: boolean; documentEntries: readonly Pick<ProgressEntry, 'key' | 'sourceHash' | 'createdAt'>[]; historyOf: (key: string) => readonly ProgressEntry[] },
): PlanCheck {
  if (!stored.documentExists) return { ok: false, code: 'not-found' };
  // every row of the plan already came in from this sheet (another window, or this one before): a no-op;
  // some of them only: the histories differ from the preview's, and the check below refuses the plan
  const fromThisSheet = stored.documentEntries.filter((e) => e.sourceHash === plan.sourceHash);
  const keys = new Set(fromThisSheet.map((e) => e.key));
  if (plan.seen.length > 0 && plan.seen.every((s) => keys.has(s.key))) {
    return { ok: false, code: 'applied', at: fromThisSheet.map((e) => e.createdAt).sort()[0] as string };
  }
  const rows = plan.seen.filter((s) => historyStamp(stored.historyOf(s.key)) !== s.stamp).map((s) => s.row);
  return rows.length > 0 ? { ok: false, code: 'stale', rows } : { ok: true };
}
