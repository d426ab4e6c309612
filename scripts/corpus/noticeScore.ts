// The parser against the notice corpus's gold (tests/fixtures/notices, SCHEMA.md there). Pure: gold +
// ParsedDocument (or the reason a file could not be read) → per-field counts; summaries add them up.
// Used by `npm run accuracy -- --notices` and by the floor test.
import type { ParsedDocument, Task } from '../../src/lib/model/document';
import type { NoticeGold, NoticeGoldTask } from './noticeGold';

export type SetField = 'leaders' | 'leadUnits' | 'supportUnits';
export const SET_FIELDS: readonly SetField[] = ['leaders', 'leadUnits', 'supportUnits'];
export type FlagField = 'kind' | 'place' | 'year' | 'docNumber' | 'issuedOn';
export const FLAG_FIELDS: readonly FlagField[] = ['kind', 'place', 'year', 'docNumber', 'issuedOn'];

export interface Counts {
  /** Found and right. */
  right: number;
  /** In the gold (recall's denominator). */
  gold: number;
  /** Given by the parser (precision's denominator). */
  parsed: number;
}

export interface NoticeFileScore {
  file: string;
  name: string;
  form: string;
  /** txt, gb18030, docx, xlsx, pdf, copied (a table copied as text). */
  type: string;
  unreadable: string | null;
  /** False for a sheet (.xlsx): it holds the table only, so the letter's fields are not scored. */
  letterExpected: boolean;
  tasks: Counts;
  sets: Record<SetField, Counts>;
  deadlines: Counts;
  reporting: Counts;
  /** null when not scored for this file (the letter's fields of a sheet). */
  flags: Record<FlagField, Counts | null>;
  errors: string[];
}

const zero = (): Counts => ({ right: 0, gold: 0, parsed: 0 });

/** Text compared without spaces, padding or punctuation, width-folded. */
export function normText(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u3000，,。.、；;：:“”"‘’《》（）()【】\-—]/g, '');
}

export function normName(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u3000]/g, '');
}

/** How far into a parsed task's text the gold prefix may start (a number or label left in the text). */
const PREFIX_SLACK = 6;

/** A parsed task is the gold task when its text starts with the gold prefix and its number, if both have one, agrees. */
export function taskMatches(gold: NoticeGoldTask, parsed: Pick<Task, 'no' | 'text'>): boolean {
  if (gold.no !== null && parsed.no !== null && normName(gold.no) !== normName(parsed.no)) return false;
  const prefix = normText(gold.prefix);
  const at = normText(parsed.text).indexOf(prefix);
  return prefix.length > 0 && at >= 0 && at <= PREFIX_SLACK;
}

/** Each gold task to the first unused parsed task that matches it, in document order. */
export function matchTasks(gold: readonly NoticeGoldTask[], parsed: readonly Task[]): { gold: NoticeGoldTask; parsed: Task }[] {
  const used = new Set<number>();
  const pairs: { gold: NoticeGoldTask; parsed: Task }[] = [];
  for (const g of gold) {
    const i = parsed.findIndex((p, k) => !used.has(k) && taskMatches(g, p));
    if (i < 0) continue;
    used.add(i);
    pairs.push({ gold: g, parsed: parsed[i] as Task });
  }
  return pairs;
}

function deadlineRight(gold: NonNullable<NoticeGoldTask['deadline']>, parsed: Task['deadline']): boolean {
  if (!parsed) return false;
  if (gold.date !== null) return parsed.date === gold.date;
  const a = normText(gold.text);
  const b = normText(parsed.text);
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}

function ruleRight(gold: NoticeGold['reporting'][number], parsed: { text: string; date: string | null }): boolean {
  if (gold.date !== null) return parsed.date === gold.date;
  if (parsed.date !== null) return false;
  const a = normText(gold.text);
  const b = normText(parsed.text);
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}

export interface ScoreOptions {
  file: string;
  type: string;
  letterExpected: boolean;
}

