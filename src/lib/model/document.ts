// The parser's output: the single source of truth for every type the app uses (types by z.infer).
// All character offsets (`span`) refer to ParsedDocument.text, the normalized text.
import { z } from 'zod';
import { CalendarDate } from './fields';

// Our page's CSP forbids eval. Without this zod probes `new Function` once to decide whether to JIT, and
// Firefox reports that blocked probe as a console error even though zod catches it.
z.config({ jitless: true });

export const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof Span>;

/** report: a full government work report; report-summary: an abridged one; notice: a notice that decomposes a report into tasks. */
export const DocumentKind = z.enum(['report', 'report-summary', 'notice']);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** country: the State Council's report (jurisdiction 全国); added with parser 1.3. */
export const JurisdictionLevel = z.enum(['country', 'province', 'city', 'county']);
export type JurisdictionLevel = z.infer<typeof JurisdictionLevel>;

/** When units must report progress back, read from a notice's letter (每月15日前, 2024年2月20日前). */
export const ReportingDeadline = z.object({
  /** The date words as printed: 2月20日, 每月15日前. */
  text: z.string(),
  /** YYYY-MM-DD for a single day; null for a recurring one. */
  date: CalendarDate.nullable(),
  /** The sentence that sets it (who reports what to whom). */
  what: z.string(),
  span: Span,
});
export type ReportingDeadline = z.infer<typeof ReportingDeadline>;

/** What the user said a table column holds (import preview, 按此导入); skip: 不导入. */
export const MappedRole = z.enum(['no', 'text', 'leaders', 'leadUnits', 'supportUnits', 'deadline', 'skip']);
export type MappedRole = z.infer<typeof MappedRole>;

