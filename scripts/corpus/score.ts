// The parser's accuracy against gold annotations written by reading real reports
// (tests/fixtures/corpus/gold/, see its SCHEMA.md). Pure: gold + ParsedDocument → per-field results.
// Used by `npm run accuracy` and by the unit test that holds the figures.
import { z } from 'zod';
import type { ParsedDocument, Target } from '../../src/lib/model/document';

export const GoldTarget = z.object({
  metric: z.string(),
  verb: z.string().nullable().optional(),
  value: z.number().nullable(),
  valueMax: z.number().nullable().optional(),
  unit: z.string().nullable().optional(),
  qualifier: z.string().nullable().optional(),
  stretch: z.number().nullable().optional(),
  text: z.string().optional(),
});
export type GoldTarget = z.infer<typeof GoldTarget>;

export const Gold = z.object({
  file: z.string(),
  year: z.number().int().nullable(),
  jurisdiction: z.string().nullable(),
  kind: z.enum(['report', 'report-summary', 'notice']),
  targetBlock: z.string().nullable().optional(),
  mainTargets: z.array(GoldTarget),
  notes: z.string().optional(),
});
export type Gold = z.infer<typeof Gold>;

// ------------------------------------------------------------------ metric names

/** canonical ← variants: the statistical vocabulary, never the wording of one report. */
const SYNONYMS: Record<string, readonly string[]> = {
  地区生产总值: ['GDP', '生产总值', '国内生产总值', '经济增长', '经济增速', '经济', '地区生产总值GDP'],
  规模以上工业增加值: ['规上工业增加值', '规模工业增加值', '规模以上工业'],
  固定资产投资: ['全社会固定资产投资', '固投', '全社会投资'],
  社会消费品零售总额: ['社会消费品零售额', '社零总额', '社零额', '社消零总额', '社消零'],
  一般公共预算收入: ['地方一般公共预算收入', '财政一般公共预算收入', '地方财政一般公共预算收入', '一般公共预算'],
  居民消费价格: ['居民消费价格指数', 'CPI', '居民消费价格总水平', '消费价格', '物价', '价格'],
  进出口总额: ['外贸进出口总额', '外贸进出口', '进出口', '外贸进出口额', '货物进出口总额', '进出口贸易总额'],
  单位地区生产总值能耗: ['单位GDP能耗', '单位生产总值能耗', '单位地区生产总值能源消耗', '单位国内生产总值能耗'],
  粮食产量: ['粮食总产量', '粮食'],
  城镇新增就业: ['新增城镇就业', '城镇新增就业人数', '城镇新增就业人员', '城镇就业'],
};
const CANONICAL = new Map<string, string>();
for (const [canonical, variants] of Object.entries(SYNONYMS)) {
  CANONICAL.set(canonical.toUpperCase(), canonical);
  for (const v of variants) CANONICAL.set(v.toUpperCase(), canonical);
}

const SCOPE_HEAD = /^(?:全[国省市县区州盟旗]|我[省市县区州旗]|本[省市县区]|全年|今年|年内|\d{4}年)+/;
const RATE_TAIL = /(?:增长率|增速|增幅|涨幅|增长|总水平|水平|指数|总量)+$/;

