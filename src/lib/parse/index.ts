// parseReport: text → validated ParsedDocument, or a typed error. Pure TypeScript (no DOM, no Dexie),
// the same code in Node and the browser. Never throws on user input.
import { PARSED_SCHEMA_VERSION, type Achievement, type ColumnMapping, type ParsedDocument, type ParseResult, type Section, type Span, type Target } from '../model/document';
import { rewriteCellTables } from './cellTable';
import { applyColumnMappings } from './columns';
import { buildTasks } from './items';
import { isNoiseLine } from './letter';
import { toLines } from './lines';
import { hasTaskTableHeader } from './table';
import { readMetadataWithDoubts, detectKind } from './metadata';
import { frontMatterTitle, normalizeText, toHalfWidthAlnum } from './normalize';
import { buildOutline, partOfTitle } from './outline';
import { extractQuantities, splitMainTargets, type Quantity } from './quantity';
import { readGlossary } from './glossary';
import { findReportingDeadlines } from './reporting';
import { findMainTargetBlock } from './targetBlock';

/** Bump when the output for the same text changes: the database re-seeds on a new version. */
export const PARSER_VERSION = '1.4.1';

/** Parts of the normalized text are read without converting digits again. */
const NORMALIZED = { normalized: true } as const;

export const MAX_TEXT_CHARS = 20 * 1024 * 1024;

export interface ParseOptions {
  fileName?: string;
  /** What the user said the columns of a table with an unknown header hold (import preview): read with them. */
  columns?: readonly ColumnMapping[];
}

/** NUL bytes, or many control / replacement characters: a binary file read as text. */
export function looksBinary(text: string): boolean {
  const sample = text.length > 16_384 ? text.slice(0, 16_384) : text;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0x0c) || c === 0xfffd) bad++;
  }
  return sample.length > 0 && bad / sample.length > 0.02;
}

export function parseReport(text: string, opts: ParseOptions = {}): ParseResult {
  try {
    return parseUnsafe(text, opts);
  } catch (e) {
    return { ok: false, code: 'invalid-output', reason: `解析程序内部错误：${e instanceof Error ? e.message : String(e)}` };
  }
}

