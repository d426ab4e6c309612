// npx tsx scripts/notices/make.ts: writes tests/fixtures/notices/ from scripts/notices/source.ts —
// each text notice as NAME.txt (NAME.gb18030.txt when saved as GB18030), each table notice as
// NAME.docx (a real Word table, the leader cell merged over rows where the notice merges it),
// NAME.xlsx (title row, header row, merged leader cells), NAME.csv (the sheet saved as CSV, GB18030), NAME.pdf (LibreOffice from the .docx),
// NAME.doc and NAME.xls (Word / Excel 97-2003, LibreOffice from the .docx and the .xlsx) and
// NAME.copied.txt (the whole notice copied from a web page: one cell per line), the gold of every
// notice (gold/NAME.json) and MANIFEST.tsv.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import writeExcelFile from 'write-excel-file/node';
import { NoticeGold } from '../corpus/noticeGold';
import { copiedTable, leaderSpans, padName, renderText, tableGold, tableLetter, tableTitle } from './render';
import { NOTICES, type NoticeSource } from './source';

const OUT = fileURLToPath(new URL('../../tests/fixtures/notices/', import.meta.url));

/** Table notices whose leader cell spans the rows of one leader (the others repeat the name per row). */
const MERGED = new Set(['六安市_2024', '宝鸡市_2025', '江宁区_2021']);

function para(text: string, bold = false, center = false): Paragraph {
  return new Paragraph({ alignment: center ? AlignmentType.CENTER : undefined, children: [new TextRun({ text, bold, font: '仿宋' })] });
}

function cell(text: string, rowSpan = 1): TableCell {
  return new TableCell({ rowSpan, children: text.split('\n').map((t) => para(t)) });
}

