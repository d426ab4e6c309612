// A report's place and year come from its own head: the title (某市政府工作报告), the delivery line
// (——2024年1月10日在某市第N届人民代表大会第N次会议上), the speaker (某市人民政府市长 某某) and the opening
// sentence (我代表某市人民政府). A place named in the body never outranks them; when the head names none,
// or its lines disagree, the result says so (`unsure`), and the caller falls back to the body.
import { isZone, namesIn, parentOf, type NameAt, type Place } from './place';
import { planYearOfDelivery, readDate } from './preamble';

export interface ReportHead {
  /** The title lines and a title carried in front matter. */
  titles: string[];
  /** The first lines of the text, up to the salutation (各位代表：). */
  lines: string[];
  /** The opening of the body (where 我代表某市人民政府 stands). */
  opening: string;
}

export interface HeadPlace {
  place: Place | null;
  /** Why the place cannot be trusted (Chinese, for the page), null when the head decides it. */
  unsure: string | null;
}

const LEVEL_RANK: Record<Place['level'], number> = { country: 0, province: 1, city: 2, county: 3 };

/** The level word a name is followed by (楚雄州, 长沙市, 铁岭县), which picks among the places a short name can be. */
const SUFFIX_AFTER = /^(?:地区|[州市县区省盟旗])/;

interface Pick {
  place: Place;
  /** The name could be more than one place and nothing in the line chose. */
  ambiguous: boolean;
}

/** The place one name in a line stands for: its full name, or its short name with the level word after it. */
function resolveName(n: NameAt, after: string): Pick | null {
  const exact = n.places.filter((p) => p.name === n.matched);
  let pool: Place[];
  if (exact.length > 0) pool = exact;
  else {
    // A short name: never a zone (开发, 高新 are words); a level word after it says which place it is.
    const short = n.places.filter((p) => !isZone(p) && p.short === n.matched);
    const suffix = SUFFIX_AFTER.exec(after)?.[0];
    const suffixed = suffix ? short.filter((p) => p.name.endsWith(suffix)) : [];
    pool = suffixed.length > 0 ? suffixed : short;
  }
  if (pool.length === 0) return null;
  // 长沙 alone is the city, not its county; a province-level city is listed as a province and as a city.
  const top = Math.min(...pool.map((p) => LEVEL_RANK[p.level]));
  const best = pool.filter((p) => LEVEL_RANK[p.level] === top).sort((a, b) => (a.code < b.code ? -1 : 1));
  const names = new Set(best.map((p) => p.name));
  return { place: best[0] as Place, ambiguous: names.size > 1 || (exact.length === 0 && pool.length > 1 && !SUFFIX_AFTER.test(after)) };
}

function isAncestor(a: Place, b: Place): boolean {
  for (let p = parentOf(b); p; p = parentOf(p)) if (p.code === a.code) return true;
  return false;
}

const samePlace = (a: Place, b: Place) => a.name === b.name;

/** The place a span of head text names: the innermost of a nested run (某省某市 → 某市); null when none or two unrelated. */
function placeInSpan(span: string): { pick: Pick | null; conflict: boolean } {
  let pick: Pick | null = null;
  let conflict = false;
  for (const n of namesIn(span)) {
    const p = resolveName(n, span.slice(n.end));
    if (!p) continue;
    if (!pick || isAncestor(pick.place, p.place)) pick = p;
    else if (!samePlace(pick.place, p.place) && !isAncestor(p.place, pick.place)) conflict = true;
  }
  return { pick, conflict };
}

const NUMERAL = '[一二三四五六七八九十百〇零\\d]';
/** 在某市第十六届人民代表大会 / 某州八届人大 / （2024年1月10日在某市…）: the words naming the congress's place. */
const DELIVERY = new RegExp(`(?:在|^|[（(—－])([^。，；：:\\s（(—－]{2,40}?)(?:第?${NUMERAL}+届|人民代表大会|人大)`, 'g');
/** 某市人民政府市长 某某, 某市代市长: the words before the office. */
const SPEAKER = /^([\u4e00-\u9fff]{2,25}?)(?:人民政府|政府)?(?:代理|代)?(?:省长|市长|州长|盟长|县长|区长|旗长|主席)/;
/** 我代表某市人民政府向大会报告政府工作. */
const SELF = /我代表([\u4e00-\u9fff]{2,25}?)(?:人民政府|政府)/;
/** The words before 政府工作报告 in a title. */
const TITLE = /^(.*?)(?:人民政府工作报告|政府工作报告|工作报告|报告)/;

