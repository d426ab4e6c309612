// The words around a figure: the sentence it sits in says whose 产值 or which 项目 a bare metric
// means, and whether the figure is an estimate (预计, 初步核算).
import type { Span } from '../model/document';

const SENTENCE_END = /[。；;！？!?\n]/;
const CLAUSE_END = /[，,。；;！？!?\n]/;
const MAX_REACH = 240;

/** Bounds of the sentence of `text` containing `span` (。；！？ and line breaks; at most 240 characters each side). */
export function sentenceBounds(text: string, span: Span): Span {
  let start = Math.max(0, Math.min(span.start, text.length));
  const floor = Math.max(0, start - MAX_REACH);
  while (start > floor && !SENTENCE_END.test(text[start - 1] as string)) start--;
  let end = Math.max(start, Math.min(span.end, text.length));
  const ceil = Math.min(text.length, end + MAX_REACH);
  while (end < ceil && !SENTENCE_END.test(text[end] as string)) end++;
  return { start, end };
}

export function sentenceAround(text: string, span: Span): string {
  const b = sentenceBounds(text, span);
  return text.slice(b.start, b.end).trim();
}

/** The part of the sentence up to the end of the figure: a 预计 after it belongs to the next figure. */
export function leadUpTo(text: string, span: Span): string {
  const b = sentenceBounds(text, span);
  return text.slice(b.start, Math.min(span.end, text.length));
}

/**
 * For each figure, its sentence up to the end of its clause, with the other figures blanked out: in
 * 新增高新技术企业50家、科技型中小企业入库440家 the first figure's surroundings do not include the second.
 * `spans` are the figures' spans in `text`; the result follows their order.
 */
export function surroundings(text: string, spans: Span[]): string[] {
  const order = spans.map((s, i) => ({ s, i })).sort((a, b) => a.s.start - b.s.start);
  const out = new Array<string>(spans.length).fill('');
  order.forEach(({ s, i }, k) => {
    const sentence = sentenceBounds(text, s);
    // Up to the end of the figure's own clause: what follows is about other things.
    let clauseEnd = Math.min(Math.max(s.end, sentence.start), sentence.end);
    while (clauseEnd < sentence.end && !CLAUSE_END.test(text[clauseEnd] as string)) clauseEnd++;
    const b = { start: sentence.start, end: clauseEnd };
    let chunk = text.slice(b.start, b.end).split('');
    const blank = (o: Span) => {
      for (let p = Math.max(o.start, b.start); p < Math.min(o.end, b.end); p++) chunk[p - b.start] = '，';
    };
    for (let j = k - 1; j >= 0 && (order[j] as { s: Span }).s.end > b.start; j--) blank((order[j] as { s: Span }).s);
    for (let j = k + 1; j < order.length && (order[j] as { s: Span }).s.start < b.end; j++) blank((order[j] as { s: Span }).s);
    // Restore the figure's own words, which a neighbour's overlapping span may have blanked.
    for (let p = Math.max(s.start, b.start); p < Math.min(s.end, b.end); p++) chunk[p - b.start] = text[p] as string;
    out[i] = chunk.join('').trim();
    chunk = [];
  });
  return out;
}

const ESTIMATE = /预计|预估|初步核算|初步统计|初步测算|快报数|快报/;

/** Is an achieved figure an estimate? The parser's flag when it sets one, else the words before it. */
export function isEstimate(a: { estimate?: boolean | undefined; text: string }, lead?: string): boolean {
  if (a.estimate === true) return true;
  return ESTIMATE.test(a.text) || (lead !== undefined && ESTIMATE.test(lead));
}
