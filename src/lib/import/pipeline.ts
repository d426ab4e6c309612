// One file (or a pasted text) → a preview the user can check, or the reason it cannot be imported.
// Nothing is written here: saving happens only when the user confirms the preview.
// Dependencies (the parser, the duplicate lookup) are passed in, so the flow is testable in Node.
import { placeLevel } from '../analysis/levels';
import type { ColumnMapping, ParsedDocument, ParseResult } from '../model/document';
import { findTables, headerKey, type FoundTable } from '../parse/columns';
import type { DocumentHead } from '../model/rows';
import { problem, type ImportProblem } from './problems';
import { readText, type SourceFormat } from './readText';
import { beijingDate, beijingTime } from '../time/clock';
import { MAX_FILE_BYTES, MAX_FILE_LABEL } from './sniff';

export type ImportStage = 'reading' | 'decoding' | 'parsing' | 'checking';

export interface ImportSource {
  fileName: string;
  /** File bytes, or … */
  bytes?: Uint8Array;
  /** … text typed or pasted by the user. */
  text?: string;
}

export interface PreparedImport {
  fileName: string;
  format: SourceFormat;
  /** The text as read, kept with the document so it can be re-parsed later. */
  sourceText: string;
  parsed: ParsedDocument;
  /** An existing document with the same content, if any: the user chooses replace or keep both. */
  duplicateOf: DocumentHead | null;
  /** Set when the document must not be saved (nothing found in it): the preview offers cancel only. */
  blocking: string | null;
  parseMs: number;
  /** Tables whose header the parser does not know and no mapping read: the preview asks what their columns hold. */
  unmappedTables: FoundTable[];
  /** The mappings the text was read with (remembered this session, or just chosen). */
  mapped: ColumnMapping[];
}

export type PrepareResult = { ok: true; prepared: PreparedImport } | { ok: false; problem: ImportProblem };

export interface PrepareDeps {
  parse: (text: string, fileName: string | null, columns: readonly ColumnMapping[]) => Promise<ParseResult>;
  /** Column mappings to read tables with unknown headers by (the session's). */
  columns?: readonly ColumnMapping[];
  findDuplicate: (sourceText: string) => Promise<DocumentHead | null>;
  onStage?: (stage: ImportStage) => void;
  now?: () => number;
  /** Stops reading a .docx or .xlsx (its worker is terminated). */
  signal?: AbortSignal;
}

/** The name shown for pasted text: 粘贴的文本 2025-03-05 14:30 (no characters Windows forbids). */
export function pastedName(date: Date): string {
  return `粘贴的文本 ${beijingDate(date)} ${beijingTime(date, '.')}`;
}

export async function prepareImport(source: ImportSource, deps: PrepareDeps): Promise<PrepareResult> {
  const { fileName } = source;
  let sourceText: string;
  let format: SourceFormat;
  if (source.text !== undefined) {
    if (source.text.replace(/[\s\u3000]/g, '') === '') return { ok: false, problem: problem('empty', fileName, '粘贴框里没有文字') };
    if (source.text.length * 2 > MAX_FILE_BYTES) return { ok: false, problem: problem('too-large', fileName, `粘贴的文字超过 ${MAX_FILE_LABEL} 的上限`) };
    sourceText = source.text;
    format = 'pasted';
  } else {
    deps.onStage?.('decoding');
    const read = await readText(fileName, source.bytes ?? new Uint8Array(0), deps.signal);
    if (!read.ok) return read;
    sourceText = read.text;
    format = read.format;
  }

  return parseSource(fileName, format, sourceText, source.text !== undefined, deps);
}

/** The text read again with these column mappings (the user's 按此导入): nothing is read from the file again. */
export function remapImport(prepared: PreparedImport, columns: readonly ColumnMapping[], deps: PrepareDeps): Promise<PrepareResult> {
  return parseSource(prepared.fileName, prepared.format, prepared.sourceText, prepared.format === 'pasted', { ...deps, columns });
}

async function parseSource(fileName: string, format: SourceFormat, sourceText: string, pasted: boolean, deps: PrepareDeps): Promise<PrepareResult> {
  const now = deps.now ?? (() => performance.now());
  deps.onStage?.('parsing');
  const start = now();
  const result = await deps.parse(sourceText, pasted ? null : fileName, deps.columns ?? []);
  const parseMs = now() - start;
  if (!result.ok && result.code !== 'no-structure') return { ok: false, problem: problemFromParse(fileName, result, format) };
  // A table the parser cannot read may be the whole notice: its columns are asked for, not refused.
  const unmappedTables = tablesToMap(sourceText, result.ok ? (result.data.document.columnMappings ?? []) : []);
  if (!result.ok && unmappedTables.length === 0) return { ok: false, problem: problemFromParse(fileName, result, format) };

  deps.onStage?.('checking');
  const parsed = result.ok ? result.data : emptyParse(sourceText, fileName);
  const duplicateOf = await deps.findDuplicate(sourceText);
  const empty = result.ok ? emptiness(parsed) : 'none';
  const blocking = empty === null ? null : unmappedTables.length > 0 ? UNMAPPED_TABLE : empty;
  return { ok: true, prepared: { fileName, format, sourceText, parsed, duplicateOf, blocking, parseMs, unmappedTables, mapped: parsed.document.columnMappings ?? [] } };
}

