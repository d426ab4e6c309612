// Documents gathered into a bounded number of groups — by year, by province, by place — so a chart
// over hundreds of documents draws a handful of bars or blocks instead of one per document. Each
// group carries the filter that selects it (a drill), so a click narrows the view to it.
import { compareZh } from '../text/collate';
import type { Filters } from './filters';
import { docPlaces, UNKNOWN_PLACE, UNKNOWN_PROVINCE, type PlacedDocument } from './placeIndex';

export type GroupLevel = 'year' | 'province' | 'place' | 'document';

export interface DocGroup {
  key: string;
  name: string;
  /** the filter patch that shows this group alone; null for a fold of the rest or an unknown place */
  drill: Partial<Filters> | null;
  docIds: string[];
  /** true for the group folding what did not fit ("其他…") */
  rest: boolean;
}

export const LEVEL_NAME: Record<GroupLevel, string> = { year: '年份', province: '省份', place: '地区', document: '文件' };

/** The key of a document at a level; null when unknown (no year, no known place). */
function keyOf(d: PlacedDocument, level: GroupLevel, places: ReturnType<typeof docPlaces>): string | null {
  if (level === 'year') return d.meta.year === null ? null : String(d.meta.year);
  if (level === 'document') return d.id;
  const p = places.get(d.id);
  return (level === 'province' ? p?.province : p?.jurisdiction) ?? null;
}

/** The first of `levels` at which the documents fall into more than one group (else 'document'). */
export function groupLevel(docs: readonly PlacedDocument[], all: readonly PlacedDocument[], levels: readonly GroupLevel[]): GroupLevel {
  const places = docPlaces(all);
  for (const level of levels) {
    const keys = new Set(docs.map((d) => keyOf(d, level, places)));
    if (keys.size > 1) return level;
  }
  return 'document';
}

/**
 * The documents grouped at `level`, at most `max` groups: years newest `max - 1` and one fold of the
 * earlier ones; places and documents by `weight` (tasks, say), the lightest folded into one "其他" group.
 * `labels` names documents (docLabels).
 */
export function groupDocuments(
  docs: readonly PlacedDocument[],
  all: readonly PlacedDocument[],
  level: GroupLevel,
  max: number,
  weight: (docId: string) => number,
  labels: ReadonlyMap<string, string>,
): DocGroup[] {
  const places = docPlaces(all);
  const byKey = new Map<string | null, string[]>();
  for (const d of docs) {
    const k = keyOf(d, level, places);
    const list = byKey.get(k);
    if (list) list.push(d.id);
    else byKey.set(k, [d.id]);
  }
  const unknownName = level === 'year' ? '年份不详' : level === 'province' ? UNKNOWN_PROVINCE : UNKNOWN_PLACE;
  const groups: DocGroup[] = Array.from(byKey, ([k, docIds]) => ({
    key: k ?? '\u0000unknown',
    name: k === null ? unknownName : level === 'year' ? `${k}年` : level === 'document' ? (labels.get(k) ?? k) : k,
    drill: k === null ? null : level === 'year' ? { years: [Number(k)] } : level === 'document' ? { docIds: [k] } : { places: [k] },
    docIds,
    rest: false,
  }));
  const total = (g: DocGroup) => g.docIds.reduce((n, id) => n + weight(id), 0);
  if (level === 'year') {
    groups.sort((a, b) => (a.drill === null ? 1 : 0) - (b.drill === null ? 1 : 0) || Number(a.key) - Number(b.key));
    if (groups.length <= max) return groups;
    // Keep the latest years; fold the earliest (and an unknown year) into one group.
    const known = groups.filter((g) => g.drill !== null);
    const kept = known.slice(-(max - 1));
    const folded = groups.filter((g) => !kept.includes(g));
    const last = folded.filter((g) => g.drill !== null).pop();
    return [fold(folded, last ? `${last.key}年及以前` : '其他年份'), ...kept];
  }
  const weights = new Map(groups.map((g) => [g, total(g)]));
  groups.sort((a, b) => (a.drill === null ? 1 : 0) - (b.drill === null ? 1 : 0) || weights.get(b)! - weights.get(a)! || compareZh(a.name, b.name));
  if (groups.length <= max) return groups;
  const kept = groups.slice(0, max - 1);
  const folded = groups.slice(max - 1);
  return [...kept, fold(folded, `其他${folded.length}${level === 'document' ? '份文件' : level === 'province' ? '个省份' : '地'}`)];
}

function fold(groups: DocGroup[], name: string): DocGroup {
  return { key: '\u0000rest', name, drill: null, docIds: groups.flatMap((g) => g.docIds), rest: true };
}