/** One name per indicator: punctuation, scope words and rate words dropped, synonyms merged. */
export function canonicalMetric(name: string): string {
  let s = name.normalize('NFKC').replace(/[\s“”"'‘’《》「」]/g, '');
  s = s.replace(/[（(][^（()）]*[)）]/g, ''); // 地区生产总值（GDP）
  s = s.replace(/^[，,、。；;：:]+|[，,、。；;：:]+$/g, '');
  s = s.replace(SCOPE_HEAD, '');
  const direct = CANONICAL.get(s.toUpperCase());
  if (direct) return direct;
  const bare = s.replace(RATE_TAIL, '');
  if (bare !== '') {
    const c = CANONICAL.get(bare.toUpperCase());
    if (c) return c;
    return bare;
  }
  return s || name;
}

/** 3: same indicator; 2: one name contains the other (a longer or shorter printing); 0: different. */
export function metricAgreement(gold: string, parsed: string): number {
  const a = canonicalMetric(gold);
  const b = canonicalMetric(parsed);
  if (a === b) return 3;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 2 && long.includes(short)) return 2;
  return 0;
}

const normUnit = (u: string | null | undefined): string | null => {
  if (u === null || u === undefined || u === '') return null;
  const s = u.normalize('NFKC');
  return s === '个百分点' ? '百分点' : s;
};
const sameNumber = (a: number | null | undefined, b: number | null | undefined): boolean =>
  (a ?? null) === null ? (b ?? null) === null : (b ?? null) !== null && Math.abs((a as number) - (b as number)) < 1e-9;

// ------------------------------------------------------------------ one document

export type Field = 'unit' | 'qualifier' | 'stretch' | 'range';
export const FIELDS: readonly Field[] = ['unit', 'qualifier', 'stretch', 'range'];

export interface TargetPair {
  gold: GoldTarget;
  parsed: Target;
  /** Fields that differ between the two. */
  wrong: Field[];
}

export interface DocumentScore {
  file: string;
  /** `unsure`: the parser said it could not settle the value from the document's head (placeUnsure / yearUnsure). */
  year: { gold: number | null; parsed: number | null; ok: boolean; unsure: boolean };
  jurisdiction: { gold: string | null; parsed: string | null; ok: boolean; unsure: boolean };
  kind: { gold: string; parsed: string; ok: boolean };
  /** Gold targets found with the right metric and value. */
  matched: TargetPair[];
  /** Gold targets not found. */
  missed: GoldTarget[];
  /** Parsed main targets that match no gold target. */
  extra: Target[];
  /** Among missed/extra: pairs with the same metric but another value (a misread, not an absence). */
  misread: { gold: GoldTarget; parsed: Target }[];
  tasks: number;
  /** Tasks that sit in a glossary section (名词解释 / 注释): a glossary read as work. */
  glossaryTasks: number;
  goldTargets: number;
  parsedTargets: number;
  /** Set when the parser refused the document. */
  error: string | null;
}

function fieldsWrong(g: GoldTarget, p: Target): Field[] {
  const wrong: Field[] = [];
  if (normUnit(g.unit) !== normUnit(p.unit)) wrong.push('unit');
  if ((g.qualifier ?? null) !== (p.qualifier ?? null)) wrong.push('qualifier');
  if (!sameNumber(g.stretch, p.stretch)) wrong.push('stretch');
  if (!sameNumber(g.valueMax, p.valueMax)) wrong.push('range');
  return wrong;
}

/** Pairs gold and parsed one to one: best metric agreement first, then document order. */
function pairUp(gold: GoldTarget[], parsed: Target[], needValue: boolean): [number, number][] {
  const cands: { g: number; p: number; score: number }[] = [];
  gold.forEach((g, gi) =>
    parsed.forEach((p, pi) => {
      const m = metricAgreement(g.metric, p.metric);
      if (m === 0) return;
      const valueOk = sameNumber(g.value, p.value);
      if (needValue && !valueOk) return;
      if (!needValue && valueOk) return;
      cands.push({ g: gi, p: pi, score: m * 10 + (normUnit(g.unit) === normUnit(p.unit) ? 1 : 0) });
    }),
  );
  cands.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: [number, number][] = [];
  for (const c of cands) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    out.push([c.g, c.p]);
  }
  return out;
}

const GLOSSARY_TITLE = /名词解释|注释|名词注解|词语解释|附注/;

