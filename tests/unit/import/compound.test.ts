// The compound-file reader under .doc / .wps / .xls: real files made by LibreOffice read whole, and every
// kind of damage an attacker or a broken download can make answered with a reason, never a throw or a hang.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCompoundFile, readCompound } from '../../../src/lib/import/compound';
import { chainOf, dirEntry, fatEntry, setU32, u32 } from '../../support/compoundPatch';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
const DOC = fixture('import/legacy-table.doc');
const XLS = fixture('import/legacy-date.xls');
const WANT = ['WordDocument', '0Table', '1Table'];
const copy = (b: Uint8Array) => new Uint8Array(b);

describe('readCompound on real files', () => {
  it('reads a .doc: its root-level entries and the Word streams asked for', () => {
    const r = readCompound(DOC, WANT, 'Word 文件');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.names).toContain('WordDocument');
    const word = r.streams.get('WordDocument')!;
    expect(word.length).toBe(u32(DOC, dirEntry(DOC, 'WordDocument') + 120));
    expect(word[0]! | (word[1]! << 8)).toBe(0xa5ec); // the FIB's magic number: the right bytes, in order
    expect(r.streams.has('1Table') || r.streams.has('0Table')).toBe(true);
  });

  it('reads a small stream from the mini stream (an .xls workbook under 4 KB)', () => {
    const r = readCompound(XLS, ['Workbook'], '表格文件');
    expect(r.ok && r.streams.get('Workbook')!.subarray(0, 2)).toEqual(new Uint8Array([0x09, 0x08])); // BIFF BOF
  });

  it('knows a compound file by its signature', () => {
    expect(isCompoundFile(DOC)).toBe(true);
    expect(isCompoundFile(new TextEncoder().encode('PK\u0003\u0004'))).toBe(false);
  });
});

describe('readCompound on damaged and hostile files', () => {
  it('refuses a truncated file (half of it): the chain points past the end', () => {
    const r = readCompound(DOC.subarray(0, DOC.length / 2), WANT, 'Word 文件');
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/^Word 文件不完整或已损坏（.*可能没有下载完）$/) });
  });

  it('refuses a stream whose sector chain loops back on itself, instead of following it', () => {
    const bytes = copy(DOC);
    const chain = chainOf(bytes, u32(bytes, dirEntry(bytes, 'WordDocument') + 116));
    expect(chain.length).toBeGreaterThan(2);
    setU32(bytes, fatEntry(bytes, chain[chain.length - 1]!), chain[0]!);
    // declared large enough that only the loop could supply it
    setU32(bytes, dirEntry(bytes, 'WordDocument') + 120, bytes.length - 512);
    expect(readCompound(bytes, WANT, 'Word 文件')).toEqual({ ok: false, reason: 'Word 文件已损坏（内部扇区链出现循环）' });
  });

  it('refuses a directory whose tree loops (an entry its own sibling)', () => {
    const bytes = copy(DOC);
    const at = dirEntry(bytes, 'WordDocument');
    const dirSectors = chainOf(bytes, u32(bytes, 0x30));
    const index = dirSectors.indexOf(Math.floor(at / 512) - 1) * 4 + (at % 512) / 128;
    setU32(bytes, at + 68, index);
    expect(readCompound(bytes, WANT, 'Word 文件')).toEqual({ ok: false, reason: 'Word 文件已损坏（目录出现循环）' });
  });

  it('refuses a DIFAT chain that loops (the list of FAT sectors beyond the header pointing back at itself)', () => {
    const sectors = 300;
    const bytes = new Uint8Array(512 * (sectors + 1));
    bytes.set(DOC.subarray(0, 0x4c)); // a real header: signature, version, sector sizes
    setU32(bytes, 0x2c, sectors); // more FAT sectors than the header's 109 slots + one DIFAT sector's 127
    for (let i = 0; i < 109; i++) setU32(bytes, 0x4c + i * 4, i);
    setU32(bytes, 0x44, 200);
    setU32(bytes, 0x48, 5);
    setU32(bytes, 512 * 201 + 127 * 4, 200); // DIFAT sector 200's "next" is itself
    expect(readCompound(bytes, ['Workbook'], '表格文件')).toEqual({ ok: false, reason: '表格文件已损坏（内部扇区链出现循环）' });
  });

  it('refuses a stream that declares a giant size (1 GB in a 13 KB file) before reading anything', () => {
    const bytes = copy(DOC);
    setU32(bytes, dirEntry(bytes, 'WordDocument') + 120, 1024 * 1024 * 1024);
    const r = readCompound(bytes, WANT, 'Word 文件');
    expect(r).toEqual({ ok: false, reason: `Word 文件已损坏（其中的数据流声明有 1073741824 字节，超过文件本身的 ${bytes.length} 字节）` });
    setU32(bytes, dirEntry(bytes, 'WordDocument') + 124, 7); // and beyond 4 GB (the 64-bit size's high half)
    expect(readCompound(bytes, WANT, 'Word 文件')).toEqual({ ok: false, reason: expect.stringContaining('超过 4 GB') });
  });

  it('refuses an invalid sector size, and a file shorter than its header', () => {
    const bytes = copy(DOC);
    bytes[0x1e] = 20;
    expect(readCompound(bytes, WANT, 'Word 文件')).toEqual({ ok: false, reason: 'Word 文件已损坏（复合文档的扇区大小无效）' });
    expect(readCompound(DOC.subarray(0, 300), WANT, 'Word 文件').ok).toBe(false);
  });

  it('never throws, whatever bytes are damaged (random overwrites of a real .doc)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(DOC.length - 1), fc.nat(255)), { minLength: 1, maxLength: 40 }), (edits) => {
        const bytes = copy(DOC);
        for (const [at, value] of edits) bytes[at] = value;
        const r = readCompound(bytes, WANT, 'Word 文件');
        if (!r.ok) expect(r.reason).toMatch(/^Word 文件/);
        else for (const s of r.streams.values()) expect(s.length).toBeLessThanOrEqual(bytes.length);
      }),
      { numRuns: 300 },
    );
  });
});
