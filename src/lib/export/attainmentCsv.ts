// The attainment table's rows, as CSV for Excel (same conventions as the task list: BOM, CRLF, quoted
// fields) or as an .xlsx sheet (attainmentXlsx.ts).
import { STATUS_LABELS, type AttainmentPair } from '../outcomes/attainment';
import { formatTarget } from '../analysis/targetText';
import type { DocumentInfo, TaskRow } from '../model/rows';
import { today } from '../time/clock';
import { sanitizeFileName, shortPlace } from './fileName';
import { toCsv } from './csv';

export const ATTAINMENT_COLUMNS = [
  '文件',
  '任务编号',
  '指标',
  '目标',
  '目标原文',
  '成绩',
  '成绩原文',
  '预计数',
  '完成情况',
  '可信度',
  '人工确认',
  '责任领导',
  '牵头单位',
  '说明',
] as const;

const DECISION_LABEL = { confirm: '已确认', correct: '已更正', unlink: '已取消配对' } as const;

/** One row per pair, in ATTAINMENT_COLUMNS' order: what the CSV and the Excel sheet hold. */
export function attainmentRows(pairs: readonly AttainmentPair[], docs: ReadonlyMap<string, DocumentInfo>, tasks: ReadonlyMap<string, TaskRow>): string[][] {
  return pairs.map((p) => {
    const d = docs.get(p.target.docId);
    const task = p.target.taskId ? tasks.get(p.target.taskId) : undefined;
    const a = p.achievements[0];
    return [
      d ? (d.meta.docNumber ? `${d.meta.docNumber} ${d.meta.title}` : d.meta.title) : '',
      task?.no ?? '',
      p.target.metric,
      formatTarget(p.target),
      p.target.text,
      a ? `${a.value ?? ''}${a.unit ?? ''}` : '',
      p.achievements.map((x) => x.text).join('；'),
      p.estimate ? '是' : '',
      STATUS_LABELS[p.status],
      p.confidence.toFixed(2),
      p.decision ? DECISION_LABEL[p.decision] : '',
      task?.leaders.join('、') ?? '',
      task?.leadUnits.join('、') ?? '',
      p.note ?? '',
    ];
  });
}

export function attainmentCsv(pairs: readonly AttainmentPair[], docs: ReadonlyMap<string, DocumentInfo>, tasks: ReadonlyMap<string, TaskRow>): string {
  return toCsv([ATTAINMENT_COLUMNS, ...attainmentRows(pairs, docs, tasks)]);
}

/** 随州-2024-目标完成情况-2026-11-23.csv (or .xlsx) */
export function attainmentFileName(place: string, year: string, extension: 'csv' | 'xlsx'): string {
  const parts = [place ? shortPlace(place) : '', year, '目标完成情况', today()].filter(Boolean);
  return `${sanitizeFileName(parts.join('-'), '目标完成情况')}.${extension}`;
}