export function scoreDocument(gold: Gold, parsed: ParsedDocument | null, error: string | null = null): DocumentScore {
  const mains = parsed ? parsed.targets.filter((t) => t.scope === 'main') : [];
  const matchedIdx = pairUp(gold.mainTargets, mains, true);
  const gUsed = new Set(matchedIdx.map(([g]) => g));
  const pUsed = new Set(matchedIdx.map(([, p]) => p));
  const missedG = gold.mainTargets.map((_, i) => i).filter((i) => !gUsed.has(i));
  const extraP = mains.map((_, i) => i).filter((i) => !pUsed.has(i));
  const misreadIdx = pairUp(
    missedG.map((i) => gold.mainTargets[i] as GoldTarget),
    extraP.map((i) => mains[i] as Target),
    false,
  );

  const glossaryIds = new Set((parsed?.sections ?? []).filter((s) => GLOSSARY_TITLE.test(s.title)).map((s) => s.id));
  const parsedYear = parsed?.document.year ?? null;
  const parsedPlace = parsed?.document.jurisdiction ?? null;
  const parsedKind = parsed?.document.kind ?? '（未解析）';
  return {
    file: gold.file,
    year: { gold: gold.year, parsed: parsedYear, ok: gold.year === parsedYear, unsure: Boolean(parsed?.document.yearUnsure) },
    jurisdiction: { gold: gold.jurisdiction, parsed: parsedPlace, ok: gold.jurisdiction === parsedPlace, unsure: Boolean(parsed?.document.placeUnsure) },
    kind: { gold: gold.kind, parsed: parsedKind, ok: gold.kind === parsedKind },
    matched: matchedIdx.map(([g, p]) => {
      const gt = gold.mainTargets[g] as GoldTarget;
      const pt = mains[p] as Target;
      return { gold: gt, parsed: pt, wrong: fieldsWrong(gt, pt) };
    }),
    missed: missedG.map((i) => gold.mainTargets[i] as GoldTarget),
    extra: extraP.map((i) => mains[i] as Target),
    misread: misreadIdx.map(([g, p]) => ({ gold: gold.mainTargets[missedG[g] as number] as GoldTarget, parsed: mains[extraP[p] as number] as Target })),
    tasks: parsed?.tasks.length ?? 0,
    glossaryTasks: (parsed?.tasks ?? []).filter((t) => t.sectionId !== null && glossaryIds.has(t.sectionId)).length,
    goldTargets: gold.mainTargets.length,
    parsedTargets: mains.length,
    error,
  };
}

// ------------------------------------------------------------------ the corpus

export interface Ratio {
  right: number;
  of: number;
}

export interface AccuracySummary {
  documents: number;
  year: Ratio;
  jurisdiction: Ratio;
  kind: Ratio;
  mainTargets: { gold: number; parsed: number; matched: number; recall: number; precision: number };
  /** Among matched targets: how often each field is right. */
  fields: Record<Field, Ratio>;
  /** Documents whose gold has main targets but where the parser found none. */
  withoutMainTargets: string[];
  /** Documents where the parser found no task at all. */
  withoutTasks: string[];
  /** Tasks read from glossary sections, over all documents. */
  glossaryTasks: number;
  /** Documents the parser refused. */
  refused: string[];
  /** Documents whose place / year the parser flagged as unsure (right or not). */
  placeUnsure: string[];
  yearUnsure: string[];
  /** Documents whose place or year is wrong and not flagged: what a user cannot see. */
  wrongUnflagged: string[];
}

const ratio = (xs: boolean[]): Ratio => ({ right: xs.filter(Boolean).length, of: xs.length });
const safeDiv = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function summarise(scores: DocumentScore[]): AccuracySummary {
  const gold = scores.reduce((n, s) => n + s.goldTargets, 0);
  const parsed = scores.reduce((n, s) => n + s.parsedTargets, 0);
  const matched = scores.reduce((n, s) => n + s.matched.length, 0);
  const pairs = scores.flatMap((s) => s.matched);
  const fields = Object.fromEntries(FIELDS.map((f) => [f, ratio(pairs.map((p) => !p.wrong.includes(f)))])) as Record<Field, Ratio>;
  return {
    documents: scores.length,
    year: ratio(scores.map((s) => s.year.ok)),
    jurisdiction: ratio(scores.map((s) => s.jurisdiction.ok)),
    kind: ratio(scores.map((s) => s.kind.ok)),
    mainTargets: { gold, parsed, matched, recall: safeDiv(matched, gold), precision: safeDiv(matched, parsed) },
    fields,
    withoutMainTargets: scores.filter((s) => s.goldTargets > 0 && s.parsedTargets === 0).map((s) => s.file),
    withoutTasks: scores.filter((s) => s.tasks === 0).map((s) => s.file),
    glossaryTasks: scores.reduce((n, s) => n + s.glossaryTasks, 0),
    refused: scores.filter((s) => s.error !== null).map((s) => s.file),
    placeUnsure: scores.filter((s) => s.jurisdiction.unsure).map((s) => s.file),
    yearUnsure: scores.filter((s) => s.year.unsure).map((s) => s.file),
    wrongUnflagged: scores.filter((s) => (!s.jurisdiction.ok && !s.jurisdiction.unsure) || (!s.year.ok && !s.year.unsure)).map((s) => s.file),
  };
}

