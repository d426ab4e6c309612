// A returned 台账 → a preview of every row before anything is written: what it would write (to which
// round, for which unit, on time or 迟报), what waits for the clerk's decision (and what it would
// replace), what is refused and why, and what is unchanged. Rows are matched by document and printed
// task number (by text where the number is missing or repeated). The rules are returnRules.ts. Pure.
import type { TaskStatus } from '../model/ledger';
import type { AssessedTask, LedgerDocument } from './assess';
import { isValidIsoDate } from './dates';
import { makeEntry, type EntryInput } from './entries';
import { defaultRound, fileReports, roundsOf, type Round } from './rounds';
import {
  EDITABLE_COLUMNS,
  ALL_COLUMNS,
  closingReport,
  INFO_KEYS,
  NO_ROUND,
  readRoundCell,
  sheetRow,
  TITLE_FIELDS,
  type EditableColumn,
  type RawLedgerSheet,
  type SheetColumn,
  type TitleField,
} from './sheet';
import { readStatus, supersedes } from './returnRules';
export { EDITABLE_COLUMNS, type EditableColumn, readStatus };
import { ENTRY_TEXT_MAX, type ProgressEntry } from '../model/ledger';
import { groupedCount } from '../text/count';
import { contentHash } from '../model/hash';

export type RowFlag =
  | 'too-long'
  | 'unknown-task'
  | 'ambiguous-task'
  | 'duplicate-row'
  | 'text-changed'
  | 'replaces'
  | 'reopen'
  | 'completion-changed'
  | 'unknown-status'
  | 'needs-basis'
  | 'bad-completion-date'
  | 'bad-date'
  | 'bad-round'
  | 'date-only'
  | 'already-applied'
  | 'twice-in-batch';

/** Longest cell read from a returned sheet; 本期进展 and 备注 keep the form's own limit (ENTRY_TEXT_MAX). */
export const MAX_CELL_CHARS = 10_000;

export const FLAG_LABELS: Record<RowFlag, string> = {
  'too-long': `有单元格超过字数上限（本期进展、备注各 ${groupedCount(ENTRY_TEXT_MAX)} 字，其他各 ${groupedCount(MAX_CELL_CHARS)} 字），不导入`,
  'unknown-task': '本机没有这个序号的任务，不导入',
  'ambiguous-task': '序号对应多条任务且任务内容对不上，不导入',
  'duplicate-row': '同一任务在表中出现多次，只导入第一行',
  'text-changed': '任务内容与本机不一致，请核对后确认',
  replaces: '将取代本期已有的报送，请核对后确认',
  reopen: '该任务已销号，这一行将恢复为未完成，请确认',
  'completion-changed': '该任务已销号，这一行改了完成日期，请确认',
  'unknown-status': '状态词无法识别，请选定状态后才导入',
  'needs-basis': '填“已完成”须在“本期进展”或“备注”写明完成依据，不导入',
  'bad-completion-date': '完成日期无法识别或晚于填报日期，不导入',
  'bad-date': '更新日期无法识别或晚于今天，按导入当天记',
  'bad-round': '“报送期”不是该任务的报送期，按报送期规则归期',
  'date-only': '只改了日期，没有新进展，不导入',
  'already-applied': '这一行已从同一个文件导入过，不再导入',
  'twice-in-batch': '同一单位同一期在本批另一个文件中也有报送，请确认以哪份为准',
};

/** Flags that keep a row out whatever the clerk decides. */
const BLOCKING: ReadonlySet<RowFlag> = new Set([
  'too-long',
  'unknown-task',
  'ambiguous-task',
  'duplicate-row',
  'needs-basis',
  'bad-completion-date',
  'date-only',
  'already-applied',
]);
/** Flags that wait for the clerk's tick. */
const CONFIRM: ReadonlySet<RowFlag> = new Set(['text-changed', 'replaces', 'reopen', 'completion-changed', 'twice-in-batch']);

export interface FieldChange {
  column: EditableColumn;
  before: string;
  after: string;
}