function parseUnsafe(input: string, opts: ParseOptions): ParseResult {
  if (typeof input !== 'string' || input.trim() === '') return { ok: false, code: 'empty', reason: '文件是空的，没有可解析的文字' };
  if (input.length > MAX_TEXT_CHARS) return { ok: false, code: 'too-large', reason: '文字超过 20 MB，不像是一份政府工作报告或任务分解通知' };
  if (looksBinary(input)) return { ok: false, code: 'binary', reason: '文件含有大量控制字符或乱码，像是二进制文件（图片、压缩包或 Word 原始文件），不是纯文本' };

  // A task table read one cell per line (Word, a web page, a PDF) or saved as CSV becomes tab-separated rows.
  const mapped = applyColumnMappings(input, opts.columns ?? []);
  const text = normalizeText(rewriteCellTables(mapped.text));
  if (text.trim() === '') return { ok: false, code: 'empty', reason: '文件只有空白，没有可解析的文字' };
  const detected = detectKind(text);
  // A summary carrying a task table (序号⇥重点工作⇥牵头单位…) is a decomposition notice; a speech stays a report.
  const kind = detected === 'report-summary' && hasTaskTableHeader(text) ? 'notice' : detected;
  const outline = buildOutline(text, kind);
  const front = frontMatterTitle(
    input
      .slice(0, 5000)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n'),
  );
  const { meta: document, doubts } = readMetadataWithDoubts({
    text,
    kind,
    titleLines: outline.titleLines,
    preamble: outline.preamble,
    fileName: opts.fileName ?? null,
    frontTitle: front === null ? null : toHalfWidthAlnum(front),
  });
  if (doubts.place) document.placeUnsure = doubts.place;
  if (doubts.year) document.yearUnsure = doubts.year;
  const year = document.year;
  // The letter is every line outside the tasks: before them, after them, around a table.
  document.reportingDeadlines = kind === 'notice' ? findReportingDeadlines(withoutNoise(outsideItems(text, outline.items)), year) : [];
  if (mapped.applied.length > 0) document.columnMappings = mapped.applied;
  // A report's main-target list, found by its content; the paragraph holding it is not a task.
  const block = kind === 'notice' ? null : findMainTargetBlock(text, { year, review: outline.review });
  const items = block ? outline.items.filter((it) => it.no !== null || it.end <= block.start || it.start >= block.end) : outline.items;
  const built = buildTasks(text, items, kind, year);
  const tasks = built.map((b) => b.task);

  const targets: Target[] = [];
  const addTarget = (q: Quantity, offset: number, scope: Target['scope'], taskId: string | null, sectionId: string | null) => {
    targets.push({
      id: `g${targets.length + 1}`,
      metric: q.metric,
      verb: q.verb,
      value: q.value,
      valueMax: q.valueMax,
      unit: q.unit,
      qualifier: q.qualifier,
      stretch: q.stretch,
      year,
      scope,
      text: q.text,
      taskId,
      sectionId,
      span: { start: q.start + offset, end: q.end + offset },
    });
  };
  if (block) {
    const sectionId = sectionAt(outline.sections, block.start);
    for (const q of splitMainTargets(text.slice(block.start, block.end))) addTarget(q, block.start, 'main', null, sectionId);
  }
  for (const b of built) {
    const t = b.task;
    if (t.category === 'target') {
      for (const q of splitMainTargets(text.slice(b.bodyStart, b.firstGroupStart))) addTarget(q, b.bodyStart, 'main', t.id, t.sectionId);
      continue;
    }
    // Quantities and cut spans are both in text order: one walk, not a scan of every cut per quantity.
    let c = 0;
    for (const q of extractQuantities(text.slice(b.bodyStart, b.textEnd), NORMALIZED)) {
      const span = { start: q.start + b.bodyStart, end: q.end + b.bodyStart };
      while (c < b.cut.length && (b.cut[c] as Span).end <= span.start) c++;
      if (q.value === null || (c < b.cut.length && overlaps(b.cut[c] as Span, span))) continue;
      addTarget(q, b.bodyStart, 'task', t.id, t.sectionId);
    }
  }

  const achievements: Achievement[] = [];
  for (const block of outline.review) {
    const oneYear = block.year ?? (year !== null ? year - 1 : null);
    const blockText = text.slice(block.start, block.end);
    // 五年来，我们…: a paragraph that opens on several years reviews them throughout
    const multiYear = MULTI_YEAR_FIGURE.test(/^[^。！？]*/.exec(blockText)?.[0] ?? '');
    for (const q of extractQuantities(blockText, NORMALIZED)) {
      if (q.value === null) continue;
      const lead = sentenceLead(blockText, q.start);
      const estimate = ESTIMATE.test(lead);
      // 五年来累计新增…, 十四五以来年均增长…: a figure of several years is no one year's result
      const achievedIn = multiYear || MULTI_YEAR_FIGURE.test(lead) ? null : oneYear;
      achievements.push({
        id: `a${achievements.length + 1}`,
        metric: q.metric,
        verb: q.verb,
        value: q.value,
        unit: q.unit,
        qualifier: q.qualifier,
        year: achievedIn,
        ...(estimate ? { estimate } : {}),
        text: q.text,
        sectionId: block.sectionId,
        span: { start: q.start + block.start, end: q.end + block.start },
      });
    }
  }

  const numberedSections = outline.sections.filter((s) => s.no !== null).length;
  const namedParts = outline.sections.filter((s) => partOfTitle(s.title) !== null).length;
  const assigned = tasks.filter((t) => t.groups.length > 0).length;
  // A notice's numbered tasks are structure even when no unit is read from them (the letter's own 一、二、 are not sections).
  const numberedTasks = kind === 'notice' ? tasks.filter((t) => t.no !== null).length : 0;
  // A speech to the congress (各位代表：) read into several tasks is a report even without headings or a target list.
  const speechTasks = kind === 'report' && tasks.length >= 3;
  const structured =
    assigned > 0 || numberedTasks >= 2 || numberedSections >= 2 || namedParts > 0 || targets.some((t) => t.scope === 'main') || achievements.length > 0 || speechTasks;
  if (!structured) {
    return {
      ok: false,
      code: 'no-structure',
      reason: '没有找到章节标题、带责任单位的编号任务、主要预期目标或往年成绩，看起来不是政府工作报告或任务分解通知',
    };
  }

  const warnings = [...outline.warnings];
  if (kind === 'notice' && tasks.length > 0 && assigned === 0) warnings.push('通知中的任务都没有找到牵头单位或责任单位');
  else if (kind === 'notice') {
    const bare = tasks.filter((t) => t.groups.length === 0).map((t) => t.no ?? '（无编号）');
    if (bare.length > 0) warnings.push(`${bare.length}项任务没有找到牵头单位或责任单位：第${bare.slice(0, 8).join('、')}${bare.length > 8 ? '等' : ''}项`);
  }
  if (kind !== 'notice') {
    if (!targets.some((t) => t.scope === 'main')) warnings.push('没有找到今年的主要预期目标（如“主要预期目标是：……”），图表中不会有这份报告的目标');
    if (tasks.length === 0) warnings.push('没有找到今年的工作任务，任务列表中不会有这份报告的内容');
  }
  if (document.jurisdiction === null) warnings.push('没有从文中判断出所属地区，请在导入时指定');
  else if (document.placeUnsure) warnings.push(document.placeUnsure);
  if (document.year === null) warnings.push('没有从文中判断出年份，请在导入时指定');
  else if (document.yearUnsure) warnings.push(document.yearUnsure);

  const doc: ParsedDocument = {
    schemaVersion: PARSED_SCHEMA_VERSION,
    parserVersion: PARSER_VERSION,
    document,
    text,
    sections: outline.sections,
    tasks,
    targets,
    achievements,
    glossary: readGlossary(text, outline.glossary),
    warnings,
  };
  // The shape is the type's (TypeScript checks it); what only a run can break is checked here: every
  // span inside the text, every number finite. The zod schema is applied where the document is stored
  // (db/repository) and in the tests; applying it here too cost a sixth of the parse time.
  const problem = outputProblem(doc);
  if (problem) return { ok: false, code: 'invalid-output', reason: `解析结果未通过校验（${problem}）` };
  return { ok: true, data: doc };
}

