// A report's glossary (名词解释 / 名词注解 / 注释, often an annex): one entry per line, a term and its
// explanation split at the first colon (1.“四上”企业：指… / [2]贯标：… / ①五州战略：…). A line without a
// colon near its start goes on with the entry before it.
import type { GlossaryEntry } from '../model/document';

const ENTRY_NUMBER = /^(?:\[\d{1,3}\]|［\d{1,3}］|[（(]\d{1,3}[）)]|\d{1,3}[.．、]|[①-⑳㉑-㉟]|[-•·])[ \t\u3000]*/;
const MAX_TERM = 40;

/** Glossary entries from the glossary's lines (offsets in `text`). */
export function readGlossary(text: string, blocks: { start: number; end: number }[]): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  for (const b of blocks) {
    const line = text.slice(b.start, b.end);
    const number = ENTRY_NUMBER.exec(line);
    const body = number ? line.slice(number[0].length) : line;
    let colon = -1;
    for (let i = 0; i < body.length && i <= MAX_TERM; i++) {
      if (body[i] === '：' || body[i] === ':') {
        colon = i;
        break;
      }
    }
    const term = colon > 0 ? body.slice(0, colon).trim() : '';
    if (term === '' || /[。；]/.test(term)) {
      const prev = out[out.length - 1];
      if (prev && !number) {
        // the explanation runs on over another line
        prev.explanation += line.trim();
        prev.span = { start: prev.span.start, end: b.end };
      }
      continue;
    }
    out.push({ term, explanation: body.slice(colon + 1).trim(), span: { start: b.start, end: b.end } });
  }
  return out;
}
