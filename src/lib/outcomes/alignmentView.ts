// Province → city for the dashboard: a city notice that decomposes the provincial report, aligned with
// the same city's notice decomposing its own report (same place, same year), task by task
// (align.ts). Links go both ways for the task list; coverage per provincial chapter.
import type { Dataset, DocumentInfo, TaskRow } from '../model/rows';
import { alignTasks, chapterLookup, COVERED_AT, coverageByChapter, type AlignItem, type AlignMatch, type Alignment, type ChapterCoverage } from './align';

export interface AlignedPair {
  /** The notice decomposing the provincial (higher) report. */
  upperDocId: string;
  /** The same place's notice decomposing its own report. */
  ownDocId: string;
  coverage: ChapterCoverage[];
}

export interface TaskLink {
  taskId: string;
  score: number;
}

export interface AlignmentView {
  pairs: AlignedPair[];
  /** task id → its best counterparts in the other document, best first */
  links: Map<string, TaskLink[]>;
}

export const EMPTY_ALIGNMENT: AlignmentView = { pairs: [], links: new Map() };
export { COVERED_AT };

/** Which documents to align: (notice of a higher report, the place's own notice) of the same year. */
export function alignmentPairs(docs: readonly DocumentInfo[], tasksOf: (docId: string) => number): Array<[DocumentInfo, DocumentInfo]> {
  const out: Array<[DocumentInfo, DocumentInfo]> = [];
  for (const upper of docs) {
    const m = upper.meta;
    if (m.kind !== 'notice' || !m.reportOf || !m.jurisdiction || m.reportOf === m.jurisdiction) continue;
    const own = docs
      .filter(
        (d) =>
          d.id !== upper.id &&
          d.meta.kind === 'notice' &&
          d.meta.jurisdiction === m.jurisdiction &&
          d.meta.year === m.year &&
          (d.meta.reportOf === null || d.meta.reportOf === m.jurisdiction),
      )
      .sort((a, b) => tasksOf(b.id) - tasksOf(a.id))[0];
    if (own && tasksOf(upper.id) > 0 && tasksOf(own.id) > 0) out.push([upper, own]);
  }
  return out;
}

interface Job {
  upper: DocumentInfo;
  own: DocumentInfo;
  upperTasks: TaskRow[];
  ownTasks: TaskRow[];
}

function jobsOf(all: Dataset): Job[] {
  const tasksByDoc = new Map<string, TaskRow[]>();
  for (const t of all.tasks) {
    const list = tasksByDoc.get(t.docId);
    if (list) list.push(t);
    else tasksByDoc.set(t.docId, [t]);
  }
  return alignmentPairs(all.documents, (id) => tasksByDoc.get(id)?.length ?? 0).map(([upper, own]) => ({
    upper,
    own,
    upperTasks: tasksByDoc.get(upper.id) ?? [],
    ownTasks: tasksByDoc.get(own.id) ?? [],
  }));
}

const items = (tasks: readonly TaskRow[]) => tasks.map((t) => ({ id: t.id, text: t.text }));

function assemble(all: Dataset, jobs: readonly Job[], results: readonly Alignment[][]): AlignmentView {
  const view: AlignmentView = { pairs: [], links: new Map() };
  const add = (from: string, to: AlignMatch) => {
    const list = view.links.get(from) ?? [];
    if (!list.some((l) => l.taskId === to.id)) list.push({ taskId: to.id, score: to.score });
    list.sort((a, b) => b.score - a.score);
    view.links.set(from, list.slice(0, 3));
  };
  jobs.forEach((job, i) => {
    const alignments = results[i] ?? [];
    for (const a of alignments) {
      for (const m of a.matches) {
        if (m.score < COVERED_AT) continue;
        add(a.id, m);
        add(m.id, { id: a.id, score: m.score });
      }
    }
    const sections = all.sections.filter((s) => s.docId === job.upper.id);
    view.pairs.push({ upperDocId: job.upper.id, ownDocId: job.own.id, coverage: coverageByChapter(alignments, chapterLookup(sections, job.upperTasks)) });
  });
  return view;
}

export function computeAlignment(all: Dataset): AlignmentView {
  const jobs = jobsOf(all);
  return assemble(
    all,
    jobs,
    jobs.map((j) => alignTasks(items(j.upperTasks), items(j.ownTasks))),
  );
}

/** The same, with the alignment itself done by `align` (a worker for large notices: backgroundAlign.ts). */
export async function computeAlignmentWith(all: Dataset, align: (from: AlignItem[], to: AlignItem[]) => Promise<Alignment[]>): Promise<AlignmentView> {
  const jobs = jobsOf(all);
  const results = await Promise.all(jobs.map((j) => align(items(j.upperTasks), items(j.ownTasks))));
  return assemble(all, jobs, results);
}
