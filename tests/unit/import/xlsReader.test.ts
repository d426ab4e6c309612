// The .xls reader: SheetJS on the Workbook stream our compound-file reader hands it. A date cell comes
// out as the day (not shifted by the time zone), a sheet over the row limit is refused, and a file SheetJS
// must not see (Excel 95, a password, a Word file, damage) gets a reason in Chinese.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCompound } from '../../../src/lib/import/compound';
import { sheetsToText } from '../../../src/lib/import/sheetText';
import { mostRows, readXls } from '../../../src/lib/import/xlsReader';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
const DATE_XLS = fixture('import/legacy-date.xls');
const NOTICE_XLS = fixture('notices/六安市_2024.xls');

/** The file with its Workbook stream's bytes changed at `at` (the stream is found through the reader itself). */
function patchWorkbook(file: Uint8Array, at: number, bytes: number[]): ArrayBuffer {
  const r = readCompound(file, ['Workbook'], 'x');
  if (!r.ok) throw new Error(r.reason);
  const stream = r.streams.get('Workbook')!;
  const copy = new Uint8Array(file);
  const where = Buffer.from(file).indexOf(Buffer.from(stream.subarray(0, 64))); // a small stream sits whole in the mini stream
  copy.set(bytes, where + at);
  return copy.buffer;
}

describe('readXls', () => {
  it('reads a date cell as that day, whatever the time zone', () => {
    const r = readXls(new Uint8Array(DATE_XLS).buffer, 100);
    expect(r.ok && sheetsToText(r.sheets)).toBe('序号\t完成时限\n1\t2024年6月30日');
  });

  it('reads a notice sheet: title, header and rows, a merged leader cell in its first row only', () => {
    const r = readXls(new Uint8Array(NOTICE_XLS).buffer, 100);
    expect(r.ok).toBe(true);
    const rows = r.ok ? r.sheets[0]!.data : [];
    expect(rows[1]).toEqual(['序号', '重点工作', '责任领导', '牵头单位', '配合单位', '完成时限']);
    expect(rows[3]![2]).toBeNull();
  });

  it('refuses a sheet with more rows than the limit, naming the limit', () => {
    expect(readXls(new Uint8Array(NOTICE_XLS).buffer, 5)).toEqual({ ok: false, reason: '表格的工作表超过 5 行，不像是一份通知的任务表，已拒绝读取' });
  });

  it('refuses an Excel 5 / 95 workbook and a password-protected one before SheetJS reads them', () => {
    // BOF's version field (bytes 4–5 of the stream): 0x0500 is BIFF5
    expect(readXls(patchWorkbook(DATE_XLS, 4, [0x00, 0x05]), 100)).toEqual({ ok: false, reason: expect.stringMatching(/^这是 Excel 5\.0 \/ 95 的旧格式/) });
    // the record after BOF turned into FILEPASS (0x002F)
    const bofLength = 4 + 16; // BIFF8: a 4-byte record header, 16 bytes of data
    expect(readXls(patchWorkbook(DATE_XLS, bofLength, [0x2f, 0x00]), 100)).toEqual({ ok: false, reason: expect.stringMatching(/^表格文件设有密码/) });
  });

  it('says a Word file named .xls is a Word document, and a damaged workbook stream is damaged', () => {
    const doc = fixture('import/legacy-table.doc');
    expect(readXls(new Uint8Array(doc).buffer, 100)).toEqual({ ok: false, reason: expect.stringMatching(/^这其实是一份 Word 97-2003 文档/), actually: 'doc' });
    expect(readXls(patchWorkbook(DATE_XLS, 0, [0x00, 0x00]), 100)).toEqual({ ok: false, reason: expect.stringMatching(/^表格文件已损坏/) });
    expect(readXls(new Uint8Array(fixture('import/notice.docx')).buffer, 100)).toEqual({ ok: false, reason: expect.stringContaining('其实是 .xlsx 格式') });
  });
});

describe('mostRows: the row count of the biggest sheet, from the records, before SheetJS reads a sheet', () => {
  const record = (type: number, data: number[]) => [type & 0xff, type >> 8, data.length & 0xff, data.length >> 8, ...data];
  const bof = record(0x0809, [0x00, 0x06, 0x10, 0x00, ...Array<number>(12).fill(0)]);
  const eof = record(0x000a, []);
  const number = (row: number) => record(0x0203, [row & 0xff, row >> 8, 0, 0, 0, 0, ...Array<number>(8).fill(0)]);

  it('counts each sheet on its own and keeps the largest (a cell at row index 59,999 makes 60,000 rows)', () => {
    const stream = new Uint8Array([...bof, ...eof, ...bof, ...number(3), ...eof, ...bof, ...number(59_999), ...number(7), ...eof]);
    expect(mostRows(stream)).toBe(60_000);
  });

  it('agrees with SheetJS on a real sheet', () => {
    const r = readCompound(NOTICE_XLS, ['Workbook'], 'x');
    const read = readXls(new Uint8Array(NOTICE_XLS).buffer, 100);
    expect(r.ok && mostRows(r.streams.get('Workbook')!)).toBe(read.ok ? read.sheets[0]!.data.length : -1);
  });
});
