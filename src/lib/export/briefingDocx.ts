// The 督查通报 as .docx in the format of 党政机关公文 (GB/T 9704-2012): A4, margins 37 / 35 / 28 / 26 mm
// (top, bottom, left, right), body 仿宋_GB2312 三号 (16 pt) on a fixed 28.9 pt line (22 lines of 28
// characters a page), title 方正小标宋简体 二号 (22 pt), 一级标题 黑体 and 二级标题 楷体_GB2312 三号,
// page numbers 4号 宋体 "— 1 —" on the outside (odd pages right, even pages left). The 版头 carries the
// 通报's own 文号, once, on its first page; headings keep with what follows; tables in 仿宋 小四. The
// blocks are ledger/briefingText.ts's, the same the printable page draws. Library: docx (MIT), loaded
// on first use.
import type { Briefing } from '../ledger/briefing';
import { briefingBlocks, keepsWithNext, type BriefingBlock, type TableBlock } from '../ledger/briefingText';
import { sanitizeFileName } from './fileName';
import { loadPacked } from '../packed/load';

/** 随政督通〔2024〕第3期-督查通报-2024-06-15报送期.docx */
export function briefingFileName(b: Pick<Briefing, 'number' | 'round'>): string {
  return `${sanitizeFileName(`${b.number}-督查通报-${b.round.due}报送期`, '督查通报')}.docx`;
}

type Fonts = { ascii: string; hAnsi: string; eastAsia: string; cs: string };
/** East Asian names as in Chinese Word; Latin text and figures in Times New Roman. */
const font = (eastAsia: string, latin = 'Times New Roman'): Fonts => ({ ascii: latin, hAnsi: latin, cs: latin, eastAsia });
export const FONTS = {
  body: font('仿宋_GB2312'),
  title: font('方正小标宋简体'),
  h1: font('黑体'),
  h2: font('楷体_GB2312'),
  pageNo: font('宋体'),
} as const;

/** Sizes in half-points (Word's unit): 三号 16 pt, 二号 22 pt, 4号 14 pt, 小四 12 pt. */
export const SIZES = { body: 32, title: 44, pageNo: 28, table: 24, masthead: 72 } as const;

const MM = 1440 / 25.4; // twips per millimetre
const twips = (mm: number) => Math.round(mm * MM);
/** 28.9 pt in twips: 22 lines fill the 225 mm text area. */
export const LINE = 578;
const CHAR = 320; // one 三号 character, in twips
const TEXT_WIDTH = twips(210 - 28 - 26);
const RED = 'FF0000';

