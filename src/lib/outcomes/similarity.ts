// How likely two metric conjuncts name the same thing, 0–1, from their structure:
// - the same words (after metric.ts took away scope, verbs and count restatements): the same thing,
//   unless the words are a generic head (投资, 产值, 项目) — then the sentences around must agree;
// - one inside the other (绿道 / 城市绿道): the same thing, a generic inner one only if the other's
//   extra words appear around it (产值 in a sentence about 农产品加工业 / 农产品加工业产值);
// - a shared head (…企业, …工厂, …适老化) with modifiers compared by overlap, and by whether one
//   side's modifier appears in the other's sentence (全产业链产值 in 专汽之都建设… / 专汽产值);
// - different administrative levels (国家级 / 省级) never.
import { isGeneric, MEASURE_TAIL, type MetricPart } from './metric';
import { bigrams, chars, commonSuffix, dice, mentioned } from './overlap';

export interface Side {
  part: MetricPart;
  /** Bigrams of the sentence around the figure, without the figure's own metric and other figures. */
  context: Set<string>;
  verb: string | null;
}

function modifierOverlap(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  return Math.max(dice(bigrams(a), bigrams(b)), 0.7 * dice(chars(a), chars(b)));
}

export function partSimilarity(x: Side, y: Side, uniqueOnBothSides = false): number {
  const lx = x.part.level;
  const ly = y.part.level;
  if (lx && ly && lx !== ly) return 0;
  const levelFactor = (lx === null) !== (ly === null) ? 0.95 : 1;
  const a = x.part.body;
  const b = y.part.body;

  if (a === b) {
    if (!isGeneric(a)) return levelFactor;
    // 投资 = 投资: say so only when the sentences, the verbs or uniqueness back it.
    let s = 0.3 + 0.6 * dice(x.context, y.context);
    if (x.verb && x.verb === y.verb) s += 0.15;
    if (uniqueOnBothSides) s += 0.1;
    return Math.min(0.9, s) * levelFactor;
  }

  if (a.includes(b) || b.includes(a)) {
    const [short, long, shortSide] = a.length <= b.length ? [a, b, x] : [b, a, y];
    const at = long.indexOf(short);
    const before = long.slice(0, at);
    const after = long.slice(at + short.length);
    // 绿道 / 城市绿道: the same head noun; 义务教育学校 / 教联体义务教育学校覆盖率: the same thing
    // with its measure named. Anything else (出口 / 进出口总额, 乡镇 / 乡镇污水处理设施) is another thing.
    const sameThing = after === '' || MEASURE_TAIL.test(after);
    const said = certainly(before === '' ? 0.5 : mentioned(before, shortSide.context));
    if (!sameThing) return (0.3 + 0.2 * said) * levelFactor;
    if (isGeneric(short)) return (0.3 + 0.6 * said) * levelFactor;
    return (after === '' ? 0.8 + 0.15 * said : 0.75 + 0.15 * said) * levelFactor;
  }

  const suffix = commonSuffix(a, b);
  if (suffix >= 2) {
    const head = a.slice(a.length - suffix);
    const ma = a.slice(0, a.length - suffix);
    const mb = b.slice(0, b.length - suffix);
    const overlap = modifierOverlap(ma, mb);
    // 基本养老 / 基本养老保险 (参保率): one modifier inside the other. 城镇调查 / 城镇登记 (失业率),
    // 城镇 / 城乡 (就业): siblings, each with words the other lacks — two indicators.
    const nested = [...chars(ma)].every((c) => mb.includes(c)) || [...chars(mb)].every((c) => ma.includes(c));
    const siblings = !nested && dice(chars(ma), chars(mb)) > 0;
    const said = siblings ? 0 : certainly(Math.max(mentioned(ma, y.context), mentioned(mb, x.context)));
    // Under a generic head the modifier is the identity: half the words in common (重大 / 重大改革
    // 项目) is not enough.
    if (isGeneric(head)) return (0.3 + 0.65 * Math.max(overlap * overlap, said)) * levelFactor;
    if (nested) return (0.45 + 0.5 * Math.max(overlap, said)) * levelFactor;
    return (0.35 + 0.3 * Math.max(overlap * overlap, said)) * levelFactor;
  }
  return 0.5 * dice(bigrams(a), bigrams(b)) * levelFactor;
}

/** A modifier fully present in the other sentence counts; a partial echo counts little. */
function certainly(share: number): number {
  return share >= 0.99 ? 1 : 0.5 * share * share;
}
