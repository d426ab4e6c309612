// The dashboard's filter: one plain object, applied to a Dataset by a pure function, described in
// Chinese for the filter bar (state/hashCodec.ts mirrors it in the URL hash).
// Within one dimension values are alternatives (leader A or B); across dimensions all must hold.
import { docPlaces, placeMatches } from './placeIndex';
import { docLevels, LEVEL_LABELS, LEVELS } from './levels';
import type { JurisdictionLevel, TaskCategory } from '../model/document';
import type { Dataset, DocumentInfo, SectionRow } from '../model/rows';
import { docLabels, sortDocuments } from './places';
import { indexSections as indexSectionMap, sectorOfTask } from './sectors';
import { compareZh } from '../text/collate';

export interface Filters {
  years: number[];
  docIds: string[];
  /**
   * provinces, cities or counties: a document matches when its own place is one of them (本级), or also
   * when it lies inside one (with `sub`, 含下辖地区)
   */
  places: string[];
  /** administrative levels (全国, 省级, 市级, 县级) of the documents' own places */
  levels: JurisdictionLevel[];
  leaders: string[];
  /** matches a task's lead units or its supporting units */
  units: string[];
  sectors: string[];
  /** a section matches its own tasks and those of every section below it */
  sectionIds: string[];
  categories: TaskCategory[];
  /** keyword search; whitespace-separated words must all occur */
  q: string;
  /** 含下辖地区: the place filter also keeps the places inside the chosen ones */
  sub: boolean;
}

export const EMPTY_FILTERS: Filters = Object.freeze({
  years: [],
  docIds: [],
  places: [],
  leaders: [],
  units: [],
  sectors: [],
  sectionIds: [],
  levels: [],
  categories: [],
  q: '',
  sub: false,
}) as Filters;

export const CATEGORIES: readonly TaskCategory[] = ['target', 'task', 'livelihood'];
const CATEGORY_LABEL: Record<TaskCategory, string> = { target: '主要目标', task: '重点任务', livelihood: '民生实事' };

export type ListKey = Exclude<keyof Filters, 'q' | 'sub'>;
export const LIST_KEYS: readonly ListKey[] = ['years', 'docIds', 'places', 'levels', 'leaders', 'units', 'sectors', 'sectionIds', 'categories'];

/** `sub` alone filters nothing: it only widens a place filter. */
export function isEmptyFilters(f: Filters): boolean {
  return LIST_KEYS.every((k) => f[k].length === 0) && f.q.trim() === '';
}

export function sameFilters(a: Filters, b: Filters): boolean {
  return a.q === b.q && a.sub === b.sub && LIST_KEYS.every((k) => a[k].length === b[k].length && a[k].every((v, i) => v === b[k][i]));
}

/** Filters that only tasks can satisfy: rows without a task (report targets, achievements) drop out. */
function hasTaskOnlyFilter(f: Filters): boolean {
  return f.leaders.length > 0 || f.units.length > 0 || f.categories.length > 0 || keywords(f.q).length > 0;
}

function keywords(q: string): string[] {
  return q.trim().toLowerCase().split(/\s+/).filter(Boolean);
}

/** section id → itself and the ids of all its ancestors (guarded against parent cycles); one per list of sections. */
const lineages = new WeakMap<readonly SectionRow[], (id: string | null) => string[]>();

function sectionLineage(sections: readonly SectionRow[]): (id: string | null) => string[] {
  const known = lineages.get(sections);
  if (known) return known;
  const byId = indexSectionMap(sections);
  const cache = new Map<string, string[]>();
  const lineage = (id: string | null): string[] => {
    if (id === null) return [];
    const hit = cache.get(id);
    if (hit) return hit;
    const out: string[] = [];
    for (let cur = byId.get(id); cur && !out.includes(cur.id); cur = cur.parentId ? byId.get(cur.parentId) : undefined) out.push(cur.id);
    if (out.length === 0) out.push(id);
    cache.set(id, out);
    return out;
  };
  lineages.set(sections, lineage);
  return lineage;
}

function intersects<T>(have: readonly T[], want: readonly T[]): boolean {
  return have.some((v) => want.includes(v));
}

/**
 * The documents the year, document and place filters keep (whatever the task filters leave of them),
 * in the order given.
 */
export function documentsInView<D extends Pick<DocumentInfo, 'id' | 'meta'>>(
  documents: readonly D[],
  f: Pick<Filters, 'years' | 'docIds' | 'places'> & Partial<Pick<Filters, 'levels' | 'sub'>>,
): D[] {
  const levels = f.levels ?? [];
  if (f.years.length === 0 && f.docIds.length === 0 && f.places.length === 0 && levels.length === 0) return documents.slice();
  const places = f.places.length > 0 ? docPlaces(documents) : null;
  const levelOf = levels.length > 0 ? docLevels(documents) : null;
  const sub = f.sub === true;
  return documents.filter((d) => {
    if (f.years.length > 0 && (d.meta.year === null || !f.years.includes(d.meta.year))) return false;
    if (f.docIds.length > 0 && !f.docIds.includes(d.id)) return false;
    if (levelOf !== null) {
      const level = levelOf.get(d.id);
      if (!level || !levels.includes(level)) return false;
    }
    if (places === null) return true;
    // 本级: the document's own place is named; 含下辖地区: or it lies inside a named place.
    return sub ? placeMatches(places.get(d.id), f.places) : d.meta.jurisdiction !== null && f.places.includes(d.meta.jurisdiction);
  });
}

