// The 台账 as a real .xlsx a unit can fill and send back as is: a title area (the notice, the rounds,
// 填报单位 / 联系人 / 联系电话 / 填报日期 and the 审签 line), frozen header, column widths, wrapped text
// with row heights that show it, A4 landscape fitted to the page width with narrow margins (≥ 10 pt
// printed), the header row repeated on every page, 文号 and unit in the page header, page numbers in
// the footer; the 说明 sheet in words, the file identity and exported values in hidden sheets.
//
// Library: write-excel-file (MIT, by the author of read-excel-file, which reads the sheet back), loaded
// with import() only when the clerk exports. Chosen over exceljs (MIT, ≈ 950 KB minified, its last
// release 4.4.0 is from 2023 and it pulls in node stream polyfills) and the npm build of SheetJS xlsx
// 0.18.5 (Apache-2.0, ≈ 430 KB, no longer published to npm since 2022 and its community edition
// writes no cell styles, so no wrapped text): write-excel-file is ≈ 75 KB minified and supports frozen
// rows, widths, wrap and landscape itself. Print titles and the page header are not options of its
// own, so they are added through its documented "features" hook with its own XML helpers.
import type { LedgerSheet, SheetColumn } from '../ledger/sheet';
import { BASELINE_KEY, BASELINE_SHEET_NAME, EDITABLE_COLUMNS, IDENTITY_SHEET_NAME, INFO_SHEET_NAME, SHEET_NAME, SHEET_WIDTHS, sheetColumns } from '../ledger/sheet';
import { sanitizeFileName, shortPlace } from './fileName';
import { loadPacked } from '../packed/load';

const HEADER_STYLE = { fontWeight: 'bold', backgroundColor: '#E8EEF7', borderStyle: 'thin', borderColor: '#9AA5B1', align: 'center', alignVertical: 'center', wrap: true } as const;
const CELL_STYLE = { wrap: true, alignVertical: 'top', borderStyle: 'thin', borderColor: '#C5CCD3' } as const;
/** The cells the unit fills, tinted so they stand out on screen (and print light). */
const FILL_STYLE = { backgroundColor: '#FFFBE6' } as const;
const FILLED: ReadonlySet<SheetColumn> = new Set(['本期进展', '状态', '完成日期', '备注']);
const CENTERED: ReadonlySet<SheetColumn> = new Set(['序号', '职责', '状态', '完成日期', '报送期']);

/** The default font size (pt) and a wrapped line's height at it (pt), as Excel and LibreOffice lay 宋体 out. */
export const FONT_SIZE = 11;
const LINE_PT = 14.5;
/** Excel's largest row height. */
const MAX_ROW_PT = 409;
/** The rows above the header: title, round line, 填报单位 line, 审签 line. */
export const TITLE_ROWS = 4;

/** Header/footer codes treat & as a command: a literal one is written &&. */
function headerText(s: string): string {
  return s.replace(/&/g, '&&');
}

/** How wide `s` is in column-width units: a CJK or full-width character is two, others one (宋体 in
 * Excel and WPS; LibreOffice without 宋体 sets CJK narrower, so its rows come out a little roomy). */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) as number) > 0x2e7f ? 2 : 1;
  return w;
}

/** The lines `text` wraps to in a column `width` units wide (a little narrower for the cell's padding). */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(2, width - 1);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / room)), 0);
}

/** A row's height in points: tall enough for its longest wrapped cell. */
export function rowHeight(cells: readonly { text: string; width: number }[]): number {
  const lines = Math.max(1, ...cells.map((c) => wrappedLines(c.text, c.width)));
  return Math.min(MAX_ROW_PT, lines * LINE_PT + 4);
}

/** 随政办发〔2024〕2号-台账-2024-07-16.xlsx; for one unit 随政办发〔2024〕2号-市经信局-2024-07-16.xlsx */
export function ledgerFileName(sheet: Pick<LedgerSheet, 'docNumber' | 'title' | 'asOf' | 'unit'>, place: string | null = null): string {
  const name = [sheet.docNumber ?? (place ? shortPlace(place) : sheet.title), sheet.unit ?? '台账', sheet.asOf].join('-');
  return `${sanitizeFileName(name, '台账')}.xlsx`;
}

/** The file name of one unit's sheet inside the .zip: the unit's name, made safe. */
export function unitFileName(unit: string): string {
  return `${sanitizeFileName(unit, '单位')}.xlsx`;
}

