// What a chart looks at: the filtered dataset plus what it needs to explain an empty result.
// Chart builders receive the whole (unfiltered) dataset and the filters; filtering here is
// idempotent, so a caller that already filtered loses nothing.
import type { Dataset, DocumentInfo } from '../model/rows';
import { applyFilters, documentsInView, EMPTY_FILTERS, type Filters } from './filters';
import { docLabels, sortDocuments } from './places';

export interface Scope {
  all: Dataset;
  filters: Filters;
  ds: Dataset;
  /** documents passing the year, document and place filters (whatever the task filters leave of them) */
  docsInView: DocumentInfo[];
  /** docId → short unique label (随州市2024年) */
  labels: Map<string, string>;
}

export function scope(all: Dataset, filters: Filters = EMPTY_FILTERS): Scope {
  const ds = applyFilters(all, filters);
  const docsInView = sortDocuments(documentsInView(all.documents, filters));
  return { all, filters, ds, docsInView, labels: docLabels(docsInView) };
}

/** How many recent filter states keep their scope per dataset. */
const RECENT_SCOPES = 8;
const recent = new WeakMap<Dataset, Map<string, Scope>>();

/**
 * scope() for the page: the same Scope object again for a filter state seen recently on the same
 * dataset, so going back (a year toggled off, 清除全部筛选) finds every per-scope result already worked
 * out (the charts', the pickers', the filter bar's).
 */
export function recentScope(all: Dataset, filters: Filters = EMPTY_FILTERS): Scope {
  let byKey = recent.get(all);
  if (!byKey) recent.set(all, (byKey = new Map()));
  const key = JSON.stringify(filters);
  let sc = byKey.get(key);
  if (sc) byKey.delete(key);
  else sc = scope(all, filters);
  byKey.set(key, sc);
  if (byKey.size > RECENT_SCOPES) byKey.delete(byKey.keys().next().value as string);
  return sc;
}

/**
 * Why a leader chart has nothing to draw, or null when it has. The documents in view may name no
 * leaders at all (a notice that lists only 牵头单位): say so rather than draw an empty chart.
 */
export function leaderEmptyReason(sc: Scope): string | null {
  if (sc.ds.tasks.some((t) => t.leaders.length > 0)) return null;
  if (sc.docsInView.length === 0) return '没有符合筛选条件的文件';
  const inView = new Set(sc.docsInView.map((d) => d.id));
  const named = sc.all.tasks.some((t) => inView.has(t.docId) && t.leaders.length > 0);
  if (!named) return '所选文件未列明责任领导';
  if (sc.filters.leaders.length > 0) return `所选范围内没有${sc.filters.leaders.join('、')}负责的任务`;
  return '所选范围内没有列明责任领导的任务';
}

/** Why a task chart has nothing to draw, or null. */
export function taskEmptyReason(sc: Scope): string | null {
  if (sc.ds.tasks.length > 0) return null;
  if (sc.docsInView.length === 0) return '没有符合筛选条件的文件';
  if (!sc.all.tasks.some((t) => sc.docsInView.some((d) => d.id === t.docId))) return '所选文件中没有识别出任务条目';
  return '没有符合筛选条件的任务';
}
