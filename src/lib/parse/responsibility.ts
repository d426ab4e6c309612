// Layer 4a: the responsibility parentheticals of an item — who leads, who supports, by when.
// （责任领导：…；牵头单位：…；责任单位：…） or 〔…〕 with （…） nested in unit names, 【牵头单位】… ,
// or an unlabeled （市发改委、市财政局） where the first unit listed leads.
import type { Deadline, ResponsibilityGroup, Span } from '../model/document';
import { looksLikeUnit } from '../units/kind';
import { parseDeadline } from './deadline';
import { SPACES, trimChars } from './lines';

export type Field = 'leaders' | 'leadUnits' | 'supportUnits' | 'deadline';

const LABELS: ReadonlyArray<readonly [RegExp, Field]> = [
  [/^(?:责任|牵头|分管|联系|包保)?[市省县区]?领导$/, 'leaders'],
  [/^(?:牵头|主办|主责|责任主体)(?:责任)?(?:单位|部门)?$/, 'leadUnits'],
  [/^(?:责任|配合|协办|参与|协同|参加|协助)(?:单位|部门)$|^(?:配合|协办)$/, 'supportUnits'],
  [/^(?:完成|办结)?(?:时限|时间|期限)$|^时间节点$/, 'deadline'],
];

/** 部门分工：X牵头，Y配合 — a label whose value is a sentence naming both lead and supporting units. */
const DIVISION_LABEL = /^(?:部门|责任|任务|单位)分工$/;

export function fieldOfLabel(label: string): Field | null {
  const l = label.replace(/\s/g, '');
  for (const [re, field] of LABELS) if (re.test(l)) return field;
  return null;
}

const OPEN = new Set(['（', '(', '〔', '[', '【', '［']);
const CLOSE = new Set(['）', ')', '〕', ']', '】', '］']);
const IS_BRACKET = new Uint8Array(65536);
for (const c of [...OPEN, ...CLOSE]) IS_BRACKET[c.charCodeAt(0)] = 1;

/** Top-level bracket pairs (any of （ ( 〔 [ 【), nested brackets kept inside. Linear; unmatched brackets ignored. */
export function topLevelBrackets(text: string): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (IS_BRACKET[code] === 0) continue;
    const ch = text[i] as string;
    if (OPEN.has(ch)) {
      if (depth === 0) start = i;
      depth++;
    } else if (CLOSE.has(ch) && depth > 0) {
      depth--;
      if (depth === 0) out.push({ start, end: i + 1 });
    }
  }
  return out;
}

/** Splits on the separators given, only outside brackets. */
export function splitTopLevel(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch) && depth > 0) depth--;
    else if (depth === 0 && separators.includes(ch)) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

const GOV_SUFFIX = /(?:人民政府|管委会|管理委员会|政府|办事处)$/;
const BARE_PLACE = /^[\u4e00-\u9fff]{1,8}(?:县|市|区|州|旗|盟|镇|乡|街道)$/;
const UNIT_WORD = /局|委|办|厅|部|中心|院|会|社|馆|台|队|公司|集团|政府/;

/** Unit names from a list: split on 、 and ，, trimmed; a suffix shared by a run of bare place names is spread (甲县、乙市人民政府). */
export function splitUnits(value: string): string[] {
  const items = splitTopLevel(value, '、，,')
    .map((s) => trimChars(s, `${SPACES}。；;：:`))
    .filter((s) => s !== '');
  for (let i = items.length - 1; i > 0; i--) {
    const suffixed = items[i] as string;
    const m = GOV_SUFFIX.exec(suffixed);
    if (!m) continue;
    const place = suffixed.slice(0, m.index);
    if (!BARE_PLACE.test(place)) continue;
    for (let j = i - 1; j >= 0; j--) {
      const prev = items[j] as string;
      if (!BARE_PLACE.test(prev) || UNIT_WORD.test(prev)) break;
      items[j] = prev + m[0];
    }
  }
  return sharePrefix(items);
}

/** Leaders' names from a list, the padding of a two-character name dropped (王\u3000东 → 王东). */
export function leaderNames(value: string): string[] {
  return splitUnits(value).map((n) => {
    const unpadded = /^[\u4e00-\u9fff][\s\u3000]+[\u4e00-\u9fff]{1,2}$/.test(n) ? n.replace(/[\s\u3000]+/g, '') : n;
    // 副市长张三 / 张三副市长: the name; the post is not part of who the leader is.
    return personName(unpadded) ?? unpadded;
  });
}

