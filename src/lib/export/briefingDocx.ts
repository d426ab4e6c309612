// The 督查通报 as .docx: A4, 文号 and period in the page header, 第 X 页 共 Y 页 in the footer, the
// sections and tables worded by ledger/briefingText.ts (the same as the printable page), chart images
// when given. Library: docx (MIT, maintained, ≈ 240 KB minified for what we use), loaded with import()
// only when the clerk asks for a .docx.
import type { Briefing } from '../ledger/briefing';
import { briefingBlocks, pageHeader, type BriefingBlock } from '../ledger/briefingText';
import { sanitizeFileName } from './fileName';
import { loadPacked } from '../packed/load';

export interface BriefingImage {
  title: string;
  /** PNG bytes (Chart export at pixelRatio 2). */
  png: Uint8Array;
  /** Size in CSS pixels. */
  width: number;
  height: number;
}

/** 随政办发〔2024〕2号-督查通报-2024-06-15报送期-全部任务.docx */
export function briefingFileName(b: Pick<Briefing, 'docNumber' | 'docTitle' | 'period' | 'asOf' | 'scopeLabel'>): string {
  const parts = [b.docNumber ?? b.docTitle, '督查通报', b.period ? `${b.period.due}报送期` : b.asOf, b.scopeLabel.replace('：', '-')];
  return `${sanitizeFileName(parts.join('-'), '督查通报')}.docx`;
}

const FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };
const HEADING_FONT = { ascii: 'SimHei', eastAsia: '黑体', hAnsi: 'SimHei' };

export async function writeBriefingDocx(b: Briefing, images: readonly BriefingImage[] = []): Promise<Blob> {
  const d = await loadPacked('docx');
  const { AlignmentType, BorderStyle, Document, Footer, Header, ImageRun, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = d;

  const text = (s: string, o: { bold?: boolean; size?: number; font?: typeof FONT } = {}) => new TextRun({ text: s, bold: o.bold, size: o.size, font: o.font ?? FONT });
  const para = (s: string, o: { bold?: boolean; size?: number; center?: boolean; indent?: boolean; font?: typeof FONT; after?: number } = {}) =>
    new Paragraph({
      children: [text(s, o)],
      alignment: o.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      indent: o.indent ? { firstLine: 560 } : undefined,
      spacing: { after: o.after ?? 120, line: 360 },
    });
  const heading = (s: string) => para(s, { bold: true, size: 28, font: HEADING_FONT, after: 160 });
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (s: string, head = false, width?: number) =>
    new TableCell({
      children: [new Paragraph({ children: [text(s, { bold: head, size: 21 })], alignment: head ? AlignmentType.CENTER : AlignmentType.LEFT })],
      borders,
      width: width === undefined ? undefined : { size: width, type: WidthType.PERCENTAGE },
      shading: head ? { fill: 'E8EEF7' } : undefined,
    });
  const table = (headers: readonly string[], rows: readonly (readonly string[])[], widths?: readonly number[]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, true, widths?.[i])) }),
        ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, false, widths?.[i])) })),
      ],
    });
  const gap = () => new Paragraph({ children: [], spacing: { after: 120 } });

  const body: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [];
  const blocks = briefingBlocks(
    b,
    images.map((i) => i.title),
  );
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as BriefingBlock;
    switch (block.kind) {
      case 'title':
        body.push(para(block.text, { bold: true, size: 32, center: true, font: HEADING_FONT, after: 200 }));
        break;
      case 'subtitle':
        body.push(para(block.text, { center: true, size: 22, after: blocks[i + 1]?.kind === 'subtitle' ? 60 : 300 }));
        break;
      case 'heading':
        body.push(heading(block.text));
        break;
      case 'group':
        body.push(para(block.text, { bold: true }));
        break;
      case 'para':
        body.push(para(block.text, { indent: true }));
        break;
      case 'blank':
        body.push(para(`${block.text}________________________________________________`, { after: 200 }));
        break;
      case 'chart': {
        const img = images[block.index];
        if (!img) break;
        const scale = Math.min(1, 600 / img.width);
        body.push(
          new Paragraph({
            children: [new ImageRun({ type: 'png', data: img.png, transformation: { width: Math.round(img.width * scale), height: Math.round(img.height * scale) } })],
            alignment: AlignmentType.CENTER,
          }),
          para(block.title, { center: true, size: 20 }),
        );
        break;
      }
      case 'thead': {
        // A table is its header block and the row blocks after it.
        const rows: (readonly string[])[] = [];
        while (blocks[i + 1]?.kind === 'row') rows.push((blocks[++i] as Extract<BriefingBlock, { table: string }>).cells);
        body.push(table(block.cells, rows, block.widths), gap());
        break;
      }
      case 'row':
        break; // consumed with its header
    }
  }

  const doc = new Document({
    creator: '政府工作报告任务分解看板',
    title: b.title,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
        headers: { default: new Header({ children: [new Paragraph({ children: [text(pageHeader(b), { size: 18 })], alignment: AlignmentType.CENTER })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'], size: 18, font: FONT })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBlob(doc);
}
