// Which place a document is about, read from the gazetteer (@vant/area-data: provinces, cities,
// counties with 6-digit codes) by counting mentions — no place names in the logic.
import { areaList } from '@vant/area-data';
import type { JurisdictionLevel } from '../model/document';

export interface Place {
  code: string;
  name: string;
  short: string;
  level: JurisdictionLevel;
}

const SUFFIXES = [
  '维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '自治区', '自治州', '自治县', '自治旗',
  '林区', '地区', '新区', '省', '市', '县', '区', '旗', '盟',
];

/** Ethnic group names longer than one character (not place names: they qualify autonomous areas). */
const LONG_ETHNIC = [
  '柯尔克孜', '维吾尔', '哈萨克', '塔吉克', '塔塔尔', '达斡尔', '鄂温克', '鄂伦春', '土家', '蒙古', '布依', '朝鲜', '哈尼',
  '傈僳', '拉祜', '东乡', '纳西', '景颇', '仫佬', '毛南', '仡佬', '锡伯', '普米', '保安', '裕固', '独龙', '赫哲', '门巴',
  '珞巴', '基诺',
];

/** 随州市 → 随州, 恩施土家族苗族自治州 → 恩施, 随县 → 随. */
export function shortName(full: string): string {
  let s = full;
  for (const suf of SUFFIXES) {
    if (s.endsWith(suf) && s.length > suf.length) {
      s = s.slice(0, -suf.length);
      break;
    }
  }
  // Ethnic group names before 自治州/自治县 (土家族苗族): one character unless a known longer name.
  while (s.endsWith('族') && s.length > 3) {
    const stem = s.slice(0, -1);
    const long = LONG_ETHNIC.find((e) => stem.endsWith(e));
    const cut = long ? long.length + 1 : 2;
    if (s.length - cut < 2) break;
    s = s.slice(0, -cut);
  }
  return s;
}

interface Gazetteer {
  byCode: Map<string, Place>;
  byName: Map<string, Place[]>;
  /** For each first character of a name, the name lengths starting with it, longest first. */
  lengthsByFirst: Map<string, number[]>;
}

let cache: Gazetteer | null = null;

function gazetteer(): Gazetteer {
  if (cache) return cache;
  const byCode = new Map<string, Place>();
  const byName = new Map<string, Place[]>();
  const add = (code: string, name: string, level: JurisdictionLevel) => {
    // Municipal districts listed as counties of a province-level city share its code prefix; keep every entry.
    const p: Place = { code, name, short: shortName(name), level };
    byCode.set(code, p);
    const keys = new Set([name]);
    if (p.short.length >= 2) keys.add(p.short);
    for (const k of keys) {
      const list = byName.get(k) ?? [];
      list.push(p);
      byName.set(k, list);
    }
  };
  for (const [code, name] of Object.entries(areaList.province_list)) add(code, name, 'province');
  for (const [code, name] of Object.entries(areaList.city_list)) if (!byCode.has(code)) add(code, name, 'city');
  for (const [code, name] of Object.entries(areaList.county_list)) if (!byCode.has(code)) add(code, name, 'county');
  const lengthsByFirst = new Map<string, number[]>();
  for (const name of byName.keys()) {
    const list = lengthsByFirst.get(name[0] as string) ?? [];
    if (!list.includes(name.length)) list.push(name.length);
    lengthsByFirst.set(name[0] as string, list);
  }
  for (const list of lengthsByFirst.values()) list.sort((a, b) => b - a);
  cache = { byCode, byName, lengthsByFirst };
  return cache;
}

/** Every gazetteer entry whose full name is exactly `name` (one name can be listed at two levels). */
export function placesNamed(name: string): Place[] {
  return (gazetteer().byName.get(name) ?? []).filter((p) => p.name === name);
}

export function placeByCode(code: string): Place | null {
  return gazetteer().byCode.get(code) ?? null;
}

