// Tasks per chapter and per section, and per shared sector, so the weight of each area can be
// seen within a document and compared between documents.
import type { SectionRow } from '../model/rows';
import { increment } from './count';
import { groupDocuments, groupLevel, type DocGroup, type GroupLevel } from './docGroups';
import type { Scope } from './scope';
import { matchSectorTitle, SECTORS, sectionPath, sectionsById, sectorOfTask, type Sector } from './sectors';

export interface ChapterCount {
  /** null for tasks outside any section */
  sectionId: string | null;
  docId: string;
  label: string;
  /** labels from the chapter down to the counted section */
  path: string[];
  count: number;
}

/** 一、标题 for a chapter, （一）标题 for a sub-section, 1. 标题 for a numbered one. */
export function sectionLabel(s: Pick<SectionRow, 'no' | 'title' | 'kind'>): string {
  if (!s.no) return s.title;
  if (s.kind === 'chapter') return `${s.no}、${s.title}`;
  return /^\d+$/.test(s.no) ? `${s.no}. ${s.title}` : `（${s.no}）${s.title}`;
}

/**
 * The section a task is counted under in the chapter chart: its chapter, unless the chapter is a
 * bare heading (二、2023年工作安排) with no policy area in it — then the first section below it that
 * names one, so the bars say what the work is about. Also returns the path for the tooltip.
 */
function countingSection(id: string | null, byId: Map<string, SectionRow>): { section: SectionRow | null; path: SectionRow[] } {
  const path = sectionPath(id, byId) as SectionRow[];
  const named = path.find((s) => matchSectorTitle(s.title) !== null);
  const section = named ?? path[0] ?? null;
  return { section, path: section ? path.slice(0, path.indexOf(section) + 1) : [] };
}

/** Tasks per chapter (or per named sub-section of a bare chapter), in document order then text order. */
export function tasksPerChapter(sc: Scope): ChapterCount[] {
  const byId = sectionsById(sc.all.sections);
  const counts = new Map<string, ChapterCount & { order: number }>();
  const docOrder = new Map(sc.docsInView.map((d, i) => [d.id, i]));
  for (const t of sc.ds.tasks) {
    const { section: ch, path } = countingSection(t.sectionId, byId);
    const key = ch ? ch.id : `${t.docId}\u0000none`;
    const prev = counts.get(key);
    if (prev) prev.count++;
    else {
      counts.set(key, {
        sectionId: ch?.id ?? null,
        docId: t.docId,
        label: ch ? sectionLabel(ch) : '（未归入章节）',
        path: path.map(sectionLabel),
        count: 1,
        order: ch ? ch.span.start : Number.MAX_SAFE_INTEGER,
      });
    }
  }
  return Array.from(counts.values())
    .sort((a, b) => (docOrder.get(a.docId) ?? 0) - (docOrder.get(b.docId) ?? 0) || a.order - b.order)
    .map(({ order: _order, ...c }) => c);
}

export interface SectionNode {
  /** section id, or doc id for a document node, or null for the synthetic "directly here" leaf */
  id: string | null;
  kind: 'document' | 'section' | 'direct';
  name: string;
  /** tasks in this node and below */
  value: number;
  children: SectionNode[];
}

/**
 * Document → chapter → sub-section → lead, valued by tasks. Tasks that sit directly in a section
 * that also has sub-sections become a leaf of their own (（本节直接列出）) so the parts add up.
 */
