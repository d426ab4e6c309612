// Checking a backup file (its format: backupFormat.ts): only what can be restored is kept, and every
// row left out is reported naming its document or table. Pure: the same check runs on export (on the
// rows read, then on the finished file parsed back) and on restore.
import { z } from 'zod';
import { AchievementRow, DocumentRow, SectionRow, TargetRow, TaskRow } from '../model/rows';
import { AnnotationRow } from '../model/annotations';
import { runAll, type Sliced } from '../time/slices';
import { contentHash } from '../model/hash';
import { BACKUP_FORMAT, BACKUP_VERSION, Envelope, type BackupCheck, type BackupDocument, type BackupProblem } from './backupFormat';
import { entryFromAnnotation } from './legacy';
import { MSG, TABLE_NAMES_ZH } from './messages';
import { parseBackupJson } from './backupLimits';
import { ITEM_TABLES, type ItemTable } from './names';
import { USER_TABLE_NAMES, USER_TABLES, type UserRows, type UserTableName } from './userTables';

const ITEM_SCHEMAS: { [K in ItemTable]: z.ZodType<BackupDocument[K][number]> } = {
  sections: SectionRow,
  tasks: TaskRow,
  targets: TargetRow,
  achievements: AchievementRow,
};
/** Fields of item rows that refer to another row of the same document. */
const REFERENCES = ['parentId', 'sectionId', 'taskId'] as const;