function outputProblem(d: ParsedDocument): string | null {
  const n = d.text.length;
  const badSpan = (s: Span) => !Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end < s.start || s.end > n;
  const badNumber = (x: number | null) => x !== null && !Number.isFinite(x);
  const badYear = (y: number | null) => y !== null && !Number.isInteger(y);
  if (badYear(d.document.year)) return 'document.year';
  for (const s of d.sections) if (badSpan(s.span)) return `sections.${s.id}.span`;
  for (const t of d.tasks) if (badSpan(t.span) || t.groups.some((g) => badSpan(g.span))) return `tasks.${t.id}.span`;
  for (const t of d.targets) {
    if (badSpan(t.span) || badNumber(t.value) || badNumber(t.valueMax) || badNumber(t.stretch) || badYear(t.year)) return `targets.${t.id}`;
  }
  for (const a of d.achievements) if (badSpan(a.span) || badNumber(a.value) || badYear(a.year)) return `achievements.${a.id}`;
  for (const g of d.glossary ?? []) if (badSpan(g.span)) return 'glossary.span';
  for (const r of d.document.reportingDeadlines ?? []) if (badSpan(r.span)) return 'reportingDeadlines.span';
  return null;
}

const ESTIMATE = /预计|初步核算|初步统计|初步测算|预估|估计/;

/** A review figure is an estimate when its sentence says so before it (预计全市完成地区生产总值6100亿元，增长14%). */
/** The sentence up to `at` (at most 200 characters back). */
function sentenceLead(block: string, at: number): string {
  let s = at;
  while (s > 0 && at - s < 200) {
    const c = block.charCodeAt(s - 1);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 10) break; // 。！？ and a line break
    s--;
  }
  return block.slice(s, at);
}

/** Words that make a review's figure one of several years: 五年来, 这五年, 过去五年, 十四五期间, 本届政府以来. A 累计 figure
 * of one year's review is a stock of that year (outcomes/metric.ts tells stocks from additions). */
const MULTI_YEAR_FIGURE =
  /[二三四五六七八九十]年(?:来|以来|间)|(?:过去|这)[二三四五六七八九十]年|十[一二三四五六七八九]五[”"’]?(?:期间|以来|时期)|届政府以来|(?:19|20)\d{2}[—–-](?:19|20)\d{2}/;

/** The innermost section open at `pos`: the last one that starts before it (sections are in text order). */
function sectionAt(sections: Section[], pos: number): string | null {
  let id: string | null = null;
  for (const s of sections) {
    if (s.span.start > pos) break;
    id = s.id;
  }
  return id;
}

/** Page numbers and web furniture blanked (offsets kept): a sentence cut by a page break reads on. */
function withoutNoise(letter: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const l of toLines(letter)) {
    if (!isNoiseLine(l.text)) continue;
    parts.push(letter.slice(at, l.start), ' '.repeat(l.end - l.start));
    at = l.end;
  }
  if (at === 0) return letter;
  parts.push(letter.slice(at));
  return parts.join('');
}

/** The text with every item blanked (line breaks kept): offsets stay those of the text. */
function outsideItems(text: string, items: readonly { start: number; end: number }[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const it of [...items].sort((a, b) => a.start - b.start)) {
    if (it.start < at) {
      if (it.end > at) {
        parts.push(text.slice(at, it.end).replace(/[^\n]/g, ' '));
        at = it.end;
      }
      continue;
    }
    parts.push(text.slice(at, it.start), text.slice(it.start, it.end).replace(/[^\n]/g, ' '));
    at = it.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