const LEVEL_PREFIX = /^[省市县区]/;
/** A department name with no place of its own (财政局, 生态环境分局), not 高新区管委会 or 明月山管委会. */
const BARE_DEPARTMENT = /^[^省县区州旗、，]{2,20}(?:局|厅|委|委员会|办|办公室|中心|署)$/;
/** 市 naming a place (某某市税务局), not inside 城市 or 市场. */
const PLACE_CITY = /(?<!城)市(?!场)/;

/** 市发改委、经信局、财政局: names after the first share its level (市), as the writer meant. */
function sharePrefix(items: string[]): string[] {
  const first = items[0];
  if (items.length < 2 || first === undefined || !LEVEL_PREFIX.test(first) || !looksLikeUnit(first)) return items;
  const level = first[0] as string;
  return items.map((u, i) => (i > 0 && BARE_DEPARTMENT.test(u) && !PLACE_CITY.test(u) ? level + u : u));
}

interface Fields {
  leaders: string[];
  leadUnits: string[];
  supportUnits: string[];
  deadline: Deadline | null;
  labeled: boolean;
  /** Only 责任单位 was given (no lead named): where the letter says so, the first listed leads. */
  unitsListedOnly?: boolean;
}

/** Reads "label：value；label：value" (the inside of a parenthetical, or label lines one under another). */
export function readLabeledFields(inner: string, year: number | null): Fields {
  const f: Fields = { leaders: [], leadUnits: [], supportUnits: [], deadline: null, labeled: false };
  let responsibleOnly = true;
  // A value wrapped onto the next line (配\n合) goes on: a piece without a label continues the one before.
  const parts: string[] = [];
  let lastLabeled = false;
  for (const piece of splitTopLevel(inner, '；;\n').flatMap(splitAtCommaLabel)) {
    if (PAGE_NUMBER.test(piece)) continue;
    const colon = firstColon(piece);
    const labeled = colon >= 0 && labelField(piece.slice(0, colon)) !== null;
    if (!labeled && lastLabeled && parts.length > 0 && !valueComplete(parts[parts.length - 1] as string, year)) parts[parts.length - 1] += piece.trim();
    else parts.push(piece);
    if (labeled) lastLabeled = true;
    else if (piece.trim() !== '') lastLabeled = false;
  }
  for (const part of parts) {
    const colon = firstColon(part);
    if (colon < 0) continue;
    const label = part.slice(0, colon);
    const field = labelField(label);
    if (!field) continue;
    f.labeled = true;
    const value = part.slice(colon + 1);
    if (field === 'division') {
      const s = readSentenceFields(value, year);
      if (s) {
        f.leadUnits.push(...s.leadUnits);
        f.supportUnits.push(...s.supportUnits);
        if (s.supportUnits.length > 0) responsibleOnly = false;
        f.deadline = s.deadline ?? f.deadline;
      }
      continue;
    }
    if (field === 'supportUnits' && !/^责任(?:单位|部门)$/.test(cleanLabel(label))) responsibleOnly = false;
    if (field === 'deadline') f.deadline = parseDeadline(trimChars(value, `${SPACES}。.`), year) ?? f.deadline;
    else if (field === 'leaders') f.leaders.push(...leaderNames(value));
    else f[field].push(...splitUnits(value));
  }
  // 市经信局（牵头）、市财政局: a unit marked as leading leads, the others in its list support.
  for (const key of ['supportUnits', 'leadUnits'] as const) {
    const marked = f[key].filter((u) => LEAD_MARK.test(u));
    if (marked.length === 0) continue;
    const rest = f[key].filter((u) => !LEAD_MARK.test(u));
    f[key] = [];
    f.leadUnits.push(...marked.map((u) => u.replace(LEAD_MARK, '')));
    f.supportUnits.push(...rest);
    responsibleOnly = false;
  }
  // 责任单位 / 责任部门 with no 牵头 label beside it: those units are the ones responsible, so they lead.
  if (f.leadUnits.length === 0 && f.supportUnits.length > 0 && responsibleOnly) {
    f.leadUnits = f.supportUnits;
    f.supportUnits = [];
    f.unitsListedOnly = true;
  }
  return f;
}

/** A printed page number (— 3 —) between the wrapped lines of a value. */
const PAGE_NUMBER = /^[\s\u3000]*[—–\-－]{1,2}[\s\u3000]*\d{1,4}[\s\u3000]*[—–\-－]{1,2}[\s\u3000]*$/;

