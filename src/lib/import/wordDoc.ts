// A Word 97-2003 document's streams (WordDocument and its table stream, from compound.ts) → its main text,
// in the shape mammoth gives a .docx: each paragraph followed by a blank line, and a table one cell per
// paragraph (a cell mark \x07 ends a cell, the row's own end mark is dropped), so parse/cellTable.ts reads a
// .doc's task table as it reads a .docx's. The text is found through the piece table (FIB → CLX in the
// 0Table or 1Table stream; each piece 8-bit "compressed" or UTF-16); which \x07 ends a row is read from the
// paragraph properties (PAPX FKPs: sprmPFTtp). Field codes are dropped and their results kept, and so is text
// struck out as a tracked deletion (CHPX FKPs: sprmCFRMarkDel), as mammoth drops a .docx's w:del. Pure; every
// offset is checked against its stream, so a damaged file gets a reason in Chinese and never a throw.

export type WordDocResult = { ok: true; text: string } | { ok: false; reason: string };

/** Characters read from one document: far beyond any notice (a 100-page report is ~100,000). */
export const DOC_MAX_CHARS = 5_000_000;

const FIB_IDENT = 0xa5ec;
/** nFib of Word 97 and later; Word 6 / 95 files are older and laid out otherwise. */
const NFIB_WORD97 = 0x00c1;
const SPRM_DELETED = 0x0800;
const SPRM_IN_TABLE = 0x2416;
const SPRM_TTP = 0x2417;
const SPRM_INNER_CELL = 0x244b;
const SPRM_VERT_MERGE = 0xd62b;
/** A paragraph's properties too large for its FKP, stored in the Data stream at the operand's offset. */
const SPRM_HUGE_PAPX = 0x6646;
const SPRM_INNER_TTP = 0x244c;
const SPRM_DEF_TABLE = 0xd608;
const SPRM_DEF_TABLE10 = 0xd606;
const SPRM_CHG_TABS = 0xc615;
const FKP_BYTES = 512;

class Damaged extends Error {}

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
}

const DAMAGED = 'Word 文件已损坏，无法读取：请在 Word 或 WPS 中打开后另存为 .docx 再导入';

// cp1252's 0x80–0x9F, used by 8-bit ("compressed") pieces; elsewhere a byte is its own code point.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's first character in the WordDocument stream. */
  fc: number;
  compressed: boolean;
}

interface Fib {
  tableName: '0Table' | '1Table';
  ccpText: number;
  fcClx: number;
  lcbClx: number;
  fcBtePapx: number;
  lcbBteChpx: number;
  fcBteChpx: number;
  lcbBtePapx: number;
}

function readFib(word: Uint8Array): Fib | string {
  if (word.length < 0x200 || u16(word, 0) !== FIB_IDENT) return DAMAGED;
  const nFib = u16(word, 2);
  const flags = u16(word, 0x0a);
  if (flags & 0x0100) return 'Word 文件设有密码（已加密），无法读取：请在 Word 或 WPS 中去掉密码后另存为 .docx 再导入';
  if (nFib < NFIB_WORD97) return '这是 Word 6.0 / 95 的旧格式，无法读取：请在 Word 或 WPS 中另存为 .docx 后再导入';
  // FibBase (32 bytes), then csw × u16, cslw × u32, cbRgFcLcb × (fc, lcb) pairs, each preceded by its count
  const csw = u16(word, 32);
  const lw = 32 + 2 + csw * 2;
  const cslw = u16(word, lw);
  const fcLcb = lw + 2 + cslw * 4 + 2;
  const pairs = u16(word, fcLcb - 2);
  if (cslw < 4 || pairs < 34 || fcLcb + pairs * 8 > word.length) return DAMAGED;
  const pair = (i: number) => [u32(word, fcLcb + i * 8), u32(word, fcLcb + i * 8 + 4)] as const;
  const [fcClx, lcbClx] = pair(33);
  const [fcBtePapx, lcbBtePapx] = pair(13);
  const [fcBteChpx, lcbBteChpx] = pair(12);
  return { tableName: flags & 0x0200 ? '1Table' : '0Table', ccpText: u32(word, lw + 2 + 3 * 4), fcClx, lcbClx, fcBtePapx, lcbBtePapx, fcBteChpx, lcbBteChpx };
}

