import { describe, expect, it } from 'vitest';
import { checkZip, declaredSizeProblem, OFFICE_LIMITS, zipEntries } from '../../../src/lib/import/zipBounds';
import { deflateBomb, sheetXml, writeZip, xlsxParts } from '../../support/zipWriter';

const MB = 1024 * 1024;
const small = { entryBytes: 4 * MB, totalBytes: 6 * MB };

describe('zipEntries and declared sizes', () => {
  it('reads each entry’s declared sizes from the central directory', () => {
    const zip = writeZip([
      { name: 'a.xml', data: '<a/>' },
      { name: 'b.bin', data: new Uint8Array(1000), stored: true },
    ]);
    expect(zipEntries(zip)).toEqual([
      expect.objectContaining({ name: 'a.xml', method: 8, uncompressedSize: 4 }),
      expect.objectContaining({ name: 'b.bin', method: 0, compressedSize: 1000, uncompressedSize: 1000 }),
    ]);
  });

  it('refuses a 1 GB sheet (2 MB on disk) from the directory alone, with the figure and the limit', async () => {
    const zip = writeZip([{ name: 'xl/worksheets/sheet1.xml', data: deflateBomb(1024) }]);
    expect(zip.length).toBeLessThan(3 * MB);
    const reason = declaredSizeProblem(zipEntries(zip) ?? []);
    expect(reason).toContain('1,024 MB');
    expect(reason).toContain('64 MB');
    const r = await checkZip(zip);
    expect(r).toMatchObject({ ok: false, kind: 'entry-size' });
  });

  it('refuses entries that are each allowed but too much together', async () => {
    const zip = writeZip([
      { name: 'a.bin', data: deflateBomb(3) },
      { name: 'b.bin', data: deflateBomb(3) },
      { name: 'c.bin', data: deflateBomb(3) },
    ]);
    const r = await checkZip(zip, { limits: small });
    expect(r).toMatchObject({ ok: false, kind: 'total-size' });
    if (!r.ok) expect(r.reason).toContain('6.0 MB');
  });
});

describe('checkZip inflates with a hard limit', () => {
  it('stops an entry whose declared size lies, at the limit, not at its real size', async () => {
    const zip = writeZip([{ name: 'word/document.xml', data: deflateBomb(200), declaredSize: 1000 }]);
    expect(declaredSizeProblem(zipEntries(zip) ?? [])).toBeNull();
    const r = await checkZip(zip);
    expect(r).toMatchObject({ ok: false, kind: 'entry-size' });
    if (!r.ok) expect(r.reason).toMatch(/超过 6\d MB.*64 MB/);
  });

  it('passes a normal file and says how many rows its sheet has', async () => {
    const rows = [['序号', '任务'], ...Array.from({ length: 50 }, (_, i) => [String(i + 1), `任务${i + 1}`])];
    const zip = writeZip(xlsxParts([{ name: '督查台账', xml: sheetXml(rows) }]));
    const progress: number[] = [];
    const r = await checkZip(zip, { maxRows: 100, onProgress: (f) => progress.push(f) });
    expect(r).toMatchObject({ ok: true, rows: 51 });
    expect(progress.at(-1)).toBe(1);
  });

  it('refuses a sheet with more rows than allowed, naming the declared count, before reading it whole', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [String(i + 1), `任务${i + 1}`, '推进中']);
    const zip = writeZip(xlsxParts([{ name: '督查台账', xml: sheetXml(rows) }]));
    const r = await checkZip(zip, { maxRows: 300 });
    expect(r).toMatchObject({ ok: false, kind: 'rows' });
    if (!r.ok) {
      expect(r.reason).toContain('20,000 行');
      expect(r.reason).toContain('300 行');
    }
  });

  it('counts rows split across inflate chunks exactly once', async () => {
    // Long cells make the sheet span many output chunks, so row tags fall on chunk edges.
    const rows = Array.from({ length: 3000 }, (_, i) => [String(i), 'x'.repeat(97 + (i % 13))]);
    const zip = writeZip(xlsxParts([{ name: 's', xml: sheetXml(rows).replace(/<dimension[^>]*>/, '') }]));
    expect(await checkZip(zip, { maxRows: 3000 })).toMatchObject({ ok: true, rows: 3000 });
    expect(await checkZip(zip, { maxRows: 2999 })).toMatchObject({ ok: false, kind: 'rows' });
  });

  it.each([
    ['a DOCTYPE', '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">]>'],
    ['an entity alone', '<!ENTITY  b SYSTEM "file:///etc/passwd">'],
  ])('refuses XML with %s, in Chinese, naming the file kind', async (_, prolog) => {
    const zip = writeZip(xlsxParts([{ name: '督查台账', xml: sheetXml([['序号']], prolog) }]));
    const r = await checkZip(zip, { label: '表格文件' });
    expect(r).toMatchObject({ ok: false, kind: 'entity' });
    if (!r.ok) expect(r.reason).toMatch(/^表格文件含有不允许的 XML 实体声明/);
  });

  it('finds a DOCTYPE behind a prolog longer than one inflate chunk, and none in CDATA after the root', async () => {
    const late = `<?xml version="1.0"?><!--${' '.repeat(300_000)}--><!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>`;
    expect(await checkZip(writeZip([{ name: 'a.xml', data: late }]))).toMatchObject({ ok: false, kind: 'entity' });
    const quoted = `<?xml version="1.0"?><a><![CDATA[<!DOCTYPE a [<!ENTITY e "x">]>]]></a>`;
    expect(await checkZip(writeZip([{ name: 'a.xml', data: quoted }]))).toMatchObject({ ok: true });
  });

  it('says a damaged entry is damaged, without a library message', async () => {
    const zip = writeZip([{ name: 'a.xml', data: { deflated: Uint8Array.from([0xff, 0xff, 0xff, 0xff]), size: 10 } }]);
    const r = await checkZip(zip);
    expect(r).toMatchObject({ ok: false, kind: 'damaged' });
    if (!r.ok) expect(r.reason).toBe('文件已损坏：压缩包里的“a.xml”无法解压。');
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const zip = writeZip([{ name: 'a.xml', data: '<a/>' }]);
    expect(await checkZip(zip, { signal: controller.signal })).toMatchObject({ ok: false, kind: 'cancelled' });
  });

  it('keeps the office limits it documents', () => {
    expect(OFFICE_LIMITS).toEqual({ entryBytes: 64 * MB, totalBytes: 128 * MB });
  });
});