/** （牵头单位：市发改委，配合单位：市财政局）: a comma or a space before a known label ends the value before it. */
function splitAtCommaLabel(piece: string): string[] {
  if (!/[，,\s\u3000]/.test(piece)) return [piece];
  const out: string[] = [];
  let from = 0;
  const re = /[，,\s\u3000]([^，,：:；;\s\u3000]{2,8})[：:]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(piece)) !== null) {
    if (labelField(m[1] as string) === null) continue;
    out.push(piece.slice(from, m.index));
    from = m.index + 1;
  }
  out.push(piece.slice(from));
  return out;
}

/** Whether a label's value reads whole (else the next unlabeled line is its wrapped end: 配 / 合). */
function valueComplete(part: string, year: number | null): boolean {
  const colon = firstColon(part);
  const field = labelField(part.slice(0, colon));
  const value = trimChars(part.slice(colon + 1), `${SPACES}。；;`);
  if (value === '' || /[、，,]$/.test(value)) return false;
  if (field === 'division') return readSentenceFields(value, year) !== null;
  if (field === 'deadline') return parseDeadline(value, year) !== null;
  if (field === 'leadUnits' || field === 'supportUnits') return splitUnits(value).every(looksLikeUnit);
  return true;
}

const LEAD_MARK = /[（(]牵头(?:单位)?[）)]$/;

function cleanLabel(label: string): string {
  return label.replace(/\s/g, '').replace(/^[【［[（(]|[】］\])）]$/g, '');
}

function labelField(label: string): Field | 'division' | null {
  const l = cleanLabel(label);
  if (DIVISION_LABEL.test(l)) return 'division';
  return fieldOfLabel(l);
}

/** A leader named with the post: 常务副县长欧阳平 / 赵立民市长 / 副市长张三 → the name. */
const POST = /(?:常务)?副?(?:[省市县区州旗]长|[省市县区]委(?:副)?书记|书记|秘书长|主任)/;
const POST_BEFORE = new RegExp(`^(?:[省市县区]政府)?${POST.source}`);
const POST_AFTER = new RegExp(`${POST.source}$`);

export function personName(s: string): string | null {
  const t = trimChars(s, SPACES);
  const name = t.replace(POST_BEFORE, '').replace(POST_AFTER, '');
  if (name === t || !/^[\u4e00-\u9fff·]{2,4}$/.test(name)) return null;
  return name;
}

/**
 * The sentence form of a parenthetical: （市工信局牵头，市科技局、市财政局配合，2021年12月底前完成）,
 * （市商务局负责）, （由常务副县长某某负责，县财政局牵头，县税务局配合）. Every piece must read as one of
 * these, or the parenthetical is not a responsibility (（含5个县区）, （试行）).
 */
export function readSentenceFields(inner: string, year: number | null): Omit<Fields, 'labeled'> | null {
  const f: Omit<Fields, 'labeled'> = { leaders: [], leadUnits: [], supportUnits: [], deadline: null };
  const pieces = splitTopLevel(inner, '，,；;')
    .map((p) => trimChars(p, `${SPACES}。.`))
    .filter((p) => p !== '');
  if (pieces.length === 0) return null;
  for (const piece of pieces) {
    const by = /^由(.{2,40}?)(?:牵头)?负责$/.exec(piece);
    if (by) {
      const name = personName(by[1] as string);
      if (name) f.leaders.push(name);
      else if (!addUnits(f.leadUnits, by[1] as string)) return null;
      continue;
    }
    const lead = /^(.{3,200}?)(?:牵头负责|牵头|负责|主办|主责)(?:落实|实施|推进)?$/.exec(piece);
    if (lead) {
      if (!addUnits(f.leadUnits, lead[1] as string)) return null;
      continue;
    }
    const support = /^(.{3,200}?)(?:等单位|等部门)?(?:配合|协办|参与|协助|协同)(?:落实|实施|推进)?$/.exec(piece);
    if (support) {
      if (!addUnits(f.supportUnits, support[1] as string)) return null;
      continue;
    }
    if (/\d|[一二三四五六七八九十]月|年底|季度|长期|持续/.test(piece)) {
      const d = parseDeadline(piece.replace(/(?:完成|办结|落实到位)$/, ''), year);
      if (d) {
        f.deadline = d;
        continue;
      }
    }
    return null;
  }
  return f.leadUnits.length > 0 ? f : null;
}

function addUnits(into: string[], list: string): boolean {
  const units = splitUnits(list);
  if (units.length === 0 || !units.every(looksLikeUnit)) return false;
  into.push(...units);
  return true;
}

