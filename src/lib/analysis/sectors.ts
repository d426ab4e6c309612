// A shared sector taxonomy so chapters of different reports can be compared: every report words its
// chapters differently (坚持链群协同…新型工业化 / 致力工业强市… / 加快建设现代化产业体系…), but they
// all fall into the same handful of policy areas. Classification is by domain keywords in the
// section titles, never by the wording of any one report.
import type { Dataset, SectionRow, TaskRow } from '../model/rows';

export const SECTORS = ['目标', '产业', '投资消费', '城市', '乡村', '改革开放创新', '生态', '民生', '安全治理', '政府建设', '其他'] as const;
export type Sector = (typeof SECTORS)[number];

/** Keywords per sector (domain vocabulary of work reports). */
const KEYWORDS: ReadonlyArray<readonly [Exclude<Sector, '其他'>, readonly string[]]> = [
  ['目标', ['主要预期目标', '预期目标', '主要目标']],
  ['政府建设', ['政府自身建设', '自身建设', '政府建设', '法治政府', '廉洁政府', '服务型政府', '政府效能', '作风建设']],
  ['产业', ['工业', '产业', '制造', '实体经济', '数字经济', '新质生产力', '服务业', '旅游', '文旅', '企业']],
  ['投资消费', ['投资', '消费', '内需', '需求', '三驾马车', '招商', '外贸', '项目建设']],
  ['城市', ['城市', '城镇', '城区', '花园', '区域', '基础设施', '交通', '县城']],
  ['乡村', ['乡村', '农业', '农村', '三农', '县域', '粮食', '强县']],
  ['改革开放创新', ['改革', '开放', '创新', '科技', '营商环境', '人才', '动能']],
  ['生态', ['生态', '绿色', '环境', '流域', '低碳', '双碳', '污染', '美丽']],
  ['民生', ['民生', '就业', '教育', '医疗', '养老', '社会事业', '百姓', '群众', '幸福', '实事']],
  ['安全治理', ['安全', '平安', '治理', '风险', '稳定', '基层', '应急']],
];

/**
 * The sector a section title speaks of, or null when no keyword matches. The keyword that appears
 * earliest wins (a title leads with its subject: 促进城市和产业集中 is about cities); at the same
 * position the longer keyword wins, then the order of the list above.
 */
export function matchSectorTitle(title: string): Exclude<Sector, '其他'> | null {
  let best: { sector: Exclude<Sector, '其他'>; at: number; len: number } | null = null;
  for (const [sector, words] of KEYWORDS) {
    for (const w of words) {
      const at = title.indexOf(w);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && w.length > best.len)) best = { sector, at, len: w.length };
    }
  }
  return best ? best.sector : null;
}

/** The sector of a title, 其他 when no keyword matches. */
export function sectorOfTitle(title: string): Sector {
  return matchSectorTitle(title) ?? '其他';
}

type SectionLink = Pick<SectionRow, 'title' | 'parentId'>;
export type SectionsById = ReadonlyMap<string, SectionLink>;

// Built once per list of sections and reused by every chart and filter that asks (the lists are
// replaced, never mutated, when the data or the filter changes).
const byIdOf = new WeakMap<readonly SectionRow[], Map<string, SectionRow>>();

export function sectionsById<S extends SectionRow>(sections: readonly S[]): Map<string, S> {
  let m = byIdOf.get(sections);
  if (!m) byIdOf.set(sections, (m = new Map(sections.map((s) => [s.id, s]))));
  return m as Map<string, S>;
}

/** Sections from the chapter down to the given one (guarded against parent cycles in broken data). */
export function sectionPath(sectionId: string | null, byId: SectionsById): SectionLink[] {
  const path: SectionLink[] = [];
  const seen = new Set<string>();
  let id = sectionId;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    const s = byId.get(id);
    if (!s) break;
    path.unshift(s);
    id = s.parentId;
  }
  return path;
}

/**
 * The sector of whatever sits in a section (task, target, achievement): the first title on the path
 * from its chapter down that classifies, because a chapter may be a bare "二、2023年工作安排" whose
 * sub-sections carry the subject. 其他 when none does.
 */
export function sectorOfSection(sectionId: string | null, byId: SectionsById): Sector {
  const section = sectionId === null ? undefined : byId.get(sectionId);
  if (!section) return '其他';
  let sector = sectorBySection.get(section);
  if (sector === undefined) {
    sector = '其他';
    for (const s of sectionPath(sectionId, byId)) {
      const m = matchSectorTitle(s.title);
      if (m) {
        sector = m;
        break;
      }
    }
    sectorBySection.set(section, sector);
  }
  return sector;
}

/** Each stored section's sector, worked out once: rows are replaced, never mutated, and a filtered
 * dataset keeps the same section objects with their ancestors. */
const sectorBySection = new WeakMap<SectionLink, Sector>();

/** Same as sectionsById (the name filters.ts imports). */
export const indexSections = sectionsById;

/**
 * A task's sector: main-target tasks are 目标 and 民生实事 items 民生 wherever they sit; any other row
 * takes the sector of its section. Rows without a task pass category 'task'.
 */
export function sectorOfTask(task: Pick<TaskRow, 'category' | 'sectionId'>, byId: SectionsById): Sector {
  if (task.category === 'target') return '目标';
  if (task.category === 'livelihood') return '民生';
  return sectorOfSection(task.sectionId, byId);
}

/** task id → sector for every task of the dataset. */
export function taskSectors(ds: Pick<Dataset, 'tasks' | 'sections'>): Map<string, Sector> {
  const byId = sectionsById(ds.sections);
  return new Map(ds.tasks.map((t) => [t.id, sectorOfTask(t, byId)]));
}
