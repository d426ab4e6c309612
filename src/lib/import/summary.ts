// What the import preview shows about a parse: pure, so it is tested without a browser.
import type { DocumentKind, ParsedDocument, Task } from '../model/document';
import type { SourceFormat } from './readText';

export const KIND_LABELS: Record<DocumentKind, string> = {
  report: '政府工作报告',
  'report-summary': '政府工作报告（摘要）',
  notice: '分解落实通知',
};

export const FORMAT_LABELS: Record<SourceFormat, string> = {
  'utf-8': '文本（UTF-8）',
  'utf-16le': '文本（UTF-16）',
  'utf-16be': '文本（UTF-16 大端）',
  gb18030: '文本（GBK / GB18030）',
  docx: 'Word 文档（.docx）',
  xlsx: 'Excel 表格（.xlsx）',
  pdf: 'PDF 文档（.pdf）',
  doc: 'Word 97-2003 文档（.doc）',
  wps: 'WPS 文字文档（.wps）',
  xls: 'Excel 97-2003 表格（.xls）',
  pasted: '粘贴的文字',
};

export interface ParseSummary {
  chapters: number;
  sections: number;
  /** Every numbered item and bullet, of which … */
  tasks: number;
  /** … 民生实事 items. */
  livelihood: number;
  targets: number;
  leaders: string[];
  units: string[];
  /** The first tasks that name who is responsible; the first tasks at all when none does. */
  sampleTasks: Task[];
}

function unique(lists: string[][]): string[] {
  const seen = new Set<string>();
  for (const list of lists) for (const item of list) seen.add(item);
  return [...seen];
}

export function summarize(parsed: ParsedDocument, sampleSize = 5): ParseSummary {
  const responsible = parsed.tasks.filter((t) => t.leaders.length + t.leadUnits.length + t.supportUnits.length > 0);
  return {
    chapters: parsed.sections.filter((s) => s.kind === 'chapter').length,
    sections: parsed.sections.length,
    tasks: parsed.tasks.length,
    livelihood: parsed.tasks.filter((t) => t.category === 'livelihood').length,
    targets: parsed.targets.length,
    leaders: unique(parsed.tasks.map((t) => t.leaders)),
    units: unique(parsed.tasks.map((t) => [...t.leadUnits, ...t.supportUnits])),
    sampleTasks: (responsible.length > 0 ? responsible : parsed.tasks).slice(0, sampleSize),
  };
}