/** One file of the corpus: parsed null with the reason when it could not be read or parsed. */
export function scoreNoticeFile(gold: NoticeGold, parsed: ParsedDocument | null, opts: ScoreOptions, reason: string | null = null): NoticeFileScore {
  const errors: string[] = [];
  const s: NoticeFileScore = {
    file: opts.file,
    name: gold.name,
    form: gold.form,
    type: opts.type,
    unreadable: parsed ? null : (reason ?? 'not parsed'),
    letterExpected: opts.letterExpected,
    tasks: { right: 0, gold: gold.tasks.length, parsed: parsed?.tasks.length ?? 0 },
    sets: { leaders: zero(), leadUnits: zero(), supportUnits: zero() },
    deadlines: { right: 0, gold: gold.tasks.filter((t) => t.deadline).length, parsed: 0 },
    reporting: opts.letterExpected ? { right: 0, gold: gold.reporting.length, parsed: parsed?.document.reportingDeadlines?.length ?? 0 } : zero(),
    flags: { kind: null, place: null, year: null, docNumber: null, issuedOn: null },
    errors,
  };
  const flag = (f: FlagField, want: string | number, got: string | number | null) => {
    const right = got !== null && String(got) === String(want);
    s.flags[f] = { right: right ? 1 : 0, gold: 1, parsed: got === null ? 0 : 1 };
    if (!right) errors.push(`${f}: want ${want}, got ${got ?? '—'}`);
  };
  if (!parsed) {
    errors.push(`unreadable: ${s.unreadable}`);
    for (const f of FLAG_FIELDS) if (opts.letterExpected || (f !== 'docNumber' && f !== 'issuedOn')) s.flags[f] = { right: 0, gold: 1, parsed: 0 };
    return s;
  }
  const m = parsed.document;
  flag('kind', gold.kind, m.kind);
  flag('place', gold.place, m.jurisdiction);
  flag('year', gold.year, m.year);
  if (opts.letterExpected) {
    flag('docNumber', normName(gold.docNumber), m.docNumber === null ? null : normName(m.docNumber));
    flag('issuedOn', gold.issuedOn, m.issuedOn);
  }

  const pairs = matchTasks(gold.tasks, parsed.tasks);
  s.tasks.right = pairs.length;
  const matched = new Set(pairs.map((p) => p.gold));
  const missed = gold.tasks.filter((t) => !matched.has(t));
  if (missed.length) errors.push(`tasks missed ${missed.length}/${gold.tasks.length}: ${missed.map((t) => `${t.no ?? '·'} ${t.prefix}`).join(' | ')}`);
  const used = new Set(pairs.map((p) => p.parsed));
  const extra = parsed.tasks.filter((t) => !used.has(t));
  if (extra.length) errors.push(`tasks not in the notice ${extra.length}: ${extra.map((t) => `${t.no ?? '·'} ${t.text.slice(0, 14)}`).join(' | ')}`);

  for (const { gold: g, parsed: p } of pairs) {
    for (const f of SET_FIELDS) {
      const want = new Set(g[f].map(normName));
      const got = new Set(p[f].map(normName));
      const c = s.sets[f];
      let right = 0;
      for (const x of got) if (want.has(x)) right++;
      c.right += right;
      c.gold += want.size;
      c.parsed += got.size;
      if (right !== want.size || right !== got.size) errors.push(`${f} ${g.no ?? '·'} ${g.prefix}: want ${[...want].join('、') || '—'}, got ${[...got].join('、') || '—'}`);
    }
    if (p.deadline) s.deadlines.parsed++;
    if (g.deadline && deadlineRight(g.deadline, p.deadline)) s.deadlines.right++;
    else if (g.deadline || p.deadline)
      errors.push(
        `deadline ${g.no ?? '·'} ${g.prefix}: want ${g.deadline ? `${g.deadline.text} (${g.deadline.date ?? '—'})` : '—'}, got ${p.deadline ? `${p.deadline.text} (${p.deadline.date ?? '—'})` : '—'}`,
      );
  }

  if (opts.letterExpected) {
    const rules = m.reportingDeadlines ?? [];
    const taken = new Set<number>();
    for (const g of gold.reporting) {
      const i = rules.findIndex((r, k) => !taken.has(k) && ruleRight(g, r));
      if (i >= 0) {
        taken.add(i);
        s.reporting.right++;
      } else errors.push(`reporting rule missed: ${g.text}${g.date ? ` (${g.date})` : ''}`);
    }
    rules.forEach((r, k) => {
      if (!taken.has(k)) errors.push(`reporting rule not in the letter: ${r.text}${r.date ? ` (${r.date})` : ''}`);
    });
  }
  return s;
}

export interface Rate {
  recall: number;
  precision: number;
  f1: number;
  right: number;
  gold: number;
  parsed: number;
  /** Files where the field is not entirely right. */
  wrongIn: string[];
}

export interface NoticeSummary {
  files: number;
  unreadable: string[];
  tasks: Rate;
  leaders: Rate;
  leadUnits: Rate;
  supportUnits: Rate;
  deadlines: Rate;
  reporting: Rate;
  kind: Rate;
  place: Rate;
  year: Rate;
  docNumber: Rate;
  issuedOn: Rate;
}