// ------------------------------------------------------------------ printing

const fmtTarget = (t: { metric: string; value: number | null; unit?: string | null; qualifier?: string | null; stretch?: number | null; valueMax?: number | null }) =>
  `${t.metric} ${t.value ?? '—'}${t.valueMax != null ? `–${t.valueMax}` : ''}${t.unit ?? ''}${t.qualifier ? ` ${t.qualifier}` : ''}${t.stretch != null ? ` 力争${t.stretch}` : ''}`;

/** What is wrong in one document, one line per problem; empty when all is right. */
export function documentErrors(s: DocumentScore): string[] {
  const out: string[] = [];
  if (s.error) out.push(`refused: ${s.error}`);
  if (!s.year.ok) out.push(`year: gold ${s.year.gold}, parsed ${s.year.parsed}`);
  if (!s.jurisdiction.ok) out.push(`jurisdiction: gold ${s.jurisdiction.gold}, parsed ${s.jurisdiction.parsed}`);
  if (!s.kind.ok) out.push(`kind: gold ${s.kind.gold}, parsed ${s.kind.parsed}`);
  if (s.goldTargets > 0 && s.parsedTargets === 0) out.push(`no main target found (gold has ${s.goldTargets})`);
  const misread = new Set<unknown>(s.misread.flatMap((m) => [m.gold, m.parsed]));
  for (const m of s.misread) out.push(`misread: gold ${fmtTarget(m.gold)} | parsed ${fmtTarget(m.parsed)}`);
  for (const g of s.missed) if (!misread.has(g)) out.push(`missed: ${fmtTarget(g)}`);
  for (const p of s.extra) if (!misread.has(p)) out.push(`extra: ${fmtTarget(p)}  «${p.text.slice(0, 40)}»`);
  for (const p of s.matched) if (p.wrong.length > 0) out.push(`${p.wrong.join('+')}: gold ${fmtTarget(p.gold)} | parsed ${fmtTarget(p.parsed)}`);
  if (s.tasks === 0) out.push('no task found');
  if (s.glossaryTasks > 0) out.push(`${s.glossaryTasks} glossary entries read as tasks`);
  return out;
}

const pct = (r: Ratio) => `${r.right}/${r.of}`.padEnd(10) + (r.of === 0 ? '—' : (r.right / r.of).toFixed(3));

export function formatSummary(s: AccuracySummary): string {
  const t = s.mainTargets;
  return [
    `documents              ${s.documents}`,
    `year                   ${pct(s.year)}`,
    `jurisdiction           ${pct(s.jurisdiction)}`,
    `kind                   ${pct(s.kind)}`,
    `main targets           recall ${t.matched}/${t.gold} = ${safeDiv(t.matched, t.gold).toFixed(3)}   precision ${t.matched}/${t.parsed} = ${safeDiv(t.matched, t.parsed).toFixed(3)}`,
    ...FIELDS.map((f) => `  ${`${f} right`.padEnd(21)}${pct(s.fields[f])}`),
    `no main target found   ${s.withoutMainTargets.length}${s.withoutMainTargets.length ? `  (${s.withoutMainTargets.join(' ')})` : ''}`,
    `no task found          ${s.withoutTasks.length}${s.withoutTasks.length ? `  (${s.withoutTasks.join(' ')})` : ''}`,
    `glossary as tasks      ${s.glossaryTasks}`,
    `refused                ${s.refused.length}${s.refused.length ? `  (${s.refused.join(' ')})` : ''}`,
    `place flagged unsure   ${s.placeUnsure.length}${s.placeUnsure.length ? `  (${s.placeUnsure.join(' ')})` : ''}`,
    `year flagged unsure    ${s.yearUnsure.length}${s.yearUnsure.length ? `  (${s.yearUnsure.join(' ')})` : ''}`,
    `place/year wrong, unflagged ${s.wrongUnflagged.length}${s.wrongUnflagged.length ? `  (${s.wrongUnflagged.join(' ')})` : ''}`,
  ].join('\n');
}
