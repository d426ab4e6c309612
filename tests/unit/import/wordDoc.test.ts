// The Word 97-2003 text reader: real .doc files made by LibreOffice (a table with a row-spanning and a
// column-spanning cell, an empty cell, a cell of two paragraphs, a line break; a date field), and
// streams built here for what LibreOffice never writes (8-bit pieces, pieces out of order, a password,
// a Word 95 file, a damaged piece table).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCompound } from '../../../src/lib/import/compound';
import { readDoc } from '../../../src/lib/import/docReader';
import { readText } from '../../../src/lib/import/readText';
import { DOC_MAX_CHARS, wordDocText } from '../../../src/lib/import/wordDoc';
import { setU32 } from '../../support/compoundPatch';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url));
const buffer = (b: Buffer) => new Uint8Array(b).buffer;

describe('wordDocText on .doc files made by LibreOffice', () => {
  it('gives a table one cell per paragraph as mammoth does: merged cells once, an empty cell empty, row ends dropped', () => {
    const r = readDoc(buffer(fixture('legacy-table.doc')), 'doc');
    const cells = [
      '序号',
      '工作任务',
      '责任领导',
      '牵头单位',
      '配合单位',
      '1',
      '建设示范园区',
      '李四',
      '县发改局',
      '',
      '2',
      '改造老旧小区',
      '第二段',
      '县住建局',
      '县财政局',
      '3',
      '合并的两格',
      '县商务局',
      '县税务局',
    ];
    const text = ['关于印发某县重点工作任务分解的通知', '第一行\n同一段的第二行', ...cells, '表格之后的段落'].map((p) => `${p}\n\n`).join('');
    expect(r).toEqual({ ok: true, text });
  });

  it('reads a row end whose properties sit in the Data stream (sprmPHugePapx), to the very text of the .docx', async () => {
    // LibreOffice writes a header row's properties there; without them the row's end mark read as an empty cell
    const docx = await readText('x.docx', new Uint8Array(fixture('legacy-huge-papx.docx')));
    const doc = readDoc(buffer(fixture('legacy-huge-papx.doc')), 'doc');
    expect(docx.ok && doc.ok && doc.text).toBe(docx.ok && docx.text);
    expect(doc.ok && doc.text.startsWith('某县重点工作任务分解表\n\n序号\n\n重点工作\n\n责任领导\n\n牵头单位\n\n配合单位\n\n完成时限\n\n1\n\n')).toBe(true);
  });

  it('drops text struck out as a tracked deletion, as mammoth does for the .docx', async () => {
    const docx = await readText('x.docx', new Uint8Array(fixture('legacy-deleted.docx')));
    const doc = readDoc(buffer(fixture('legacy-deleted.doc')), 'doc');
    expect(doc).toEqual({ ok: true, text: '1.建设示范园区（牵头单位：县发改局；配合单位：县税务局）\n\n' });
    expect(docx.ok && docx.text).toBe(doc.ok && doc.text);
  });

  it("keeps a field's result and drops its code (a DATE field)", () => {
    const r = readDoc(buffer(fixture('legacy-field.doc')), 'doc');
    expect(r.ok && r.text.split('\n\n')[0]).toBe('印发日期：24年3月5日。');
    expect(r.ok && r.text).not.toContain('DATE');
    expect(r.ok && [...r.text].some((c) => c >= '\u0013' && c <= '\u0015')).toBe(false);
  });
});

/** A WordDocument stream (FIB, then the text at 1024) and its 1Table stream (the CLX), as Word 97 lays them out. */
function streams(pieces: { text: string; compressed: boolean }[], options: { nFib?: number; flags?: number; ccpText?: number; clx?: Uint8Array } = {}) {
  const word = new Uint8Array(4096);
  word[0] = 0xec;
  word[1] = 0xa5;
  word[2] = (options.nFib ?? 0xc1) & 0xff;
  word[3] = (options.nFib ?? 0xc1) >> 8;
  const flags = options.flags ?? 0x0200; // the 1Table stream
  word[0x0a] = flags & 0xff;
  word[0x0b] = flags >> 8;
  word[32] = 14; // csw
  word[62] = 22; // cslw
  word[152] = 93; // cbRgFcLcb
  let at = 1024;
  let cp = 0;
  const cps: number[] = [0];
  const pcds: number[] = [];
  for (const p of pieces) {
    if (p.compressed) {
      for (const ch of p.text) word[at++] = ch === '€' ? 0x80 : ch.charCodeAt(0);
      pcds.push(((at - p.text.length) * 2) | 0x40000000);
    } else {
      pcds.push(at);
      for (const ch of p.text) {
        word[at++] = ch.charCodeAt(0) & 0xff;
        word[at++] = ch.charCodeAt(0) >> 8;
      }
    }
    cp += p.text.length;
    cps.push(cp);
  }
  setU32(word, 76, options.ccpText ?? cp);
  const plc = new Uint8Array(cps.length * 4 + pcds.length * 8);
  cps.forEach((c, i) => setU32(plc, i * 4, c));
  pcds.forEach((fc, i) => setU32(plc, cps.length * 4 + i * 8 + 2, fc >>> 0));
  const clx = options.clx ?? new Uint8Array([0x02, 0, 0, 0, 0, ...plc]);
  if (!options.clx) setU32(clx, 1, plc.length);
  const table = new Uint8Array(16 + clx.length);
  table.set(clx, 16);
  setU32(word, 418, 16); // fcClx
  setU32(word, 422, clx.length); // lcbClx
  return { word, tables: { '1Table': table } };
}

