// A synthetic corpus for the scale benchmark: N notices and reports recombined from the seeds' real
// sentences. Each document takes one seed as its template, keeps a random subset of its tasks
// (renumbered), and is moved to another real place (from the gazetteer, @vant/area-data) and year:
// the template's place, its superiors and the counties under it are renamed, years are shifted,
// leaders get invented names per place, and growth targets are varied by up to ±1.5 points.
// Every generated text is parsed back with the app's own parser and kept only when the parser reads
// the intended place and year, so the dashboard sees exactly the documents we meant to make.
// Deterministic for a given seed. Test and bench data only: nothing here ships in the app.
import { areaList } from '@vant/area-data';
import type { ParsedDocument } from '../../src/lib/model/document';
import { parseReport } from '../../src/lib/parse/index';

export interface SeedText {
  fileName: string;
  text: string;
}

export interface SyntheticDoc {
  fileName: string;
  text: string;
  /** What the parser reads back (checked). */
  place: string;
  year: number;
  /** The seed file it was recombined from. */
  template: string;
  parsed: ParsedDocument;
}

export interface SyntheticOptions {
  /** PRNG seed: the same seed gives the same corpus. */
  seed?: number;
  /** Tasks kept per document (targets always kept), on average; Infinity keeps every task. */
  tasksPerDoc?: number;
  /** Plan years, cycled per place: a place gets one document a year. */
  years?: readonly number[];
  /**
   * Provincial templates (a 省's or a 直辖市's report) are moved to other provinces too, their cities
   * renamed to the new province's; otherwise they are skipped. A template whose level has run out of
   * places is then dropped instead of failing (there are 27 provinces).
   */
  provinces?: boolean;
}

const DEFAULT_YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ───────────────────────────── the gazetteer ─────────────────────────────

interface Area {
  code: string;
  name: string;
  short: string;
  level: 'province' | 'city' | 'county';
}

const SUFFIX = /(?:维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|自治州|自治县|林区|地区|省|市|县|区|盟|旗)$/;
const short = (name: string) => {
  const s = name.replace(SUFFIX, '');
  return s.length >= 2 ? s : name;
};

const AREAS: Area[] = [
  ...Object.entries(areaList.province_list).map(([code, name]) => ({ code, name, short: short(name), level: 'province' as const })),
  ...Object.entries(areaList.city_list).map(([code, name]) => ({ code, name, short: short(name), level: 'city' as const })),
  ...Object.entries(areaList.county_list).map(([code, name]) => ({ code, name, short: short(name), level: 'county' as const })),
];
const byName = new Map<string, Area>();
for (const a of AREAS) if (!byName.has(a.name)) byName.set(a.name, a);

const provinceOf = (a: Area) => AREAS.find((p) => p.level === 'province' && p.code === `${a.code.slice(0, 2)}0000`) ?? null;
const cityOf = (a: Area) => (a.level === 'county' ? (AREAS.find((p) => p.level === 'city' && p.code === `${a.code.slice(0, 4)}00`) ?? null) : null);
const citiesOf = (a: Area) => AREAS.filter((p) => p.level === 'city' && p.code.startsWith(a.code.slice(0, 2)));
const countiesOf = (a: Area) => AREAS.filter((p) => p.level === 'county' && p.code.startsWith(a.code.slice(0, 4)) && p.code !== a.code);

/** Names that would read as ordinary words or clash with another place: skipped as targets. */
const usable = (a: Area) => a.short.length >= 2 && AREAS.filter((b) => b.short === a.short || b.name === a.name).length === 1;

/** Candidate places of one level in a stable shuffled order: cities, or counties (县 and county-level 市). */
function candidates(level: Area['level'], rand: () => number): Area[] {
  const suffix = { province: /(?:省|自治区)$/, city: /市$/, county: /[县市]$/ }[level];
  const list = AREAS.filter((a) => a.level === level && usable(a) && suffix.test(a.name) && !/^(?:11|12|31|50|71|81|82)/.test(a.code));
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [list[i], list[j]] = [list[j] as Area, list[i] as Area];
  }
  return list;
}