export function applyFilters(ds: Dataset, f: Filters): Dataset {
  if (isEmptyFilters(f)) return ds;
  const lineage = sectionLineage(ds.sections);
  const sectionMap = indexSectionMap(ds.sections);
  const docs = documentsInView(ds.documents, f);
  const docIds = new Set(docs.map((d) => d.id));
  // Sectors as the charts count them (sectors.ts): a row without a task is classified by its section.
  const sectionOk = (sectionId: string | null, category: TaskCategory): boolean => {
    if (f.sectionIds.length > 0 && !intersects(lineage(sectionId), f.sectionIds)) return false;
    if (f.sectors.length > 0 && !f.sectors.includes(sectorOfTask({ category, sectionId }, sectionMap))) return false;
    return true;
  };
  const words = keywords(f.q);
  const tasks = ds.tasks.filter((t) => {
    if (!docIds.has(t.docId)) return false;
    if (f.leaders.length > 0 && !intersects(t.leaders, f.leaders)) return false;
    if (f.units.length > 0 && !intersects(t.leadUnits, f.units) && !intersects(t.supportUnits, f.units)) return false;
    if (f.categories.length > 0 && !f.categories.includes(t.category)) return false;
    if (!sectionOk(t.sectionId, t.category)) return false;
    if (words.length > 0) {
      const hay = [t.no ?? '', t.text, ...t.leaders, ...t.leadUnits, ...t.supportUnits].join('\n').toLowerCase();
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
  const taskIds = new Set(tasks.map((t) => t.id));
  const taskOnly = hasTaskOnlyFilter(f);
  const targets = ds.targets.filter((t) => {
    if (!docIds.has(t.docId)) return false;
    if (t.taskId !== null) return taskIds.has(t.taskId);
    return !taskOnly && sectionOk(t.sectionId, t.scope === 'main' ? 'target' : 'task');
  });
  const achievements = ds.achievements.filter((a) => docIds.has(a.docId) && !taskOnly && sectionOk(a.sectionId, 'task'));

  const sectionFiltered = taskOnly || f.sectionIds.length > 0 || f.sectors.length > 0;
  let keptSections = ds.sections.filter((s) => docIds.has(s.docId));
  let documents: DocumentInfo[] = docs;
  if (sectionFiltered) {
    // Keep the sections that still hold something, and the documents that still show something.
    const used = new Set<string>();
    for (const row of [...tasks, ...targets, ...achievements]) for (const id of lineage(row.sectionId)) used.add(id);
    keptSections = keptSections.filter((s) => used.has(s.id));
    const docsUsed = new Set([...tasks, ...targets, ...achievements].map((r) => r.docId));
    documents = docs.filter((d) => docsUsed.has(d.id));
  }
  return { documents, sections: keptSections, tasks, targets, achievements };
}

/** A drill-down patch from a chart replaces the dimensions it names; the same click again clears them. */
export function mergeDrill(f: Filters, patch: Partial<Filters>): Filters {
  const keys = (Object.keys(patch) as (keyof Filters)[]).filter((k) => k in EMPTY_FILTERS && patch[k] !== undefined);
  if (keys.length === 0) return f;
  const repeats = keys.every((k) => {
    const v = patch[k]!;
    return Array.isArray(v) ? sameList(f[k] as unknown[], unique(v as unknown[])) : f[k] === v;
  });
  const next: Filters = { ...f };
  for (const k of keys) {
    const v = patch[k]!;
    if (k === 'q') next.q = repeats ? '' : String(v);
    else if (k === 'sub') next.sub = repeats ? false : v === true;
    else (next as unknown as Record<ListKey, unknown[]>)[k] = repeats ? [] : unique(v as unknown[]);
  }
  return next;
}

export function unique<T>(xs: readonly T[]): T[] {
  return Array.from(new Set(xs));
}

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** The visible summary of what is filtered, one entry per dimension: "年份：2024", "责任领导：黄继军". */
export function describeFilters(f: Filters, ds: Dataset): string[] {
  const out: string[] = [];
  const join = (xs: readonly string[]) => xs.join('、');
  if (f.years.length) out.push(`年份：${join(f.years.map(String))}`);
  if (f.places.length) out.push(`地区：${join(f.places)}${f.sub ? '（含下辖地区）' : '（本级）'}`);
  if (f.levels.length) out.push(`层级：${join(LEVELS.filter((l) => f.levels.includes(l)).map((l) => LEVEL_LABELS[l]))}`);
  if (f.docIds.length) {
    const labels = docLabels(ds.documents);
    out.push(`文件：${join(f.docIds.map((id) => labels.get(id) ?? '（已删除的文件）'))}`);
  }
  if (f.leaders.length) out.push(`责任领导：${join(f.leaders)}`);
  if (f.units.length) out.push(`单位：${join(f.units)}`);
  if (f.sectors.length) out.push(`领域：${join(f.sectors)}`);
  if (f.sectionIds.length) {
    const byId = new Map(ds.sections.map((s) => [s.id, s]));
    out.push(`章节：${join(f.sectionIds.map((id) => byId.get(id)?.title ?? '（未知章节）'))}`);
  }
  if (f.categories.length) out.push(`类别：${join(f.categories.map((c) => CATEGORY_LABEL[c]))}`);
  if (f.q.trim()) out.push(`关键词：${f.q.trim()}`);
  return out;
}

/**
 * Warnings the page shows above the charts instead of silently empty charts, e.g. a leader filter
 * over documents that name no leaders.
 */
export function filterNotices(f: Filters, ds: Dataset): string[] {
  const out: string[] = [];
  if (f.places.length > 0 && !f.sub) {
    // 本级 by default: say so when a chosen place has no report of its own but places inside it do.
    const own = new Set(ds.documents.map((d) => d.meta.jurisdiction));
    const inside = documentsInView(ds.documents, { ...f, sub: true });
    const places = docPlaces(ds.documents);
    const empty = f.places.filter((n) => !own.has(n) && inside.some((d) => placeMatches(places.get(d.id), [n])));
    if (empty.length > 0) out.push(`${empty.join('、')}没有本级文件；勾选“含下辖地区”可查看其下辖各地`);
  }
  if (f.leaders.length > 0) {
    const docs = documentsInView(ds.documents, f);
    const withLeaders = new Set(ds.tasks.filter((t) => t.leaders.length > 0).map((t) => t.docId));
    const silent = docs.filter((d) => !withLeaders.has(d.id));
    if (docs.length > 0 && silent.length === docs.length) out.push('所选文件未列明责任领导，无法按责任领导筛选');
    else if (silent.length > 0) {
      const labels = docLabels(ds.documents);
      out.push(`所选文件未列明责任领导：${silent.map((d) => labels.get(d.id) ?? d.meta.title).join('、')}（已不计入）`);
    }
  }
  return out;
}

/** Values present in the (unfiltered) data, for the filter bar's choices, most frequent first. */
export interface DocumentOptions {
  years: number[];
  /** in reading order: by year, then place */
  documents: DocumentInfo[];
  /** docId → short unique label (随州市2024年), as the charts name documents */
  labels: Map<string, string>;
}

export interface FilterOptions extends DocumentOptions {
  leaders: { name: string; count: number }[];
  units: { name: string; count: number }[];
}

// a dataset object is never changed: the options of one seen before are the same
const documentOptionsOf = new WeakMap<Dataset, DocumentOptions>();
const optionsOf = new WeakMap<Dataset, FilterOptions>();

/** The year and document choices (cheap: documents only). */
export function documentOptions(ds: Dataset): DocumentOptions {
  let o = documentOptionsOf.get(ds);
  if (!o) {
    const years = unique(ds.documents.map((d) => d.meta.year).filter((y): y is number => y !== null)).sort((a, b) => b - a);
    documentOptionsOf.set(ds, (o = { years, documents: sortDocuments(ds.documents), labels: docLabels(ds.documents) }));
  }
  return o;
}

/** …and the leaders and units with their task counts (a pass over every task). */
export function filterOptions(ds: Dataset): FilterOptions {
  let o = optionsOf.get(ds);
  if (!o) {
    const leaders = new Map<string, number>();
    const units = new Map<string, number>();
    for (const t of ds.tasks) {
      countOnce(leaders, t.leaders);
      countOnce(units, t.leadUnits, t.supportUnits);
    }
    optionsOf.set(ds, (o = { ...documentOptions(ds), leaders: ranked(leaders), units: ranked(units) }));
  }
  return o;
}

const NONE: readonly string[] = [];

/** Counts each name of `a` and `b` once (lists are short: a look back is cheaper than a Set for each). */
function countOnce(m: Map<string, number>, a: readonly string[], b: readonly string[] = NONE): void {
  for (let i = 0; i < a.length; i++) {
    const v = a[i]!;
    if (a.indexOf(v) === i) m.set(v, (m.get(v) ?? 0) + 1);
  }
  for (let i = 0; i < b.length; i++) {
    const v = b[i]!;
    if (b.indexOf(v) === i && !a.includes(v)) m.set(v, (m.get(v) ?? 0) + 1);
  }
}

const ranked = (m: Map<string, number>) => Array.from(m, ([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || compareZh(a.name, b.name));