function firstColon(s: string): number {
  for (let i = 0; i < s.length && i < 12; i++) if (s[i] === '：' || s[i] === ':') return i;
  return -1;
}

const BRACKET_LABEL = /【([^【】]{2,6})】/g;

export interface FoundResponsibility {
  groups: ResponsibilityGroup[];
  /** Spans (relative to the item text) to cut out to get the item's own words. */
  cut: Span[];
}

export interface ResponsibilityOptions {
  year: number | null;
  /** Accept an unlabeled final （unit、unit） as lead unit + supporting units. */
  allowUnlabeled: boolean;
  /** The letter says the first unit listed leads (排在第一位的为牵头单位): a bare 责任单位 list is split so. */
  firstListedLeads?: boolean;
}

/** Every responsibility group in an item, with spans relative to `text`. Never throws. */
export function findResponsibility(text: string, opts: ResponsibilityOptions): FoundResponsibility {
  const groups: ResponsibilityGroup[] = [];
  const cut: Span[] = [];
  const brackets = topLevelBrackets(text);
  let prevEnd = 0;
  for (let k = 0; k < brackets.length; k++) {
    const span = brackets[k] as Span;
    const inner = text.slice(span.start + 1, span.end - 1);
    let fields = readLabeledFields(inner, opts.year);
    if (!fields.labeled && opts.allowUnlabeled && k === brackets.length - 1 && isAtEnd(text, span.end)) {
      const units = splitUnits(inner);
      if (units.length > 0 && units.every(looksLikeUnit)) {
        fields = { leaders: [], leadUnits: units.slice(0, 1), supportUnits: units.slice(1), deadline: null, labeled: true };
      }
    }
    if (!fields.labeled && opts.allowUnlabeled) {
      const sentence = readSentenceFields(inner, opts.year);
      if (sentence) fields = { ...sentence, labeled: true };
    }
    if (!fields.labeled) continue;
    if (opts.firstListedLeads && fields.unitsListedOnly && fields.leadUnits.length > 1) {
      fields = { ...fields, leadUnits: fields.leadUnits.slice(0, 1), supportUnits: [...fields.leadUnits.slice(1), ...fields.supportUnits] };
    }
    groups.push({
      subject: subjectBetween(text, prevEnd, span.start),
      leaders: fields.leaders,
      leadUnits: fields.leadUnits,
      supportUnits: fields.supportUnits,
      deadline: fields.deadline,
      span,
    });
    cut.push(span);
    prevEnd = span.end;
  }
  if (groups.length === 0) {
    const tail = bracketLabelTail(text, opts.year) ?? plainLabelTail(text, opts.year, opts.firstListedLeads === true);
    if (tail) {
      groups.push(tail);
      cut.push(tail.span);
    }
  }
  // One group closing the item covers the whole item: no subject of its own.
  if (groups.length === 1 && isAtEnd(text, (groups[0] as ResponsibilityGroup).span.end)) (groups[0] as ResponsibilityGroup).subject = null;
  return { groups, cut };
}

function isAtEnd(text: string, end: number): boolean {
  return trimChars(text.slice(end), `${SPACES}。；;，,.`) === '';
}

/** The words a group is attached to: from the end of the previous group (or the item start) to the group. */
function subjectBetween(text: string, from: number, to: number): string | null {
  let s = text.slice(from, to);
  const stop = Math.max(s.lastIndexOf('。'), s.lastIndexOf('；'));
  if (stop >= 0 && stop < s.length - 1) s = s.slice(stop + 1);
  s = trimChars(s, `${SPACES}、，,；;。`);
  return s === '' ? null : s;
}

/** 【牵头单位】市发改委【责任单位】市财政局 … running to the end of the item. */
function bracketLabelTail(text: string, year: number | null): ResponsibilityGroup | null {
  BRACKET_LABEL.lastIndex = 0;
  let first = -1;
  let m: RegExpExecArray | null;
  const marks: { at: number; end: number; field: Field }[] = [];
  while ((m = BRACKET_LABEL.exec(text)) !== null) {
    const field = fieldOfLabel(m[1] as string);
    if (!field) continue;
    if (first < 0) first = m.index;
    marks.push({ at: m.index, end: m.index + m[0].length, field });
  }
  if (marks.length === 0) return null;
  const g: ResponsibilityGroup = {
    subject: null,
    leaders: [],
    leadUnits: [],
    supportUnits: [],
    deadline: null,
    span: { start: first, end: text.length },
  };
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i] as (typeof marks)[number];
    const valueEnd = i + 1 < marks.length ? (marks[i + 1] as (typeof marks)[number]).at : text.length;
    const value = text.slice(mark.end, valueEnd).replace(/^[：:\s]+/, '');
    if (mark.field === 'deadline') g.deadline = parseDeadline(trimChars(value, `${SPACES}。；;.`), year);
    else g[mark.field].push(...splitUnits(value));
  }
  return g;
}

