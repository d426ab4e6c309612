// Where each document sits in the administrative tree (province → city → county), read from the
// gazetteer the parser uses: the filter bar groups documents by it, the place filter matches on it,
// and charts over many documents aggregate by it. Built once per documents array (memoised), since
// the gazetteer lookups are the expensive part and the array only changes when the data does.
import type { DocumentMeta } from '../model/document';
import type { DocumentRow } from '../model/rows';
import { placesNamed, superiorOf, type Place } from '../parse/place';
import { targetPlace } from './places';
import { compareZh } from '../text/collate';

/** What the place index reads of a document (any document row type will do). */
export type PlacedDocument = Pick<DocumentRow, 'id' | 'meta'>;

export interface DocPlace {
  /** the document's own place (meta.jurisdiction), null when unknown */
  jurisdiction: string | null;
  /** the province containing it (itself for a province), null when unknown or ambiguous */
  province: string | null;
  /** for a county: the city above it; null otherwise */
  city: string | null;
}

/** The label of documents whose province is not known. */
export const UNKNOWN_PROVINCE = '其他地区';
export const UNKNOWN_PLACE = '未知地区';

/** One name can be listed several times (朝阳区); keep the answer only when every candidate agrees. */
function agreed(candidates: Place[], pick: (p: Place) => string | null): string | null {
  const names = new Set(candidates.map(pick));
  return names.size === 1 ? [...names][0]! : null;
}

export function placeOfMeta(meta: Pick<DocumentMeta, 'jurisdiction' | 'jurisdictionLevel'>): DocPlace {
  const name = meta.jurisdiction;
  if (!name) return { jurisdiction: null, province: null, city: null };
  const all = placesNamed(name);
  const sameLevel = meta.jurisdictionLevel ? all.filter((p) => p.level === meta.jurisdictionLevel) : [];
  const candidates = sameLevel.length > 0 ? sameLevel : all;
  if (candidates.length === 0) return { jurisdiction: name, province: null, city: null };
  return {
    jurisdiction: name,
    province: agreed(candidates, (p) => (p.level === 'province' ? p.name : (superiorOf(p, 'province')?.name ?? null))),
    city: agreed(candidates, (p) => (p.level === 'county' ? (superiorOf(p, 'city')?.name ?? null) : null)),
  };
}

const byDocuments = new WeakMap<readonly PlacedDocument[], Map<string, DocPlace>>();

/** docId → its place, for every document of the array (memoised per array). */
export function docPlaces(documents: readonly PlacedDocument[]): ReadonlyMap<string, DocPlace> {
  let m = byDocuments.get(documents);
  if (!m) {
    // Many documents share a place: look each place up once.
    const seen = new Map<string, DocPlace>();
    m = new Map();
    for (const d of documents) {
      const key = `${d.meta.jurisdiction ?? ''}\u0000${d.meta.jurisdictionLevel ?? ''}`;
      let p = seen.get(key);
      if (!p) seen.set(key, (p = placeOfMeta(d.meta)));
      m.set(d.id, p);
    }
    byDocuments.set(documents, m);
  }
  return m;
}

/** True when the place is one of `names` or lies inside one of them (a city inside a chosen province). */
export function placeMatches(p: DocPlace | undefined, names: readonly string[]): boolean {
  if (!p) return false;
  return names.some((n) => n === p.jurisdiction || n === p.province || n === p.city);
}

export interface PlaceNode<D extends PlacedDocument = PlacedDocument> {
  /** the place's name (a city or county), or UNKNOWN_PLACE */
  name: string;
  /** for a county: its city */
  city: string | null;
  /** in reading order (year, then place) */
  documents: D[];
}

export interface ProvinceNode<D extends PlacedDocument = PlacedDocument> {
  /** the province's name, or UNKNOWN_PROVINCE */
  name: string;
  /** whether the name can be used as a place filter (false for UNKNOWN_PROVINCE) */
  known: boolean;
  /** places in Chinese collation, a province's own documents first */
  places: PlaceNode<D>[];
  count: number;
}

const trees = new WeakMap<readonly PlacedDocument[], ProvinceNode[]>();

/** Reading order: by year, then the place whose targets a document states. */
function readingOrder(a: PlacedDocument, b: PlacedDocument): number {
  return (a.meta.year ?? 0) - (b.meta.year ?? 0) || compareZh(targetPlace(a.meta) ?? '', targetPlace(b.meta) ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The documents as province → place → documents, provinces with most documents first (memoised per array). */
export function placeTree<D extends PlacedDocument>(documents: readonly D[]): ProvinceNode<D>[] {
  const hit = trees.get(documents) as ProvinceNode<D>[] | undefined;
  if (hit) return hit;
  const places = docPlaces(documents);
  const provinces = new Map<string, Map<string, PlaceNode<D>>>();
  for (const d of documents.slice().sort(readingOrder)) {
    const p = places.get(d.id)!;
    const province = p.province ?? UNKNOWN_PROVINCE;
    const name = p.jurisdiction ?? UNKNOWN_PLACE;
    const group = provinces.get(province) ?? new Map<string, PlaceNode<D>>();
    provinces.set(province, group);
    const node = group.get(name) ?? { name, city: p.city, documents: [] };
    group.set(name, node);
    node.documents.push(d);
  }
  const zh = (a: string, b: string) => compareZh(a, b);
  const out: ProvinceNode<D>[] = Array.from(provinces, ([name, group]) => ({
    name,
    known: name !== UNKNOWN_PROVINCE,
    places: Array.from(group.values()).sort((a, b) => Number(b.name === name) - Number(a.name === name) || zh(a.name, b.name)),
    count: Array.from(group.values()).reduce((n, g) => n + g.documents.length, 0),
  })).sort((a, b) => Number(b.known) - Number(a.known) || b.count - a.count || zh(a.name, b.name));
  trees.set(documents, out);
  return out;
}