/** The enclosing place: a county's city, a city's province (null for a province). */
export function parentOf(p: Place): Place | null {
  const g = gazetteer();
  if (p.level === 'county') return g.byCode.get(p.code.slice(0, 4) + '00') ?? g.byCode.get(p.code.slice(0, 2) + '0000') ?? null;
  if (p.level === 'city') return g.byCode.get(p.code.slice(0, 2) + '0000') ?? null;
  return null;
}

// Place mentions in the first 100k characters decide; a report is 10–60k characters.
const SCAN_LIMIT = 100_000;

/** How often each gazetteer entry is named in the text (short or full name; longest name wins at a position). */
export function countMentions(text: string): Map<string, number> {
  const { byName, lengthsByFirst } = gazetteer();
  const counts = new Map<string, number>();
  const t = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  let i = 0;
  while (i < t.length) {
    let matched = 0;
    for (const len of lengthsByFirst.get(t[i] as string) ?? []) {
      if (len < 2 || i + len > t.length) continue;
      const places = byName.get(t.slice(i, i + len));
      if (!places) continue;
      for (const p of places) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
      matched = len;
      break;
    }
    i += matched > 0 ? matched : 1;
  }
  return counts;
}

export interface PlaceHints {
  /** The suffix the document's own bodies speak with (全市, 市政府 → a 市, city or county-level). */
  suffix: string | null;
  /** First character(s) of the document number (某政办发 → 某). */
  abbreviation: string | null;
}

/** The suffix a document uses for itself: 全市/我市/市政府 → 市, 全县/县政府 → 县 … (the most frequent). */
export function selfSuffix(text: string): string | null {
  const t = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  const counts = new Map<string, number>();
  // 我市/本市 speak of oneself; 全省 is as often a comparison (居全省前列), so it weighs less.
  const re = /([我本])([省市县区州旗])|全([省市县区州旗])|(?<![\u4e00-\u9fff])([省市县区州])(?:人民政府|政府|委)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) !== null) {
    const k = (m[2] ?? m[3] ?? m[4]) as string;
    counts.set(k, (counts.get(k) ?? 0) + (m[1] ? 5 : 1));
  }
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best;
}

/**
 * The place the document is about: the most mentioned gazetteer entry, favoured when named with the
 * document's own suffix (全市 → a 市). Entries whose superiors are never mentioned count for little: short names that are also
 * ordinary words (a 新建 district far away) then lose to the coherent candidate. The document-number
 * abbreviation breaks ties.
 */
export function inferJurisdiction(text: string, hints: PlaceHints): Place | null {
  const counts = countMentions(text);
  const { byCode } = gazetteer();
  const scored = [...counts.entries()].map(([code, n]) => ({ place: byCode.get(code) as Place, n }));
  if (scored.length === 0) return null;
  const score = (c: { place: Place; n: number }) => {
    let ancestors = 0;
    for (let p = parentOf(c.place); p; p = parentOf(p)) ancestors += counts.get(p.code) ?? 0;
    let s = c.place.level === 'province' || ancestors > 0 ? c.n : c.n * 0.125;
    if (hints.suffix && c.place.name.endsWith(hints.suffix)) s *= 1.5;
    if (hints.abbreviation && c.place.short.startsWith(hints.abbreviation)) s += 0.5;
    return s;
  };
  let best: { place: Place; n: number; s: number } | null = null;
  for (const c of scored) {
    const s = score(c);
    if (!best || s > best.s || (s === best.s && c.place.code < best.place.code)) best = { ...c, s };
  }
  // One stray mention of a word that happens to be a far-away place name is no evidence.
  return best && best.s >= 1 ? best.place : null;
}

/** The province (for a city) or city (for a county) that contains the place. */
export function superiorOf(p: Place, level: JurisdictionLevel): Place | null {
  for (let q = parentOf(p); q; q = parentOf(q)) if (q.level === level) return q;
  return null;
}