/** A task table's header cells as printed and the role of each column, chosen by the user for a header the parser does not know. */
export const ColumnMapping = z.object({
  header: z.array(z.string()).min(1).max(12),
  roles: z.array(MappedRole).min(1).max(12),
});
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const DocumentMeta = z.object({
  title: z.string(),
  /** Canonical place name with its suffix, e.g. 随州市, 湖北省; null when it cannot be inferred. */
  jurisdiction: z.string().nullable(),
  jurisdictionLevel: JurisdictionLevel.nullable(),
  /** The plan year the document is about (2024 for the 2024 report given in early 2024). */
  year: z.number().int().nullable(),
  kind: DocumentKind,
  /** For a notice: whose report it decomposes (a city notice can decompose the provincial report). */
  reportOf: z.string().nullable(),
  docNumber: z.string().nullable(),
  /** YYYY-MM-DD */
  issuedOn: CalendarDate.nullable(),
  issuer: z.string().nullable(),
  fileName: z.string().nullable(),
  /** Added with parser 1.2: reporting deadlines set by a notice's letter (absent in older data). */
  reportingDeadlines: z.array(ReportingDeadline).optional(),
  /** The column mappings the text was read with (absent when none): kept so a re-parse reads the tables the same way. */
  columnMappings: z.array(ColumnMapping).optional(),
  /** Added with parser 1.4: why the place cannot be trusted (the head names none, or disagrees), absent when it can. */
  placeUnsure: z.string().optional(),
  /** Added with parser 1.4: why the year cannot be trusted, absent when it can. */
  yearUnsure: z.string().optional(),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

/** chapter: 一、 or an unnumbered chapter line; subsection: （一） / 1、 …; lead: an unnumbered lead sentence grouping the tasks after it. */
export const SectionKind = z.enum(['chapter', 'subsection', 'lead']);
export type SectionKind = z.infer<typeof SectionKind>;

export const Section = z.object({
  id: z.string(),
  /** The numbering as printed (一, 三十七, 1), null when unnumbered. */
  no: z.string().nullable(),
  title: z.string(),
  level: z.number().int().min(1),
  parentId: z.string().nullable(),
  kind: SectionKind,
  span: Span,
});
export type Section = z.infer<typeof Section>;

export const TaskCategory = z.enum(['target', 'task', 'livelihood']);
export type TaskCategory = z.infer<typeof TaskCategory>;

/** A deadline is a date or words (6月底前, 年底前, 长期坚持). */
export const Deadline = z.object({
  text: z.string(),
  /** YYYY-MM-DD when the words name a day or a month end; null otherwise. */
  date: CalendarDate.nullable(),
});
export type Deadline = z.infer<typeof Deadline>;

/** One responsibility parenthetical. An item can carry several, each for its own subject. */
export const ResponsibilityGroup = z.object({
  /** The words the group is attached to (打通裕民大道), null when it covers the whole item. */
  subject: z.string().nullable(),
  leaders: z.array(z.string()),
  leadUnits: z.array(z.string()),
  supportUnits: z.array(z.string()),
  deadline: Deadline.nullable(),
  span: Span,
});
export type ResponsibilityGroup = z.infer<typeof ResponsibilityGroup>;

export const Task = z.object({
  id: z.string(),
  /** As printed: "1" … "157"; "一" … for 民生实事; null for bullets. */
  no: z.string().nullable(),
  sectionId: z.string().nullable(),
  category: TaskCategory,
  /** Full text of the item, the responsibility parentheticals removed. */
  text: z.string(),
  /** Unions over the item's groups, in order of first appearance. */
  leaders: z.array(z.string()),
  leadUnits: z.array(z.string()),
  supportUnits: z.array(z.string()),
  groups: z.array(ResponsibilityGroup),
  deadline: Deadline.nullable(),
  span: Span,
});
export type Task = z.infer<typeof Task>;

export const TargetScope = z.enum(['main', 'task']);
export type TargetScope = z.infer<typeof TargetScope>;

export const Target = z.object({
  id: z.string(),
  /** What is measured: 地区生产总值, 城镇新增就业, 新建城市绿道. */
  metric: z.string(),
  /** The verb that relates metric and value as printed: 增长, 达到, 保持在, 新增, 降低 …; null when none. */
  verb: z.string().nullable(),
  /** Scaled to the unit (4.52万人 → 45200, unit 人); null for qualitative targets. */
  value: z.number().nullable(),
  /** Upper end of a range (3—5个 → value 3, valueMax 5). */
  valueMax: z.number().nullable(),
  /** %, 亿元, 万吨, 个 … (the 万/亿 multiplier moves into value only for counted units; see parse/quantity.ts). */
  unit: z.string().nullable(),
  /** 左右 / 以上 / 力争 / 确保 / 突破 / 超过 …, kept as printed. */
  qualifier: z.string().nullable(),
  /** 增长8%、力争9% → value 8, stretch 9. */
  stretch: z.number().nullable(),
  year: z.number().int().nullable(),
  scope: TargetScope,
  /** The words the target was read from. */
  text: z.string(),
  taskId: z.string().nullable(),
  sectionId: z.string().nullable(),
  span: Span,
});
export type Target = z.infer<typeof Target>;

export const Achievement = z.object({
  id: z.string(),
  metric: z.string(),
  verb: z.string().nullable(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  qualifier: z.string().nullable(),
  /** The year the figure was achieved in (2024 in a 2025 report's 回眸2024). */
  year: z.number().int().nullable(),
  /** Added with parser 1.3: the figure is an estimate (预计 / 初步核算 / 初步预计), not a final one: show 预计, never 实际完成. */
  estimate: z.boolean().optional(),
  text: z.string(),
  sectionId: z.string().nullable(),
  span: Span,
});
export type Achievement = z.infer<typeof Achievement>;

/** One entry of a report's glossary (名词解释 / 注释): a term used in the text and what it means. */
export const GlossaryEntry = z.object({
  /** As printed, without its number or quotes around it being removed: “四上”企业, PM2.5、PM10. */
  term: z.string(),
  explanation: z.string(),
  /** The whole entry in the normalized text. */
  span: Span,
});
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export const PARSED_SCHEMA_VERSION = 1;

export const ParsedDocument = z.object({
  schemaVersion: z.literal(PARSED_SCHEMA_VERSION),
  parserVersion: z.string(),
  document: DocumentMeta,
  /** The normalized text; every span refers to it. */
  text: z.string(),
  sections: z.array(Section),
  tasks: z.array(Task),
  targets: z.array(Target),
  achievements: z.array(Achievement),
  /** Added with parser 1.3: the report's glossary, never counted as tasks (absent in older data). */
  glossary: z.array(GlossaryEntry).optional(),
  /** Things the parser noticed but could not resolve, in Chinese, for the import preview. */
  warnings: z.array(z.string()),
});
export type ParsedDocument = z.infer<typeof ParsedDocument>;

/** Parsers never throw on user input. */
export const ParseErrorCode = z.enum(['empty', 'binary', 'too-large', 'no-structure', 'invalid-output']);
export type ParseErrorCode = z.infer<typeof ParseErrorCode>;
export type ParseResult = { ok: true; data: ParsedDocument } | { ok: false; code: ParseErrorCode; reason: string };
