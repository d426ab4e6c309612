// Layer 1: raw text → the normalized text every span refers to.
// Each step is a single linear pass; no regex here has nested quantifiers.

/** Chinese characters and the full-width punctuation that sits between them. */
const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff01-\\uff0f\\uff1a-\\uff20\\u2014\\u2026\\u201c\\u201d\\u2018\\u2019';
const CJK_CHAR = new RegExp(`[${CJK}]`);

/** Ends of a sentence (or of a responsibility parenthetical closing an item). */
const TERMINAL = new Set(['。', '！', '？', '!', '?', '）', ')', '〕', '】', '」', '”', '’', '…', '》']);
/** Ends of a line that promise more text: a sentence cut by a page break. */
const OPEN_END = new Set(['，', '、', '；', ',', ';']);
const SENTENCE_STOP = /[。！？]/;

/** Starts of lines that begin a new unit (heading, numbered item, bullet): never glued to the line before. */
const STRUCTURAL_START = /^(?:[一二三四五六七八九十百零〇]{1,4}、|[（(][一二三四五六七八九十百零〇\d]{1,4}[)）]|(?:\d{1,3}|(?!19|20)\d{4})[.．、\t](?!\d)|[-－•·●▪◆■])/;
export const BULLET = /^[-－•·●▪◆■][ \t\u3000]*/;

/** A printed page number: — 3 —, - 12 -, 第3页, 第 3 页 共 9 页. */
export const PAGE_NUMBER = /^(?:[—－–-]{1,2}[ \t\u3000]*\d{1,3}[ \t\u3000]*[—－–-]{1,2}|第[ \t\u3000]*\d{1,3}[ \t\u3000]*页(?:[ \t\u3000]*共[ \t\u3000]*\d{1,3}[ \t\u3000]*页)?)$/;

const PAGE_NOISE = /[（(][ \t]*[上下]?[接转][ \t]*第[一二三四五六七八九十\d]{1,3}[版页][ \t]*[)）]/g;

export function normalizeText(raw: string): string {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  text = text.replace(/\r\n?/g, '\n');
  text = stripMarkup(text);
  text = toHalfWidthAlnum(text);
  if (text.includes('版') || text.includes('页')) text = text.replace(PAGE_NOISE, '');
  text = cjkPunctuation(text);
  text = dropStrayLatin(text);
  return joinBrokenLines(text);
}

/**
 * Marks that text collections put around a report, which are formatting and never part of a title or a
 * metric: front matter between two --- lines at the top, HTML comments, Markdown heading marks (# 标题)
 * and bold or italic marks (**加粗**, __加粗__). Linear: each mark is found by indexOf, never by a
 * backtracking regex.
 */
export function stripMarkup(text: string): string {
  let s = dropFrontMatter(text);
  s = dropHtmlComments(s);
  if (s.includes('#')) s = s.replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, '');
  if (s.includes('**')) s = s.split('**').join('');
  if (s.includes('__')) s = s.split('__').join('');
  return s;
}

const FRONT_MATTER_KEY = /^[A-Za-z_][\w-]{0,30}:/;

function dropFrontMatter(text: string): string {
  let at = 0;
  while (at < text.length && (text[at] === '\n' || text[at] === ' ' || text[at] === '\t')) at++;
  if (!text.startsWith('---\n', at)) return text;
  const close = text.indexOf('\n---', at + 3);
  if (close < 0 || close - at > 4000) return text;
  const inner = text
    .slice(at + 4, close)
    .split('\n')
    .filter((l) => l.trim() !== '');
  // key: value lines (and their indented continuations): anything else is a rule in the text, not front matter.
  if (inner.length === 0 || !inner.every((l) => FRONT_MATTER_KEY.test(l) || /^[ \t-]/.test(l))) return text;
  const lineEnd = text.indexOf('\n', close + 4);
  return lineEnd < 0 ? '' : text.slice(lineEnd + 1);
}

