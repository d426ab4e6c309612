// The part of a document's text the reader shows around one figure's sentence: the paragraphs that hold
// the span plus a few on each side (capped in characters, for a text without line breaks), split into
// before / sentence-before / the span / sentence-after / after so the view renders plain text nodes: the
// figure's own words marked, the rest of its sentence shaded (a target's span is often just its clause:
// 「10个湖北实验室」 in 「推动10个湖北实验室多出成果」). A 500 KB report then renders a few kilobytes until
// the user asks for the whole text.
import type { Span } from '../model/document';

export interface TextWindow {
  before: string;
  /** the span's sentence before the span */
  lead: string;
  /** the span itself */
  mark: string;
  /** the span's sentence after the span */
  tail: string;
  after: string;
  /** offsets of the window in the text: from > 0 or to < text.length means part of the text is left out */
  from: number;
  to: number;
}

export interface WindowOptions {
  /** paragraphs shown on each side of the span's own */
  paragraphs?: number;
  /** at most this many characters on each side of the span */
  maxChars?: number;
  /** the whole text, the span still split out */
  whole?: boolean;
}

export function textWindow(text: string, span: Span, opts: WindowOptions = {}): TextWindow {
  const { paragraphs = 3, maxChars = 4000, whole = false } = opts;
  const start = Math.min(Math.max(0, span.start), text.length);
  const end = Math.min(Math.max(start, span.end), text.length);
  let from = 0;
  let to = text.length;
  if (!whole) {
    from = text.lastIndexOf('\n', start - 1) + 1;
    for (let i = 0; i < paragraphs && from > 0; i++) from = from < 2 ? 0 : text.lastIndexOf('\n', from - 2) + 1;
    from = Math.max(from, start - maxChars);
    to = nextBreak(text, end);
    for (let i = 0; i < paragraphs && to < text.length; i++) to = nextBreak(text, to + 1);
    to = Math.min(to, end + maxChars);
  }
  const [sStart, sEnd] = sentenceAround(text, start, end);
  const a = Math.max(from, sStart);
  const b = Math.min(to, sEnd);
  return { before: text.slice(from, a), lead: text.slice(a, start), mark: text.slice(start, end), tail: text.slice(end, b), after: text.slice(b, to), from, to };
}

/** Sentence ends: 。！？ and line breaks (a ； ends a clause, not the sentence). */
const END = /[。！？!?\n]/;
/** A sentence longer than this is not a sentence (a table row, a text without punctuation). */
const MAX_SENTENCE = 400;

/** The start and end of the sentence holding [start, end): the span itself never shrinks. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let a = start;
  // a span that starts right after an end mark starts its sentence
  while (a > 0 && start - a < MAX_SENTENCE && !END.test(text[a - 1]!)) a--;
  let b = end;
  // a span ending on an end mark (。) has its sentence already
  if (b > start && END.test(text[b - 1]!)) return [a, b];
  while (b < text.length && b - end < MAX_SENTENCE && !END.test(text[b]!)) b++;
  if (b < text.length && text[b] !== '\n') b++;
  return [a, b];
}

function nextBreak(text: string, at: number): number {
  const i = text.indexOf('\n', at);
  return i === -1 ? text.length : i;
}