export async function writeLedgerXlsx(sheet: LedgerSheet): Promise<Blob> {
  const [{ default: writeXlsxFile }, xml] = await Promise.all([loadPacked('write-excel-file/universal'), loadPacked('write-excel-file/utility')]);
  const cols = sheetColumns(sheet);
  const n = cols.length;
  const totalWidth = cols.reduce((w, c) => w + SHEET_WIDTHS[c], 0);
  /** Columns from `from` up to (not including) `to`, as a span. */
  const span = (from: SheetColumn, to: SheetColumn | null) => (to === null ? n : cols.indexOf(to)) - cols.indexOf(from);
  const blanks = (k: number) => Array.from({ length: Math.max(0, k - 1) }, () => null);

  const field = (label: string) => sheet.heading.fields.find(([f]) => f === label)?.[1] ?? '';
  const fieldCell = (label: string, from: SheetColumn, to: SheetColumn | null) => [
    {
      value: `${label}：${field(label)}`,
      type: String,
      columnSpan: span(from, to),
      alignVertical: 'center' as const,
      bottomBorderStyle: 'thin' as const,
      bottomBorderColor: '#9AA5B1',
      height: 24,
    },
    ...blanks(span(from, to)),
  ];
  const titleRows = [
    [
      {
        value: sheet.heading.title,
        type: String,
        columnSpan: n,
        fontWeight: 'bold' as const,
        fontSize: 16,
        align: 'center' as const,
        alignVertical: 'center' as const,
        wrap: true,
        height: 34,
      },
      ...blanks(n),
    ],
    [
      {
        value: sheet.heading.subtitle,
        type: String,
        columnSpan: n,
        wrap: true,
        alignVertical: 'center' as const,
        height: rowHeight([{ text: sheet.heading.subtitle, width: totalWidth }]) + 2,
      },
      ...blanks(n),
    ],
    [
      ...fieldCell('填报单位', '序号', '责任领导'),
      ...fieldCell('联系人', '责任领导', '完成时限'),
      ...fieldCell('联系电话', '完成时限', '本期进展'),
      ...fieldCell('填报日期', '本期进展', null),
    ],
    [
      ...fieldCell('单位主要负责人审签', '序号', '责任领导'),
      { value: '（签字并加盖单位公章）', type: String, columnSpan: span('责任领导', null), alignVertical: 'center' as const, textColor: '#6B7280', height: 24 },
      ...blanks(span('责任领导', null)),
    ],
  ];
  const header = cols.map((c) => ({ value: c, ...HEADER_STYLE }));
  const body = sheet.rows.map((r) => {
    const height = rowHeight(cols.map((c) => ({ text: r[c], width: SHEET_WIDTHS[c] })));
    return cols.map((c) => ({ value: r[c], type: String, ...CELL_STYLE, ...(FILLED.has(c) ? FILL_STYLE : {}), ...(CENTERED.has(c) ? { align: 'center' as const } : {}), height }));
  });
  const headerRow = TITLE_ROWS + 1;
  const pageHeader = `&L${headerText(sheet.docNumber ?? '')}&C${headerText(`${sheet.title} 落实情况报送表`)}&R${headerText(sheet.unit ?? `导出日期 ${sheet.asOf}`)}`;
  const pageFooter = '&C第 &P 页，共 &N 页';
  const sheetTag = 'xl/worksheets/sheet{id}.xml' as const;
  const hidden: ReadonlySet<string> = new Set([BASELINE_SHEET_NAME, IDENTITY_SHEET_NAME]);

  const printSetup = {
    files: {
      transform: {
        // Print titles: the header row repeats on every page. The baseline and identity sheets are hidden.
        'xl/workbook.xml': {
          transformElementAttributes: (tag: string, attributes: Record<string, string | number>) =>
            tag === 'sheet' && hidden.has(String(attributes.name)) ? { ...attributes, state: 'hidden' } : attributes,
          transform: (content: string) => {
            const defined = `<definedName name="_xlnm.Print_Titles" localSheetId="0">'${xml.sanitizeTextContent(SHEET_NAME)}'!$${headerRow}:$${headerRow}</definedName>`;
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
            // A4 landscape, fitted to the page width, narrow side margins (inches).
            const marginsXml = xml.getSelfClosingTagMarkup('pageMargins', { left: 0.25, right: 0.25, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 });
            const margins = xml.findElement(out, 'pageMargins');
            out = margins ? xml.replaceElement(out, margins, marginsXml) : xml.insertElementMarkupAccordingToOrderOfSiblings(out, marginsXml, order, 'worksheet');
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
    { value: k, type: String, fontWeight: 'bold' as const, alignVertical: 'top' as const },
    { value: v, type: String, wrap: true, alignVertical: 'top' as const, height: rowHeight([{ text: v, width: 90 }]) },
  ]);
  return writeXlsxFile(
    [
      {
        data: [...titleRows, header, ...body],
        sheet: SHEET_NAME,
        columns: cols.map((c) => ({ width: SHEET_WIDTHS[c] })),
        stickyRowsCount: headerRow,
        orientation: 'landscape',
      },
      { data: info, sheet: INFO_SHEET_NAME, columns: [{ width: 14 }, { width: 90 }], orientation: 'landscape' },
      {
        data: [[BASELINE_KEY, ...EDITABLE_COLUMNS], ...sheet.baseline.map((b) => [b.key, ...EDITABLE_COLUMNS.map((c) => b.values[c])].map((value) => ({ value, type: String })))],
        sheet: BASELINE_SHEET_NAME,
      },
      { data: sheet.identity.map((pair) => pair.map((value) => ({ value, type: String }))), sheet: IDENTITY_SHEET_NAME },
    ],
    { fontFamily: '宋体', fontSize: FONT_SIZE, features: [printSetup] },
  ).toBlob();
}