/** The `title:` of front matter at the top (collections carry a report's title there), null when none. */
export function frontMatterTitle(text: string): string | null {
  const head = text.slice(0, 4100);
  const kept = dropFrontMatter(head);
  if (kept === head) return null;
  const m = /^title:[ \t]*(.+)$/m.exec(head.slice(0, head.length - kept.length));
  const title = m ? (m[1] as string).trim().replace(/^["']|["']$/g, '') : '';
  return title === '' ? null : title;
}

function dropHtmlComments(text: string): string {
  let from = text.indexOf('<!--');
  if (from < 0) return text;
  const parts: string[] = [];
  let at = 0;
  while (from >= 0) {
    const close = text.indexOf('-->', from + 4);
    if (close < 0) break; // an unclosed comment is left as it is
    parts.push(text.slice(at, from));
    at = close + 3;
    from = text.indexOf('<!--', at);
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Full-width digits and Latin letters → ASCII; ％ → %; a full-width point between digits → '.'. */
export function toHalfWidthAlnum(s: string): string {
  return s
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/％/g, '%')
    .replace(/．/g, (c, at: number, all: string) => (isDigit(all.charCodeAt(at - 1)) && isDigit(all.charCodeAt(at + 1)) ? '.' : c));
}

const isDigit = (c: number) => c >= 48 && c <= 57;

const WIDE: Record<string, string> = { '(': '（', ')': '）', ',': '，', ';': '；', ':': '：' };

/** ASCII ( ) , ; : touching a Chinese character become their full-width forms (not 23:30, not 1,000). */
function cjkPunctuation(s: string): string {
  return s.replace(/[(),;:]/g, (ch, at: number) => (CJK_CHAR.test(s[at - 1] ?? '') || CJK_CHAR.test(s[at + 1] ?? '') ? (WIDE[ch] as string) : ch));
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** OCR noise: a lowercase Latin word standing alone between Chinese text (街区 and 历史). */
function dropStrayLatin(s: string): string {
  const cut: [number, number][] = [];
  const word = /[a-z]{1,12}/g;
  let m: RegExpExecArray | null;
  while ((m = word.exec(s)) !== null) {
    let a = m.index;
    let b = a + m[0].length;
    if (!isBlank(s[a - 1]) || !isBlank(s[b])) continue;
    while (isBlank(s[a - 1])) a--;
    while (isBlank(s[b])) b++;
    if (CJK_CHAR.test(s[a - 1] ?? '') && CJK_CHAR.test(s[b] ?? '')) cut.push([a, b]);
    word.lastIndex = b;
  }
  if (cut.length === 0) return s;
  const parts: string[] = [];
  let at = 0;
  for (const [a, b] of cut) {
    parts.push(s.slice(at, a));
    at = b;
  }
  parts.push(s.slice(at));
  return parts.join('');
}

/**
 * Re-joins a paragraph cut by a page or column break: a line ending in ，、；, or a line with a
 * sentence stop inside but none at its end, is glued to the next non-empty line, unless that line
 * starts a heading or item. A bullet cut in the same way continues on the next bullet line.
 * Linear: what decides whether the joined line is still cut is kept up to date as pieces are added,
 * never re-read from the growing line.
 */
export function joinBrokenLines(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = trimLine(lines[i] as string);
    i++;
    if (first === '' || first.includes('\t')) {
      out.push(first);
      continue;
    }
    // A printed page number (— 3 —) is no text: dropped, and a sentence cut by the page break reads on past it.
    if (isPageNumber(first)) {
      out.push('');
      continue;
    }
    const pieces = [first];
    const bullet = BULLET.test(first);
    let hasStop = SENTENCE_STOP.test(first);
    let hasPause = /[，。；]/.test(first);
    let last = first[first.length - 1] as string;
    for (;;) {
      if (!looksCut(last, bullet, hasStop, hasPause)) break;
      let j = i;
      while (j < lines.length && (trimLine(lines[j] as string) === '' || isPageNumber(trimLine(lines[j] as string)))) j++;
      if (j >= lines.length) break;
      const next = trimLine(lines[j] as string);
      let rest: string | null = null;
      if (next.includes('\t')) break; // a table row is never the rest of a sentence
      if (!STRUCTURAL_START.test(next)) rest = next;
      else if (bullet && BULLET.test(next) && hasPause) rest = next.replace(BULLET, '');
      if (rest === null || rest === '') break;
      pieces.push(rest);
      hasStop ||= SENTENCE_STOP.test(rest);
      hasPause ||= /[，。；]/.test(rest);
      last = rest[rest.length - 1] as string;
      i = j + 1;
    }
    out.push(pieces.length === 1 ? first : pieces.join(''));
  }
  return out.join('\n');
}

function isPageNumber(line: string): boolean {
  return line.length <= 20 && PAGE_NUMBER.test(line);
}

function trimLine(line: string): string {
  let a = 0;
  let b = line.length;
  while (a < b && ' \t\u3000\u00a0'.includes(line[a] as string)) a++;
  while (b > a && ' \t\u3000\u00a0'.includes(line[b - 1] as string)) b--;
  return line.slice(a, b);
}

/** Whether a line (known by its last character and what it contains) goes on on the next line. */
function looksCut(last: string, bullet: boolean, hasStop: boolean, hasPause: boolean): boolean {
  if (OPEN_END.has(last)) return true;
  if (TERMINAL.has(last) || last === '：' || last === ':') return false;
  // A bullet is one sentence-like commitment: a comma inside and no stop at the end means it goes on.
  if (bullet) return hasPause;
  return hasStop;
}