/** A report already in the ledger that a row would take the place of, or that stays beside it. */
export interface OtherReport {
  unit: string;
  reportedOn: string;
  status: TaskStatus | null;
  note: string;
}

/** apply: written on 确认导入; decide: waits for a tick (or a status); refuse: never; unchanged: nothing new. */
export type RowKind = 'apply' | 'decide' | 'refuse' | 'unchanged';

export interface RowPreview {
  /** Row number in the sheet as Excel shows it. */
  row: number;
  no: string;
  taskId: string | null;
  /** The task's text here, or the sheet's when no task matched. */
  taskText: string;
  sheetText: string;
  changes: FieldChange[];
  flags: RowFlag[];
  kind: RowKind;
  /** Never applied. */
  blocked: boolean;
  /** Applied only when the clerk confirms. */
  needsConfirm: boolean;
  /** Applied only when the clerk picks the status (the word was not recognised). */
  needsStatus: boolean;
  /** The word the unit typed for an unrecognised status. */
  statusWord: string;
  /** The round the report is filed to (due date), the reporting unit, and whether it is late. */
  round: string | null;
  unit: string;
  late: boolean;
  /** Reports of the same round it would take the place of / that stay beside it (another unit's). */
  replaces: OtherReport[];
  besides: OtherReport[];
  /** What would be written; null for blocked and unchanged rows. */
  entry: EntryInput | null;
  /** The matched task's history as the preview saw it (historyStamp): the apply step writes only while
   * the stored history is still this, so a preview made before another window wrote is not applied. */
  seen: string;
}

export interface SheetPreview {
  docId: string;
  docNumber: string | null;
  /** The reporting unit the rows are filed to (null: each row's lead units). */
  unit: string | null;
  /** The title area as filled in. */
  title: Partial<Record<TitleField, string>>;
  /** Every task row, in sheet order (blank rows are not rows). */
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

/** A returned sheet by its content (the identity and 台账 cells, not the file's bytes): the same file
 * saved again, or opened in two windows, has the same hash. */
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
/** The cells that carry a report (a row with all of them blank was not filled in). */
const REPORT_CELLS = ['本期进展', '状态', '完成日期', '备注'] as const satisfies readonly EditableColumn[];

function findHeader(rows: readonly string[][]): { at: number; col: Map<SheetColumn, number> } | null {
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const cells = (rows[i] ?? []).map(bare);
    if (!cells.includes('序号') || !cells.includes('任务')) continue;
    const col = new Map<SheetColumn, number>();
    for (const c of ALL_COLUMNS) {
      const j = cells.indexOf(c);
      if (j >= 0) col.set(c, j);
    }
    return { at: i, col };
  }
  return null;
}

const LABEL = new RegExp(`^(${TITLE_FIELDS.join('|')})[：:]?(.*)$`);

/** The title area above the header: 填报单位：X (in one cell, or the label and the value in the next). */
export function titleFields(rows: readonly string[][], headerAt: number): Partial<Record<TitleField, string>> {
  const out: Partial<Record<TitleField, string>> = {};
  for (const row of rows.slice(0, headerAt)) {
    row.forEach((cell, j) => {
      const m = LABEL.exec(tidy(cell));
      if (!m) return;
      const field = m[1] as TitleField;
      let value = tidy(m[2] ?? '');
      if (value === '') value = row.slice(j + 1).find((c) => tidy(c) !== '' && !LABEL.test(tidy(c))) ?? '';
      if (!(field in out)) out[field] = tidy(value);
    });
  }
  return out;
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
    return { doc: fallback, warning: '表格里没有导出时的文件信息（可能经过复制或另存），无法确认所属文件，已按当前选中的文件逐行核对序号和任务内容。' };
  }
  if (number !== '' || id !== '') return { reason: `表格所属的文件（${number || id}）不在本机，请先导入该文件。` };
  return { reason: '无法确定表格属于哪个文件：请先在台账中选中文件再导入。' };
}

const other = (e: ProgressEntry): OtherReport => ({ unit: e.unit, reportedOn: e.reportedOn, status: e.status, note: e.note });

