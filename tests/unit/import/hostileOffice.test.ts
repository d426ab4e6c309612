// Hostile office files at the readers: a returned 台账 with an entity declaration, too many rows, a
// cell of megabytes; a .docx bomb and a .docx whose XML makes the library fail. Fixtures are built here.
import { describe, expect, it } from 'vitest';
import { extractDocxText } from '../../../src/lib/import/docx';
import { ABSOLUTE_MAX_ROWS, maxSheetRows, maxSheetRowsFor, readLedgerXlsx } from '../../../src/lib/import/ledgerXlsx';
import { buildSheet, SHEET_COLUMNS } from '../../../src/lib/ledger/sheet';
import { previewImport, MAX_CELL_CHARS } from '../../../src/lib/ledger/sheetImport';
import { writeLedgerXlsx } from '../../../src/lib/export/ledgerXlsx';
import { assessTasks } from '../../../src/lib/ledger/assess';
import { deflateBomb, sheetXml, writeZip, xlsxParts, type ZipInput } from '../../support/zipWriter';
import { seed002 } from '../ledger/seed';

const docxParts = (documentXml: ZipInput['data']): ZipInput[] => [
  {
    name: '[Content_Types].xml',
    data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  },
  {
    name: '_rels/.rels',
    data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  },
  { name: 'word/document.xml', data: documentXml },
];
const body = (inner: string, prolog = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${inner}</w:t></w:r></w:p></w:body></w:document>`;

describe('a returned 台账 that no office program wrote', () => {
  it('with an entity declaration is refused as such, in Chinese, not as "没有找到表头"', async () => {
    const prolog = '<!DOCTYPE worksheet [<!ENTITY x "随州"><!ENTITY y "&x;&x;&x;&x;">]>';
    const zip = writeZip(
      xlsxParts([
        {
          name: '台账',
          xml: sheetXml(
            [
              ['序号', '任务'],
              ['1', '&y;'],
            ],
            prolog,
          ).replace('&amp;y;', '&y;'),
        },
      ]),
    );
    const r = await readLedgerXlsx(zip);
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/^表格文件含有不允许的 XML 实体声明/) });
  });

  it('with more rows than the ledger has tasks (plus the margin) is refused with the figure and the limit', async () => {
    const rows = [[...SHEET_COLUMNS], ...Array.from({ length: 5000 }, (_, i) => [String(i + 1), `任务${i + 1}`])];
    const zip = writeZip(xlsxParts([{ name: '台账', xml: sheetXml(rows) }]));
    const r = await readLedgerXlsx(zip, { maxRows: maxSheetRows(120) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/有 5,001 行，超过上限 320 行/);
  });

  it('caps the rows allowed whatever the ledger holds', () => {
    expect(maxSheetRows(50)).toBe(250);
    expect(maxSheetRows(1_000_000)).toBe(ABSOLUTE_MAX_ROWS);
    expect(maxSheetRowsFor(['a', 'a', 'b'])).toBe(202);
  });

  it('whose sheet is a deflate bomb is refused with the figure and the limit', async () => {
    const zip = writeZip(xlsxParts([{ name: '台账', xml: deflateBomb(1024) }]));
    const r = await readLedgerXlsx(zip);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/1,024 MB.*64 MB/);
  });
});

describe('a cell of megabytes in a returned 台账', () => {
  it('keeps its row out, with the limit named, and only its start reaches the preview', async () => {
    const s = seed002();
    const today = '2024-06-20';
    const assessed = assessTasks({ documents: [s.document], tasks: s.tasks, entries: [], rulesByDoc: new Map([[s.document.id, s.rules]]), today });
    const sheet = buildSheet({ document: s.document, tasks: assessed, asOf: today });
    const huge = '进展'.repeat(MAX_CELL_CHARS);
    const returned = {
      ...sheet,
      rows: sheet.rows.map((r) => (r.序号 === '10' ? { ...r, 本期进展: huge, 状态: '推进中' } : r.序号 === '11' ? { ...r, 本期进展: '已开工', 状态: '推进中' } : r)),
    };
    const raw = await readLedgerXlsx(new Uint8Array(await (await writeLedgerXlsx(returned)).arrayBuffer()));
    if (!raw.ok) throw new Error(raw.reason);
    const r = previewImport({ raw: raw.data, documents: [s.document], tasks: assessed, fallbackDocId: null, today });
    if (!r.ok) throw new Error(r.reason);
    const row10 = r.preview.rows.find((x) => x.no === '10');
    expect(row10).toMatchObject({ blocked: true, entry: null, flags: expect.arrayContaining(['too-long']) });
    const shown = row10?.changes.find((c) => c.column === '本期进展')?.after ?? '';
    expect(shown.length).toBeLessThan(300);
    expect(shown).toContain('（共 20,000 字）');
    // The other rows are unaffected.
    expect(r.preview.rows.find((x) => x.no === '11')).toMatchObject({ blocked: false, flags: [] });
  });
});

describe('a hostile .docx', () => {
  it('whose document.xml unpacks to 1 GB is refused before mammoth sees it', async () => {
    const zip = writeZip(docxParts(deflateBomb(1024)));
    expect(zip.length).toBeLessThan(3 * 1024 * 1024);
    const r = await extractDocxText(zip);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/word\/document\.xml.*1,024 MB.*64 MB/);
  });

  it('with an entity declaration is refused as such', async () => {
    const r = await extractDocxText(writeZip(docxParts(body('&a;', '<!DOCTYPE w:document [<!ENTITY a "aaaa">]>'))));
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/^Word 文件含有不允许的 XML 实体声明/) });
  });

  it('that the library cannot read gets a message with none of the library’s words', async () => {
    const r = await extractDocxText(writeZip(docxParts(body('随州&undefined;市'))));
    if (r.ok) return expect(r.text).toContain('随州'); // a library that tolerates it is fine too
    expect(r.reason).not.toMatch(/xmldom|error|Error|\[/);
    expect(r.reason).toMatch(/^Word 文件无法读取/);
  });

  it('that is whole still reads', async () => {
    expect(await extractDocxText(writeZip(docxParts(body('随州市人民政府'))))).toEqual({ ok: true, text: expect.stringContaining('随州市人民政府') });
  });
});
