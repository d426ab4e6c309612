// Units of measure as the parser leaves them (亿元, 万亩, 亿斤, 个, %, 个百分点) reduced to a
// dimension and a factor, so 29亿斤 can be held against 150万吨 and 1.2万亩 against 12000亩.
// Counts (个, 处, 家 …) are one dimension per kind of thing counted: people are not places.

export type Dimension =
  'percent' | 'points' | 'permille' | 'money' | 'usd' | 'mass' | 'coal' | 'length' | 'area' | 'volume' | 'power' | 'energy' | 'teu' | 'concentration' | 'count';

export interface Measure {
  dimension: Dimension;
  /** Value in this unit × factor = value in the dimension's base unit (元, 千克, 米, 平方米 …). */
  factor: number;
  /** The unit without its 万/亿 multiplier: 亿元 → 元, 个 → 个. */
  base: string;
  /** Counts only: the classifier family (个 and 处 both count things; 人 and 名 both count people). */
  family?: string;
}

/** Base unit → dimension and factor to the dimension's base. Longest names are tried first. */
const BASES: Record<string, { dimension: Dimension; factor: number }> = {
  '%': { dimension: 'percent', factor: 1 },
  个百分点: { dimension: 'points', factor: 1 },
  百分点: { dimension: 'points', factor: 1 },
  '‰': { dimension: 'permille', factor: 1 },
  元: { dimension: 'money', factor: 1 },
  美元: { dimension: 'usd', factor: 1 },
  斤: { dimension: 'mass', factor: 0.5 },
  公斤: { dimension: 'mass', factor: 1 },
  千克: { dimension: 'mass', factor: 1 },
  克: { dimension: 'mass', factor: 0.001 },
  吨: { dimension: 'mass', factor: 1000 },
  吨标准煤: { dimension: 'coal', factor: 1 },
  标准煤: { dimension: 'coal', factor: 1 },
  米: { dimension: 'length', factor: 1 },
  公里: { dimension: 'length', factor: 1000 },
  千米: { dimension: 'length', factor: 1000 },
  平方米: { dimension: 'area', factor: 1 },
  亩: { dimension: 'area', factor: 10000 / 15 },
  公顷: { dimension: 'area', factor: 10000 },
  平方公里: { dimension: 'area', factor: 1e6 },
  立方米: { dimension: 'volume', factor: 1 },
  千瓦: { dimension: 'power', factor: 1 },
  兆瓦: { dimension: 'power', factor: 1000 },
  千瓦时: { dimension: 'energy', factor: 1 },
  度: { dimension: 'energy', factor: 1 },
  标箱: { dimension: 'teu', factor: 1 },
  '微克/立方米': { dimension: 'concentration', factor: 1 },
};

/** Classifier families: within a family two classifiers can count the same thing. */
const FAMILIES: Record<string, readonly string[]> = {
  things: ['个', '处', '座', '家', '所', '项', '条', '部', '台', '件', '张', '套', '间', '辆', '栋', '幢', '种', '批', '宗', '份', '艘', '眼', '孔', '盏', '根'],
  people: ['人', '名', '位'],
  personTimes: ['人次'],
  households: ['户'],
  householdTimes: ['户次'],
  events: ['场', '场次', '次', '期'],
  animals: ['头', '只', '匹', '羽', '尾'],
  plants: ['株', '棵'],
  bags: ['袋', '棒'],
};
const FAMILY_OF = new Map<string, string>();
for (const [family, list] of Object.entries(FAMILIES)) for (const c of list) FAMILY_OF.set(c, family);

const MULTIPLIER = /^(万亿|千万|百万|十万|亿|万|千|百|十)/;
const MULTIPLIER_VALUE: Record<string, number> = { 万亿: 1e12, 千万: 1e7, 百万: 1e6, 十万: 1e5, 亿: 1e8, 万: 1e4, 千: 1e3, 百: 100, 十: 10 };

/** 亿元 → money ×1e8; 万亩 → area; 个 → count (things); null for no unit. Unknown units count as their own family. */
export function measureOf(unit: string | null | undefined): Measure | null {
  if (!unit) return null;
  const u = unit.normalize('NFKC').replace(/\s+/g, '');
  if (u === '') return null;
  if (BASES[u]) return { ...BASES[u], base: u };
  // 千瓦 and 千米 are base units, not 千 × 瓦: the whole name was tried above; now peel multipliers (十亿元 → 十 × 亿 × 元).
  let rest = u;
  let scale = 1;
  for (let m = MULTIPLIER.exec(rest); m && rest.length > m[0].length; m = MULTIPLIER.exec(rest)) {
    scale *= MULTIPLIER_VALUE[m[0]] ?? 1;
    rest = rest.slice(m[0].length);
    const b = BASES[rest];
    if (b) return { dimension: b.dimension, factor: b.factor * scale, base: rest };
  }
  if (scale !== 1) return { dimension: 'count', factor: scale, base: rest, family: FAMILY_OF.get(rest) ?? rest };
  return { dimension: 'count', factor: 1, base: u, family: FAMILY_OF.get(u) ?? u };
}

export interface Comparability {
  /** Multiply a value in the second unit by this to express it in the first unit. */
  factor: number;
  /** Same unit (or the same base unit scaled by 万/亿); false for 处 against 个. */
  exact: boolean;
}

/**
 * Can a value in unit `b` be compared with one in unit `a`, and how? Counts compare within their
 * classifier family (个 ≈ 处 ≈ 家, 人 ≈ 名) and only inexactly across classifiers: the caller decides
 * whether the objects are the same. Null when they measure different things.
 */
export function comparable(a: string | null | undefined, b: string | null | undefined): Comparability | null {
  const ma = measureOf(a);
  const mb = measureOf(b);
  if (!ma || !mb) return null;
  if (ma.dimension !== mb.dimension) return null;
  const factor = mb.factor / ma.factor;
  if (ma.dimension !== 'count') return { factor, exact: true };
  if (ma.family !== mb.family) return null;
  return { factor, exact: ma.base === mb.base };
}

export function isPercent(unit: string | null | undefined): boolean {
  return measureOf(unit)?.dimension === 'percent';
}
