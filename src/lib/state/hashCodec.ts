// The filter (and the trend chart's pick) as a URL hash and back, so a view can be bookmarked from
// file://: #y=2024&l=黄继军&u=市发改委 … (URLSearchParams percent-encodes the Chinese; repeated keys for
// lists). Decoding never throws: junk, unknown keys and malformed escapes are ignored.
import { LEVELS } from '../analysis/levels';
import type { JurisdictionLevel, TaskCategory } from '../model/document';
import { CATEGORIES, EMPTY_FILTERS, LIST_KEYS, unique, type Filters } from '../analysis/filters';
import type { IndicatorPick } from '../analysis/indicatorAcross';
import type { TrendPick } from '../analysis/targetTrend';
import { LIGHTS, type Light } from '../ledger/lights';
import { MAX_HASH_CHARS, MAX_HASH_LIST } from './hashLimits';
export { MAX_HASH_CHARS, MAX_HASH_LIST };

const HASH_KEYS: Record<keyof Filters, string> = {
  years: 'y',
  docIds: 'd',
  places: 'p',
  levels: 'lv',
  leaders: 'l',
  units: 'u',
  sectors: 's',
  sectionIds: 'sec',
  categories: 'c',
  q: 'q',
  sub: 'sub',
};

// The trend chart's chosen place and indicator ride along: #…&tp=随州市&tm=粮食产量|万吨; so do the
// indicator and year compared across places: #…&ik=地区生产总值|%&iy=2024.
const TREND_KEYS = { place: 'tp', key: 'tm' } as const;
const INDICATOR_KEYS = { key: 'ik', year: 'iy' } as const;

/** Which page is shown: the dashboard (default), the 督查台账, or a 督查通报. */
export type View = 'dashboard' | 'ledger' | 'briefing';
const VIEWS: readonly View[] = ['dashboard', 'ledger', 'briefing'];

/** Beside the filter: the pace-light filter (#…&g=red&g=yellow) and the page (#…&v=ledger). */
export interface HashExtras {
  lights?: readonly Light[];
  view?: View;
  /** The document the ledger works on (#…&ld=…); null = chosen automatically. */
  ledgerDoc?: string | null;
}
const EXTRA_KEYS = { lights: 'g', view: 'v', ledgerDoc: 'ld' } as const;

export function filtersToHash(f: Filters, trend: TrendPick | null = null, indicator: IndicatorPick | null = null, extras: HashExtras = {}): string {
  const p = new URLSearchParams();
  for (const k of LIST_KEYS) for (const v of f[k]) p.append(HASH_KEYS[k], String(v));
  if (f.q.trim()) p.append(HASH_KEYS.q, f.q);
  if (f.sub) p.append(HASH_KEYS.sub, '1');
  if (trend) {
    p.append(TREND_KEYS.place, trend.place);
    p.append(TREND_KEYS.key, trend.key);
  }
  if (indicator) {
    p.append(INDICATOR_KEYS.key, indicator.key);
    if (indicator.year !== null) p.append(INDICATOR_KEYS.year, String(indicator.year));
  }
  for (const l of extras.lights ?? []) p.append(EXTRA_KEYS.lights, l);
  if (extras.view && extras.view !== 'dashboard') p.append(EXTRA_KEYS.view, extras.view);
  if (extras.ledgerDoc) p.append(EXTRA_KEYS.ledgerDoc, extras.ledgerDoc);
  const s = p.toString();
  return s ? `#${s}` : '';
}

/** The hash's parameters, or null when it is too long or unreadable. */
function paramsOf(hash: string): URLSearchParams | null {
  if (hash.length > MAX_HASH_CHARS) return null;
  try {
    return new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
}

/** The lights and the page named in a hash (unknown values ignored). Never throws. */
export function extrasFromHash(hash: string): Required<HashExtras> {
  const p = paramsOf(hash);
  if (!p) return { lights: [], view: 'dashboard', ledgerDoc: null };
  const lights = unique(
    p
      .getAll(EXTRA_KEYS.lights)
      .slice(0, MAX_HASH_LIST)
      .filter((v): v is Light => (LIGHTS as readonly string[]).includes(v)),
  );
  const v = p.get(EXTRA_KEYS.view) ?? '';
  const doc = (p.get(EXTRA_KEYS.ledgerDoc) ?? '').trim();
  return { lights, view: (VIEWS as readonly string[]).includes(v) ? (v as View) : 'dashboard', ledgerDoc: doc && doc.length <= 200 ? doc : null };
}

/** The trend choice in a hash, or null (none, or half of one). Never throws. */
export function trendFromHash(hash: string): TrendPick | null {
  const p = paramsOf(hash);
  if (!p) return null;
  const text = (key: string) => {
    const v = (p.get(key) ?? '').trim();
    return v.length <= 200 ? v : '';
  };
  const place = text(TREND_KEYS.place),
    key = text(TREND_KEYS.key);
  return place && key ? { place, key } : null;
}

/** The indicator picked for the across-places chart and table, or null. Never throws. */
export function indicatorFromHash(hash: string): IndicatorPick | null {
  const p = paramsOf(hash);
  if (!p) return null;
  const key = (p.get(INDICATOR_KEYS.key) ?? '').trim();
  const year = (p.get(INDICATOR_KEYS.year) ?? '').trim();
  if (!key || key.length > 200) return null;
  return { key, year: /^\d{4}$/.test(year) ? Number(year) : null };
}

export function sameIndicatorPick(a: IndicatorPick | null, b: IndicatorPick | null): boolean {
  return a === b || (a !== null && b !== null && a.key === b.key && a.year === b.year);
}

export function sameTrendPick(a: TrendPick | null, b: TrendPick | null): boolean {
  return a === b || (a !== null && b !== null && a.place === b.place && a.key === b.key);
}

/** Never throws: junk, unknown keys and malformed percent-escapes are ignored. */
export function filtersFromHash(hash: string): Filters {
  const p = paramsOf(hash);
  if (!p) return { ...EMPTY_FILTERS };
  const texts = (key: string) =>
    unique(
      p
        .getAll(key)
        .slice(0, MAX_HASH_LIST)
        .map((v) => v.trim())
        .filter((v) => v.length > 0 && v.length <= 200),
    );
  const years = unique(
    texts(HASH_KEYS.years)
      .filter((v) => /^\d{4}$/.test(v))
      .map(Number),
  );
  const categories = texts(HASH_KEYS.categories).filter((v): v is TaskCategory => (CATEGORIES as string[]).includes(v));
  const levels = texts(HASH_KEYS.levels).filter((v): v is JurisdictionLevel => (LEVELS as readonly string[]).includes(v));
  return {
    years,
    docIds: texts(HASH_KEYS.docIds),
    places: texts(HASH_KEYS.places),
    levels,
    leaders: texts(HASH_KEYS.leaders),
    units: texts(HASH_KEYS.units),
    sectors: texts(HASH_KEYS.sectors),
    sectionIds: texts(HASH_KEYS.sectionIds),
    categories,
    q: (p.get(HASH_KEYS.q) ?? '').slice(0, 200),
    sub: p.get(HASH_KEYS.sub) === '1',
  };
}