describe('wordDocText on streams built here', () => {
  it('reads 8-bit (compressed) pieces as cp1252 and UTF-16 pieces, in piece order', () => {
    const { word, tables } = streams([
      { text: 'Plan € 2024\r', compressed: true },
      { text: '重点任务\r', compressed: false },
    ]);
    expect(wordDocText(word, tables)).toEqual({ ok: true, text: 'Plan € 2024\n\n重点任务\n\n' });
  });

  it('reads only the main text (ccpText), not the footnotes and headers after it', () => {
    const { word, tables } = streams([{ text: '正文\r脚注\r', compressed: false }], { ccpText: 3 });
    expect(wordDocText(word, tables)).toEqual({ ok: true, text: '正文\n\n' });
  });

  it('says a password-protected file is encrypted, and a Word 6 / 95 file is too old, each with the way out', () => {
    const encrypted = streams([{ text: 'x\r', compressed: true }], { flags: 0x0300 });
    expect(wordDocText(encrypted.word, encrypted.tables)).toEqual({ ok: false, reason: expect.stringMatching(/^Word 文件设有密码.*另存为 \.docx/) });
    const old = streams([{ text: 'x\r', compressed: true }], { nFib: 0x65 });
    expect(wordDocText(old.word, old.tables)).toEqual({ ok: false, reason: expect.stringMatching(/^这是 Word 6\.0 \/ 95 的旧格式.*另存为 \.docx/) });
  });

  it('refuses a piece pointing outside the stream, a broken piece table, a missing table stream, text over the limit', () => {
    const outside = streams([{ text: 'x\r', compressed: false }]);
    setU32(outside.tables['1Table'], 16 + 5 + 8 + 2, 1_000_000);
    expect(wordDocText(outside.word, outside.tables)).toEqual({ ok: false, reason: expect.stringMatching(/^Word 文件已损坏/) });
    const broken = streams([], { clx: new Uint8Array([0x07, 1, 2, 3]) });
    expect(wordDocText(broken.word, broken.tables).ok).toBe(false);
    const ok = streams([{ text: 'x\r', compressed: true }]);
    expect(wordDocText(ok.word, {}).ok).toBe(false);
    const huge = streams([{ text: 'x\r', compressed: true }], { ccpText: DOC_MAX_CHARS + 1 });
    expect(wordDocText(huge.word, huge.tables)).toEqual({ ok: false, reason: expect.stringContaining('超出可读取的上限') });
  });
});

describe('readDoc on compound files that are not Word documents', () => {
  it('says an .xls named .doc is a spreadsheet, and a .wps of another kind needs WPS to save it as .docx', () => {
    const xls = buffer(fixture('legacy-date.xls'));
    expect(readDoc(xls, 'doc')).toEqual({ ok: false, reason: expect.stringMatching(/^这其实是一份 Excel 97-2003 表格/), actually: 'xls' });
    // an early WPS / Works document: a compound file whose text stream is not Word's
    const works = new Uint8Array(fixture('legacy-table.doc'));
    const name = new Uint8Array([...'WordDocument'].flatMap((c) => [c.charCodeAt(0), 0]));
    const at = Buffer.from(works).indexOf(Buffer.from(name));
    works.set(new Uint8Array([...'CONTENTSxxxx'].flatMap((c) => [c.charCodeAt(0), 0])), at);
    expect(readDoc(works.buffer, 'wps')).toEqual({ ok: false, reason: expect.stringMatching(/^这个 \.wps 文件不是与 Word 兼容的格式.*在 WPS 中打开后另存为 \.docx 再导入$/) });
  });

  it('says a .docx or an RTF saved under a .doc name is that format', () => {
    expect(readDoc(buffer(fixture('notice.docx')), 'doc')).toEqual({ ok: false, reason: expect.stringContaining('其实是 .docx 格式') });
    expect(readDoc(new TextEncoder().encode('{\\rtf1 x}').buffer, 'doc')).toEqual({ ok: false, reason: expect.stringContaining('RTF') });
  });
});

describe('wordDocText on damaged streams', () => {
  it('never throws and stays within its character limit, whatever bytes of the FIB, the piece table or the FKPs are changed', () => {
    const file = readCompound(new Uint8Array(fixture('legacy-table.doc')), ['WordDocument', '1Table'], 'x');
    if (!file.ok) throw new Error(file.reason);
    const word = file.streams.get('WordDocument')!;
    const table = file.streams.get('1Table')!;
    const edit = fc.tuple(fc.boolean(), fc.nat(), fc.nat(255));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 30 }), (edits) => {
        const w = new Uint8Array(word);
        const t = new Uint8Array(table);
        for (const [inWord, at, value] of edits) {
          const target = inWord ? w : t;
          // the FIB, the FKP pages and the table stream are where the structure is
          target[inWord ? at % Math.min(target.length, 1024) : at % target.length] = value;
        }
        const r = wordDocText(w, { '1Table': t });
        // at most the declared characters (≤ DOC_MAX_CHARS), each at most a paragraph end's two
        if (r.ok) expect(r.text.length).toBeLessThanOrEqual(2 * DOC_MAX_CHARS);
        else expect(r.reason).toMatch(/^(Word|这是 Word)/);
      }),
      { numRuns: 300 },
    );
  });
});