export function sectionTree(sc: Scope): SectionNode[] {
  const own = new Map<string, number>();
  const loose = new Map<string, number>();
  const byId = sectionsById(sc.all.sections);
  for (const t of sc.ds.tasks) {
    if (t.sectionId !== null && byId.has(t.sectionId)) increment(own, t.sectionId);
    else increment(loose, t.docId);
  }
  const kids = new Map<string | null, SectionRow[]>();
  for (const s of sc.all.sections) {
    const parent = s.parentId !== null && byId.has(s.parentId) ? s.parentId : `doc:${s.docId}`;
    const list = kids.get(parent) ?? [];
    list.push(s);
    kids.set(parent, list);
  }
  const build = (s: SectionRow, depth: number): SectionNode | null => {
    const children =
      depth > 20
        ? []
        : (kids.get(s.id) ?? [])
            .sort((a, b) => a.span.start - b.span.start)
            .map((c) => build(c, depth + 1))
            .filter((n): n is SectionNode => n !== null);
    const direct = own.get(s.id) ?? 0;
    if (direct > 0 && children.length > 0) children.push({ id: s.id, kind: 'direct', name: '（本节直接列出）', value: direct, children: [] });
    const value = direct + children.reduce((n, c) => n + (c.kind === 'direct' ? 0 : c.value), 0);
    return value > 0 ? { id: s.id, kind: 'section', name: sectionLabel(s), value, children } : null;
  };
  const out: SectionNode[] = [];
  for (const d of sc.docsInView) {
    const children = (kids.get(`doc:${d.id}`) ?? [])
      .sort((a, b) => a.span.start - b.span.start)
      .map((s) => build(s, 0))
      .filter((n): n is SectionNode => n !== null);
    const l = loose.get(d.id) ?? 0;
    if (l > 0) children.push({ id: null, kind: 'direct', name: '（未归入章节）', value: l, children: [] });
    const value = children.reduce((n, c) => n + c.value, 0);
    if (value > 0) out.push({ id: d.id, kind: 'document', name: sc.labels.get(d.id) ?? d.id, value, children });
  }
  return out;
}

export interface SectorCounts {
  sectors: Sector[];
  docs: Array<{ id: string; label: string; total: number; counts: Map<Sector, number> }>;
}

/** Tasks per shared sector per document (sectors nobody has are left out). */
export function tasksPerSector(sc: Scope): SectorCounts {
  const byId = sectionsById(sc.all.sections);
  const docs = sc.docsInView.map((d) => ({ id: d.id, label: sc.labels.get(d.id) ?? d.id, total: 0, counts: new Map<Sector, number>() }));
  const byDoc = new Map(docs.map((d) => [d.id, d]));
  for (const t of sc.ds.tasks) {
    const d = byDoc.get(t.docId);
    if (!d) continue;
    d.total++;
    increment(d.counts, sectorOfTask(t, byId));
  }
  const kept = docs.filter((d) => d.total > 0);
  return { sectors: SECTORS.filter((s) => kept.some((d) => d.counts.has(s))), docs: kept };
}

/** Tasks per document of the scope (documents without tasks left out). */
export function tasksPerDocument(sc: Scope): Map<string, number> {
  let m = perDocument.get(sc);
  if (!m) {
    perDocument.set(sc, (m = new Map<string, number>()));
    for (const t of sc.ds.tasks) increment(m, t.docId);
  }
  return m;
}
const perDocument = new WeakMap<Scope, Map<string, number>>();

export interface GroupSectorCounts {
  level: GroupLevel;
  sectors: Sector[];
  groups: Array<DocGroup & { total: number; counts: Map<Sector, number> }>;
}

/**
 * Tasks per shared sector for groups of documents — by year when the documents span several, else
 * by province, else by place — at most `max` groups (the rest folded), for scopes of many documents.
 */
export function tasksPerSectorByGroup(sc: Scope, max: number): GroupSectorCounts {
  const perDoc = tasksPerDocument(sc);
  const docs = sc.docsInView.filter((d) => perDoc.has(d.id));
  const level = groupLevel(docs, sc.all.documents, ['year', 'province', 'place']);
  const groups = groupDocuments(docs, sc.all.documents, level, max, (id) => perDoc.get(id) ?? 0, sc.labels).map((g) => ({ ...g, total: 0, counts: new Map<Sector, number>() }));
  const groupOf = new Map<string, (typeof groups)[number]>();
  for (const g of groups) for (const id of g.docIds) groupOf.set(id, g);
  const byId = sectionsById(sc.all.sections);
  for (const t of sc.ds.tasks) {
    const g = groupOf.get(t.docId);
    if (!g) continue;
    g.total++;
    increment(g.counts, sectorOfTask(t, byId));
  }
  return { level, sectors: SECTORS.filter((s) => groups.some((g) => g.counts.has(s))), groups };
}
