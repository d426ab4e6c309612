// Layer 2+3: lines → the section tree and the item blocks (tasks, livelihood items, bullets),
// plus the text blocks later layers read figures from (the review of last year, the main targets).
// Levels come from what encloses what (a stack of open sections ranked by heading style), never
// from the marker alone.
import type { DocumentKind, ResponsibilityGroup, Section, TaskCategory } from '../model/document';
import { DATE_LINE, SPACES, isHeadingLike, leadSentence, markerOf, toLines, trimChars, type Line, type Marker } from './lines';
import { readPreamble, SALUTATION, type Preamble } from './preamble';
import { isLetterLine, isNoiseLine } from './letter';
import { fieldOfLabel, personName, readAssignmentLine, readSentenceFields, topLevelBrackets } from './responsibility';
import { readTableHeader, rowCells, type ColumnRole } from './table';

export type Part = 'review' | 'requirements' | 'targets' | 'plan' | 'livelihood' | 'glossary';

export type Assignment = Omit<ResponsibilityGroup, 'subject'>;

export interface ItemBlock {
  no: string | null;
  category: TaskCategory;
  sectionId: string | null;
  /** The whole item in the normalized text, marker included. */
  start: number;
  end: number;
  /** Where the item's own words start (after 12. / 一、 / - ). */
  bodyStart: number;
  /** Units given once for the tasks after them (以下任务由…牵头). */
  assigned: Assignment | null;
  /** Where the item's own words end (a table row goes on with its responsibility cells); default `end`. */
  textEnd?: number;
  /** Responsibility cells of a table row (offsets in the normalized text). */
  cells?: { role: ColumnRole; start: number; end: number }[];
  /** Leaders named by the heading the item sits under (一、由某某市长牵头负责的工作). */
  groupLeaders?: string[];
}

export interface TextBlock {
  start: number;
  end: number;
  sectionId: string | null;
  /** For review blocks: the year the figures belong to, when a heading says it (回眸 2024). */
  year: number | null;
}

export interface Outline {
  sections: Section[];
  items: ItemBlock[];
  review: TextBlock[];
  /** Paragraphs of a glossary (名词解释 / 注释): explanations of terms, never tasks. */
  glossary: TextBlock[];
  /** Lines at the top that form the document's own title. */
  titleLines: Line[];
  /** A report's head: title, delivery line, speaker, salutation (null for notices). */
  preamble: Preamble | null;
  /** Where a notice's letter ends and its task outline starts (0 when there is no letter). */
  letterEnd: number;
  warnings: string[];
}

/**
 * Rank of a heading style: a section closes every open section of equal or higher rank. A plain heading
 * line is a chapter of its own where the report starts with one (2024年工作回顾 … 一、…), and a heading
 * inside a numbered chapter where the report starts with 一、 (`subheading`).
 */
const RANK = { heading: 0, chapter: 1, subheading: 1.5, paren: 2, arabic: 3, lead: 4 } as const;
type Rank = (typeof RANK)[keyof typeof RANK];

interface Open {
  section: Section;
  rank: Rank;
  part: Part;
  /** Report paragraphs met before any numbered sub-section: a preamble unless no sub-section follows. */
  pending: TextBlock[];
  hasNumberedChild: boolean;
}

const PART_WORDS: ReadonlyArray<readonly [RegExp, Part]> = [
  [/^(?:附件\s*\d*\s*[：:]?\s*|附[：:]?\s*)?(?:名词解释|名词注解|名词注释|名词说明|词语解释|注释|注解)$/, 'glossary'],
  [/民生实事|民生项目|民生工程/, 'livelihood'],
  [/预期目标|主要目标/, 'targets'],
  [/总体要求|指导思想|总体思路/, 'requirements'],
  [/回眸|回顾|过去一年|过去五年|一年来|五年来|工作成效|主要成效|工作总结/, 'review'],
  [/工作安排|重点工作|重点做好|主要任务|工作任务|工作部署|责任分解|责任分工/, 'plan'],
];

export function partOfTitle(title: string): Part | null {
  if (/^(?:附件\s*\d*\s*[：:]?\s*|附[：:]?\s*)?(?:名词解释|名词注解|名词注释|名词说明|词语解释|注释|注解)$/.test(title)) return 'glossary';
  // 主要目标和重点任务: a chapter holding the work plan, not only the targets.
  if (/目标/.test(title) && /任务|工作|举措/.test(title) && !/民生/.test(title)) return 'plan';
  for (const [re, part] of PART_WORDS) if (re.test(title)) return part;
  return null;
}

