// Administrative levels (全国, 省级, 市级, 县级): the one place that says what level a place or a
// document is at. The filter, the long table of targets and the import's corrections all ask here.
import type { DocumentMeta, JurisdictionLevel } from '../model/document';
import { COUNTRY } from '../parse/metadata';
import { placesNamed } from '../parse/place';

/** Highest first: the order of the filter's choices. */
export const LEVELS: readonly JurisdictionLevel[] = ['country', 'province', 'city', 'county'];

export const LEVEL_LABELS: Record<JurisdictionLevel, string> = { country: '全国', province: '省级', city: '市级', county: '县级' };

/**
 * The level of a place by its name: from the gazetteer when every entry of that name is at one level
 * (洪湖市 is a county-level city), else from an unambiguous suffix; null otherwise.
 */
export function placeLevel(place: string | null): JurisdictionLevel | null {
  if (!place) return null;
  // the State Council's reports speak for the whole country (the parser's own name for it)
  if (place === COUNTRY.name) return COUNTRY.level;
  const levels = new Set<JurisdictionLevel>(placesNamed(place).map((p) => p.level));
  if (levels.size === 1) return [...levels][0]!;
  if (/(省|自治区)$/.test(place)) return 'province';
  if (/(县|旗)$/.test(place)) return 'county';
  return null;
}

/**
 * The level of `place` as a document sees it: the document's own (corrected) level when `place` is its
 * jurisdiction and it has one, else the level of the name.
 */
export function levelOf(place: string | null, meta: Pick<DocumentMeta, 'jurisdiction' | 'jurisdictionLevel'>): JurisdictionLevel | null {
  if (place !== null && place === meta.jurisdiction && meta.jurisdictionLevel) return meta.jurisdictionLevel;
  return placeLevel(place);
}

/** A document's own level: that of the place that issued it. */
export function docLevel(meta: Pick<DocumentMeta, 'jurisdiction' | 'jurisdictionLevel'>): JurisdictionLevel | null {
  return levelOf(meta.jurisdiction, meta);
}

const byDocuments = new WeakMap<readonly { id: string; meta: Pick<DocumentMeta, 'jurisdiction' | 'jurisdictionLevel'> }[], Map<string, JurisdictionLevel | null>>();

/** docId → its own level, for every document of the array (memoised per array; one look-up per place). */
export function docLevels(documents: readonly { id: string; meta: Pick<DocumentMeta, 'jurisdiction' | 'jurisdictionLevel'> }[]): ReadonlyMap<string, JurisdictionLevel | null> {
  let m = byDocuments.get(documents);
  if (!m) {
    const seen = new Map<string, JurisdictionLevel | null>();
    m = new Map();
    for (const d of documents) {
      const key = `${d.meta.jurisdiction ?? ''}\u0000${d.meta.jurisdictionLevel ?? ''}`;
      let level = seen.get(key);
      if (level === undefined) seen.set(key, (level = docLevel(d.meta)));
      m.set(d.id, level);
    }
    byDocuments.set(documents, m);
  }
  return m;
}

/** The levels the documents are at, highest first, with how many documents each (those of `keep` even at 0). */
export function levelCounts(
  documents: readonly { id: string; meta: Pick<DocumentMeta, 'jurisdiction' | 'jurisdictionLevel'> }[],
  keep: readonly JurisdictionLevel[] = [],
): { level: JurisdictionLevel; label: string; count: number }[] {
  const n = new Map<JurisdictionLevel, number>();
  for (const l of docLevels(documents).values()) if (l) n.set(l, (n.get(l) ?? 0) + 1);
  return LEVELS.filter((l) => n.has(l) || keep.includes(l)).map((l) => ({ level: l, label: LEVEL_LABELS[l], count: n.get(l) ?? 0 }));
}