const UNMAPPED_TABLE = '没有识别出任何任务：表格的列名不是常见写法，请在「说明每一列的内容」框里选好各列，然后按此导入。';

/** Tables whose header cells the parser does not all know, and that no mapping in use covers. */
export function tablesToMap(sourceText: string, mapped: readonly ColumnMapping[]): FoundTable[] {
  const done = new Set(mapped.map((m) => headerKey(m.header)));
  return findTables(sourceText).filter((t) => !t.known && !done.has(headerKey(t.header)));
}

/** What the preview shows for a text the parser found nothing in (only the column question). */
function emptyParse(text: string, fileName: string): ParsedDocument {
  return {
    schemaVersion: 1,
    parserVersion: '',
    document: {
      title: '',
      jurisdiction: null,
      jurisdictionLevel: null,
      year: null,
      kind: 'notice',
      reportOf: null,
      docNumber: null,
      issuedOn: null,
      issuer: null,
      fileName,
    },
    text,
    sections: [],
    tasks: [],
    targets: [],
    achievements: [],
    warnings: [],
  };
}

function problemFromParse(fileName: string, result: Extract<ParseResult, { ok: false }>, format: SourceFormat): ImportProblem {
  // Big5 and other legacy encodings also decode as GB18030, into nonsense: say so when nothing is found.
  const encodingHint = format === 'gb18030' ? '。如果文件是繁体（Big5）或其他编码，请用记事本“另存为” UTF-8 后再导入' : '';
  switch (result.code) {
    case 'empty':
      return problem('empty', fileName, result.reason);
    case 'binary':
      return problem('binary', fileName, result.reason);
    case 'too-large':
      return problem('too-large', fileName, result.reason);
    case 'no-structure':
      return problem('no-structure', fileName, `没有找到政府工作报告或分解通知的结构（${result.reason}）${encodingHint}`);
    default:
      return problem('parse-failed', fileName, result.reason);
  }
}

/**
 * Why a parse must not be saved, or null. A document with no task and no target shows nothing anywhere,
 * but a real report (one with its review figures, its delivery line or a report's length) is never
 * refused: it is imported with what was found, and the parser's warnings say what is missing.
 */
export function emptiness(parsed: ParsedDocument): string | null {
  if (parsed.tasks.length > 0 || parsed.targets.length > 0) return null;
  const realReport = parsed.document.kind !== 'notice' && (parsed.achievements.length > 0 || parsed.document.issuedOn !== null || parsed.text.length >= 3000);
  if (realReport) return null;
  return '没有识别出任何任务或预期目标：保存后在图表里看不到任何内容。它可能不是政府工作报告或分解通知，或者格式与已知的不同。';
}

/** What to do when the same text is already stored. */
export type DuplicateChoice = 'replace' | 'keep-both';

export interface Corrections {
  jurisdiction: string | null;
  year: number | null;
}

/**
 * The user's corrections of place and year applied to the parse. Targets dated with the old
 * document year move with it (they are the year's plan); targets dated otherwise keep their year.
 */
export function applyCorrections(parsed: ParsedDocument, c: Corrections): ParsedDocument {
  const meta = parsed.document;
  const jurisdiction = c.jurisdiction?.trim() || null;
  const placeChanged = jurisdiction !== meta.jurisdiction;
  const yearChanged = c.year !== meta.year;
  if (!placeChanged && !yearChanged) return parsed;
  // What the user set is no longer the parser's guess: its unsure note and warning go.
  const { placeUnsure, yearUnsure, ...rest } = meta;
  const dropped = [placeChanged ? placeUnsure : undefined, yearChanged ? yearUnsure : undefined];
  return {
    ...parsed,
    document: {
      ...rest,
      ...(!placeChanged && placeUnsure ? { placeUnsure } : {}),
      ...(!yearChanged && yearUnsure ? { yearUnsure } : {}),
      jurisdiction,
      jurisdictionLevel: placeChanged ? levelOf(jurisdiction) : meta.jurisdictionLevel,
      year: c.year,
    },
    warnings: parsed.warnings.filter((w) => !dropped.includes(w)),
    targets: yearChanged ? parsed.targets.map((t) => (t.year === meta.year ? { ...t, year: c.year } : t)) : parsed.targets,
  };
}

/** The administrative level of a place the user typed (analysis/levels.ts: one implementation for import, filter and export). */
export const levelOf = placeLevel;

/** A year the user may type: a plausible four-digit plan year. */
export function parseYear(input: string): number | null | 'invalid' {
  const s = input.trim();
  if (s === '') return null;
  if (!/^\d{4}$/.test(s)) return 'invalid';
  const y = Number(s);
  return y >= 1949 && y <= 2100 ? y : 'invalid';
}