// ───────────────────────────── templates ─────────────────────────────

interface Template {
  seed: SeedText;
  parsed: ParsedDocument;
  place: Area;
  year: number;
  leaders: string[];
}

function template(seed: SeedText, provinces: boolean): Template | null {
  const r = parseReport(seed.text, { fileName: seed.fileName });
  if (!r.ok || !r.data.document.jurisdiction || r.data.document.year === null) return null;
  const place = byName.get(r.data.document.jurisdiction);
  if (!place || (place.level === 'province' && !provinces)) return null;
  const leaders = [...new Set(r.data.tasks.flatMap((t) => t.leaders))].sort((a, b) => b.length - a.length);
  return { seed, parsed: r.data, place, year: r.data.document.year, leaders };
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '建国文华明军伟志强丽红平晓东海峰勇涛斌超敏静军磊洪波宏亮春林辉鹏翔宇俊杰立新永刚学忠德荣昌';

function inventName(rand: () => number): string {
  const s = SURNAMES[Math.floor(rand() * SURNAMES.length)] as string;
  const g = () => GIVEN[Math.floor(rand() * GIVEN.length)] as string;
  return rand() < 0.35 ? s + g() : s + g() + g();
}

// ───────────────────────────── one document ─────────────────────────────

interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(text: string, edits: Edit[]): string {
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue; // overlapping edit (a task inside a dropped one): the outer wins
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces every key of `map` in one pass, longest key first where keys overlap. */
function replaceAll(text: string, map: Map<string, string>): string {
  const keys = [...map.keys()].filter((k) => k.length > 0).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return text;
  const re = new RegExp(keys.map(escapeRe).join('|'), 'g');
  return text.replace(re, (m) => map.get(m) ?? m);
}

function recombine(t: Template, place: Area, year: number, leaderNames: string[], rand: () => number, tasksPerDoc: number): string {
  const { parsed } = t;
  const text = parsed.text;
  const optional = parsed.tasks.filter((k) => k.category !== 'target');
  const keep = tasksPerDoc === Infinity ? 1 : Math.min(1, tasksPerDoc / Math.max(1, optional.length));
  // Sentences naming the province stay: the parser trusts a place more when its superior is named too.
  const province = provinceOf(t.place);
  const namesProvince = (s: string) => province !== null && (s.includes(province.name) || s.includes(province.short));
  const edits: Edit[] = [];
  let no = 0;
  for (const task of parsed.tasks) {
    if (task.category === 'target' || rand() < keep || namesProvince(text.slice(task.span.start, task.span.end))) {
      // Renumber what stays: "12." at the start of the task becomes the next number.
      if (task.no !== null && /^\d+$/.test(task.no)) {
        no++;
        const m = /^\d+(?=[.．、])/.exec(text.slice(task.span.start, task.span.start + 6));
        if (m) edits.push({ start: task.span.start, end: task.span.start + m[0].length, text: String(no) });
      }
      continue;
    }
    // Drop the task with the line break after it.
    let end = task.span.end;
    while (text[end] === '\n') end++;
    edits.push({ start: task.span.start, end, text: '' });
  }
  let out = applyEdits(text, edits);

  // Years: the template's plan year becomes `year`, every other year moves with it.
  const shift = year - t.year;
  out = out.replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/g, (y) => {
    const v = Number(y);
    return v >= 1990 && v <= 2040 ? String(v + shift) : y;
  });

  // Places: the template's place, its city and province, and the counties under it.
  const names = new Map<string, string>();
  const pairs: Array<[Area | null, Area | null]> = [
    [t.place, place],
    [cityOf(t.place), cityOf(place)],
    [provinceOf(t.place), provinceOf(place)],
  ];
  const from = t.place.level === 'province' ? citiesOf(t.place) : countiesOf(t.place);
  const to = t.place.level === 'province' ? citiesOf(place) : countiesOf(place);
  from.forEach((c, i) => pairs.push([c, to.length ? (to[i % to.length] as Area) : place]));
  for (const [a, b] of pairs) {
    if (!a || !b) continue;
    names.set(a.name, b.name);
    if (a.short !== a.name && a.short.length >= 2) names.set(a.short, b.short);
  }
  // The document number's abbreviation (某政办发): the first character of the new place.
  out = out.replace(/^([\u4e00-\u9fff])(政办[发函])/m, (_m, _a: string, rest: string) => `${place.short[0]}${rest}`);
  t.leaders.forEach((name, i) => names.set(name, leaderNames[i % leaderNames.length] as string));
  out = replaceAll(out, names);

  // Growth targets vary a little from place to place.
  out = out.replace(/增长(\d{1,2}(?:\.\d)?)%/g, (_m, v: string) => {
    const delta = Math.round((rand() * 3 - 1.5) * 2) / 2;
    const next = Math.max(0.5, Number(v) + delta);
    return `增长${Number.isInteger(next) ? next : next.toFixed(1)}%`;
  });
  return out;
}

/**
 * `count` documents recombined from `seeds`. A place gets one document per year (years cycle), and
 * its template is one of the seeds whose own place has the same level (city or county).
 */
export function syntheticCorpus(seeds: readonly SeedText[], count: number, options: SyntheticOptions = {}): SyntheticDoc[] {
  const rand = prng(options.seed ?? 20_240_305);
  const years = options.years ?? DEFAULT_YEARS;
  const tasksPerDoc = options.tasksPerDoc ?? 40;
  const provinces = options.provinces ?? false;
  let templates = seeds.map((s) => template(s, provinces)).filter((t): t is Template => t !== null);
  if (templates.length === 0) throw new Error('no seed parses with a place and a year: nothing to recombine');
  // The province pool only when asked for: the seed corpus draws the same random numbers as before.
  const pools: Record<Area['level'], Area[]> = { city: candidates('city', rand), county: candidates('county', rand), province: provinces ? candidates('province', rand) : [] };
  const used = { city: 0, county: 0, province: 0 };
  const docs: SyntheticDoc[] = [];
  let placeNo = 0;
  let misses = 0;
  while (docs.length < count) {
    const t = templates[placeNo % templates.length] as Template;
    const level = t.place.level;
    const place = pools[level][used[level]++];
    if (!place) {
      const left = templates.filter((x) => x.place.level !== level);
      if (!provinces || left.length === 0) throw new Error(`ran out of ${level} places after ${docs.length} documents`);
      templates = left;
      continue;
    }
    placeNo++;
    const leaderNames = t.leaders.map(() => inventName(rand));
    for (const year of years) {
      if (docs.length >= count) break;
      const fileName = `${String(docs.length + 1).padStart(4, '0')}-${place.name}-${year}.txt`;
      let made: SyntheticDoc | null = null;
      // Another random subset when the parser reads another place (a neighbour named more often than the place itself).
      for (let attempt = 0; attempt < 3 && !made; attempt++) {
        const text = recombine(t, place, year, leaderNames, rand, tasksPerDoc);
        const r = parseReport(text, { fileName });
        if (r.ok && r.data.document.jurisdiction === place.name && r.data.document.year === year) {
          made = { fileName, text, place: place.name, year, template: t.seed.fileName, parsed: r.data };
        }
      }
      if (!made) {
        if (++misses > count + 50) throw new Error('too many generated documents read back with another place or year');
        break; // this place reads as another one: take the next place
      }
      docs.push(made);
    }
  }
  return docs;
}

/**
 * The real-text scale corpus: `count` documents made from real reports and notices (the corpus of
 * tests/fixtures/corpus, the seeds' notices, tests/fixtures/notices), each moved to another place and
 * year and renumbered as syntheticCorpus does, but keeping every task (real documents, not a subset of
 * one) and taking provincial reports too. Years 2011–2025: a place has up to fifteen documents.
 */
export function realTextCorpus(sources: readonly SeedText[], count: number, options: SyntheticOptions = {}): SyntheticDoc[] {
  return syntheticCorpus(sources, count, { seed: 20_250_305, tasksPerDoc: Infinity, years: REAL_YEARS, provinces: true, ...options });
}

const REAL_YEARS = Array.from({ length: 15 }, (_, i) => 2011 + i);
