// The 台账 as a real .xlsx: frozen header, column widths, wrapped text, A4 landscape fitted to the page
// width, the header row repeated on every printed page (print titles), 文号 and period in the page
// header, page numbers in the footer.
//
// Library: write-excel-file (MIT, by the author of read-excel-file, which reads the sheet back), loaded
// with import() only when the clerk exports. Chosen over exceljs (MIT, ≈ 950 KB minified, its last
// release 4.4.0 is from 2023 and it pulls in node stream polyfills) and the npm build of SheetJS xlsx
// 0.18.5 (Apache-2.0, ≈ 430 KB, no longer published to npm since 2022 and its community edition
// writes no cell styles, so no wrapped text): write-excel-file is ≈ 75 KB minified and supports frozen
// rows, widths, wrap and landscape itself. Print titles and the page header are not options of its
// own, so they are added through its documented "features" hook with its own XML helpers.
import type { LedgerSheet } from '../ledger/sheet';
import { BASELINE_KEY, BASELINE_SHEET_NAME, EDITABLE_COLUMNS, INFO_SHEET_NAME, SHEET_COLUMNS, SHEET_NAME, SHEET_WIDTHS } from '../ledger/sheet';
import { sanitizeFileName, shortPlace } from './fileName';
import { loadPacked } from '../packed/load';

const HEADER_STYLE = { fontWeight: 'bold', backgroundColor: '#E8EEF7', borderStyle: 'thin', borderColor: '#9AA5B1', align: 'center', alignVertical: 'center', wrap: true } as const;
const CELL_STYLE = { wrap: true, alignVertical: 'top', borderStyle: 'thin', borderColor: '#C5CCD3' } as const;
const CENTERED: ReadonlySet<string> = new Set(['序号', '状态', '更新日期']);

/** Header/footer codes treat & as a command: a literal one is written &&. */
function headerText(s: string): string {
  return s.replace(/&/g, '&&');
}

/** 随政办发〔2024〕2号-台账-2024-06-15报送期-2024-06-20.xlsx */
export function ledgerFileName(sheet: Pick<LedgerSheet, 'docNumber' | 'title' | 'period' | 'asOf'>, place: string | null = null): string {
  const name = [sheet.docNumber ?? (place ? shortPlace(place) : sheet.title), '台账', sheet.period ? `${sheet.period}报送期` : '', sheet.asOf].filter((s) => s !== '').join('-');
  return `${sanitizeFileName(name, '台账')}.xlsx`;
}

export async function writeLedgerXlsx(sheet: LedgerSheet): Promise<Blob> {
  const [{ default: writeXlsxFile }, xml] = await Promise.all([loadPacked('write-excel-file/universal'), loadPacked('write-excel-file/utility')]);

  const header = SHEET_COLUMNS.map((c) => ({ value: c, ...HEADER_STYLE }));
  const body = sheet.rows.map((r) => SHEET_COLUMNS.map((c) => ({ value: r[c], type: String, ...CELL_STYLE, ...(CENTERED.has(c) ? { align: 'center' as const } : {}) })));
  const pageHeader = `&L${headerText(sheet.docNumber ?? '')}&C${headerText(`${sheet.title} 落实台账`)}&R${headerText(sheet.period ? `${sheet.period}报送期` : `截至${sheet.asOf}`)}`;
  const pageFooter = '&C第 &P 页，共 &N 页';
  const sheetTag = 'xl/worksheets/sheet{id}.xml' as const;

  const printSetup = {
    files: {
      transform: {
        // Print titles: row 1 of the first sheet repeats on every page. The baseline sheet is hidden.
        'xl/workbook.xml': {
          transformElementAttributes: (tag: string, attributes: Record<string, string | number>) =>
            tag === 'sheet' && attributes.name === BASELINE_SHEET_NAME ? { ...attributes, state: 'hidden' } : attributes,
          transform: (content: string) => {
            const defined = `<definedName name="_xlnm.Print_Titles" localSheetId="0">'${xml.sanitizeTextContent(SHEET_NAME)}'!$1:$1</definedName>`;
            const names = xml.findElement(content, 'definedNames');
            if (!names) {
              const order = xml.getOrderOfSiblings('xl/workbook.xml', 'workbook') ?? [];
              return xml.insertElementMarkupAccordingToOrderOfSiblings(content, `<definedNames>${defined}</definedNames>`, order, 'workbook');
            }
            if (names.selfClosingTag) return xml.replaceElement(content, names, `<definedNames>${defined}</definedNames>`);
            return xml.appendMarkupInsideElement(content, names, defined);
          },
        },
        [sheetTag]: {
          transform: (content: string, _options: unknown, { sheetIndex }: { sheetIndex: number }) => {
            if (sheetIndex !== 0) return content;
            const order = xml.getOrderOfSiblings(sheetTag, 'worksheet') ?? [];
            let out = content;
            const setup = xml.findElement(out, 'pageSetup');
            const setupXml = xml.getSelfClosingTagMarkup('pageSetup', { paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
            out = setup ? xml.replaceElement(out, setup, setupXml) : xml.insertElementMarkupAccordingToOrderOfSiblings(out, setupXml, order, 'worksheet');
            if (!xml.findElement(out, 'sheetPr')) {
              out = xml.insertElementMarkupAccordingToOrderOfSiblings(out, '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>', order, 'worksheet');
            }
            const hf = `<headerFooter><oddHeader>${xml.sanitizeTextContent(pageHeader)}</oddHeader><oddFooter>${xml.sanitizeTextContent(pageFooter)}</oddFooter></headerFooter>`;
            return xml.insertElementMarkupAccordingToOrderOfSiblings(out, hf, order, 'worksheet');
          },
        },
      },
    },
  };

  const info = sheet.info.map(([k, v]) => [
    { value: k, type: String, fontWeight: 'bold' as const },
    { value: v, type: String, wrap: true },
  ]);
  return writeXlsxFile(
    [
      {
        data: [header, ...body],
        sheet: SHEET_NAME,
        columns: SHEET_COLUMNS.map((c) => ({ width: SHEET_WIDTHS[c] })),
        stickyRowsCount: 1,
        orientation: 'landscape',
      },
      { data: info, sheet: INFO_SHEET_NAME, columns: [{ width: 14 }, { width: 90 }] },
      {
        data: [[BASELINE_KEY, ...EDITABLE_COLUMNS], ...sheet.baseline.map((b) => [b.key, ...EDITABLE_COLUMNS.map((c) => b.values[c])].map((value) => ({ value, type: String })))],
        sheet: BASELINE_SHEET_NAME,
      },
    ],
    { fontFamily: '宋体', fontSize: 11, features: [printSetup] },
  ).toBlob();
}
