// Hand-written rows for the analysis and chart tests. `sample()` is a small dataset whose aggregates
// are worked out by hand in the tests (the comments below list what matters).
import type { AchievementRow, Dataset, DocumentRow, SectionRow, TargetRow, TaskRow } from '../../../src/lib/model/rows';
import type { DocumentMeta, ResponsibilityGroup } from '../../../src/lib/model/document';

const span = { start: 0, end: 1 };

export function doc(id: string, meta: Partial<DocumentMeta>): DocumentRow {
  return {
    id,
    contentHash: id,
    source: 'bundled',
    importedAt: '2026-01-01T00:00:00.000Z',
    parserVersion: 't',
    hidden: false,
    sourceText: '',
    text: '',
    warnings: [],
    counts: { sections: 0, tasks: 0, targets: 0, achievements: 0 },
    meta: {
      title: '政府工作报告',
      jurisdiction: null,
      jurisdictionLevel: null,
      year: null,
      kind: 'report',
      reportOf: null,
      docNumber: null,
      issuedOn: null,
      issuer: null,
      fileName: null,
      ...meta,
    },
  };
}

const keys = (id: string, docId?: string) => {
  const d = docId ?? id.split('/')[0]!;
  return { id, localId: id.split('/')[1] ?? id, docId: d, year: null as number | null, jurisdiction: null as string | null };
};

export function section(p: Partial<SectionRow> & { id: string; title: string }): SectionRow {
  return { ...keys(p.id, p.docId), no: null, level: 1, parentId: null, kind: p.level && p.level > 1 ? 'subsection' : 'chapter', span, ...p };
}

export function task(p: Partial<TaskRow> & { id: string }): TaskRow {
  return {
    ...keys(p.id, p.docId),
    no: null,
    sectionId: null,
    category: 'task',
    text: '任务',
    leaders: [],
    leadUnits: [],
    supportUnits: [],
    groups: [],
    deadline: null,
    span,
    ...p,
  };
}

export function group(p: Partial<ResponsibilityGroup>): ResponsibilityGroup {
  return { subject: null, leaders: [], leadUnits: [], supportUnits: [], deadline: null, span, ...p };
}

export function target(p: Partial<TargetRow> & { id: string; metric: string }): TargetRow {
  return {
    ...keys(p.id, p.docId),
    verb: '增长',
    value: null,
    valueMax: null,
    unit: '%',
    qualifier: null,
    stretch: null,
    scope: 'main',
    text: p.metric,
    taskId: null,
    sectionId: null,
    span,
    ...p,
  };
}

export function achievement(p: Partial<AchievementRow> & { id: string; metric: string }): AchievementRow {
  return { ...keys(p.id, p.docId), verb: '增长', value: null, unit: '%', qualifier: null, text: p.metric, sectionId: null, span, ...p };
}

export function dataset(p: Partial<Dataset>): Dataset {
  return { documents: [], sections: [], tasks: [], targets: [], achievements: [], ...p };
}

/** Copies each document's year and place onto its rows, as the database does. */
export function stamp(ds: Dataset): Dataset {
  const byId = new Map(ds.documents.map((d) => [d.id, d]));
  const fill = <R extends { docId: string; year: number | null; jurisdiction: string | null }>(r: R): R => {
    const d = byId.get(r.docId);
    return d ? { ...r, year: d.meta.year, jurisdiction: d.meta.jurisdiction } : r;
  };
  return {
    documents: ds.documents,
    sections: ds.sections.map(fill),
    tasks: ds.tasks.map(fill),
    targets: ds.targets.map(fill),
    achievements: ds.achievements.map(fill),
  };
}