/** Width of a text in 三号 characters (Latin letters and figures count a half). */
const charsWide = (s: string) => Array.from(s).reduce((n, c) => n + (c.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);

export async function writeBriefingDocx(b: Briefing): Promise<Blob> {
  const d = await loadPacked('docx');
  const {
    AlignmentType,
    BorderStyle,
    Document,
    Footer,
    LineRuleType,
    Packer,
    PageNumber,
    Paragraph,
    RelativeHorizontalPosition,
    RelativeVerticalPosition,
    TabStopType,
    Table,
    TableAnchorType,
    TableCell,
    TableRow,
    TextRun,
    WidthType,
    VerticalAlign,
  } = d;
  type P = InstanceType<typeof Paragraph>;

  const run = (text: string, o: { font?: Fonts; size?: number; bold?: boolean; color?: string; spacing?: number } = {}) =>
    new TextRun({ text, font: o.font ?? FONTS.body, size: o.size ?? SIZES.body, bold: o.bold, color: o.color, characterSpacing: o.spacing });
  const exact = (line: number, before = 0, after = 0) => ({ line, lineRule: LineRuleType.EXACT, before, after });

  const blocks = briefingBlocks(b);
  const body: (P | InstanceType<typeof Table>)[] = [];
  const textOf = (kind: BriefingBlock['kind']) => blocks.flatMap((x) => (x.kind === kind && 'text' in x ? [x.text] : []))[0] ?? '';
  const signdate = textOf('signdate');

  const tableOf = (head: TableBlock, rows: readonly TableBlock[]) => {
    const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
    const borders = { top: thin, bottom: thin, left: thin, right: thin };
    const cell = (text: string, isHead: boolean, width: number | undefined) =>
      new TableCell({
        borders,
        verticalAlign: VerticalAlign.CENTER,
        width: width === undefined ? undefined : { size: width, type: WidthType.PERCENTAGE },
        children: [
          new Paragraph({
            alignment: isHead ? AlignmentType.CENTER : AlignmentType.LEFT,
            spacing: { line: 360, lineRule: LineRuleType.AT_LEAST },
            children: [run(text, { size: SIZES.table, font: isHead ? FONTS.h1 : FONTS.body })],
          }),
        ],
      });
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, keepNext: true, children: head.cells.map((c, i) => cell(c, true, head.widths[i])) }),
        ...rows.map((r) => new TableRow({ cantSplit: true, children: r.cells.map((c, i) => cell(c, false, r.widths[i])) })),
      ],
    });
  };

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as BriefingBlock;
    const keepNext = keepsWithNext(block, blocks[i + 1]);
    switch (block.kind) {
      case 'masthead':
        body.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            keepNext,
            spacing: exact(1200, 0, 0),
            children: [run(block.text, { font: FONTS.title, size: SIZES.masthead, color: RED, spacing: 200 })],
          }),
        );
        break;
      case 'number':
        body.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext, spacing: exact(LINE, LINE, 0), children: [run(block.text)] }));
        break;
      case 'redline':
        body.push(new Paragraph({ keepNext, spacing: exact(240, 0, LINE), border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 1 } }, children: [] }));
        break;
      case 'title':
        body.push(
          new Paragraph({ alignment: AlignmentType.CENTER, keepNext, spacing: exact(700, LINE, LINE), children: [run(block.text, { font: FONTS.title, size: SIZES.title })] }),
        );
        break;
      case 'recipients':
        body.push(new Paragraph({ keepNext: true, spacing: exact(LINE), children: [run(block.text)] }));
        break;
      case 'h1':
      case 'h2':
        body.push(
          new Paragraph({
            keepNext: true,
            keepLines: true,
            indent: { firstLine: 2 * CHAR },
            spacing: exact(LINE),
            children: [run(block.text, { font: block.kind === 'h1' ? FONTS.h1 : FONTS.h2 })],
          }),
        );
        break;
      case 'para':
        body.push(
          new Paragraph({ alignment: AlignmentType.JUSTIFIED, keepNext, widowControl: true, indent: { firstLine: 2 * CHAR }, spacing: exact(LINE), children: [run(block.text)] }),
        );
        break;
      case 'signature': {
        // 署名 centred over the 成文日期, which stands four characters from the right.
        const right = Math.max(0, 4 * CHAR + Math.round(((charsWide(signdate) - charsWide(block.text)) / 2) * CHAR));
        body.push(
          new Paragraph({ alignment: AlignmentType.RIGHT, keepNext: true, keepLines: true, indent: { right }, spacing: exact(LINE, 2 * LINE, 0), children: [run(block.text)] }),
        );
        break;
      }
      case 'signdate':
        body.push(new Paragraph({ alignment: AlignmentType.RIGHT, keepNext: true, indent: { right: 4 * CHAR }, spacing: exact(LINE), children: [run(block.text)] }));
        break;
      case 'copyto': {
        // 版记 (抄送, then 印发机关 and 印发日期) as a table floated to the bottom of the last page's text
        // area, between a thick rule above and below and a thin one between, as GB/T 9704 sets it.
        const printed = blocks[i + 1]?.kind === 'printed' ? (blocks[++i] as { text: string }).text : '\t';
        const [who, when] = printed.split('\t');
        const thick = { style: BorderStyle.SINGLE, size: 8, color: '000000' };
        const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
        const line = (children: InstanceType<typeof TextRun>[], tabs = false) =>
          new Paragraph({
            indent: { left: CHAR - 40, right: CHAR - 40 },
            tabStops: tabs ? [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - 2 * (CHAR - 40) - 200 }] : undefined,
            spacing: exact(LINE),
            children,
          });
        body.push(
          new Paragraph({ spacing: exact(LINE), children: [] }), // a line's gap where the table stays in line (LibreOffice 7)
          new Table({
            width: { size: TEXT_WIDTH, type: WidthType.DXA },
            columnWidths: [TEXT_WIDTH],
            float: {
              horizontalAnchor: TableAnchorType.MARGIN,
              verticalAnchor: TableAnchorType.MARGIN,
              relativeHorizontalPosition: RelativeHorizontalPosition.CENTER,
              relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
            },
            borders: { top: thick, bottom: thick, left: none, right: none, insideHorizontal: { style: BorderStyle.SINGLE, size: 6, color: '000000' }, insideVertical: none },
            rows: [
              new TableRow({ cantSplit: true, children: [new TableCell({ children: [line([run(block.text, { size: SIZES.pageNo })])] })] }),
              new TableRow({ cantSplit: true, children: [new TableCell({ children: [line([run(`${who ?? ''}\t${when ?? ''}`, { size: SIZES.pageNo })], true)] })] }),
            ],
          }),
          new Paragraph({ spacing: exact(20), children: [] }),
        );
        break;
      }
      case 'printed':
        break; // drawn with the 抄送 line
      case 'thead': {
        // A table is its header block and the row blocks after it.
        const rows: TableBlock[] = [];
        while (blocks[i + 1]?.kind === 'row') rows.push(blocks[++i] as TableBlock);
        body.push(tableOf(block, rows), new Paragraph({ spacing: exact(300), children: [] }));
        break;
      }
      case 'row':
        break; // consumed with its header
    }
  }

  const pageNumber = (side: 'odd' | 'even') =>
    new Footer({
      children: [
        new Paragraph({
          alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: side === 'odd' ? { right: 280 } : { left: 280 },
          children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FONTS.pageNo, size: SIZES.pageNo })],
        }),
      ],
    });

  const doc = new Document({
    creator: '政府工作报告任务分解看板',
    title: textOf('title') || '督查通报',
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: FONTS.body, size: SIZES.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: twips(37), bottom: twips(35), left: twips(28), right: twips(26), header: twips(15), footer: twips(24) },
          },
        },
        footers: { default: pageNumber('odd'), even: pageNumber('even') },
        children: body,
      },
    ],
  });
  return Packer.toBlob(doc);
}