async function docx(n: NoticeSource, style: number): Promise<Buffer> {
  const t = n.table;
  if (!t) throw new Error(`${n.name} has no table`);
  const spans = leaderSpans(t.rows, MERGED.has(n.name));
  const h = t.header;
  const rows = [
    new TableRow({ tableHeader: true, children: [h.no, h.text, h.leaders, h.lead, h.support, h.dl].map((x) => cell(x)) }),
    ...t.rows.map((r, i) => {
      const cells = [cell(String(i + 1)), cell(r.text)];
      if (spans[i] !== 0) cells.push(cell((r.leaders ?? []).map(padName).join('、'), spans[i]));
      cells.push(cell(r.lead.join('、')), cell((r.support ?? []).join('、')), cell(r.dl ?? ''));
      return new TableRow({ children: cells });
    }),
  ];
  const letter = tableLetter(n, style).map((l) => para(l, false, n.title.includes(l)));
  const doc = new Document({
    sections: [
      {
        children: [
          ...letter,
          para(''),
          para('附件', true),
          para(tableTitle(n), true, true),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: [600, 3400, 1100, 1500, 1700, 1300], rows }),
          para(''),
          ...n.ccBlock.map((l) => para(l)),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function xlsx(n: NoticeSource, file: string): Promise<void> {
  const t = n.table;
  if (!t) throw new Error(`${n.name} has no table`);
  const spans = leaderSpans(t.rows, MERGED.has(n.name));
  const h = t.header;
  type Cell = { value: string; columnSpan?: number; rowSpan?: number; fontWeight?: 'bold'; wrap?: boolean } | null;
  const data: Cell[][] = [
    [{ value: tableTitle(n), columnSpan: 6, fontWeight: 'bold' }, null, null, null, null, null],
    [h.no, h.text, h.leaders, h.lead, h.support, h.dl].map((value) => ({ value, fontWeight: 'bold' as const })),
    ...t.rows.map((r, i): Cell[] => [
      { value: String(i + 1) },
      { value: r.text, wrap: true },
      spans[i] === 0 ? null : { value: (r.leaders ?? []).join('、'), rowSpan: spans[i] },
      { value: r.lead.join('、') },
      { value: (r.support ?? []).join('、') },
      { value: r.dl ?? '' },
    ]),
  ];
  await writeExcelFile(data as never, { columns: [{ width: 6 }, { width: 40 }, { width: 10 }, { width: 18 }, { width: 24 }, { width: 16 }] } as never).toFile(file);
}

/** The sheet as Excel saves it as CSV on a Chinese Windows (GB18030): a merged cell's value in its first row only. */
function csv(n: NoticeSource): string {
  const t = n.table;
  if (!t) throw new Error(`${n.name} has no table`);
  const spans = leaderSpans(t.rows, MERGED.has(n.name));
  const h = t.header;
  const quote = (x: string) => (/[",\n]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x);
  const rows = [
    [tableTitle(n), '', '', '', '', ''],
    [h.no, h.text, h.leaders, h.lead, h.support, h.dl],
    ...t.rows.map((r, i) => [String(i + 1), r.text, spans[i] === 0 ? '' : (r.leaders ?? []).join('、'), r.lead.join('、'), (r.support ?? []).join('、'), r.dl ?? '']),
  ];
  return `${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}

function writeText(file: string, text: string, encoding: NoticeSource['encoding']): void {
  if (encoding === 'utf8') writeFileSync(file, text);
  else writeFileSync(file, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text }));
}

/** Text notices also written as .doc: label lines with web furniture, hard-wrapped labels (GB18030), leader groups. */
const AS_DOC = new Set(['镇江市_2020', '安庆市_2019', '宜春市_2023']);

async function main(): Promise<void> {
  mkdirSync(join(OUT, 'gold'), { recursive: true });
  const manifest = ['file\tplace\tyear\tform\tencoding'];
  const pdfTmp = mkdtempSync(join(tmpdir(), 'notices-pdf-'));
  let textIndex = 0;
  for (const [style, n] of NOTICES.entries()) {
    let gold: NoticeGold;
    if (n.table) {
      gold = tableGold(n);
      const docxFile = join(OUT, `${n.name}.docx`);
      writeFileSync(docxFile, await docx(n, style));
      await xlsx(n, join(OUT, `${n.name}.xlsx`));
      writeText(join(OUT, `${n.name}.csv`), csv(n), 'gb18030');
      const copied = [...tableLetter(n, style), '', '附件', '', tableTitle(n), ...copiedTable(n, MERGED.has(n.name)), '', ...n.ccBlock];
      writeFileSync(join(OUT, `${n.name}.copied.txt`), `${copied.join('\n')}\n`);
      const office = (to: string, from: string) =>
        execFileSync('soffice', [`-env:UserInstallation=file://${pdfTmp}/profile`, '--headless', '--convert-to', to, '--outdir', OUT, from], { stdio: 'ignore' });
      office('pdf', docxFile);
      office('doc', docxFile);
      office('xls', join(OUT, `${n.name}.xlsx`));
      for (const [ext, enc] of [
        ['docx', 'docx'],
        ['xlsx', 'xlsx'],
        ['doc', 'doc'],
        ['xls', 'xls'],
        ['csv', 'gb18030'],
        ['pdf', 'pdf'],
        ['copied.txt', 'utf8'],
      ] as const)
        manifest.push(`${n.name}.${ext}\t${n.place}\t${n.year}\ttable\t${enc}`);
    } else {
      const r = renderText(n, textIndex++, style);
      gold = r.gold;
      const file = n.encoding === 'gb18030' ? `${n.name}.gb18030.txt` : `${n.name}.txt`;
      writeText(join(OUT, file), r.text, n.encoding);
      manifest.push(`${file}\t${n.place}\t${n.year}\t${n.form}\t${n.encoding}`);
      if (AS_DOC.has(n.name)) {
        // a text notice as Word 97-2003 too: LibreOffice from the text (as UTF-8, whatever the .txt's encoding)
        const utf8 = join(pdfTmp, `${n.name}.txt`);
        writeFileSync(utf8, r.text);
        execFileSync('soffice', [`-env:UserInstallation=file://${pdfTmp}/profile`, '--headless', '--infilter=Text (encoded):UTF8', '--convert-to', 'doc', '--outdir', OUT, utf8], {
          stdio: 'ignore',
        });
        manifest.push(`${n.name}.doc\t${n.place}\t${n.year}\t${n.form}\tdoc`);
      }
    }
    writeFileSync(join(OUT, 'gold', `${n.name}.json`), `${JSON.stringify(NoticeGold.parse(gold), null, 2)}\n`);
  }
  rmSync(pdfTmp, { recursive: true, force: true });
  writeFileSync(join(OUT, 'MANIFEST.tsv'), `${manifest.join('\n')}\n`);
}

await main();