const REQUIREMENTS_PARAGRAPH = /^(?:\d{4}年|今年)?[^。，]{0,12}(?:总体要求|指导思想)/;
/** 今年全市经济社会发展的主要预期目标是：… opening a paragraph: the plan has begun. */
const TARGETS_PARAGRAPH = /^(?:\d{4}年|今年)[^。，]{0,16}(?:预期目标|主要目标|发展目标)/;
/** A paragraph looking ahead (为实现上述目标，我们将重点抓好以下工作): with plan words, the plan has begun. */
const FORWARD_PARAGRAPH = /^(?:今年|明年|\d{4}年|新的一年|为实现|为完成|围绕|做好今年|我们将|我们要)/;

/** Whether a paragraph outside any section opens this year's plan (the review before it had no heading of its own). */
function opensPlan(t: string): boolean {
  if (REQUIREMENTS_PARAGRAPH.test(t) || TARGETS_PARAGRAPH.test(t)) return true;
  const part = FORWARD_PARAGRAPH.test(t) ? partOfTitle(t.slice(0, 30)) : null;
  return part === 'plan' || part === 'requirements' || part === 'targets';
}
/** A line that only names who is responsible (with or without its bracket). */
const RESPONSIBILITY_LINE =
  /^[（(〔【]?(?:责任领导|牵头领导|分管领导|牵头责任单位|牵头责任部门|牵头单位|牵头部门|主办单位|主责单位|责任单位|责任部门|配合单位|协办单位|完成时限)[】]?[：:]/;
/** A label line (牵头单位： / 分管市领导： / 时间节点：): the line above it is a task, whatever its words. */
const LABEL_BELOW = /^[（(〔【]?[\u4e00-\u9fff]{0,6}(?:领导|单位|部门|分工|时限|节点)[】]?[：:]/;
/** A labelled unit inside an item's text: it already says who is responsible. */
const UNIT_LABEL = /(?:牵头|责任|主责|主办|配合|协办)(?:责任)?(?:单位|部门|领导)[】]?[：:]/;
/** The speaker addressing the deputies: rhetoric, not a task. */
const ADDRESS = /^各位代表|^现在[，,]?我代表[^。]{0,30}(?:向大会|报告)/;
const YEAR_IN = /((?:19|20)\d{2})/;

class Builder {
  readonly sections: Section[] = [];
  readonly items: ItemBlock[] = [];
  readonly review: TextBlock[] = [];
  readonly warnings: string[] = [];
  stack: Open[] = [];
  globalPart: Part;
  /** A top-level section of the review has been seen: the next one without a part of its own is the plan. */
  sawReview = false;

  constructor(initialPart: Part) {
    this.globalPart = initialPart;
  }

  open(rank: Rank, kind: Section['kind'], no: string | null, title: string, start: number, end: number): Open {
    while (this.stack.length > 0 && (this.stack[this.stack.length - 1] as Open).rank >= rank) this.close();
    const parent = this.stack[this.stack.length - 1] ?? null;
    const own = partOfTitle(title);
    const chapterLevel = !parent && rank <= RANK.chapter;
    let part: Part = own ?? (parent ? parent.part : this.sawReview && chapterLevel ? 'plan' : this.globalPart);
    if (own === 'plan' && parent && parent.part === 'livelihood') part = 'livelihood';
    // Inside the review a heading naming work (三、重点工作扎实推进) still reviews it; inside a glossary all is glossary.
    if (parent && (parent.part === 'review' || parent.part === 'glossary') && own !== 'review') part = parent.part;
    if (!parent) {
      this.globalPart = own === 'requirements' || own === 'targets' || own === 'livelihood' ? 'plan' : part;
      if (part === 'review' && chapterLevel) this.sawReview = true;
    }
    const section: Section = {
      id: `s${this.sections.length + 1}`,
      no,
      title,
      level: parent ? parent.section.level + 1 : 1,
      parentId: parent ? parent.section.id : null,
      kind,
      span: { start, end },
    };
    this.sections.push(section);
    if (parent && rank <= RANK.arabic) parent.hasNumberedChild = true;
    const o: Open = { section, rank, part, pending: [], hasNumberedChild: false };
    this.stack.push(o);
    return o;
  }

  close(): void {
    const o = this.stack.pop();
    if (o && !o.hasNumberedChild) for (const p of o.pending) this.addReportTask(p.start, p.end, p.sectionId, o.part);
  }

  closeAll(): void {
    while (this.stack.length > 0) this.close();
  }

  top(): Open | null {
    return this.stack[this.stack.length - 1] ?? null;
  }

  part(): Part {
    return this.top()?.part ?? this.globalPart;
  }

  addReportTask(start: number, end: number, sectionId: string | null, part: Part): void {
    this.items.push({
      no: null,
      category: part === 'livelihood' ? 'livelihood' : 'task',
      sectionId,
      start,
      end,
      bodyStart: start,
      assigned: null,
    });
  }
}

function titleOf(body: string): string {
  return trimChars(body, `${SPACES}。：:；;，,`);
}

/** A heading whose text runs on into a paragraph: （四）民生福祉不断增进。坚持… → title, body offset. */
function splitInlineTitle(body: string): { title: string; bodyAt: number | null } {
  const stop = body.search(/[。！？]/);
  if (stop >= 0 && stop + 1 < body.length && stop <= 40) return { title: body.slice(0, stop), bodyAt: stop + 1 };
  return { title: titleOf(body), bodyAt: null };
}

/** Consecutive heading-like lines read as one heading (a title printed on two lines). */
function mergeHeadingRun(lines: Line[], i: number, isCandidate: (l: Line) => boolean): number {
  let j = i;
  while (j + 1 < lines.length && j - i < 2) {
    const cur = lines[j] as Line;
    const next = lines[j + 1] as Line;
    if (!isCandidate(next) || /[：:]/.test(cur.text) || /[：:]/.test(next.text)) break;
    // A line ending in a particle, or a second short heading line right below, continues the heading.
    if (!/[的和与及、]$/.test(cur.text) && next.text.length > 40) break;
    j++;
  }
  return j;
}

export function buildOutline(text: string, kind: DocumentKind): Outline {
  const lines = toLines(text);
  return kind === 'notice' ? noticeOutline(lines) : reportOutline(lines);
}

// ---------------------------------------------------------------- notices

function isPlainHeading(l: Line): boolean {
  // A table row (cells split by tabs) is never a heading, nor the second line of one.
  return markerOf(l.text).type === 'none' && !l.text.includes('\t') && isHeadingLike(l.text) && !DATE_LINE.test(l.text);
}

/** A line of the notice's letter (see letter.ts), unless label lines under it make it a task. */
function isLetterAt(lines: Line[], i: number): boolean {
  return isLetterLine((lines[i] as Line).text) && !LABEL_BELOW.test((lines[i + 1] as Line | undefined)?.text ?? '');
}

/** Where the task outline starts: the numbering restart before the first numbered task (the letter's own 一、二、 are not tasks). */
function taskPartStart(lines: Line[], markers: Marker[]): number {
  let first = -1;
  for (let i = 0; i < lines.length; i++) {
    const m = markers[i] as Marker;
    if ((m.type === 'arabicDot' || m.type === 'arabicComma' || m.type === 'arabicParen' || m.type === 'row') && m.no === '1' && !isLetterAt(lines, i)) {
      first = i;
      break;
    }
  }
  if (first < 0) {
    // No numbered tasks: a livelihood list may still follow the letter.
    for (let i = 0; i < lines.length; i++) if (isPlainHeading(lines[i] as Line) && partOfTitle((lines[i] as Line).text) === 'livelihood') return i;
    return 0;
  }
  let start = first;
  for (let i = first - 1; i >= 0; i--) {
    const m = markers[i] as Marker;
    const l = lines[i] as Line;
    if (DATE_LINE.test(l.text)) break;
    if (isLetterAt(lines, i) || isNoiseLine(l.text)) continue;
    if (readTableHeader(l.text)) start = i;
    if (m.type === 'chapter' || m.type === 'paren') {
      if (m.no === '一') start = i;
      else if (start !== first || m.type === 'chapter') break;
    }
  }
  return start;
}

/** 一、由某某市长牵头负责的工作（4项） / 二、常务副市长某某负责的工作: the leader of the tasks below. */
const LEADER_GROUP = /^由?(.{2,16}?)(?:牵头)?(?:负责|分管|联系|领衔)的(?:工作|事项|任务)/;

export function leaderOfGroupHeading(title: string): string | null {
  const m = LEADER_GROUP.exec(title);
  return m ? personName(m[1] as string) : null;
}

const PAGE_NUMBER_LINE = /^[—–\-－]{1,2}\s*\d{1,4}\s*[—–\-－]{1,2}$/;

/** A line that only gives one responsibility field of the item above: 牵头领导：… / 部门分工：… / 时间节点：… */
function labelLineField(text: string): string | null {
  const m = /^[（(〔【]?([^：:（）()【】]{2,8}?)[】]?[：:]/.exec(text);
  if (!m) return null;
  const label = (m[1] as string).replace(/\s/g, '');
  if (/^(?:部门|责任|任务|单位)分工$/.test(label)) return 'division';
  return fieldOfLabel(label);
}

/** A line closing with a responsibility in the sentence form: …（市水利局负责）。 */
function endsWithSentenceResponsibility(text: string): boolean {
  const brackets = topLevelBrackets(text);
  const last = brackets[brackets.length - 1];
  if (!last || trimChars(text.slice(last.end), `${SPACES}。；;`) !== '' || last.start === 0) return false;
  return readSentenceFields(text.slice(last.start + 1, last.end - 1), null) !== null;
}

function noticeOutline(lines: Line[]): Outline {
  const markers = lines.map((l) => markerOf(l.text));
  const b = new Builder('plan');
  const begin = taskPartStart(lines, markers);
  let current: ItemBlock | null = null;
  let livelihood = false;
  let assigned: Assignment | null = null;
  let columns: ColumnRole[] | null = null;
  const numbers: number[] = [];
  /** Leaders of the current leader group (一、由某某市长牵头负责的工作), for every item under it. */
  let groupLeaders: string[] = [];
  /** Fields given so far on label lines under the current item (牵头领导：… 牵头单位：… one per line). */
  let labelRun: Set<string> | null = null;

  const finishItem = () => {
    current = null;
    labelRun = null;
  };
  const openSection = (rank: Rank, kind: Section['kind'], no: string | null, title: string, l: Line, end = l.end) => {
    finishItem();
    assigned = null;
    if (rank <= RANK.chapter) {
      const leader = leaderOfGroupHeading(title);
      groupLeaders = leader ? [leader] : [];
    }
    return b.open(rank, kind, no, title, l.start, end);
  };
  const pushItem = (item: ItemBlock) => {
    if (groupLeaders.length > 0) item.groupLeaders = groupLeaders;
    b.items.push(item);
    labelRun = null;
  };
  /** （一）推进…。 followed by its label lines, or closing with its own responsibility, is a task, not a heading. */
  const parenIsItem = (i: number) => {
    const l = lines[i] as Line;
    // Past its label lines, numbered tasks below make it a heading whose labels assign them (（一）产业 / 牵头单位：… / 1.…).
    let j = i + 1;
    while (j < lines.length && j - i <= 8 && labelLineField((lines[j] as Line).text) !== null) j++;
    const after = j < lines.length ? (markers[j] as Marker).type : 'none';
    if (after === 'arabicDot' || after === 'arabicComma' || after === 'arabicParen') return false;
    return j > i + 1 || endsWithSentenceResponsibility(l.text);
  };

  let currentLine = 0;
  /** The current item's last lines (a bounded look: an item's units are printed at its end). */
  const itemTail = (i: number) => {
    let s = '';
    for (let k = Math.max(currentLine, i - 8); k < i; k++) s += (lines[k] as Line).text;
    return s;
  };
  /** End of the last line read (page numbers skipped): a label line continues a run only right below it. */
  let lastEnd = -1;
  /** The last line read that is text (page numbers and web furniture skipped): a cut item goes on after them. */
  let previous = '';
  for (let i = begin; i < lines.length; i++) {
    const l = lines[i] as Line;
    const m = markers[i] as Marker;
    const body = l.text.slice(m.length);
    // A printed page number (— 3 —) or web furniture between an item's lines neither ends the item nor belongs to it.
    if (PAGE_NUMBER_LINE.test(l.text) || isNoiseLine(l.text)) continue;
    const prevEnd = lastEnd;
    lastEnd = l.end;
    const soFar = current ? previous : '';
    previous = l.text;
    if (isLetterAt(lines, i)) {
      finishItem();
      continue;
    }
    if (m.type === 'chapter' && !livelihood) {
      const { title } = splitInlineTitle(body);
      openSection(RANK.chapter, 'chapter', m.no, title, l);
      continue;
    }
    if (m.type === 'paren' && !livelihood && parenIsItem(i)) {
      const part = b.part();
      currentLine = i;
      current = {
        no: m.no,
        category: part === 'livelihood' ? 'livelihood' : part === 'targets' ? 'target' : 'task',
        sectionId: b.top()?.section.id ?? null,
        start: l.start,
        end: l.end,
        bodyStart: l.start + m.length,
        assigned,
      };
      pushItem(current);
      continue;
    }
    if (m.type === 'paren') {
      openSection(livelihood ? RANK.arabic : RANK.paren, 'subsection', m.no, titleOf(body), l);
      continue;
    }
    const header = readTableHeader(l.text);
    if (header) {
      finishItem();
      columns = header;
      continue;
    }
    if (m.type === 'row' && columns) {
      const cells = rowCells(l.text, columns).map((c) => ({ ...c, start: c.start + l.start, end: c.end + l.start }));
      const own = cells.find((c) => c.role === 'text');
      const part = b.part();
      pushItem({
        no: m.no,
        category: livelihood || part === 'livelihood' ? 'livelihood' : part === 'targets' ? 'target' : 'task',
        sectionId: b.top()?.section.id ?? null,
        start: l.start,
        end: l.end,
        bodyStart: own ? own.start : l.start + m.length,
        textEnd: own ? own.end : l.end,
        assigned,
        cells: cells.filter((c) => c.role !== 'text' && c.role !== 'no' && c.role !== 'skip' && c.role !== 'other'),
      });
      current = null;
      numbers.push(Number(m.no));
      continue;
    }
    const isItem = m.type === 'arabicDot' || m.type === 'arabicComma' || m.type === 'arabicParen' || (m.type === 'chapter' && livelihood) || m.type === 'bullet';
    if (isItem) {
      const part = b.part();
      currentLine = i;
      current = {
        no: m.no,
        category: livelihood || part === 'livelihood' ? 'livelihood' : part === 'targets' ? 'target' : 'task',
        sectionId: b.top()?.section.id ?? null,
        start: l.start,
        end: l.end,
        bodyStart: l.start + m.length,
        assigned,
      };
      pushItem(current);
      if (m.type !== 'chapter' && m.type !== 'bullet' && m.no !== null) numbers.push(Number(m.no));
      continue;
    }
    // An item cut before its closing punctuation and its responsibility goes on, whatever the next line looks like.
    if (current && !/[。！？!?）)〕】」”]$/.test(soFar) && !/(?:单位|领导|时限)[】：:]/.test(soFar)) {
      (current as ItemBlock).end = l.end;
      continue;
    }
    // Unnumbered lines: a units assignment, a heading, a lead sentence, or the rest of the current item.
    const assignment = /牵头|单位|负责/.test(l.text) && l.text.length <= 120 ? readAssignmentLine(l.text, null) : null;
    // 牵头单位：… right under an item that names no unit yet is that item's, not the next items'; so is each
    // further label line of a run right under it (牵头领导：… 牵头单位：… 完成时限：…) naming a field not yet given.
    const field = current !== null ? labelLineField(l.text) : null;
    const run = labelRun as Set<string> | null;
    const inRun = field !== null && run !== null && !run.has(field) && (current as ItemBlock).end === prevEnd;
    const ownsLabel =
      current !== null && ((RESPONSIBILITY_LINE.test(l.text) && !UNIT_LABEL.test(itemTail(i))) || inRun || (field !== null && run === null && !UNIT_LABEL.test(itemTail(i))));
    if (ownsLabel) {
      (current as ItemBlock).end = l.end;
      if (field !== null) labelRun = (run ?? new Set<string>()).add(field);
      continue;
    }
    if (assignment && !(current && /^[（(〔【]/.test(l.text))) {
      finishItem();
      assigned = { ...assignment, span: { start: l.start, end: l.end } };
      continue;
    }
    // An unnumbered paragraph closing with its responsibility (…（市水利局负责）。) is a task of its own.
    if (!livelihood && endsWithSentenceResponsibility(l.text)) {
      const part = b.part();
      currentLine = i;
      current = { no: null, category: part === 'targets' ? 'target' : 'task', sectionId: b.top()?.section.id ?? null, start: l.start, end: l.end, bodyStart: l.start, assigned };
      pushItem(current);
      continue;
    }
    if (isPlainHeading(l) && !/^[（(〔【]/.test(l.text)) {
      const j = mergeHeadingRun(lines, i, isPlainHeading);
      const last = lines[j] as Line;
      const title = titleOf(text(lines, i, j));
      const section = openSection(RANK.heading, 'chapter', null, title, l, last.end);
      livelihood = section.part === 'livelihood';
      i = j;
      continue;
    }
    const lead = leadSentence(l.text, 30);
    const nextIsItem = i + 1 < lines.length && ['arabicDot', 'arabicComma', 'arabicParen'].includes((markers[i + 1] as Marker).type);
    if (lead !== null && lead.length === l.text.length && nextIsItem && !livelihood) {
      openSection(RANK.lead, 'lead', null, titleOf(lead), l);
      continue;
    }
    if (current) (current as ItemBlock).end = l.end;
  }
  b.closeAll();
  checkNumbering(numbers, b.warnings);
  const letterEnd = begin > 0 && begin < lines.length ? (lines[begin] as Line).start : 0;
  return { sections: b.sections, items: b.items, review: [], glossary: [], titleLines: [], preamble: null, letterEnd, warnings: b.warnings };
}

/** The heading printed on lines i..j: a line ending in a particle runs on; a subtitle gets a space. */
function text(lines: Line[], i: number, j: number): string {
  let s = '';
  for (let k = i; k <= j; k++) {
    const t = (lines[k] as Line).text;
    s += k > i && !/[的和与及、]$/.test(s) ? ` ${t}` : t;
  }
  return s;
}

function checkNumbering(numbers: number[], warnings: string[]): void {
  let expected = 1;
  for (const n of numbers) {
    if (n === 1 && expected !== 1) expected = 1; // a list restarting its numbering
    if (n !== expected) warnings.push(`任务编号不连续：在第${expected - 1}项之后出现第${n}项`);
    expected = n + 1;
  }
}

// ---------------------------------------------------------------- reports

/** The title at the top of a report: heading lines down to the one naming the report. */
function reportTitleLines(lines: Line[]): Line[] {
  for (let i = 0; i < Math.min(lines.length, 4); i++) {
    const l = lines[i] as Line;
    if (!isPlainHeading(l) || /[：:]$/.test(l.text) || partOfTitle(l.text) !== null) return [];
    if (/报告|摘要/.test(l.text)) return lines.slice(0, i + 1);
  }
  return [];
}

/** Whether the report's first heading after its head is a plain line (then plain lines are its chapters). */
function plainHeadingsLead(lines: Line[], from: number): boolean {
  for (let i = from; i < lines.length; i++) {
    const l = lines[i] as Line;
    const m = markerOf(l.text);
    if (m.type === 'chapter') return false;
    if (m.type === 'none' && isPlainHeading(l) && !/[：:]$/.test(l.text) && !SALUTATION.test(l.text)) return true;
  }
  return false;
}

function reportOutline(lines: Line[]): Outline {
  const preamble = readPreamble(lines);
  const titleLines = preamble.bodyStart > 0 ? preamble.titleLines : reportTitleLines(lines);
  const bodyStart = preamble.bodyStart > 0 ? preamble.bodyStart : titleLines.length;
  const laterPlan = lines.some((l) => {
    const p = partOfTitle(l.text.slice(0, 30));
    return p === 'plan' || p === 'requirements' || p === 'targets';
  });
  const b = new Builder(laterPlan ? 'review' : 'plan');
  let reviewYear: number | null = null;
  const plainRank = plainHeadingsLead(lines, bodyStart) ? RANK.heading : RANK.subheading;
  const glossary: TextBlock[] = [];

  /** `inline`: the text after a heading on its line ((一)扩大有效投资。新开工项目150个。), which is the heading's content. */
  const paragraph = (start: number, end: number, t: string, inline = false) => {
    const top = b.top();
    const sectionId = top?.section.id ?? null;
    // A report without chapter headings: the paragraph setting this year's requirements or targets ends the review.
    if (!top && b.globalPart === 'review' && opensPlan(t)) b.globalPart = 'plan';
    const part = b.part();
    if (part === 'review') {
      b.review.push({ start, end, sectionId, year: reviewYear });
      return;
    }
    if (part === 'glossary') {
      glossary.push({ start, end, sectionId, year: null });
      return;
    }
    if (part === 'requirements' || REQUIREMENTS_PARAGRAPH.test(t) || ADDRESS.test(t)) return;
    const lead = leadSentence(t);
    // One short sentence after a heading on its line is what the heading asks for, not a lead of what follows.
    if (lead !== null && !(inline && lead.length === t.length)) {
      const lo = b.open(RANK.lead, 'lead', null, titleOf(lead), start, start + lead.length);
      if (lead.length < t.length) b.addReportTask(start + lead.length, end, lo.section.id, lo.part);
      return;
    }
    if (top && top.rank <= RANK.chapter && !top.hasNumberedChild) top.pending.push({ start, end, sectionId, year: null });
    else b.addReportTask(start, end, sectionId, part);
  };

  for (let i = bodyStart; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (SALUTATION.test(l.text)) continue;
    // 牵头责任单位：市教育局 on its own line goes with the item right above it.
    const above = b.items[b.items.length - 1];
    if (above && i > 0 && above.end === (lines[i - 1] as Line).end && RESPONSIBILITY_LINE.test(l.text)) {
      above.end = l.end;
      continue;
    }
    const m = markerOf(l.text);
    const body = l.text.slice(m.length);
    const top = b.top();
    if (m.type === 'chapter' && top && top.part === 'livelihood' && top.rank < RANK.chapter) {
      // 附件1 十件民生实事 / 一、… 二、…: the numbered lines of a livelihood list under a plain heading are its items
      b.items.push({ no: m.no, category: 'livelihood', sectionId: top.section.id, start: l.start, end: l.end, bodyStart: l.start + m.length, assigned: null });
      continue;
    }
    if (m.type === 'chapter' || m.type === 'paren' || m.type === 'arabicComma') {
      const rank = m.type === 'chapter' ? RANK.chapter : m.type === 'paren' ? RANK.paren : RANK.arabic;
      const { title, bodyAt } = splitInlineTitle(body);
      const o = b.open(rank, rank === RANK.chapter ? 'chapter' : 'subsection', m.no, title, l.start, bodyAt === null ? l.end : l.start + m.length + bodyAt);
      setReviewYear(o.part, title);
      if (bodyAt !== null) paragraph(l.start + m.length + bodyAt, l.end, body.slice(bodyAt), true);
      continue;
    }
    if (m.type === 'bullet' || m.type === 'arabicDot' || m.type === 'arabicParen') {
      const part = b.part();
      if (part === 'review') {
        b.review.push({ start: l.start, end: l.end, sectionId: b.top()?.section.id ?? null, year: reviewYear });
        continue;
      }
      if (part === 'glossary') {
        glossary.push({ start: l.start, end: l.end, sectionId: b.top()?.section.id ?? null, year: null });
        continue;
      }
      b.items.push({
        no: m.type === 'bullet' ? null : m.no,
        category: part === 'livelihood' ? 'livelihood' : 'task',
        sectionId: b.top()?.section.id ?? null,
        start: l.start,
        end: l.end,
        bodyStart: l.start + m.length,
        assigned: null,
      });
      continue;
    }
    if (isPlainHeading(l) && (b.part() !== 'glossary' || /^附件/.test(l.text) || partOfTitle(l.text) !== null)) {
      const j = mergeHeadingRun(lines, i, (x) => isPlainHeading(x) && !/[：:]$/.test(x.text));
      const last = lines[j] as Line;
      const title = titleOf(text(lines, i, j));
      // A line ending in a colon introduces what follows (一年来，主要做了以下工作：): a lead, not a chapter.
      const intro = /[：:]$/.test(l.text) && partOfTitle(title) !== 'glossary';
      // A glossary or an annex (附件) stands apart from the chapters before it.
      const rank = partOfTitle(title) === 'glossary' || /^附件/.test(title) ? RANK.heading : plainRank;
      const o = intro ? b.open(RANK.lead, 'lead', null, title, l.start, last.end) : b.open(rank, 'chapter', null, title, l.start, last.end);
      setReviewYear(o.part, title);
      i = j;
      continue;
    }
    paragraph(l.start, l.end, l.text);
  }
  b.closeAll();
  b.items.sort((x, y) => x.start - y.start);
  return { sections: b.sections, items: b.items, review: b.review, glossary, titleLines, preamble, letterEnd: 0, warnings: b.warnings };

  function setReviewYear(part: Part, title: string): void {
    if (part !== 'review') return;
    const y = YEAR_IN.exec(title);
    if (y) reviewYear = Number(y[1]);
  }
}