/**
 * Five documents:
 * - n24: 随州市 2024 notice (随政办发〔2024〕2号) naming leaders. 6 tasks:
 *   t1 target 张三 | 市发改委 ← 市统计局            (chapter c1 目标)
 *   t2 target 李四 | 市经信局 ← 各县市区政府        (c1 目标)
 *   t3 task   李四 | 市经信局 ← 市发改委, 各县市区政府 (lead l1 under c2 产业)
 *   t4 task   李四+张三 | 市经信局, 市科技局        (c2 产业)
 *   t5 task   张三 | 市商务局 ← 市经信局            (c3 投资消费)
 *   t6 livelihood, two groups: 王五 | 市住建局 ; 王五+张三 | 曾都区人民政府   (c4 民生)
 *   Per leader: 张三 4 tasks (sole: t1, t5; shared: t4, t6), 李四 3 (sole t2, t3; shared t4), 王五 1 (shared t6).
 * - n24p: 随州市 notice of the 湖北省 2024 report (随政办发〔2024〕7号), no leaders. 3 tasks.
 * - r24h: 洪湖市 2024 report: GDP 8% (力争9%), 规模以上工业增加值 10%, one qualitative target, 1 task.
 * - r23: 随州市 2023 report: GDP 7%, achieved GDP 2022 4.5%.
 * - r25: 随州市 2025 report: GDP 6%, achieved GDP 2024 6.5%, 粮食产量 target 146万吨.
 */
