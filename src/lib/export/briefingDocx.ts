// The 督查通报 as .docx: A4, 文号 and period in the page header, 第 X 页 共 Y 页 in the footer, the
// sections and tables worded by ledger/briefingText.ts (the same as the printable page), chart images
// when given. Library: docx (MIT, maintained, ≈ 240 KB minified for what we use), loaded with import()
// only when the clerk asks for a .docx.
import type { Briefing } from '../ledger/briefing';
import {
  completedIntro, groupHeading, itemCells, ITEM_HEADERS, laggingIntro, overview, pageHeader, RANKING_HEADERS,
  RANKING_SHOWN, rankingCells, sections, TOTALS_HEADERS,
} from '../ledger/briefingText';
import { chineseDate } from '../ledger/dates';
import { sanitizeFileName } from './fileName';

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
  const d = await import('docx');
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

  const body: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [
    para(b.title, { bold: true, size: 32, center: true, font: HEADING_FONT, after: 200 }),
    para(b.periodLabel, { center: true, size: 22, after: 60 }),
    para(`${b.scopeLabel}　数据截至${chineseDate(b.asOf)}`, { center: true, size: 22, after: 300 }),
  ];
  const itemWidths = [9, 45, 18, 28];
  for (const s of sections(b)) {
    body.push(heading(s.heading));
    switch (s.key) {
      case 'overview':
        body.push(para(overview(b), { indent: true }));
        body.push(table(TOTALS_HEADERS, b.shares.map((x) => [x.label, String(x.count), x.share]), [60, 20, 20]), gap());
        for (const img of images) {
          const scale = Math.min(1, 600 / img.width);
          body.push(
            new Paragraph({ children: [new ImageRun({ type: 'png', data: img.png, transformation: { width: Math.round(img.width * scale), height: Math.round(img.height * scale) } })], alignment: AlignmentType.CENTER }),
            para(img.title, { center: true, size: 20 }),
          );
        }
        break;
      case 'lagging':
        body.push(para(laggingIntro(b), { indent: true }));
        b.lagging.forEach((g, i) => {
          body.push(para(groupHeading(i, g.unit, g.leaders, g.items.length), { bold: true }));
          body.push(table(ITEM_HEADERS, g.items.map(itemCells), itemWidths), gap());
        });
        break;
      case 'dueSoon':
        body.push(para(`以下${b.dueSoon.length}项临近完成时限或报送节点，请相关单位抓紧推进、按时报送：`, { indent: true }));
        body.push(table(ITEM_HEADERS, b.dueSoon.map(itemCells), itemWidths), gap());
        break;
      case 'completed':
        body.push(para(completedIntro(b), { indent: true }));
        if (b.completed.length > 0) {
          body.push(table(['序号', '任务', '牵头单位', '完成日期', '完成依据'], b.completed.map((c) => [c.no ?? '', c.text, c.leadUnits.join('、'), c.date, c.basis]), [8, 40, 16, 14, 22]), gap());
        }
        break;
      case 'ranking':
        if (b.byUnit.length > 0) {
          body.push(para(`牵头单位（按滞后占比排序，列前${Math.min(RANKING_SHOWN, b.byUnit.length)}位）：`, { indent: true }));
          body.push(table(RANKING_HEADERS, b.byUnit.slice(0, RANKING_SHOWN).map(rankingCells)), gap());
        }
        if (b.byLeader.length > 0) {
          body.push(para('责任领导：', { indent: true }));
          body.push(table(RANKING_HEADERS, b.byLeader.map(rankingCells)), gap());
        }
        break;
      case 'nextSteps':
        for (let i = 0; i < b.nextStepLines; i++) body.push(para(`${i + 1}. ________________________________________________`, { after: 200 }));
        break;
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
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'], size: 18, font: FONT })] })],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBlob(doc);
}