function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '根'}：${issue.message}` : '未知错误';
}

function envelope(raw: unknown): { ok: true; data: Envelope } | { ok: false; reason: string } {
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, reason: MSG.backupWrongFormat };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) return { ok: false, reason: MSG.backupTooNew };
  const parsed = Envelope.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: MSG.backupInvalid(issueText(parsed.error)) };
  return { ok: true, data: parsed.data as unknown as Envelope };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** How a document is named in a message, even when its row is broken. */
function documentLabel(entry: unknown, index: number): string {
  const d = isObject(entry) && isObject(entry.document) ? entry.document : null;
  const meta = d && isObject(d.meta) ? d.meta : null;
  const name = [meta?.fileName, meta?.title, d?.id].find((s): s is string => typeof s === 'string' && s.trim() !== '');
  return `文件「${clip(name ?? `第 ${index + 1} 份`)}」`;
}

/** The id a document must have: its source text's content hash, or that hash with "-n" (keep both). */
export function idMatchesContent(doc: Pick<DocumentRow, 'id' | 'contentHash' | 'sourceText'>): boolean {
  const hash = contentHash(doc.sourceText);
  return doc.contentHash === hash && (doc.id === hash || (doc.id.startsWith(`${hash}-`) && /^-[1-9]\d*$/.test(doc.id.slice(hash.length))));
}

/** Counts rows as they are checked and says when to yield progress. */
class Progress {
  done = 0;
  constructor(private total: number) {}
  /** true every 200 rows */
  tick(): boolean {
    return ++this.done % 200 === 0;
  }
  get fraction(): number {
    return Math.min(1, this.done / Math.max(1, this.total));
  }
}

const lengthOf = (x: unknown) => (Array.isArray(x) ? x.length : 0);

function rowCount(env: Envelope): number {
  let n = 0;
  for (const entry of env.documents) if (isObject(entry)) for (const t of ITEM_TABLES) n += lengthOf(entry[t]);
  for (const t of USER_TABLE_NAMES) n += env[t].length;
  return n;
}

type DocumentCheck = { ok: true; doc: BackupDocument; details: string[] } | { ok: false; id: string | null; detail: string };

function rowLabel(row: unknown): string {
  const id = isObject(row) ? (row.id ?? row.key) : undefined;
  return typeof id === 'string' ? clip(id, 40) : '无编号';
}

/** How many rows failed their schema, and the first of them as an example. */
interface Broken {
  broken: number;
  brokenExample: string;
}

/** Hands each row valid against `schema` to `use` (with zod's reading of it), counts the others into
 * `bad`, and yields progress as it goes. */
function* eachValidRow<T>(rows: readonly unknown[], schema: z.ZodType<T>, progress: Progress, bad: Broken, use: (row: unknown, value: T) => void): Generator<number, void> {
  for (const row of rows) {
    if (progress.tick()) yield progress.fraction;
    const r = schema.safeParse(row);
    if (r.success) use(row, r.data);
    else if (bad.broken++ === 0) bad.brokenExample = `${rowLabel(row)}：${issueText(r.error)}`;
  }
}

function* checkDocument(entry: unknown, progress: Progress): Generator<number, DocumentCheck> {
  if (!isObject(entry)) return { ok: false, id: null, detail: '不是一份文件的记录' };
  const rawId = isObject(entry.document) && typeof entry.document.id === 'string' ? entry.document.id : null;
  const parsed = DocumentRow.safeParse(entry.document);
  if (!parsed.success) return { ok: false, id: rawId, detail: `文件记录已损坏（${issueText(parsed.error)}）` };
  const document = parsed.data;
  const id = document.id;
  if (document.source !== 'imported') return { ok: false, id, detail: '不是导入的文件（内置文件随看板自带，不从备份恢复）' };
  if (!idMatchesContent(document)) return { ok: false, id, detail: '编号与文件原文不符（备份被改动过），无法确认它是哪份文件' };

  const details: string[] = [];
  const doc = { document } as BackupDocument;
  for (const table of ITEM_TABLES) {
    const zh = TABLE_NAMES_ZH[table] ?? table;
    const rows = entry[table];
    if (!Array.isArray(rows)) return { ok: false, id, detail: `缺少${zh}记录` };
    const schema = ITEM_SCHEMAS[table] as z.ZodType<{ id: string; localId: string; docId: string }>;
    const valid: { id: string }[] = [];
    const seen = new Set<string>();
    const bad = { broken: 0, brokenExample: '', foreign: 0, foreignExample: '', twice: 0, twiceExample: '' };
    yield* eachValidRow(rows, schema, progress, bad, (row, value) => {
      const v = value as unknown as Record<string, unknown> & { id: string; localId: string; docId: string };
      const inside =
        v.docId === id &&
        v.id === `${id}/${v.localId}` &&
        REFERENCES.every((k) => v[k] === undefined || v[k] === null || (typeof v[k] === 'string' && (v[k] as string).startsWith(`${id}/`)));
      if (!inside) {
        if (bad.foreign++ === 0) bad.foreignExample = clip(v.id, 40);
        return;
      }
      if (seen.has(v.id)) {
        if (bad.twice++ === 0) bad.twiceExample = clip(v.id, 40);
        return;
      }
      seen.add(v.id);
      // The row as it came, now known to be valid (zod's copy differs only by dropping unknown fields, which
      // are kept for forward compatibility): one copy of 100k rows instead of two, far less for the GC.
      valid.push(row as typeof v);
    });
    if (bad.broken) details.push(`${bad.broken} 条${zh}记录已损坏（例如 ${bad.brokenExample}）`);
    if (bad.foreign) details.push(`${bad.foreign} 条${zh}记录不属于这份文件（例如 ${bad.foreignExample}）`);
    if (bad.twice) details.push(`${bad.twice} 条${zh}记录的编号重复（例如 ${bad.twiceExample}）`);
    (doc as unknown as Record<ItemTable, unknown[]>)[table] = valid;
  }
  // The counts shown in the document list are the rows actually there.
  doc.document = {
    ...document,
    counts: { sections: doc.sections.length, tasks: doc.tasks.length, targets: doc.targets.length, achievements: doc.achievements.length },
  };
  return { ok: true, doc, details };
}

/** A version-1 backup's annotations (one status and note per task) as progress entries; the check
 * below then keeps, per entry id, the newer of these and any entry the backup already holds. */
function legacyEntries(annotations: readonly unknown[], problems: BackupProblem[]): unknown[] {
  const entries: unknown[] = [];
  let broken = 0;
  for (const a of annotations) {
    const r = AnnotationRow.safeParse(a);
    const e = r.success ? entryFromAnnotation(r.data) : null;
    if (e) entries.push(e);
    else if (!r.success) broken++;
  }
  if (broken) problems.push({ subject: TABLE_NAMES_ZH.annotations ?? '批注', detail: `${broken} 条记录已损坏，未能转为进展记录` });
  return entries;
}

/** The check, as work that yields its progress (see time/slices.ts): run it with runSliced in the page. */
export function* checkBackupSliced(raw: unknown): Sliced<BackupCheck> {
  const env = envelope(raw);
  if (!env.ok) return env;
  const { documents: entries } = env.data;
  const progress = new Progress(rowCount(env.data));
  const problems: BackupProblem[] = [];
  const byId = new Map<string, { doc: BackupDocument; subject: string }>();
  const refused = new Set<string>();

  for (const [index, entry] of entries.entries()) {
    const subject = documentLabel(entry, index);
    const r = yield* checkDocument(entry, progress);
    if (!r.ok) {
      problems.push({ subject, detail: r.detail });
      if (r.id !== null && !byId.has(r.id)) refused.add(r.id);
      continue;
    }
    const id = r.doc.document.id;
    for (const detail of r.details) problems.push({ subject, detail });
    if (refused.has(id)) {
      problems.push({ subject, detail: '在备份中出现了不止一次且内容不同，无法判断哪一份是对的' });
      continue;
    }
    const first = byId.get(id);
    if (!first) {
      byId.set(id, { doc: r.doc, subject });
    } else if (JSON.stringify(first.doc) === JSON.stringify(r.doc)) {
      problems.push({ subject, detail: '在备份中出现了不止一次（内容相同），只恢复一份' });
    } else {
      byId.delete(id);
      refused.add(id);
      problems.push({ subject, detail: '在备份中出现了不止一次且内容不同，无法判断哪一份是对的' });
    }
  }

  const user = {} as UserRows;
  for (const name of USER_TABLE_NAMES) {
    const spec = USER_TABLES[name];
    const schema = spec.schema as z.ZodType<{ updatedAt: string }>;
    const kept = new Map<string, { updatedAt: string }>();
    const bad = { broken: 0, brokenExample: '', orphan: 0, twice: 0, twiceExample: '' };
    const rows = name === 'progress' ? [...env.data[name], ...legacyEntries(env.data.annotations, problems)] : env.data[name];
    yield* eachValidRow(rows, schema, progress, bad, (row, value) => {
      const v = value as { updatedAt: string } & Record<string, unknown>;
      if (spec.perDocument && refused.has(v.docId as string)) {
        bad.orphan++;
        return;
      }
      const key = String(v[spec.key]);
      const other = kept.get(key);
      if (other) {
        if (bad.twice++ === 0) bad.twiceExample = clip(key, 40);
        if (other.updatedAt >= v.updatedAt) return;
      }
      kept.set(key, row as typeof v); // as it came (see checkDocument)
    });
    const zh = TABLE_NAMES_ZH[name] ?? name;
    if (bad.broken) problems.push({ subject: zh, detail: `${bad.broken} 条记录已损坏（例如 ${bad.brokenExample}）` });
    if (bad.orphan) problems.push({ subject: zh, detail: `${bad.orphan} 条记录属于上面未能恢复的文件` });
    if (bad.twice) problems.push({ subject: zh, detail: `${bad.twice} 条记录的编号重复（例如 ${bad.twiceExample}），只保留最新的一条` });
    (user as Record<UserTableName, unknown[]>)[name] = [...kept.values()];
  }

  return {
    ok: true,
    data: {
      exportedAt: env.data.exportedAt,
      documents: [...byId.values()].map((x) => x.doc),
      hiddenSeeds: [...new Set(env.data.hiddenSeeds)],
      user,
      problems,
      listed: entries.length,
    },
  };
}

/** Checks a parsed backup at once (tests, small files). */
export function checkBackup(raw: unknown): BackupCheck {
  return runAll(checkBackupSliced(raw));
}

/** Parses and checks a backup file's text at once. Never throws. */
export function parseBackup(json: string): BackupCheck {
  const parsed = parseBackupJson(json);
  return parsed.ok ? checkBackup(parsed.raw) : parsed;
}