export function sample(): Dataset {
  const documents = [
    doc('n24', {
      title: '关于分解落实《政府工作报告》的通知',
      jurisdiction: '随州市',
      jurisdictionLevel: 'city',
      year: 2024,
      kind: 'notice',
      reportOf: '随州市',
      docNumber: '随政办发〔2024〕2号',
    }),
    doc('n24p', {
      title: '关于分解落实省《政府工作报告》的通知',
      jurisdiction: '随州市',
      jurisdictionLevel: 'city',
      year: 2024,
      kind: 'notice',
      reportOf: '湖北省',
      docNumber: '随政办发〔2024〕7号',
    }),
    doc('r24h', { title: '洪湖市政府工作报告', jurisdiction: '洪湖市', jurisdictionLevel: 'county', year: 2024, kind: 'report-summary' }),
    doc('r23', { title: '随州市政府工作报告', jurisdiction: '随州市', jurisdictionLevel: 'city', year: 2023, kind: 'report' }),
    doc('r25', { title: '随州市政府工作报告摘要', jurisdiction: '随州市', jurisdictionLevel: 'city', year: 2025, kind: 'report-summary' }),
  ];
  const sections = [
    section({ id: 'n24/c1', no: '一', title: '经济社会发展主要预期目标' }),
    section({ id: 'n24/c2', no: '二', title: '坚持链群协同、固本兴新，加快推进新型工业化步伐' }),
    section({ id: 'n24/l1', title: '加快项目建设。', level: 2, parentId: 'n24/c2', kind: 'lead' }),
    section({ id: 'n24/c3', no: '三', title: '坚持扩大内需、挖潜增效' }),
    section({ id: 'n24/c4', title: '市政府主要领导领衔督办的民生实事' }),
    section({ id: 'n24p/c1', no: '一', title: '经济社会发展的主要预期目标' }),
    section({ id: 'n24p/c2', no: '二', title: '聚焦塑造发展新动能新优势，切实做强科技创新硬核支撑' }),
    section({ id: 'n24p/s1', no: '一', title: '加快建设科技强省', level: 2, parentId: 'n24p/c2' }),
    section({ id: 'r24h/c1', title: '全力以赴推动“三驾马车”协同发力' }),
  ];
  const tasks = [
    task({
      id: 'n24/t1',
      no: '1',
      category: 'target',
      sectionId: 'n24/c1',
      text: '地区生产总值增长6.5%。',
      leaders: ['张三'],
      leadUnits: ['市发改委'],
      supportUnits: ['市统计局'],
    }),
    task({
      id: 'n24/t2',
      no: '2',
      category: 'target',
      sectionId: 'n24/c1',
      text: '规上工业增加值增长9%。',
      leaders: ['李四'],
      leadUnits: ['市经信局'],
      supportUnits: ['各县市区政府'],
    }),
    task({ id: 'n24/t3', no: '3', sectionId: 'n24/l1', text: '新开工亿元以上项目300个。', leaders: ['李四'], leadUnits: ['市经信局'], supportUnits: ['市发改委', '各县市区政府'] }),
    task({ id: 'n24/t4', no: '4', sectionId: 'n24/c2', text: '培育专精特新企业。', leaders: ['李四', '张三'], leadUnits: ['市经信局', '市科技局'] }),
    task({ id: 'n24/t5', no: '5', sectionId: 'n24/c3', text: '开展消费促进活动。', leaders: ['张三'], leadUnits: ['市商务局'], supportUnits: ['市经信局'] }),
    task({
      id: 'n24/t6',
      no: '一',
      category: 'livelihood',
      sectionId: 'n24/c4',
      text: '打通两条断头路。',
      leaders: ['王五', '张三'],
      leadUnits: ['市住建局', '曾都区人民政府'],
      groups: [group({ subject: '甲路', leaders: ['王五'], leadUnits: ['市住建局'] }), group({ subject: '乙路', leaders: ['王五', '张三'], leadUnits: ['曾都区人民政府'] })],
    }),
    task({ id: 'n24p/t1', no: '1', category: 'target', sectionId: 'n24p/c1', text: '地区生产总值增长6%左右。', leadUnits: ['市发改委'] }),
    task({ id: 'n24p/t2', no: '2', sectionId: 'n24p/s1', text: '建设科创平台。', leadUnits: ['市科技局'], supportUnits: ['各县市区政府及管委会'] }),
    task({ id: 'n24p/t3', no: '3', sectionId: 'n24p/c2', text: '引进高层次人才。', leadUnits: ['市科技局', '市教育局'] }),
    task({ id: 'r24h/t1', sectionId: 'r24h/c1', text: '扩大有效投资。' }),
  ];
  const targets = [
    target({ id: 'n24/g1', metric: '地区生产总值', value: 6.5, taskId: 'n24/t1', sectionId: 'n24/c1', year: 2024, text: '地区生产总值增长6.5%' }),
    target({ id: 'n24/g2', metric: '规上工业增加值', value: 9, taskId: 'n24/t2', sectionId: 'n24/c1', year: 2024, text: '规上工业增加值增长9%' }),
    target({ id: 'n24/g3', metric: '亿元以上项目', verb: '新开工', value: 300, unit: '个', scope: 'task', taskId: 'n24/t3', sectionId: 'n24/l1', year: 2024 }),
    target({ id: 'n24p/g1', metric: '地区生产总值', value: 6, qualifier: '左右', taskId: 'n24p/t1', sectionId: 'n24p/c1', year: 2024, text: '地区生产总值增长6%左右' }),
    target({
      id: 'n24p/g2',
      metric: '城镇新增就业',
      verb: null,
      value: 700000,
      unit: '人',
      qualifier: '以上',
      taskId: 'n24p/t1',
      sectionId: 'n24p/c1',
      year: 2024,
      text: '城镇新增就业70万人以上',
    }),
    target({ id: 'r24h/g1', metric: '地区生产总值', value: 8, stretch: 9, qualifier: '力争', year: 2024, text: '地区生产总值增长8%、力争9%' }),
    target({ id: 'r24h/g2', metric: '规模以上工业增加值', value: 10, year: 2024, text: '规模以上工业增加值增长10%' }),
    target({ id: 'r24h/g3', metric: '城乡居民收入增长与经济增长同步', verb: null, unit: null, year: 2024, text: '城乡居民收入增长与经济增长基本同步' }),
    target({ id: 'r23/g1', metric: '地区生产总值', value: 7, year: 2023, text: '地区生产总值增长7%' }),
    target({ id: 'r25/g1', metric: 'GDP', value: 6, year: 2025, text: 'GDP增长6%' }),
    target({ id: 'r25/g2', metric: '粮食产量', verb: '达到', value: 146, unit: '万吨', year: 2025, text: '粮食产量达到146万吨' }),
  ];
  const achievements = [
    achievement({ id: 'r23/a1', metric: '地区生产总值', value: 4.5, achievedYear: 2022, text: '地区生产总值增长4.5%' }),
    achievement({ id: 'r25/a1', metric: '地区生产总值', value: 6.5, achievedYear: 2024, text: '地区生产总值增长6.5%' }),
    achievement({ id: 'r25/a2', metric: '地区生产总值', verb: '达到', value: 1400, unit: '亿元', achievedYear: 2024, text: '地区生产总值达到1400亿元' }),
  ];
  return stamp({ documents, sections, tasks, targets, achievements });
}
