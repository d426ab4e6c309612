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

const SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '自治区', '自治州', '自治县', '自治旗', '林区', '地区', '新区', '省', '市', '县', '区', '旗', '盟'];

/** Ethnic group names longer than one character (not place names: they qualify autonomous areas). */
const LONG_ETHNIC = [
  '柯尔克孜',
  '维吾尔',
  '哈萨克',
  '塔吉克',
  '塔塔尔',
  '达斡尔',
  '鄂温克',
  '鄂伦春',
  '土家',
  '蒙古',
  '布依',
  '朝鲜',
  '哈尼',
  '傈僳',
  '拉祜',
  '东乡',
  '纳西',
  '景颇',
  '仫佬',
  '毛南',
  '仡佬',
  '锡伯',
  '普米',
  '保安',
  '裕固',
  '独龙',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
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

/**
 * A character trie of the gazetteer's names, flat for speed: node 0 is the root, `first[c]` the node after
 * the first character c (0: no name starts with c), `edges` the node after (node, next character), and
 * `places[node]` the places named by the path to it. One walk per text position finds the longest name there.
 */
interface Trie {
  first: Int32Array;
  /**
   * A bit filter of the names' first two characters: most positions of a text start no name, and this
   * says so from 32 KB that stay in cache (bigger tables made the scan wait on memory).
   */
  pairs: Uint32Array;
  edges: EdgeTable;
  places: (Place[] | null)[];
}

const PAIR_BITS = 18; // 2^18 bits = 32 KB
const pairSlot = (a: number, b: number) => Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - PAIR_BITS);

/** (node, character) → node, open addressing over typed arrays: the hot loop of place counting, several times faster than a Map. */
class EdgeTable {
  private nodes = new Int32Array(1 << 15);
  private chars = new Int32Array(1 << 15);
  private values = new Int32Array(1 << 15);
  private shift = 17;
  private size = 0;

  private slot(node: number, c: number): number {
    // Fibonacci hashing: the high bits of the product are the well-mixed ones.
    const mask = this.values.length - 1;
    let i = Math.imul(Math.imul(node, 0x85ebca6b) ^ c, 0x9e3779b1) >>> this.shift;
    while (this.values[i] !== 0 && (this.nodes[i] !== node || this.chars[i] !== c)) i = (i + 1) & mask;
    return i;
  }

  /** The node after `node` on character code `c`, 0 when none. */
  get(node: number, c: number): number {
    return this.values[this.slot(node, c)] as number;
  }

  /** `value` > 0. */
  set(node: number, c: number, value: number): void {
    if ((this.size + 1) * 2 > this.values.length) this.grow();
    const i = this.slot(node, c);
    if (this.values[i] === 0) this.size++;
    this.nodes[i] = node;
    this.chars[i] = c;
    this.values[i] = value;
  }

  private grow(): void {
    const { nodes, chars, values } = this;
    this.nodes = new Int32Array(values.length * 2);
    this.chars = new Int32Array(values.length * 2);
    this.values = new Int32Array(values.length * 2);
    this.shift--;
    this.size = 0;
    for (let i = 0; i < values.length; i++) if (values[i] !== 0) this.set(nodes[i] as number, chars[i] as number, values[i] as number);
  }
}

interface Gazetteer {
  byCode: Map<string, Place>;
  byName: Map<string, Place[]>;
  trie: Trie;
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
  const trie: Trie = { first: new Int32Array(65536), pairs: new Uint32Array(1 << (PAIR_BITS - 5)), edges: new EdgeTable(), places: [null] };
  for (const [name, places] of byName) {
    if (name.length < 2) continue;
    const bit = pairSlot(name.charCodeAt(0), name.charCodeAt(1));
    trie.pairs[bit >>> 5] = (trie.pairs[bit >>> 5] as number) | (1 << (bit & 31));
    let node = 0;
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      let child = i === 0 ? (trie.first[c] as number) : trie.edges.get(node, c);
      if (child === 0) {
        child = trie.places.length;
        trie.places.push(null);
        if (i === 0) trie.first[c] = child;
        else trie.edges.set(node, c, child);
      }
      node = child;
    }
    trie.places[node] = places;
  }
  cache = { byCode, byName, trie };
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
  const known = parents.get(p.code);
  if (known !== undefined) return known;
  const g = gazetteer();
  let parent: Place | null = null;
  if (p.level === 'county') parent = g.byCode.get(p.code.slice(0, 4) + '00') ?? g.byCode.get(p.code.slice(0, 2) + '0000') ?? null;
  else if (p.level === 'city') parent = g.byCode.get(p.code.slice(0, 2) + '0000') ?? null;
  parents.set(p.code, parent);
  return parent;
}
const parents = new Map<string, Place | null>();

// Place mentions in the first 100k characters decide; a report is 10–60k characters.
const SCAN_LIMIT = 100_000;

/** How often each gazetteer entry is named in the text (short or full name; longest name wins at a position). */
export function countMentions(text: string): Map<string, number> {
  const { trie } = gazetteer();
  const counts = new Map<string, number>();
  const end = Math.min(text.length, SCAN_LIMIT);
  let i = 0;
  while (i < end) {
    const bit = i + 1 < end ? pairSlot(text.charCodeAt(i), text.charCodeAt(i + 1)) : -1;
    if (bit < 0 || ((trie.pairs[bit >>> 5] as number) & (1 << (bit & 31))) === 0) {
      i++;
      continue;
    }
    let node = trie.first[text.charCodeAt(i)] as number;
    let matched = 0;
    let found: Place[] | null = null;
    for (let j = i + 1; node !== 0 && j < end; j++) {
      const next = trie.edges.get(node, text.charCodeAt(j));
      if (next === 0) break;
      node = next;
      const named = trie.places[node];
      if (named) {
        found = named;
        matched = j - i + 1;
      }
    }
    if (found) for (const p of found) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
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
    // 开发区 / 高新区 named in the body are where work happens, not whose report it is.
    if (isZone(c.place)) continue;
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

/** A name found in a short text: where, the words matched and every entry they can name. */
export interface NameAt {
  start: number;
  end: number;
  matched: string;
  places: Place[];
}

/** Every gazetteer name in a short text (a title, a delivery line), leftmost and longest: 黑龙江省 is one name, never 龙江. */
export function namesIn(text: string): NameAt[] {
  const { trie } = gazetteer();
  const out: NameAt[] = [];
  let i = 0;
  while (i < text.length) {
    let node = trie.first[text.charCodeAt(i)] as number;
    let matched = 0;
    let found: Place[] | null = null;
    for (let j = i + 1; node !== 0 && j < text.length; j++) {
      const next = trie.edges.get(node, text.charCodeAt(j));
      if (next === 0) break;
      node = next;
      const named = trie.places[node];
      if (named) {
        found = named;
        matched = j - i + 1;
      }
    }
    if (found) {
      out.push({ start: i, end: i + matched, matched: text.slice(i, i + matched), places: found });
      i += matched;
    } else i++;
  }
  return out;
}

/** A development zone or new area (某某经济技术开发区, 高新区, 某某新区): a place only when a report names it as its own. */
export function isZone(p: Place): boolean {
  return /开发区|新区|园区|管理区|高新区|试验区|示范区/.test(p.name);
}