/** The piece table: Prc blocks (0x01) are skipped, the Pcdt (0x02) holds the CPs and the pieces. */
function readPieces(table: Uint8Array, fib: Fib, wordLength: number): Piece[] {
  if (fib.fcClx + fib.lcbClx > table.length || fib.lcbClx === 0) throw new Damaged(DAMAGED);
  const clx = table.subarray(fib.fcClx, fib.fcClx + fib.lcbClx);
  let at = 0;
  while (clx[at] === 0x01) at += 3 + u16(clx, at + 1);
  if (clx[at] !== 0x02) throw new Damaged(DAMAGED);
  const lcb = u32(clx, at + 1);
  const plc = clx.subarray(at + 5, at + 5 + lcb);
  if (plc.length !== lcb || (lcb - 4) % 12 !== 0) throw new Damaged(DAMAGED);
  const n = (lcb - 4) / 12;
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const cpStart = u32(plc, i * 4);
    const cpEnd = u32(plc, (i + 1) * 4);
    const raw = u32(plc, (n + 1) * 4 + i * 8 + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = compressed ? (raw & 0x3fffffff) / 2 : raw;
    if (cpEnd < cpStart || fc + (cpEnd - cpStart) * (compressed ? 1 : 2) > wordLength) throw new Damaged(DAMAGED);
    pieces.push({ cpStart, cpEnd, fc, compressed });
  }
  return pieces;
}

/** What a run of paragraphs' properties say about tables: in a cell, a row's end, which cells of that row continue a merge. */
interface ParagraphRun {
  from: number;
  to: number;
  inTable: boolean;
  rowEnd: boolean;
  /** Cells (by index) merged into the cell above or to the left: mammoth gives such a cell no text. */
  merged: Set<number>;
}