/**
 * What importing `raw` would do, row by row. `tasks` are the assessed tasks of every document
 * (assessTasks); `today` (the clock) is the report date when the sheet gives none.
 */
export function previewImport(p: {
  raw: RawLedgerSheet;
  documents: readonly LedgerDocument[];
  tasks: readonly AssessedTask[];
  /** The document to match against when the sheet does not say. */
  fallbackDocId: string | null;
  today: string;
}): PreviewResult {
  const header = findHeader(p.raw.rows);
  if (!header) return { ok: false, reason: '没有找到表头：应有“序号”“任务”等列（请用本系统导出的台账填报）。' };
  if (!REPORT_CELLS.some((c) => header.col.has(c))) return { ok: false, reason: '表头缺少“本期进展”“状态”等填报列，无法导入。' };
  const picked = pickDocument(p.raw, p.documents, p.fallbackDocId);
  if ('reason' in picked) return { ok: false, reason: picked.reason };
  const doc = picked.doc;
  const warnings = picked.warning ? [picked.warning] : [];
  const baseline = p.raw.baseline;
  if (!baseline) warnings.push('表格里没有导出时的原值（可能经过另存或复制），按本机现有记录比对变化。');

  // Who reports: the 填报单位 the unit wrote, else the unit the sheet was made for, else each row's lead units.
  const title = titleFields(p.raw.rows, header.at);
  const madeFor = p.raw.info.get(INFO_KEYS.unit) ?? '';
  const unit = title.填报单位 || madeFor || null;
  if (title.填报单位 && madeFor && title.填报单位 !== madeFor) warnings.push(`表头填报单位“${title.填报单位}”与导出时的单位“${madeFor}”不同，按表头记。`);
  // The day reported: the 填报日期 the unit wrote, else (per row) an older sheet's 更新日期, else today.
  const dayCell = readRoundCell(title.填报日期 ?? '') ?? '';
  const sheetDay = isValidIsoDate(dayCell) && dayCell <= p.today ? dayCell : null;
  if ((title.填报日期 ?? '') !== '' && !sheetDay) warnings.push(`填报日期“${title.填报日期}”无法识别或晚于今天，按导入当天（${p.today}）记。`);
  // Sheets exported before rounds per row named one round for the whole sheet.
  const sheetRound = p.raw.info.get(INFO_KEYS.period) ?? '';

  const docTasks = p.tasks.filter((t) => t.task.docId === doc.id);
  const sourceHash = sheetHash(p.raw);
  let appliedAt: string | null = null;
  const cell = (row: readonly string[], c: SheetColumn) => {
    const j = header.col.get(c);
    return j === undefined ? null : tidy(row[j] ?? '');
  };

  const seen = new Set<string>();
  const out: RowPreview[] = [];
  for (let i = header.at + 1; i < p.raw.rows.length; i++) {
    const row = p.raw.rows[i] ?? [];
    const no = cell(row, '序号') ?? '';
    const filled = REPORT_CELLS.some((c) => (cell(row, c) ?? '') !== '');
    if (no === '' && (cell(row, '任务') ?? '') === '' && !filled) continue; // a blank row is not a row
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

    const reporter = unit ?? match?.task.leadUnits.join('、') ?? '';
    const base = {
      row: i + 1,
      no,
      taskId: match?.task.id ?? null,
      taskText: match?.task.text ?? sheetText,
      sheetText,
      unit: reporter,
      seen: match ? historyStamp(match.history) : '',
      statusWord: '',
      replaces: [] as OtherReport[],
      besides: [] as OtherReport[],
    };
    // A row with every report cell blank was not filled in: nothing to write, nothing cleared.
    if (match && !filled && !flags.includes('too-long')) {
      out.push({ ...base, changes: [], flags: [], kind: 'unchanged', blocked: true, needsConfirm: false, needsStatus: false, round: null, late: false, entry: null });
      continue;
    }

    // What the unit was sent: the exported values when the file kept them, else the ledger now.
    const current = match ? sheetRow(match, p.today, unit) : null;
    const sent = match ? baseline?.get(match.key) : undefined;
    const changes: FieldChange[] = [];
    for (const c of EDITABLE_COLUMNS) {
      const after = cell(row, c);
      if (after === null) continue; // column removed: nothing said about it
      if (c === '完成日期' && after === '') continue; // a blank 完成日期 keeps the one known (a row pasted from an older export)
      const before = sent ? tidy(sent[c] ?? '') : current ? tidy(current[c]) : '';
      if (after !== before) changes.push({ column: c, before, after: clip(after, limitOf(c)) });
    }
    // A row equal to this unit's report of the round as stored is nothing new (a removed column or a
    // blank 完成日期 says nothing).
    const stated = (c: EditableColumn, now: string) => {
      const v = cell(row, c);
      return v === null || (c === '完成日期' && v === '') ? now : v;
    };
    const sameAsNow = current !== null && REPORT_CELLS.every((c) => stated(c, tidy(current[c])) === tidy(current[c]));
    if (match && (changes.length === 0 || sameAsNow) && flags.length === 0) {
      out.push({ ...base, changes, flags, kind: 'unchanged', blocked: true, needsConfirm: false, needsStatus: false, round: null, late: false, entry: null });
      continue;
    }
    if (changes.length > 0 && changes.every((c) => c.column === '更新日期')) flags.push('date-only');
    const before = match ? match.history.filter((e) => e.sourceHash === sourceHash) : [];
    if (before.length > 0) flags.push('already-applied');
    for (const e of before) if (appliedAt === null || e.createdAt < appliedAt) appliedAt = e.createdAt;

    let entry: EntryInput | null = null;
    let round: Round | null = null;
    let needsStatus = false;
    if (match && changes.some((c) => c.column !== '更新日期')) {
      const after = (c: EditableColumn) => cell(row, c) ?? (current ? tidy(current[c]) : '');
      const word = after('状态');
      const status = readStatus(word);
      if (status === null) {
        flags.push('unknown-status');
        needsStatus = true;
        base.statusWord = word;
      }
      // The unit's date counts only if the unit wrote it: an unchanged one is the previous report's.
      const dateCell = changes.find((c) => c.column === '更新日期')?.after ?? '';
      let reportedOn = sheetDay ?? p.today;
      if (isValidIsoDate(dateCell) && dateCell <= p.today) reportedOn = dateCell;
      else if (dateCell !== '') flags.push('bad-date');

      // The round: the row's 报送期 when it is one of the task's rounds, else the rule.
      const rounds = roundsOf(match.schedule, match.start);
      const filed = fileReports(rounds, match.history, match.task.leadUnits);
      const named = readRoundCell(cell(row, '报送期') ?? '') ?? readRoundCell(sheetRound);
      round = named ? (rounds.find((r) => r.due === named) ?? null) : null;
      const roundCell = cell(row, '报送期') ?? '';
      if (named && !round) flags.push('bad-round');
      else if (!named && roundCell !== '' && roundCell !== NO_ROUND) flags.push('bad-round');
      if (!round) round = defaultRound(rounds, filed, reportedOn, unit ?? '');

      // 销号: a task already closed keeps its completion date unless the row names another one.
      const done = closingReport(match);
      const note = after('本期进展');
      const evidence = after('备注');
      const basis = note || evidence || (done?.completion?.basis ?? '');
      const completionCell = readRoundCell(after('完成日期'));
      let completionDate = done?.completion?.date ?? reportedOn;
      if (after('完成日期') !== '') {
        if (completionCell && isValidIsoDate(completionCell) && completionCell <= reportedOn) completionDate = completionCell;
        else if (status === '已完成' || status === null) flags.push('bad-completion-date');
      }
      if (status === '已完成' && basis === '') flags.push('needs-basis');
      if (done && status !== null && status !== '' && status !== '已完成') flags.push('reopen');
      if (done && status === '已完成' && done.completion && completionDate !== done.completion.date) flags.push('completion-changed');

      // The reports of this round it would take the place of, and those of other units that stay.
      const inRound = round ? filed.filter((f) => f.round?.due === round?.due).map((f) => f.entry) : [];
      const replaced = inRound.filter((e) => supersedes(reporter, e.unit, match.task.leadUnits));
      base.besides = inRound.filter((e) => !replaced.includes(e)).map(other);
      // Correcting the very report the unit was sent is not a replacement to decide on.
      const wasSent = (e: ProgressEntry) => sent !== undefined && tidy(sent.本期进展) === tidy(e.note) && tidy(sent.状态) === (e.status ?? '');
      const latestReplaced = replaced[replaced.length - 1];
      if (latestReplaced && !wasSent(latestReplaced)) {
        flags.push('replaces');
        base.replaces = replaced.map(other);
      }
      entry = {
        task: { id: match.task.id, docId: match.task.docId, no: match.task.no, text: match.task.text },
        key: match.key,
        period: round?.due ?? null,
        reportedOn,
        status: status === '' || status === null ? null : status,
        note,
        evidence,
        unit: reporter,
        // kept for an unknown status word too, should the clerk pick 已完成 (decidedEntry)
        completion: status === '已完成' || status === null ? { date: completionDate, basis } : null,
        source: 'import',
        sourceHash,
      };
    }
    const blocked = flags.some((f) => BLOCKING.has(f)) || entry === null;
    const needsConfirm = !blocked && flags.some((f) => CONFIRM.has(f));
    out.push({
      ...base,
      changes,
      flags,
      kind: blocked ? 'refuse' : needsConfirm || needsStatus ? 'decide' : 'apply',
      blocked,
      needsConfirm,
      needsStatus: !blocked && needsStatus,
      round: round?.due ?? null,
      late: entry !== null && round !== null && entry.reportedOn > round.due,
      entry: blocked ? null : entry,
    });
  }
  // applied before, and no row left that could still be applied from it
  if (out.some((r) => !r.blocked)) appliedAt = null;
  const unchanged = out.filter((r) => r.kind === 'unchanged').length;
  return { ok: true, preview: { docId: doc.id, docNumber: doc.meta.docNumber, unit, title, rows: out, unchanged, total: out.length, warnings, sourceHash, appliedAt } };
}