function rate(parts: { file: string; c: Counts | null }[]): Rate {
  const r: Rate = { recall: 1, precision: 1, f1: 1, right: 0, gold: 0, parsed: 0, wrongIn: [] };
  for (const { file, c } of parts) {
    if (!c) continue;
    r.right += c.right;
    r.gold += c.gold;
    r.parsed += c.parsed;
    if (c.right !== c.gold || c.right !== c.parsed) r.wrongIn.push(file);
  }
  r.recall = r.gold === 0 ? 1 : r.right / r.gold;
  r.precision = r.parsed === 0 ? (r.gold === 0 ? 1 : 0) : r.right / r.parsed;
  r.f1 = r.recall + r.precision === 0 ? 0 : (2 * r.recall * r.precision) / (r.recall + r.precision);
  return r;
}

export function summariseNotices(scores: readonly NoticeFileScore[]): NoticeSummary {
  const by = (pick: (s: NoticeFileScore) => Counts | null) => rate(scores.map((s) => ({ file: s.file, c: pick(s) })));
  return {
    files: scores.length,
    unreadable: scores.filter((s) => s.unreadable !== null).map((s) => `${s.file}: ${s.unreadable}`),
    tasks: by((s) => s.tasks),
    leaders: by((s) => s.sets.leaders),
    leadUnits: by((s) => s.sets.leadUnits),
    supportUnits: by((s) => s.sets.supportUnits),
    deadlines: by((s) => s.deadlines),
    reporting: by((s) => (s.letterExpected ? s.reporting : null)),
    kind: by((s) => s.flags.kind),
    place: by((s) => s.flags.place),
    year: by((s) => s.flags.year),
    docNumber: by((s) => s.flags.docNumber),
    issuedOn: by((s) => s.flags.issuedOn),
  };
}

const FIELDS = ['tasks', 'leaders', 'leadUnits', 'supportUnits', 'deadlines', 'reporting', 'kind', 'place', 'year', 'docNumber', 'issuedOn'] as const;
const f2 = (x: number) => x.toFixed(2);

export function formatNoticeSummary(s: NoticeSummary): string {
  const lines = [
    `notices: ${s.files} files${s.unreadable.length ? `, ${s.unreadable.length} unreadable (scored as nothing found)` : ''}`,
    'field          recall  precision  F1     right/gold  parsed',
  ];
  for (const f of FIELDS) {
    const r = s[f];
    lines.push(
      `${f.padEnd(14)} ${f2(r.recall).padStart(6)}  ${f2(r.precision).padStart(9)}  ${f2(r.f1).padStart(4)}  ${`${r.right}/${r.gold}`.padStart(10)}  ${String(r.parsed).padStart(6)}`,
    );
  }
  for (const f of FIELDS) if (s[f].wrongIn.length) lines.push(`${f} wrong in: ${s[f].wrongIn.join(', ')}`);
  for (const u of s.unreadable) lines.push(`unreadable: ${u}`);
  return lines.join('\n');
}

/** Task recall / precision and lead-unit F1 per group (form or file type). */
export function breakdown(
  scores: readonly NoticeFileScore[],
  key: (s: NoticeFileScore) => string,
): { group: string; files: number; tasks: Rate; leadUnits: Rate; leaders: Rate; deadlines: Rate }[] {
  const groups = new Map<string, NoticeFileScore[]>();
  for (const s of scores) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, list]) => {
      const sum = summariseNotices(list);
      return { group, files: list.length, tasks: sum.tasks, leadUnits: sum.leadUnits, leaders: sum.leaders, deadlines: sum.deadlines };
    });
}

export function formatBreakdown(title: string, rows: ReturnType<typeof breakdown>): string {
  const lines = [`${title.padEnd(22)} files  tasks R/P    leaders F1  leadUnits F1  deadlines R`];
  // A field with nothing in the gold and nothing parsed (no task matched) has no figure: —.
  const fig = (r: Rate, x: number) => (r.gold === 0 && r.parsed === 0 ? '—' : f2(x));
  for (const r of rows)
    lines.push(
      `${r.group.padEnd(22)} ${String(r.files).padStart(5)}  ${f2(r.tasks.recall)}/${f2(r.tasks.precision)}  ${fig(r.leaders, r.leaders.f1).padStart(10)}  ${fig(r.leadUnits, r.leadUnits.f1).padStart(12)}  ${fig(r.deadlines, r.deadlines.recall).padStart(11)}`,
    );
  return lines.join('\n');
}
