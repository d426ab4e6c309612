// The attainment table's rows as a citable table: the plan document's place, province, level and year
// and the review document's place and year in their own columns, the target's and the outcome's figures
// as numbers (目标数值, 目标上限, 力争值, 完成数值) with their units beside them. As CSV for Excel (csv.ts
// conventions; 来源 and 导出日期 as its last two columns, the same on every row, since a comment line
// above the header breaks CSV readers) or as an .xlsx with a 说明 sheet (attainmentXlsx.ts).
import { describeSources, levelLabel, placed } from '../analysis/citation';
import { STATUS_LABELS, type AttainmentPair } from '../outcomes/attainment';
import { formatTarget } from '../analysis/targetText';
import type { DocumentInfo, TaskRow } from '../model/rows';
import { groupedCount } from '../text/count';
import { datedFileName } from './fileName';
import { citedCsv, type TableCell } from './csv';

export const ATTAINMENT_COLUMNS = [
  '地区',
  '所属省份',
  '层级',
  '计划年份',
  '计划文件',
  '任务编号',
  '指标',
  '目标',
  '目标数值',
  '目标上限',
  '力争值',
  '限定词',
  '目标单位',
  '目标原文',
  '回顾地区',
  '回顾文件年份',
  '完成年份',
  '回顾文件',
  '成绩',
  '完成数值',
  '完成单位',
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

const docName = (d: DocumentInfo | undefined): string => (d ? (d.meta.docNumber ? `${d.meta.docNumber} ${d.meta.title}` : d.meta.title) : '');

/** One row per pair, in ATTAINMENT_COLUMNS' order: years, figures and 可信度 are numbers (null when absent), the rest text. */
export function attainmentRows(pairs: readonly AttainmentPair[], docs: ReadonlyMap<string, DocumentInfo>, tasks: ReadonlyMap<string, TaskRow>): TableCell[][] {
  return pairs.map((p) => {
    const d = docs.get(p.target.docId);
    const where = d ? placed(d.meta) : { place: null, province: null, level: null };
    const task = p.target.taskId ? tasks.get(p.target.taskId) : undefined;
    const a = p.achievements[0];
    const review = a ? docs.get(a.docId) : undefined;
    return [
      where.place ?? '',
      where.province ?? '',
      levelLabel(where),
      d?.meta.year ?? p.target.year ?? null,
      docName(d),
      task?.no ?? '',
      p.target.metric,
      formatTarget(p.target),
      p.target.value,
      p.target.valueMax,
      p.target.stretch,
      p.target.qualifier ?? '',
      p.target.value !== null ? (p.target.unit ?? '') : '',
      p.target.text,
      review ? (placed(review.meta).place ?? '') : '',
      review?.meta.year ?? null,
      a?.achievedYear ?? null,
      docName(review),
      a ? `${a.value ?? ''}${a.unit ?? ''}` : '',
      a?.value ?? null,
      a && a.value !== null ? (a.unit ?? '') : '',
      p.achievements.map((x) => x.text).join('；'),
      p.estimate ? '是' : '',
      STATUS_LABELS[p.status],
      Math.round(p.confidence * 100) / 100,
      p.decision ? DECISION_LABEL[p.decision] : '',
      task?.leaders.join('、') ?? '',
      task?.leadUnits.join('、') ?? '',
      p.note ?? '',
    ];
  });
}

/** 来源：计划文件…；回顾文件…，共N对 — the plan and the review documents of the pairs, by count, year, level and kind. */
export function attainmentSourceLine(pairs: readonly AttainmentPair[], docs: ReadonlyMap<string, DocumentInfo>): string {
  const plans = new Map<string, DocumentInfo>();
  const reviews = new Map<string, DocumentInfo>();
  for (const p of pairs) {
    const d = docs.get(p.target.docId);
    if (d) plans.set(d.id, d);
    for (const a of p.achievements) {
      const r = docs.get(a.docId);
      if (r) reviews.set(r.id, r);
    }
  }
  const plan = describeSources([...plans.values()], { yearInGroups: true }) || '无';
  const review = describeSources([...reviews.values()], { yearInGroups: true }) || '无';
  return `来源：计划文件${plan}；回顾文件${review}；共${groupedCount(pairs.length)}条目标`;
}

/** `exportedOn` YYYY-MM-DD (Beijing); `source` attainmentSourceLine(). */
export function attainmentCsv(rows: readonly (readonly TableCell[])[], source: string, exportedOn: string): string {
  return citedCsv(ATTAINMENT_COLUMNS, rows, source, exportedOn);
}

/** 随州-2024-目标完成情况-2026-11-23.csv (or .xlsx) */
export function attainmentFileName(place: string, year: string, extension: 'csv' | 'xlsx'): string {
  return datedFileName(place, year, '目标完成情况', extension);
}