/** The clerk's decisions on a preview's rows, by sheet row number: ticked, and a status picked. */
export interface Decisions {
  confirmed: ReadonlySet<number>;
  statuses?: ReadonlyMap<number, TaskStatus>;
}

/** The entry a row writes given the decisions; null when it waits for one not made. */
export function decidedEntry(r: RowPreview, d: Decisions): EntryInput | null {
  if (r.blocked || !r.entry) return null;
  if (r.needsConfirm && !d.confirmed.has(r.row)) return null;
  if (!r.needsStatus) return r.entry;
  const status = d.statuses?.get(r.row);
  if (!status) return null;
  const basis = r.entry.note || r.entry.evidence || '';
  return { ...r.entry, status, completion: status === '已完成' ? { date: r.entry.completion?.date ?? r.entry.reportedOn, basis } : null };
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
 * The entries to write: every row that is not blocked, rows waiting for a decision only when it was
 * made (ticked in `confirmed`, a status picked). Ids and times come from the caller (the clock).
 */
export function entriesToApply(
  preview: SheetPreview,
  decisions: ReadonlySet<number> | Decisions,
  o: { newId: () => string; createdAt: string },
): { entries: ProgressEntry[]; refused: { row: number; reason: string }[]; plan: SheetPlan } {
  const d: Decisions = decisions instanceof Set ? { confirmed: decisions } : (decisions as Decisions);
  const entries: ProgressEntry[] = [];
  const refused: { row: number; reason: string }[] = [];
  const seen: SeenHistory[] = [];
  for (const r of preview.rows) {
    const input = decidedEntry(r, d);
    if (!input) continue;
    const made = makeEntry(input, { id: o.newId(), createdAt: o.createdAt });
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