/** The paragraph properties of the WordDocument stream's byte ranges, from the PAPX FKPs (and the Data stream). */
function paragraphRuns(word: Uint8Array, table: Uint8Array, data: Uint8Array | undefined, fib: Fib): ParagraphRun[] {
  const out: ParagraphRun[] = [];
  if (fib.lcbBtePapx < 12 || fib.fcBtePapx + fib.lcbBtePapx > table.length) return out;
  const n = (fib.lcbBtePapx - 4) / 8;
  if (!Number.isInteger(n)) return out;
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const pn = u32(table, fib.fcBtePapx + (n + 1) * 4 + i * 4) & 0x3fffff;
    if (seen.has(pn) || (pn + 1) * FKP_BYTES > word.length) continue;
    seen.add(pn);
    const fkp = word.subarray(pn * FKP_BYTES, (pn + 1) * FKP_BYTES);
    const runs = fkp[FKP_BYTES - 1] ?? 0;
    for (let r = 0; r < runs && (runs + 1) * 4 + r * 13 < FKP_BYTES; r++) {
      const offset = (fkp[(runs + 1) * 4 + r * 13] ?? 0) * 2;
      const run: ParagraphRun = { from: u32(fkp, r * 4), to: u32(fkp, (r + 1) * 4), inTable: false, rowEnd: false, merged: new Set() };
      if (offset > 0 && offset < FKP_BYTES - 1) {
        let size = (fkp[offset] ?? 0) * 2 - 1;
        let start = offset + 1;
        if (size === -1) {
          size = (fkp[offset + 1] ?? 0) * 2;
          start = offset + 2;
        }
        // istd (2 bytes), then the sprms
        readSprms(fkp.subarray(start + 2, Math.min(start + size, FKP_BYTES - 1)), run, data);
      }
      out.push(run);
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

/** The sprms that matter here: in a table, a row's end, the row's merged cells. */
function readSprms(grpprl: Uint8Array, run: ParagraphRun, data?: Uint8Array): void {
  let at = 0;
  while (at + 2 <= grpprl.length) {
    const sprm = u16(grpprl, at);
    at += 2;
    // the real properties, in the Data stream: a 2-byte size, then the sprms (read once: no further hop)
    if (sprm === SPRM_HUGE_PAPX && data) {
      const offset = u32(grpprl, at);
      if (offset + 2 <= data.length) readSprms(data.subarray(offset + 2, Math.min(data.length, offset + 2 + u16(data, offset))), run);
    }
    if ((sprm === SPRM_IN_TABLE || sprm === SPRM_INNER_CELL) && grpprl[at] === 1) run.inTable = true;
    if ((sprm === SPRM_TTP || sprm === SPRM_INNER_TTP) && grpprl[at] === 1) run.rowEnd = run.inTable = true;
    if (sprm === SPRM_DEF_TABLE) mergedInDefTable(grpprl.subarray(at + 2, at + 1 + u16(grpprl, at)), run.merged);
    // sprmTVertMerge: cb, the cell, its flags (1 = merged with the cell above)
    if (sprm === SPRM_VERT_MERGE && ((grpprl[at + 2] ?? 0) & 3) === 1) run.merged.add(grpprl[at + 1] ?? 0);
    const spra = sprm >> 13;
    if (spra === 6) {
      if (sprm === SPRM_DEF_TABLE || sprm === SPRM_DEF_TABLE10) at += u16(grpprl, at) + 1;
      else if (sprm === SPRM_CHG_TABS && grpprl[at] === 255) return;
      else at += 1 + (grpprl[at] ?? 0);
    } else at += [1, 1, 2, 4, 2, 2, 0, 3][spra] as number;
  }
}

/** TDefTableOperand after its cb: itcMac, itcMac + 1 column edges, then a TC80 (20 bytes) per cell. */
function mergedInDefTable(op: Uint8Array, merged: Set<number>): void {
  const cells = op[0] ?? 0;
  const tcs = 1 + (cells + 1) * 2;
  for (let i = 0; i < cells && tcs + i * 20 + 2 <= op.length; i++) {
    const flags = u16(op, tcs + i * 20);
    // horzMerge (bits 0–1) 2 = merged with the cell to the left; vertMerge (bits 5–6) 1 = with the cell above
    if ((flags & 3) === 2 || ((flags >> 5) & 3) === 1) merged.add(i);
  }
}

/**
 * Byte ranges whose characters are a tracked deletion (sprmCFRMarkDel in the CHPX FKPs): text the author
 * struck out, still stored, which Word does not show once the changes are accepted and mammoth drops.
 */
function deletedRanges(word: Uint8Array, table: Uint8Array, fib: Fib): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  if (fib.lcbBteChpx < 12 || fib.fcBteChpx + fib.lcbBteChpx > table.length) return out;
  const n = (fib.lcbBteChpx - 4) / 8;
  if (!Number.isInteger(n)) return out;
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const pn = u32(table, fib.fcBteChpx + (n + 1) * 4 + i * 4) & 0x3fffff;
    if (seen.has(pn) || (pn + 1) * FKP_BYTES > word.length) continue;
    seen.add(pn);
    const fkp = word.subarray(pn * FKP_BYTES, (pn + 1) * FKP_BYTES);
    const runs = fkp[FKP_BYTES - 1] ?? 0;
    for (let r = 0; r < runs && (runs + 1) * 4 + r < FKP_BYTES - 1; r++) {
      const offset = (fkp[(runs + 1) * 4 + r] ?? 0) * 2;
      if (offset === 0 || offset >= FKP_BYTES - 1) continue;
      const grpprl = fkp.subarray(offset + 1, Math.min(offset + 1 + (fkp[offset] ?? 0), FKP_BYTES - 1));
      if (isDeleted(grpprl)) out.push({ from: u32(fkp, r * 4), to: u32(fkp, (r + 1) * 4) });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

function isDeleted(grpprl: Uint8Array): boolean {
  let at = 0;
  while (at + 2 <= grpprl.length) {
    const sprm = u16(grpprl, at);
    at += 2;
    if (sprm === SPRM_DELETED) return grpprl[at] === 1;
    const spra = sprm >> 13;
    at += spra === 6 ? 1 + (grpprl[at] ?? 0) : ([1, 1, 2, 4, 2, 2, 0, 3][spra] as number);
  }
  return false;
}

function runAt<R extends { from: number; to: number }>(runs: R[], fc: number): R | null {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid]!;
    if (fc < run.from) hi = mid - 1;
    else if (fc >= run.to) lo = mid + 1;
    else return run;
  }
  return null;
}

/** The main document's text (CPs 0 … ccpText) in mammoth's shape. */
export function wordDocText(word: Uint8Array, tables: { '0Table'?: Uint8Array; '1Table'?: Uint8Array; Data?: Uint8Array }): WordDocResult {
  try {
    const fib = readFib(word);
    if (typeof fib === 'string') return { ok: false, reason: fib };
    const table = tables[fib.tableName];
    if (!table) return { ok: false, reason: DAMAGED };
    if (fib.ccpText > DOC_MAX_CHARS) return { ok: false, reason: `Word 文件的文字超过 ${DOC_MAX_CHARS / 1_000_000} 百万字，超出可读取的上限` };
    const pieces = readPieces(table, fib, word.length);
    const runs = paragraphRuns(word, table, tables.Data, fib);
    const deleted = deletedRanges(word, table, fib);
    const out: string[] = [];
    let paragraph = '';
    // a table row's cells wait for the row's end mark, which says which of them continue a merged cell
    let row: string[] = [];
    let cell = '';
    const flushRow = (merged: Set<number> = new Set()) => {
      row.forEach((text, i) => {
        if (!merged.has(i)) out.push(text);
      });
      if (cell !== '') out.push(cell);
      row = [];
      cell = '';
    };
    const endParagraph = (fc: number) => {
      if (runAt(runs, fc)?.inTable) cell += `${paragraph}\n\n`;
      else {
        flushRow();
        out.push(paragraph, '\n\n');
      }
      paragraph = '';
    };
    const endCell = (fc: number) => {
      const run = runAt(runs, fc);
      if (run?.rowEnd) flushRow(run.merged);
      else {
        row.push(`${cell}${paragraph}\n\n`);
        cell = '';
      }
      paragraph = '';
    };
    // field codes: \x13 code \x14 result \x15, nested; a character shows only where every open field shows its result
    const fields: boolean[] = [];
    let hidden = 0;
    for (const p of pieces) {
      const from = Math.max(p.cpStart, 0);
      const to = Math.min(p.cpEnd, fib.ccpText);
      for (let cp = from; cp < to; cp++) {
        const fc = p.fc + (cp - p.cpStart) * (p.compressed ? 1 : 2);
        let code: number;
        if (p.compressed) {
          const b = word[fc] as number;
          code = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
        } else code = u16(word, fc);
        if (code === 0x13) {
          fields.push(false);
          hidden++;
          continue;
        }
        if (code === 0x14) {
          if (fields.length > 0 && !fields[fields.length - 1]) {
            fields[fields.length - 1] = true;
            hidden--;
          }
          continue;
        }
        if (code === 0x15) {
          if (fields.length > 0 && !fields.pop()) hidden--;
          continue;
        }
        if (code === 0x0d || code === 0x0c || code === 0x0e) {
          // a paragraph mark inside a field's code (rare) still ends the paragraph
          endParagraph(fc);
          continue;
        }
        if (code === 0x07) {
          endCell(fc);
          continue;
        }
        if (hidden > 0 || (deleted.length > 0 && runAt(deleted, fc))) continue;
        if (code === 0x0b) paragraph += '\n';
        else if (code === 0x1e) paragraph += '-';
        else if (code === 0x09 || code >= 0x20) paragraph += String.fromCharCode(code);
      }
    }
    if (paragraph !== '') cell += `${paragraph}\n\n`;
    flushRow();
    return { ok: true, text: out.join('') };
  } catch (e) {
    return { ok: false, reason: e instanceof Damaged ? e.message : DAMAGED };
  }
}