/** A responsibility label where a sentence or line starts, its bracket possibly missing: 。牵头责任单位：市教育局 / \n（责任单位：… */
const PLAIN_LABEL =
  /(?:(?:^|[。；;！\n])[ \t\u3000]*|(?=[（(〔【]))(([（(〔【]?)(?:(?:责任|牵头|分管)[市省县区]?领导|部门分工|牵头责任单位|牵头责任部门|牵头单位|牵头部门|主办单位|主责单位|责任单位|责任部门|配合单位|协办单位)[】]?[：:])/g;

/** 牵头责任单位：市教育局；配合单位：… after the item's words, without brackets (or with an unclosed one), to the end. */
function plainLabelTail(text: string, year: number | null, firstListedLeads = false): ResponsibilityGroup | null {
  if (!text.includes('单位') && !text.includes('领导') && !text.includes('部门')) return null; // the common case, cheaply
  PLAIN_LABEL.lastIndex = 0;
  const m = PLAIN_LABEL.exec(text);
  if (!m) return null;
  const start = m.index + m[0].length - (m[1] as string).length;
  let inner = trimChars(text.slice(start + (m[2] ? 1 : 0)), `${SPACES}。；;.`);
  if (/[）)〕】]$/.test(inner)) inner = inner.slice(0, -1);
  const f = readLabeledFields(inner, year);
  if (!f.labeled) return null;
  if (firstListedLeads && f.unitsListedOnly && f.leadUnits.length > 1) {
    f.supportUnits = [...f.leadUnits.slice(1), ...f.supportUnits];
    f.leadUnits = f.leadUnits.slice(0, 1);
  }
  return { subject: null, leaders: f.leaders, leadUnits: f.leadUnits, supportUnits: f.supportUnits, deadline: f.deadline, span: { start, end: text.length } };
}

/** A line that only assigns units, e.g. "以下任务由市发改委牵头" or "牵头单位：市发改委；责任单位：…". */
export function readAssignmentLine(line: string, year: number | null): Omit<ResponsibilityGroup, 'span' | 'subject'> | null {
  const t = trimChars(line, `${SPACES}。.：:`);
  const by = /^(?:以下|下列|上述以下)[^。，]{0,12}?由(.{2,60}?)(?:牵头|负责)(?:[，,]?(.{2,80}?)(?:配合|参与|协同|协办))?(?:落实|推进|实施|完成)?$/.exec(t);
  if (by) {
    return { leaders: [], leadUnits: splitUnits(by[1] as string), supportUnits: by[2] ? splitUnits(by[2]) : [], deadline: null };
  }
  const inner = t.replace(/^[（(〔【]|[）)〕]$/g, '');
  const first = firstColon(inner.replace(/^【([^】]{2,6})】/, '$1：'));
  if (first < 0) {
    const tail = bracketLabelTail(t, year);
    return tail ? { leaders: tail.leaders, leadUnits: tail.leadUnits, supportUnits: tail.supportUnits, deadline: tail.deadline } : null;
  }
  const f = readLabeledFields(inner, year);
  if (!f.labeled) return null;
  return { leaders: f.leaders, leadUnits: f.leadUnits, supportUnits: f.supportUnits, deadline: f.deadline };
}

/** 责任单位中排在第一位的为牵头单位 / 第一个单位为牵头单位: the letter's rule for bare unit lists. */
const FIRST_LEADS = /(?:排(?:在|名|列)?(?:第一|首)位?|列(?:第一|首)位|第一(?:个|家|位)|首个|首位)[^。；\n]{0,6}(?:单位|部门)?[^。；\n]{0,4}(?:为|是)牵头(?:单位|部门)/;

export function saysFirstListedLeads(text: string): boolean {
  return text.includes('牵头') && FIRST_LEADS.test(text);
}

/** The text with the given spans removed (spans sorted, non-overlapping). */
export function cutSpans(text: string, cut: Span[]): string {
  let out = '';
  let at = 0;
  for (const s of cut) {
    out += text.slice(at, s.start);
    at = s.end;
  }
  return out + text.slice(at);
}
