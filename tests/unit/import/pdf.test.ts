// Reading a .pdf with a text layer (pdf.js, here in this thread as under `npm run parse`): the notice
// LibreOffice exported from a .docx, bounds on pages, and clear reasons for what cannot be read.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdfText, PDF_MAX_PAGES, pdfProblem } from '../../../src/lib/import/pdf';
import { readText } from '../../../src/lib/import/readText';

const ROOT = resolve(__dirname, '../../..');
const notice = new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/notices/六安市_2024.pdf')));

/** A PDF of `count` empty pages (no xref table: pdf.js rebuilds it, as for many real files). */
function emptyPages(count: number): Uint8Array {
  const kids = Array.from({ length: count }, (_, i) => `${i + 3} 0 R`).join(' ');
  const pages = Array.from({ length: count }, (_, i) => `${i + 3} 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n`).join('');
  return new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[${kids}]/Count ${count}>>endobj\n${pages}trailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

/** One line of Chinese in a font the PDF does not embed (STSong-Light, UniGB-UCS2-H): as iText writes it. */
function predefinedCmap(text: string): Uint8Array {
  const hex = [...text].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('');
  const content = `BT /F1 12 Tf 72 700 Td <${hex}> Tj ET`;
  return new TextEncoder().encode(
    [
      '%PDF-1.4',
      '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj',
      '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>endobj',
      `4 0 obj<</Length ${content.length}>>stream\n${content}\nendstream endobj`,
      '5 0 obj<</Type/Font/Subtype/Type0/BaseFont/STSong-Light/Encoding/UniGB-UCS2-H/DescendantFonts[6 0 R]>>endobj',
      '6 0 obj<</Type/Font/Subtype/CIDFontType0/BaseFont/STSong-Light/CIDSystemInfo<</Registry(Adobe)/Ordering(GB1)/Supplement 4>>/FontDescriptor 7 0 R/DW 1000>>endobj',
      '7 0 obj<</Type/FontDescriptor/FontName/STSong-Light/Flags 6/FontBBox[-25 -254 1000 880]/ItalicAngle 0/Ascent 880/Descent -120/CapHeight 880/StemV 93>>endobj',
      'trailer<</Root 1 0 R>>',
      '%%EOF',
    ].join('\n'),
  );
}

describe('extractPdfText', () => {
  it('reads Chinese in a font the PDF names but does not embed (a predefined CMap, bundled)', async () => {
    expect(await extractPdfText(predefinedCmap('市财政局牵头'))).toEqual({ ok: true, text: '市财政局牵头' });
  });

  it('reads a notice with a table: the letter, then the table as tab-separated rows', async () => {
    const r = await extractPdfText(notice);
    expect(r.ok).toBe(true);
    const text = r.ok ? r.text : '';
    expect(text).toContain('六政办〔2024〕3号');
    expect(text).toContain('序号\t重点工作\t责任领导\t牵头单位\t配合单位\t完成时限');
    // row 2 sits under row 1's merged 责任领导 cell; the wrapped unit name is whole again
    expect(text).toContain('2\t固定资产投资增长8%\t王东\t市发展改革委\t市重点局\t2024年12月底');
  });

  it('reads the PDF through readText as the page and `npm run parse` do', async () => {
    const r = await readText('六安市_2024.pdf', notice);
    expect(r.ok && r.format).toBe('pdf');
  });

  it('refuses a file named .pdf that is not a PDF, without calling pdf.js', async () => {
    const fake = new TextEncoder().encode('这不是 PDF 文件');
    expect(pdfProblem(fake)).toContain('并非真正的 PDF');
    const r = await readText('通知.pdf', fake);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toMatch(/^「通知\.pdf」无法导入：文件已损坏或并非真正的 PDF/);
  });

  it('says a damaged PDF is damaged, in Chinese, without library internals', async () => {
    const r = await readText('通知.pdf', notice.subarray(0, 2000));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.reason).toMatch(/PDF/);
      expect(r.problem.reason).not.toMatch(/Error|Exception|undefined/);
    }
  });

  it(`refuses a PDF of more than ${PDF_MAX_PAGES} pages before reading a page`, async () => {
    const r = await extractPdfText(emptyPages(PDF_MAX_PAGES + 1));
    expect(r).toEqual({ ok: false, reason: expect.stringContaining(`超过 ${PDF_MAX_PAGES} 页`) });
  });

  it('says a PDF without text (a scan) has none', async () => {
    const r = await readText('扫描件.pdf', emptyPages(2));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.reason).toContain('扫描件');
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await extractPdfText(notice, { signal: controller.signal })).toMatchObject({ ok: false, cancelled: true });
  });

  it('stops at its time budget', async () => {
    expect(await extractPdfText(notice, { budgetMs: 0 })).toMatchObject({ ok: false, reason: expect.stringContaining('已停止读取') });
  });
});