function spansOf(head: ReportHead): { delivery: string[]; title: string[]; speaker: string[]; self: string[] } {
  const joined = head.lines.join('');
  const delivery: string[] = [];
  for (const m of joined.matchAll(DELIVERY)) delivery.push(m[1] as string);
  for (const t of head.titles) for (const m of t.matchAll(DELIVERY)) delivery.push(m[1] as string);
  const title: string[] = [];
  for (const t of head.titles) {
    const m = TITLE.exec(t.replace(/[（(][^）)]*[）)]/g, ''));
    if (m && m[1]) title.push(m[1]);
  }
  const speaker = head.lines.map((l) => SPEAKER.exec(l)?.[1]).filter((s): s is string => s !== undefined);
  const self = [SELF.exec(head.opening)?.[1]].filter((s): s is string => s !== undefined);
  return { delivery, title, speaker, self };
}

/**
 * The report's place from its head. Order of trust: the delivery line, the title, the speaker, the opening
 * sentence; the first that names a place decides, and any other that names a different one makes it unsure.
 */
export function placeOfReportHead(head: ReportHead): HeadPlace {
  const spans = spansOf(head);
  const found: { pick: Pick; source: string }[] = [];
  let conflict = false;
  for (const [source, list] of Object.entries(spans)) {
    for (const s of list) {
      const r = placeInSpan(s);
      conflict ||= r.conflict;
      if (r.pick) {
        found.push({ pick: r.pick, source });
        break;
      }
    }
  }
  const first = found[0];
  if (!first) return { place: null, unsure: null };
  const others = found.slice(1).filter((f) => !samePlace(f.pick.place, first.pick.place));
  // A later line naming the same place by its full name settles a short name's doubt.
  const settled = first.pick.ambiguous && found.some((f) => f !== first && samePlace(f.pick.place, first.pick.place) && !f.pick.ambiguous);
  if (others.length > 0 || conflict) {
    const names = [first.pick.place.name, ...others.map((o) => o.pick.place.name)];
    return { place: first.pick.place, unsure: `标题和会议行写的地区不一致（${[...new Set(names)].join('、')}），请核对地区` };
  }
  if (first.pick.ambiguous && !settled) return { place: first.pick.place, unsure: `“${first.pick.place.short}”可指不止一个地区，请核对地区` };
  return { place: first.pick.place, unsure: null };
}

export interface HeadYear {
  year: number | null;
  unsure: string | null;
}

const TITLE_YEAR = /((?:19|20)\d{2})年(?!\d{1,2}月)/;

/**
 * The plan year from the head: the delivery date (a December report plans the next year), else a year in the
 * title. A title year that disagrees with the delivery date makes it unsure; null when the head names no year.
 */
export function yearOfReportHead(deliveredOn: string | null, titles: string[]): HeadYear {
  let titleYear: number | null = null;
  for (const t of titles) {
    const date = readDate(t);
    const m = TITLE_YEAR.exec(t.replace(/((?:19|20)\d{2})年\d{1,2}月\d{1,2}日/g, ''));
    titleYear = m ? Number(m[1]) : date ? planYearOfDelivery(date) : null;
    if (titleYear !== null) break;
  }
  if (deliveredOn) {
    const year = planYearOfDelivery(deliveredOn);
    if (titleYear !== null && titleYear !== year) return { year, unsure: `标题写的是${titleYear}年，会议日期是${deliveredOn}，请核对年份` };
    return { year, unsure: null };
  }
  return { year: titleYear, unsure: null };
}

/**
 * The place a person typed (长沙市, 长沙, 楚雄州, 全国): its full name decides, else a short name with or
 * without its level word, as in a title. Null when the gazetteer knows no such place.
 */
export function placeByName(typed: string): Place | null {
  const name = typed.replace(/\s+/g, '');
  if (name === '全国' || name === '中国') return { code: '000000', name: '全国', short: '全国', level: 'country' };
  const found = namesIn(name);
  const first = found[0];
  if (found.length !== 1 || !first || first.start !== 0) return null;
  const rest = name.slice(first.end);
  if (rest !== '' && !SUFFIX_AFTER.test(rest)) return null;
  if (rest !== '' && (SUFFIX_AFTER.exec(rest) as RegExpExecArray)[0] !== rest) return null;
  return resolveName(first, rest)?.place ?? null;
}
